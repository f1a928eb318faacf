"""Ten weeks of believable history for ``--demo``, screenshots and benchmarks.

The story: a runner with IT-band syndrome in the right knee starts the strength routine
at pain 6, does it every other day about four times in five, stretches most days and
ices after hard days. Pain falls towards 1, with two flare-ups: a run tried too soon
(the next strength session is stopped for pain) and, weeks later, a walk/run session
stretched into a long run. Everything comes from one ``random.Random(seed)``, ids too,
so the same seed and day give the same history.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo

from .demo_sessions import SessionFactory
from .pain import Context, PainEntry, Side
from .record import EndReason, SessionRecord
from .routine import Routine
from .running.runs import Run, Terrain

STRENGTH, STRETCH, ICE, ROLL, RUN = (
    "it-band-strength",
    "it-band-stretch",
    "icing-20",
    "foam-rolling",
    "return-to-run-week-1",
)
KNEE, HIP = "outer knee", "outer hip"
NOTES = (
    "Stairs felt fine today.",
    "Long drive, knee stiff afterwards.",
    "Tighter band from today.",
    "Slept badly, hip aching.",
    "Walked 5 km briskly, no pain.",
)


@dataclass
class DemoHistory:
    sessions: list[SessionRecord]
    pain: list[PainEntry]
    runs: list[Run] = field(default_factory=list)


def generate_history(
    today: date,
    weeks: int = 10,
    seed: int = 1,
    routines: list[Routine] | None = None,
    tz: tzinfo | None = None,
) -> DemoHistory:
    """History for the ``weeks`` weeks before ``today`` (sessions up to yesterday, plus
    today's morning check). ``tz`` defaults to the machine's local zone, offsets and
    daylight saving included."""
    if weeks < 1:
        raise ValueError(f"weeks: must be at least 1, got {weeks}")
    if routines is None:
        from .library import builtin_routines

        routines = builtin_routines()
    return _Story(today, weeks, random.Random(seed), {r.id: r for r in routines}, tz).tell()


class _Story:
    def __init__(self, today, weeks, rng, routines, tz) -> None:
        self.today, self.rng, self.tz = today, rng, tz
        self.routines: dict[str, Routine] = routines
        self.start = today - timedelta(days=7 * weeks)
        self.days = (today - self.start).days
        self.make = SessionFactory(rng, self.at)
        self.sessions: list[SessionRecord] = []
        self.pain: list[PainEntry] = []
        self.runs: list[Run] = []
        self.flares = {self.start + timedelta(days=round(self.days * f)) for f in (0.38, 0.72)}

    def at(self, day: date, hour: float) -> datetime:
        naive = datetime.combine(day, time()) + timedelta(hours=hour)
        return naive.replace(tzinfo=self.tz) if self.tz else naive.astimezone()

    def level(self, day: date) -> float:
        """The underlying pain: 6 falling to 1, plus what is left of any flare-up."""
        frac = (day - self.start).days / max(self.days, 1)
        base = 6 - 5 * frac**0.8
        for flare in self.flares:
            since = (day - flare).days
            if 1 <= since <= 4:  # worse the next morning, then settling
                base += (3.0, 2.0, 1.1, 0.5)[since - 1]
        return base

    def score(self, day: date, extra: float = 0.0) -> int:
        return max(0, min(10, round(self.level(day) + extra + self.rng.uniform(-0.45, 0.45))))

    def entry(self, day: date, hour: float, score: int, context: Context, **kw) -> None:
        self.pain.append(
            PainEntry(
                score=score,
                at=self.at(day, hour),
                location=kw.pop("location", KNEE),
                side=kw.pop("side", Side.RIGHT),
                context=context,
                id=f"{self.rng.getrandbits(128):032x}",
                **kw,
            )
        )

    def tell(self) -> DemoHistory:
        strength = self.routines.get(STRENGTH)
        schedule = strength.schedule if strength else None
        planned = [d for d in self._dates() if schedule and schedule.in_rhythm(d)]
        # The first strength session after the first flare-up is the one stopped for pain.
        first = min(self.flares)
        pain_day = next((d for d in planned if 0 < (d - first).days <= 3), None)
        usual = [d for d in planned if d != pain_day]
        skipped = set(self.rng.sample(usual, k=round(len(planned) * 0.2)))
        kept = [d for d in usual if d not in skipped]
        stopped_early = set(self.rng.sample(kept, k=min(2, len(kept))))
        for day in self._dates():
            self.morning(day)
            if day in self.flares:
                self.flare(day)
            if day in planned and day not in skipped:
                kind = "pain" if day == pain_day else "early" if day in stopped_early else ""
                self.strength_day(day, kind)
            elif self._late(day) and day not in self.flares and self.rng.random() < 0.45:
                self.walk_run(day)
            self.stretch(day)
            if self.rng.random() < 0.12:
                self.entry(day, 20.5, self.score(day, -0.5), Context.REST, location=HIP)
        self.morning(self.today)
        self.sessions.sort(key=lambda s: s.started_at)
        self.pain.sort(key=lambda e: e.at)
        self.runs.sort(key=lambda r: r.started_at)
        return DemoHistory(self.sessions, self.pain, self.runs)

    def _dates(self) -> list[date]:
        return [self.start + timedelta(days=n) for n in range(self.days)]

    def _late(self, day: date) -> bool:
        return (day - self.start).days > self.days * 0.55

    def morning(self, day: date) -> None:
        if self.rng.random() < 0.88 or (day - timedelta(days=1)) in self.flares:
            note = self.rng.choice(NOTES) if self.rng.random() < 0.05 else ""
            if (day - timedelta(days=1)) in self.flares:
                note = "Worse this morning: yesterday was too much."
            hour = 7 + self.rng.random() * 1.5
            self.entry(day, hour, self.score(day), Context.MORNING, note=note)

    def strength_day(self, day: date, kind: str) -> None:
        """``kind`` is "" for a whole session, "early" or "pain" for one cut short."""
        routine = self.routines[STRENGTH]
        hour = 18 + self.rng.random() * 1.5
        if ROLL in self.routines and self.rng.random() < 0.4:
            self.sessions.append(self.make.session(self.routines[ROLL], day, hour - 0.2))
        before = self.score(day)
        if kind == "pain":
            how = {"stop_after": 5, "reason": EndReason.STOPPED_FOR_PAIN}
            how["notes"] = "Sharp outer-knee pain on pistol squats; stopped."
        elif kind == "early":
            how = {"stop_after": self.rng.randint(3, 7), "reason": EndReason.STOPPED}
            how["notes"] = self.rng.choice(("Phone rang.", "Out of time."))
        else:
            how = {"progress": (day - self.start).days / max(self.days, 1)}
        record = self.make.session(routine, day, hour, pain_before=before, **how)
        if kind == "pain":
            score = max(routine.pain_stop_threshold, before + 1)
            self.entry(
                day,
                hour + 0.4,
                score,
                Context.DURING,
                session_id=record.id,
                exercise_id="pistol-squat",
                note="Sharp on the outside of the knee.",
            )
        elif not kind and self.rng.random() < 0.3:
            self.entry(
                day,
                hour + 0.3,
                self.score(day, 0.5),
                Context.DURING,
                session_id=record.id,
                exercise_id="side-shuffle",
            )
        after = self.score(day, 0.4)
        self.sessions.append(replace(record, pain_after=after))
        if self.rng.random() < 0.8:
            self.entry(day, hour + 1.0, after, Context.AFTER, session_id=record.id)
        if ICE in self.routines and (after >= 4 or kind):
            self.sessions.append(self.make.session(self.routines[ICE], day, hour + 1.1))

    def walk_run(self, day: date) -> None:
        """Return-to-run sessions on days off once walking and stairs are pain-free."""
        if RUN not in self.routines or self.level(day) > 2.6:
            return
        record = self.make.session(self.routines[RUN], day, 9.0, pain_before=self.score(day))
        after = self.score(day)
        self.sessions.append(replace(record, pain_after=after))
        self.entry(day, 9.9, after, Context.AFTER, session_id=record.id)
        self.log_run(record, 2.0 + 0.08 * len(self.runs), 34 * 60, pain_after=after)

    def log_run(self, record: SessionRecord, km: float, seconds: int, **kw) -> None:
        """The walk/run session as the watch logged it (no random draw, so the rest of
        the story stays as it was): the distance grows a little run by run."""
        n = len(self.runs)
        self.runs.append(
            Run(
                started_at=record.started_at + timedelta(minutes=5),
                distance_m=round(km * 1000),
                duration_s=seconds,
                terrain=Terrain.ROLLING if n % 5 == 3 else Terrain.FLAT,
                surface="road" if n % 3 else "park path",
                source="gpx" if n % 2 else "hand",
                id=f"run-{record.id[:24]}",
                **kw,
            )
        )

    def stretch(self, day: date) -> None:
        if STRETCH not in self.routines:
            return
        for hour, chance in ((7.8, 0.85), (21.0, 0.75)):
            if self.rng.random() < chance:
                self.sessions.append(self.make.session(self.routines[STRETCH], day, hour))

    def flare(self, day: date) -> None:
        if day == min(self.flares) or RUN not in self.routines:
            note = "Tried a 5 km run, too soon: knee went at 3 km."
            self.entry(day, 12.5, self.score(day, 3.5), Context.AFTER, note=note)
        else:
            note = "Felt good, kept running 40 min instead of the walk/run."
            record = self.make.session(self.routines[RUN], day, 10.0, notes=note)
            self.sessions.append(record)
            sore = self.score(day, 3.0)
            self.entry(
                day,
                11.2,
                sore,
                Context.AFTER,
                session_id=record.id,
                note="Outer knee sore after the long run.",
            )
            self.log_run(record, 6.4, 40 * 60, pain_after=sore, note=note)
        if ICE in self.routines:
            self.sessions.append(self.make.session(self.routines[ICE], day, 13.0))
