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

from coach.domain.analytics import Adherence, adherence, counts_as_done, daily_pain, entry_day
from coach.domain.pain import Context, PainEntry
from coach.domain.pain.light import LOOKBACK_DAYS, TrafficLight
from coach.domain.pain.light import traffic_light as pain_light
from coach.domain.pain.rules import PainRules
from coach.domain.plan.paper import PaperSession
from coach.domain.plan.versions import RoutinePlan
from coach.domain.record import EndReason, SessionRecord
from coach.domain.routine import Routine
from coach.domain.session.counts import ExerciseTally, SetCounts, exercise_tallies, set_counts

from .model import RoutineAdherence

# Farrar et al., Pain 2001: a change of >= 2 points or >= 30 % is clinically meaningful.
MEANINGFUL_POINTS = 2.0
MEANINGFUL_SHARE = 0.30


def plan_adherence(
    plans: Sequence[RoutinePlan],
    sessions: Sequence[SessionRecord],
    start: date,
    end: date,
    today: date,
    routines: Sequence[Routine],
    paper: Sequence[PaperSession] = (),
) -> Adherence:
    """The plan subject's adherence, judged as ``PlanRepo.adherence`` judges it (the
    sessions of the period, the sessions ticked off on paper, ``today`` still open)."""
    played = [s for s in sessions if start <= s.day <= end]
    return adherence(plans, played, start, end, today, paper=paper, routines=routines)


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


def routine_rows(
    result: Adherence, sessions: Sequence[SessionRecord], routines: Sequence[Routine]
) -> list[RoutineAdherence]:
    """The plan's routine figures, each with its count of finished sessions, then the
    routines done in the period without a plan (nothing planned, so no share)."""
    finished = Counter(s.routine_id for s in sessions if counts_as_done(s))
    names = {r.id: r.name for r in routines}
    for s in sessions:
        names.setdefault(s.routine_id, s.routine_name)
    rows = [
        RoutineAdherence(
            r.routine_id,
            r.name,
            finished[r.routine_id],
            r.planned,
            r.done,
            r.partial,
            r.missed,
            r.ratio,
        )
        for r in result.routines
    ]
    seen = {r.routine_id for r in rows}
    order = [r.id for r in routines] + sorted(finished)
    for rid in dict.fromkeys(order):
        if rid not in seen and finished[rid]:
            rows.append(RoutineAdherence(rid, names[rid], finished[rid], 0, 0.0, 0, 0, None))
    return rows


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
