"""Planned against done, judged honestly: the one function Today, the calendar, the
command line and the physio report all read (:func:`adherence`).

Rules (Loop Habit Tracker's, adapted):

- Each day and routine is judged against the schedule that was in force *that* day
  (:class:`~coach.domain.plan.versions.RoutinePlan`). No schedule: "as needed", never
  missed. Days before the first schedule count nothing.
- Only "missed" and the undone part of "partial" count against the person. Paused days,
  days off and as-needed days are not in the figures at all.
- Today is "open" until it ends: it enters the figures only once all its planned
  sessions are done, so a morning look at the calendar is not a failing grade.
- A partial session counts its share of sets done (see :mod:`.completion`); a session
  "done on paper" counts as done and keeps its own status.
- "N times a week" plans no particular day: each Monday-to-Sunday week (or the part of
  it a schedule covers, pro rata, rounding half up) has a target, judged when that part
  is over or the target is met.

So the percentage stays within 0-100 %, and adding a done session never lowers it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from typing import Any

from ..record import SessionRecord
from ..routine import Routine
from .completion import completion_for
from .exercises import ExerciseCompletion, exercise_completion
from .judge import WeekBucket, judge_plan, unplanned_day, week_targets_of
from .paper import PaperSession
from .status import (
    DONE_STATUSES,
    EPS,
    JUDGED,
    DayStatus,
    Done,
    RoutineDay,
    WeekTarget,
)
from .streaks import habit_score, judged_units, overall_score, streak_of
from .versions import RoutinePlan

__all__ = [
    "DONE_STATUSES",
    "JUDGED",
    "Adherence",
    "DayStatus",
    "ExerciseCompletion",
    "RoutineAdherence",
    "RoutineDay",
    "WeekAdherence",
    "WeekTarget",
    "adherence",
    "counts_as_done",
    "habit_score",
]


@dataclass(frozen=True)
class WeekAdherence:
    """Judged planned sessions and the credit for them in a Monday-to-Sunday week
    (clipped to the range). ``open`` planned sessions are not judged yet (today, or an
    "N a week" target still running). ``ratio`` is None when nothing was judged."""

    week_start: date
    planned: int
    done: float
    open: int = 0

    @property
    def ratio(self) -> float | None:
        return self.done / self.planned if self.planned else None


@dataclass(frozen=True)
class RoutineAdherence:
    routine_id: str
    name: str
    planned: int
    done: float
    missed: int  # planned sessions with nothing done
    partial: int  # planned sessions partly done
    streak: int  # planned sessions done in full, in a row, up to today
    score: float = 0.0  # the forgiving trend, 0-1: see habit_score()

    @property
    def ratio(self) -> float | None:
        return self.done / self.planned if self.planned else None


@dataclass(frozen=True)
class Adherence:
    """Everything :func:`adherence` works out for a range of days."""

    start: date
    end: date
    today: date
    days: dict[date, tuple[RoutineDay, ...]]  # only days with something on them
    week_targets: tuple[WeekTarget, ...]
    weeks: tuple[WeekAdherence, ...]
    routines: tuple[RoutineAdherence, ...]
    streak: int  # planned sessions done in full, in a row, over all routines
    score: float = 0.0  # the routines' forgiving trends, weighted by planned sessions
    played: tuple[SessionRecord, ...] = field(default=(), repr=False, compare=False)
    routine_map: dict[str, Routine] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def exercises(self) -> tuple[ExerciseCompletion, ...]:
        """Per-exercise completion, worked out when first asked for (the calendar never
        asks; over five years it is most of the cost)."""
        return tuple(exercise_completion(self.played, self.routine_map))

    @property
    def planned(self) -> int:
        return sum(w.planned for w in self.weeks)

    @property
    def done(self) -> float:
        return sum(w.done for w in self.weeks)

    @property
    def ratio(self) -> float | None:
        """Judged planned sessions done, 0-1 (None: nothing was planned and judged)."""
        planned = self.planned
        return self.done / planned if planned else None

    def on(self, day: date) -> tuple[RoutineDay, ...]:
        return self.days.get(day, ())

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready figures (``adherence --json``; shares are 0-1 or null)."""

        def share(value: float | None) -> float | None:
            return None if value is None else round(value, 4)

        return {
            "from": self.start.isoformat(),
            "to": self.end.isoformat(),
            "today": self.today.isoformat(),
            "planned": self.planned,
            "done": round(self.done, 3),
            "ratio": share(self.ratio),
            "streak": self.streak,
            "score": round(self.score, 4),
            "weeks": [
                {
                    "week_start": w.week_start.isoformat(),
                    "planned": w.planned,
                    "done": round(w.done, 3),
                    "open": w.open,
                    "ratio": share(w.ratio),
                }
                for w in self.weeks
            ],
            "routines": [
                {
                    "routine_id": r.routine_id,
                    "name": r.name,
                    "planned": r.planned,
                    "done": round(r.done, 3),
                    "missed": r.missed,
                    "partial": r.partial,
                    "streak": r.streak,
                    "score": round(r.score, 4),
                    "ratio": share(r.ratio),
                }
                for r in self.routines
            ],
            "exercises": [
                {
                    "routine_id": e.routine_id,
                    "exercise_id": e.exercise_id,
                    "name": e.name,
                    "sessions": e.sessions,
                    "done_in": e.done_in,
                    "sets_done": e.sets_done,
                    "sets_skipped": e.sets_skipped,
                    "ratio": share(e.ratio),
                }
                for e in self.exercises
            ],
            "days": [
                {
                    "day": d.day.isoformat(),
                    "routine_id": d.routine_id,
                    "status": d.status.value,
                    "planned": d.planned,
                    "done": round(d.done, 3),
                    "sessions": d.sessions,
                }
                for items in self.days.values()
                for d in items
            ],
        }

    def week_of(self, day: date) -> WeekAdherence | None:
        monday = day - timedelta(days=day.weekday())
        return next((w for w in self.weeks if w.week_start == monday), None)


def counts_as_done(session: SessionRecord) -> bool:
    """A finished session shows as done on Today, even one stopped early: the person
    showed up. (Adherence credits it by its share of sets: see :mod:`.completion`.)"""
    return session.end_reason is not None


def adherence(
    plans: Iterable[RoutinePlan],
    sessions: Iterable[SessionRecord],
    start: date,
    end: date,
    today: date,
    *,
    paper: Iterable[PaperSession] = (),
    routines: Iterable[Routine] = (),
    completion: Callable[[SessionRecord], float] | None = None,
) -> Adherence:
    """Judge every day from ``start`` to ``end`` (inclusive) with ``today`` open.

    ``plans`` are the stored plans (one per routine); ``sessions`` and ``paper`` what
    was done (sessions still in progress are ignored); ``routines`` give names and the
    planned set counts behind partial credit. The report, the CLI and the views all call
    this, so a figure is the same wherever it is printed.
    """
    routine_map = {r.id: r for r in routines}
    credit = completion or completion_for(routine_map)
    plan_list = list(plans)
    session_list = [
        s for s in sessions if s.end_reason is not None and start <= s.started_at.date() <= end
    ]
    done_on: dict[tuple[date, str], list[Done]] = defaultdict(list)
    for s in session_list:
        done_on[s.started_at.date(), s.routine_id].append((credit(s), False))
    for p in paper:
        if start <= p.day <= end:
            done_on[p.day, p.routine_id].append((1.0, True))

    entries: dict[date, list[RoutineDay]] = defaultdict(list)
    buckets: dict[tuple[str, date, date], WeekBucket] = {}
    seen: set[tuple[date, str]] = set()
    for plan in plan_list:
        judge_plan(plan, start, end, today, done_on, entries, buckets, seen)
    for (day, rid), items in done_on.items():
        if (day, rid) not in seen:
            entries[day].append(unplanned_day(day, rid, items, DayStatus.EXTRA))
    targets = tuple(week_targets_of(buckets, today))
    days = {d: tuple(sorted(e, key=lambda r: r.routine_id)) for d, e in sorted(entries.items())}
    units = judged_units(days, targets)
    return Adherence(
        start=start,
        end=end,
        today=today,
        days=days,
        week_targets=targets,
        weeks=tuple(_weeks(days, targets, start, end)),
        routines=tuple(_per_routine(plan_list, days, targets, routine_map, units)),
        streak=streak_of([u for found in units.values() for u in found]),
        score=overall_score(units),
        played=tuple(session_list),
        routine_map=routine_map,
    )


def _weeks(days, targets, start: date, end: date) -> Iterable[WeekAdherence]:
    totals: dict[date, list] = {}
    monday = start - timedelta(days=start.weekday())
    while monday <= end:
        totals[monday] = [0, 0.0, 0]
        monday += timedelta(days=7)
    for day, items in days.items():
        week = totals[day - timedelta(days=day.weekday())]
        for item in items:
            if item.judged:
                week[0] += item.planned
                week[1] += item.done
            elif item.status in (DayStatus.OPEN, DayStatus.PLANNED):
                week[2] += item.planned
    for t in targets:
        week = totals[t.week_start]
        if t.judged:
            week[0] += t.target
            week[1] += t.done
        else:
            week[2] += t.target
    for monday, (planned, done, still_open) in totals.items():
        yield WeekAdherence(monday, planned, done, still_open)


def _per_routine(plans, days, targets, routine_map, units) -> Iterable[RoutineAdherence]:
    totals: dict[str, list] = defaultdict(lambda: [0, 0.0, 0, 0])
    for items in days.values():
        for item in items:
            if item.status in JUDGED:
                total = totals[item.routine_id]
                total[0] += item.planned
                total[1] += item.done
                if item.status == DayStatus.MISSED:
                    total[2] += item.planned
                elif item.status == DayStatus.PARTIAL:
                    total[3] += 1
    for t in targets:
        if t.judged:
            total = totals[t.routine_id]
            total[0] += t.target
            total[1] += t.done
            total[2] += int(t.target - t.done + EPS) if t.done < t.target - EPS else 0
    for plan in plans:
        if not plan.versions:
            continue
        rid = plan.routine_id
        planned, done, missed, partial = totals.get(rid, (0, 0.0, 0, 0))
        routine = routine_map.get(rid)
        name = routine.name if routine is not None else rid
        found = units.get(rid, [])
        yield RoutineAdherence(
            rid, name, planned, done, missed, partial, streak_of(found), habit_score(found)
        )
