"""Strength progression gated on the pain light: after N green sessions in a row of a
routine, offer the next step of its dose; amber or red never offer one.

The gate is the 24-hour pain-monitoring model (Silbernagel et al., Am J Sports Med
2007), the same one that moves the walk/run ladder: a session is *green* when pain
during and after it stayed within the acceptable level and the next morning was back to
usual. Each session of the routine at its current dose is judged by
:func:`coach.domain.pain.light.traffic_light` on the morning after it; a session without
a next-morning score, or with no pain logged at all, is not green (the gate needs the
evidence), and any amber or red session breaks the streak. The streak length is
``PainRules.progress_after`` (Settings ▸ Pain rules; 3 by default).

The step is the seeds' progression ("tighter band, more reps"): each reps exercise gets
about 10% more reps, at least 2 and at most 5, up to :data:`REPS_CEILING` a set; an
exercise done with a band is offered "a tighter band" too, as text, and only that once
its reps are at the ceiling. Holds, timed work and intervals are left alone (30 s holds
are enough, Bandy & Irion 1994; running has its own ladder). A suggestion never lowers a
dose. Plain Python, no Qt and no store: the caller passes the records.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from coach.domain.dose import RepsDose
from coach.domain.exercise import ExerciseSlot
from coach.domain.message import Msg, join
from coach.domain.pain.entry import PainEntry
from coach.domain.pain.light import EXERCISE_CONTEXTS, Level, traffic_light
from coach.domain.pain.rules import DEFAULT_RULES, PainRules
from coach.domain.record import EndReason, SessionHeader, SessionRecord
from coach.domain.routine import Routine

# what the progression reads of a session: a full record, or its header (no sets)
Session = SessionRecord | SessionHeader

STEP_SHARE = 0.10  # about 10% more reps
STEP_MIN, STEP_MAX = 2, 5
REPS_CEILING = 50  # reps a set beyond which more reps is no longer the step
DISMISSED_KEY = "progression.dismissed"  # {routine id: ISO time of the streak's last session}


def rule_text(n: int) -> Msg:
    """The progression rule in words (a message, so the app shows it in its language)."""
    return Msg(
        "after {n} green sessions in a row (pain within the acceptable level and the next "
        "morning back to usual; Silbernagel et al. 2007), progress one step: about 10% more "
        "reps (2 to 5 more), or a tighter band; an amber or red light never progresses",
        n=n,
    )


@dataclass(frozen=True)
class SessionVerdict:
    """One session of the routine and the light its 24 hours earned."""

    session_id: str
    day: date
    started_at: datetime
    light: str  # "green" | "amber" | "red" | "unknown"
    reason: str


@dataclass(frozen=True)
class DoseStep:
    """One exercise's next step: the dose before and after (``new`` equals ``old`` when
    the step is only a tighter band), and the step in words."""

    exercise_id: str
    name: str
    old: RepsDose
    new: RepsDose
    tighter_band: bool

    @property
    def more_reps(self) -> bool:
        return self.new.reps > self.old.reps

    def text(self) -> Msg:
        """``Clam shell: 30 reps → 33 reps, or a tighter band``, as a message the app
        translates (the name is the routine's own and stays as typed)."""
        old, new = self.old.describe(), self.new.describe()
        if self.more_reps and self.tighter_band:
            return Msg("{name}: {old} → {new}, or a tighter band", name=self.name, old=old, new=new)
        if self.more_reps:
            return Msg("{name}: {old} → {new}", name=self.name, old=old, new=new)
        return Msg("{name}: a tighter band", name=self.name)


@dataclass(frozen=True)
class Suggestion:
    """The next dose of a routine, why, and by which rule."""

    routine_id: str
    routine_name: str
    builtin: bool  # read-only: "Duplicate to edit" first
    streak: int
    needed: int
    steps: tuple[DoseStep, ...]
    last_session_at: datetime  # "Not now" is remembered up to this session
    reason: str
    rule: str

    def text(self) -> str:
        return f"{self.reason} Suggested next step: " + "; ".join(s.text() for s in self.steps)


def reps_step(reps: int) -> int:
    """How many reps one step adds: about 10%, at least 2, at most 5."""
    return max(STEP_MIN, min(STEP_MAX, math.floor(reps * STEP_SHARE + 0.5)))  # half up


def uses_band(slot: ExerciseSlot) -> bool:
    return any("band" in item.casefold() for item in slot.exercise.equipment)


def next_step(slot: ExerciseSlot) -> DoseStep | None:
    """The slot's next step, or ``None`` when its dose is not one that progresses here
    (not reps) or it has nowhere to go (at the ceiling, no band)."""
    dose = slot.dose
    if not isinstance(dose, RepsDose):
        return None
    band = uses_band(slot)
    new = dose
    if dose.reps < REPS_CEILING:
        reps = min(REPS_CEILING, dose.reps + reps_step(dose.reps))
        top = None
        if dose.reps_max is not None:  # "20–25 reps" moves as a whole range
            top = min(500, max(reps, dose.reps_max + (reps - dose.reps)))
        new = replace(dose, reps=reps, reps_max=top)
    if new == dose and not band:
        return None
    return DoseStep(slot.exercise.id, slot.exercise.name, dose, new, band)


def session_light(
    session: Session,
    sessions: Sequence[Session],
    entries: Sequence[PainEntry],
    rules: PainRules = DEFAULT_RULES,
    stop_levels: Mapping[str, int] | None = None,
) -> SessionVerdict:
    """The light of ``session``'s 24 hours: the pain model's light on the next morning,
    with only that session (and those before it) and its own day's exercise pain in
    view, so a later session does not stand in for it. Green needs the next-morning
    check settled; without it the session is "unknown"."""
    day = session.day
    # What the light looks at for a session: its usual (``baseline_days`` before) and the
    # three weeks of bouts and resting pain up to it; older records change nothing.
    first = day - timedelta(days=max(rules.baseline_days, 21) + 1)
    entries = [e for e in entries if e.at.date() >= first]
    before = [s for s in sessions if s.started_at <= session.started_at and s.day >= first]
    known = {s.id for s in sessions}
    shown = {s.id for s in before}
    # Exercise pain of later days, or of a later session the same day, is not in view.
    seen = [
        e
        for e in entries
        if e.context not in EXERCISE_CONTEXTS
        or (e.at.date() <= day and (e.session_id not in known or e.session_id in shown))
    ]
    light = traffic_light(seen, before, day + timedelta(days=1), rules, stop_levels)
    level = light.level.value
    if light.session_id != session.id:
        level = Level.UNKNOWN.value  # its own pain was not logged: not judged
    elif level == Level.GREEN.value and not any(
        f.rule == "morning-settled" for f in light.findings
    ):
        level = Level.UNKNOWN.value  # green waits for the morning check
    elif level == Level.GREEN.value and session.end_reason != EndReason.COMPLETED:
        level = Level.UNKNOWN.value  # part of the dose is no proof the whole suits
    return SessionVerdict(session.id, day, session.started_at, level, light.reason)


def verdicts(
    mine: Iterable[Session],
    sessions: Iterable[Session],
    entries: Sequence[PainEntry],
    rules: PainRules = DEFAULT_RULES,
    stop_levels: Mapping[str, int] | None = None,
    last: int | None = None,
) -> list[SessionVerdict]:
    """The verdict of each finished session in ``mine`` (a routine's, at its current
    dose), oldest first, judged among all ``sessions``; only the ``last`` few when given
    (the streak window never needs more)."""
    every = sorted((s for s in sessions if s.finished), key=lambda s: s.started_at)
    chosen = sorted((s for s in mine if s.finished), key=lambda s: s.started_at)
    if last is not None:
        chosen = chosen[-last:] if last > 0 else []
    return [session_light(s, every, entries, rules, stop_levels) for s in chosen]


def green_streak(found: Sequence[SessionVerdict]) -> int:
    """Green sessions in a row, counted back from the newest."""
    n = 0
    for v in reversed(found):
        if v.light != Level.GREEN.value:
            break
        n += 1
    return n


def suggest(
    routine: Routine,
    found: Sequence[SessionVerdict],
    light_now: str,
    rules: PainRules = DEFAULT_RULES,
    dismissed_at: datetime | None = None,
) -> Suggestion | None:
    """The next step for ``routine`` when its last ``rules.progress_after`` verdicts
    (sessions at its current dose, after the last "Not now") are all green and today's
    light is green; otherwise ``None``. Amber or red anywhere in that window, or today,
    never yields a suggestion."""
    needed = rules.progress_after
    counted = [v for v in found if dismissed_at is None or v.started_at > dismissed_at]
    if light_now != Level.GREEN.value or len(counted) < needed:
        return None
    window = counted[-needed:]
    if any(v.light != Level.GREEN.value for v in window):
        return None
    steps = tuple(s for s in (next_step(slot) for slot in routine.slots) if s is not None)
    if not steps:
        return None
    streak = green_streak(counted)
    days = join([Msg("{day}", day=v.day) for v in window], ", ")
    reason = Msg(
        "{streak} green sessions in a row of {routine} ({days}): pain stayed within "
        "the acceptable level and the next morning was back to usual.",
        streak=streak,
        routine=routine.name,
        days=days,
    )
    return Suggestion(
        routine.id,
        routine.name,
        routine.builtin,
        streak,
        needed,
        steps,
        window[-1].started_at,
        reason,
        rule_text(needed),
    )


def current_sessions(
    sessions: Iterable[Session], routine: Routine, snapshots: Collection[str]
) -> list[Session]:
    """The sessions of ``routine`` run at its current dose: their snapshot is one the
    routine's current version covers (``snapshots``; the caller passes the routine's own
    snapshot when no version holds it yet). A new version starts the count again."""
    wanted = set(snapshots)
    return [s for s in sessions if s.routine_id == routine.id and s.routine_snapshot in wanted]


def load_dismissed(raw: object) -> dict[str, datetime]:
    """The "Not now" setting: routine id → the last session of the streak set aside.
    Damaged values are dropped (the worst case is one suggestion shown again)."""
    out: dict[str, datetime] = {}
    if isinstance(raw, dict):
        for key, value in raw.items():
            try:
                when = datetime.fromisoformat(value)
            except (TypeError, ValueError):
                continue
            if isinstance(key, str) and when.tzinfo is not None:
                out[key] = when
    return out
