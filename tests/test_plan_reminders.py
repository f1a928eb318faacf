"""Reminders come at the planned times, once, and only when something is still to do."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from coach.domain.dose import RepsDose
from coach.domain.exercise import Exercise, ExerciseSlot
from coach.domain.plan.reminders import MORNING_CHECK, due_reminders, ordinal
from coach.domain.plan.schedule import Schedule
from coach.domain.plan.versions import Pause, RoutinePlan
from coach.domain.record import EndReason, SessionRecord
from coach.domain.routine import Routine

WED = date(2026, 11, 18)
STRENGTH = Routine(
    "it-band-strength",
    "IT-band strength",
    (ExerciseSlot(Exercise("clam-shell", "Clam shell", "Open", RepsDose())),),
)
TWICE = Schedule(times_per_day=2, times=(time(8), time(20)), start=WED - timedelta(days=30))


def _done(day: date, hour: int) -> SessionRecord:
    at = datetime.combine(day, time(hour)).astimezone()
    return SessionRecord(
        STRENGTH.id, STRENGTH.name, "", at, ended_at=at, end_reason=EndReason.COMPLETED
    )


def _due(plan, sessions=(), since=time(7, 59), now=time(8, 1), **kw):
    start, end = datetime.combine(WED, since), datetime.combine(WED, now)
    return due_reminders([plan], [STRENGTH], sessions, start, end, **kw)


def test_a_planned_time_is_reminded_once_with_the_sessions_count():
    plan = RoutinePlan(STRENGTH.id, (TWICE,))
    monday = _done(WED - timedelta(days=2), 9)
    found = _due(plan, [monday])
    assert [r.text for r in found] == ["Time for IT-band strength (2nd session this week)"]
    assert _due(plan, [monday], since=time(8, 1), now=time(8, 2)) == []  # not twice


def test_a_slot_already_done_is_not_reminded():
    plan = RoutinePlan(STRENGTH.id, (TWICE,))
    morning = _done(WED, 7)
    assert _due(plan, [morning]) == []
    evening = _due(plan, [morning], since=time(19, 59), now=time(20, 0))
    assert [r.at.time() for r in evening] == [time(20)]


def test_no_reminder_when_paused_muted_unplanned_or_without_times():
    paused = RoutinePlan(STRENGTH.id, (TWICE,), (Pause(WED, WED),))
    assert _due(paused) == []
    assert _due(RoutinePlan(STRENGTH.id, (TWICE,)), muted=[STRENGTH.id]) == []
    thursdays = Schedule(kind="weekdays", weekdays=frozenset({3}), times=(time(8),), start=WED)
    assert _due(RoutinePlan(STRENGTH.id, (thursdays,))) == []
    no_times = Schedule(start=WED)
    assert _due(RoutinePlan(STRENGTH.id, (no_times,))) == []


def test_times_a_week_stops_reminding_once_the_target_is_met():
    weekly = Schedule(kind="per_week", per_week=2, times=(time(8),), start=WED - timedelta(9))
    plan = RoutinePlan(STRENGTH.id, (weekly,))
    assert len(_due(plan, [_done(WED - timedelta(days=2), 9)])) == 1
    met = [_done(WED - timedelta(days=2), 9), _done(WED - timedelta(days=1), 9)]
    assert _due(plan, met) == []


def test_the_next_morning_check_follows_a_session_day():
    plan = RoutinePlan(STRENGTH.id)
    found = _due(plan, [_done(WED - timedelta(days=1), 18)], morning_check=time(8))
    assert [r.routine_id for r in found] == [MORNING_CHECK]
    assert _due(plan, [], morning_check=time(8)) == []


def test_ordinals_read_naturally():
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd",
    ]  # fmt: skip
