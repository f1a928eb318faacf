"""The one place the report asks the rest of the domain for its figures.

Every figure the report prints that another subject owns (adherence, the pain model's
traffic light, a session's done/planned count) comes through a function here, so when
that subject's own function lands or changes, this file is the only one to switch.
Where the owning subject has no function yet, the stand-in here says so in its
docstring and keeps to that subject's rules as DESIGN.md states them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from coach.domain.analytics import (
    WeekAdherence,
    counts_as_done,
    daily_pain,
    entry_day,
    weekly_adherence,
)
from coach.domain.pain import Context, PainEntry
from coach.domain.pain.light import LOOKBACK_DAYS, TrafficLight
from coach.domain.pain.light import traffic_light as pain_light
from coach.domain.pain.rules import PainRules
from coach.domain.record import EndReason, SessionRecord
from coach.domain.routine import Routine
from coach.domain.session.counts import ExerciseTally, SetCounts, exercise_tallies, set_counts

from .model import RoutineAdherence

# Farrar et al., Pain 2001: a change of >= 2 points or >= 30 % is clinically meaningful.
MEANINGFUL_POINTS = 2.0
MEANINGFUL_SHARE = 0.30


def weeks(
    routines: Sequence[Routine], sessions: Sequence[SessionRecord], start: date, end: date
) -> list[WeekAdherence]:
    """Planned against done per week: the calendar's own weekly adherence."""
    return weekly_adherence(routines, sessions, start, end)


def counts(session: SessionRecord) -> SetCounts:
    """Planned / done / skipped / not reached sets: the session subject's one count
    (measured against the plan kept on the record, so an edited routine changes nothing)."""
    return set_counts(session)


def tallies(session: SessionRecord) -> list[ExerciseTally]:
    """Per exercise and side, sets and reps/seconds planned against done."""
    return exercise_tallies(session)


OUTCOMES = {
    EndReason.COMPLETED: "completed",
    EndReason.STOPPED: "stopped",
    EndReason.STOPPED_FOR_PAIN: "stopped for pain",
    EndReason.STOPPED_NO_TIME: "stopped (no time)",
    EndReason.INTERRUPTED: "interrupted",
}


def outcome(session: SessionRecord) -> str:
    """The end reason in words ("in progress" for a session still running)."""
    reason = session.end_reason
    return "in progress" if reason is None else OUTCOMES.get(reason, str(reason))


def credit(session: SessionRecord) -> float:
    """What one session counts towards adherence: 1 for a completed session, else the
    share of its planned sets done (a partial session is counted as partial)."""
    if not counts_as_done(session):
        return 0.0
    if session.end_reason == EndReason.COMPLETED:
        return 1.0
    share = counts(session).share
    return 1.0 if share is None else share


def routine_adherence(
    routines: Sequence[Routine], sessions: Sequence[SessionRecord], start: date, end: date
) -> list[RoutineAdherence]:
    """Per routine: times planned by its schedule, sessions completed and partial, and
    adherence = credit of planned sessions / times planned. As in the weekly figure, a
    day's extra sessions never count past what that day planned."""
    by_id = {r.id: r for r in routines}
    planned: Counter[str] = Counter()
    per_day: dict[tuple[date, str], int] = {}
    for n in range((end - start).days + 1):
        day = start + timedelta(days=n)
        for r in routines:
            times = r.schedule.planned_on(day) if r.schedule else 0
            if times:
                planned[r.id] += times
                per_day[(day, r.id)] = times
    credits: dict[tuple[date, str], list[float]] = {}
    completed: Counter[str] = Counter()
    partial: Counter[str] = Counter()
    names: dict[str, str] = {}
    for s in sessions:
        if not (start <= s.day <= end) or not counts_as_done(s):
            continue
        names.setdefault(s.routine_id, s.routine_name)
        if s.end_reason == EndReason.COMPLETED:
            completed[s.routine_id] += 1
        else:
            partial[s.routine_id] += 1
        credits.setdefault((s.day, s.routine_id), []).append(credit(s))
    earned: Counter[str] = Counter()
    for (day, rid), values in credits.items():
        best = sorted(values, reverse=True)[: per_day.get((day, rid), 0)]
        earned[rid] += sum(best)
    ids = [r.id for r in routines if planned[r.id] or completed[r.id] or partial[r.id]]
    ids += sorted(rid for rid in names if rid not in by_id)
    out = []
    for rid in ids:
        name = by_id[rid].name if rid in by_id else names[rid]
        p = planned[rid]
        out.append(
            RoutineAdherence(
                rid,
                name,
                p,
                completed[rid],
                partial[rid],
                round(earned[rid], 2),
                (earned[rid] / p) if p else None,
            )
        )
    return out


def clinically_meaningful(before: float, after: float) -> bool:
    """Farrar 2001: a change of at least 2 points, or at least 30 % of the start."""
    change = abs(after - before)
    if change >= MEANINGFUL_POINTS:
        return True
    return before > 0 and change / before >= MEANINGFUL_SHARE


def report_contexts() -> list[str]:
    """The pain contexts the summary compares, in the order a session happens."""
    wanted = ("before", "during", "after", "morning", "rest")
    have = {c.value for c in Context}
    return [c for c in wanted if c in have]


def next_mornings(entries: Iterable[PainEntry]) -> dict[date, int]:
    """The worst next-morning check of each day, from the pain trend's daily values; a
    session on day D reads the entry of D + 1."""
    return {d.day: d.max for d in daily_pain(entries, context=Context.MORNING)}


def traffic_light(
    entries: Sequence[PainEntry],
    sessions: Sequence[SessionRecord],
    on: date,
    routines: Sequence[Routine],
    rules: PainRules | None = None,
) -> TrafficLight:
    """The pain model's light for ``on``, given what ``coach.store.pain_light.light_on``
    gives it: the records of its look-back window and each routine's own stop level.
    (The CLI and the dialog pass the store's light in directly.)"""
    since = on - timedelta(days=LOOKBACK_DAYS)
    recent = [e for e in entries if since <= entry_day(e) <= on]
    played = [s for s in sessions if since <= s.day <= on]
    wanted = {s.routine_id for s in played}
    stop_levels = {r.id: r.pain_stop_threshold for r in routines if r.id in wanted}
    return pain_light(recent, played, on, rules or PainRules(), stop_levels)
