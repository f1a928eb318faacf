"""Pain series, rolling mean, adherence, calendar summaries and flare-ups.

Property tests run with ``deadline=None``: no test may depend on machine speed.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from itertools import pairwise

from helpers.strategies import pain_entries
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.analytics import (
    DailyPain,
    daily_pain,
    day_summaries,
    flare_ups,
    rolling_mean,
    to_epoch_arrays,
    weekly_adherence,
)
from coach.domain.dose import HoldDose, RepsDose
from coach.domain.exercise import Exercise, ExerciseSlot
from coach.domain.pain import Context, PainEntry
from coach.domain.plan.schedule import Schedule
from coach.domain.record import EndReason, SessionRecord
from coach.domain.routine import Routine

CET = timezone(timedelta(hours=1))
MON = date(2026, 11, 2)  # a Monday


def _pain(day: date, score: int, hour: int = 8, **kw) -> PainEntry:
    return PainEntry(score=score, at=datetime.combine(day, time(hour), CET), **kw)


def _routine(rid: str, schedule: Schedule | None) -> Routine:
    ex = Exercise("clam-shell", "Clam shell", "Open the knee", RepsDose())
    return Routine(rid, rid.title(), (ExerciseSlot(ex),), schedule=schedule)


def _session(rid: str, day: date, reason: EndReason | None = EndReason.COMPLETED):
    started = datetime.combine(day, time(18), CET)
    ended = started + timedelta(minutes=30) if reason else None
    return SessionRecord(rid, rid.title(), "", started, ended_at=ended, end_reason=reason)


STRENGTH = _routine("strength", Schedule(every_n_days=2, start=date(2026, 1, 2)))
STRETCH = _routine("stretch", Schedule(times_per_day=2, start=MON))


def test_daily_pain_groups_by_the_entrys_own_local_day():
    late = PainEntry(
        score=7, at=datetime(2026, 11, 2, 23, 30, tzinfo=timezone(timedelta(hours=10)))
    )
    entries = [_pain(MON, 2), _pain(MON, 4, hour=20), late, _pain(MON + timedelta(days=1), 1)]
    daily = daily_pain(entries)
    assert daily[0] == DailyPain(MON, 13 / 3, 7, 3)
    assert daily[1] == DailyPain(MON + timedelta(days=1), 1.0, 1, 1)


def test_daily_pain_filters_location_and_context():
    entries = [
        _pain(MON, 5, location="outer hip"),
        _pain(MON, 2, context=Context.MORNING),
        _pain(MON, 3, context=Context.AFTER),
    ]
    assert [d.max for d in daily_pain(entries, location="Outer Hip")] == [5]
    assert [d.mean for d in daily_pain(entries, context="morning")] == [2.0]


@settings(deadline=None)
@given(st.lists(pain_entries, max_size=40))
def test_daily_counts_add_up_and_mean_sits_between_min_and_max(entries):
    daily = daily_pain(entries)
    assert sum(d.count for d in daily) == len(entries)
    assert all(0 <= d.mean <= d.max <= 10 for d in daily)
    assert [d.day for d in daily] == sorted({d.day for d in daily})


@settings(deadline=None)
@given(
    st.dictionaries(
        st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 6, 30)),
        st.floats(0, 10),
        max_size=60,
    ),
    st.integers(1, 30),
)
def test_rolling_mean_stays_within_the_values_and_covers_each_day(values, window):
    out = rolling_mean(values, window_days=window)
    assert [d for d, _ in out] == sorted(values)
    for day, mean in out:
        recent = [v for d, v in values.items() if 0 <= (day - d).days < window]
        assert min(recent) <= mean <= max(recent)


def test_rolling_mean_skips_gaps_instead_of_counting_them_as_zero():
    values = {MON: 6.0, MON + timedelta(days=1): 4.0, MON + timedelta(days=10): 1.0}
    assert rolling_mean(values, 7) == [
        (MON, 6.0),
        (MON + timedelta(days=1), 5.0),
        (MON + timedelta(days=10), 1.0),
    ]


def test_weekly_adherence_counts_planned_against_finished_sessions():
    sessions = [
        _session("strength", MON),
        _session("strength", MON),  # a second one the same day does not count twice
        _session("strength", MON + timedelta(days=2), EndReason.STOPPED_FOR_PAIN),
        _session("strength", MON + timedelta(days=4), reason=None),  # still running
        _session("icing", MON),  # unscheduled routines are not in the plan
    ]
    weeks = weekly_adherence([STRENGTH], sessions, MON, MON + timedelta(days=13))
    assert [(w.week_start, w.planned, w.done) for w in weeks] == [
        (MON, 4, 2),
        (MON + timedelta(days=7), 3, 0),
    ]
    assert weeks[0].ratio == 0.5


def test_a_week_with_nothing_planned_has_no_ratio():
    weeks = weekly_adherence([_routine("x", None)], [], MON, MON + timedelta(days=6))
    assert weeks[0].planned == 0 and weeks[0].ratio is None


_SESSIONS = st.builds(
    _session,
    st.sampled_from(["strength", "stretch", "icing"]),
    st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 3, 1)),
    st.sampled_from([None, *EndReason]),
)


@settings(deadline=None)
@given(st.lists(_SESSIONS, max_size=40), st.integers(0, 60))
def test_adherence_ratio_is_between_zero_and_one(sessions, span):
    start = date(2026, 1, 1)
    for week in weekly_adherence([STRENGTH, STRETCH], sessions, start, start + timedelta(span)):
        assert 0 <= week.done <= week.planned
        assert week.ratio is None or 0.0 <= week.ratio <= 1.0


def test_day_summaries_show_plan_done_pain_and_misses():
    sessions = [
        _session("stretch", MON),
        _session("strength", MON + timedelta(days=2), EndReason.STOPPED_FOR_PAIN),
    ]
    pain = [_pain(MON, 3), _pain(MON, 5, hour=19)]
    days = day_summaries([STRENGTH, STRETCH], sessions, pain, MON, MON + timedelta(days=2))
    assert len(days) == 3
    monday = days[MON]
    assert monday.planned == ["Strength", "Stretch", "Stretch"]
    assert monday.done == ["Stretch"]
    assert monday.missed == ["Strength", "Stretch"]
    assert monday.max_pain == 5 and monday.pain_count == 2
    assert days[MON + timedelta(days=1)].max_pain is None
    assert days[MON + timedelta(days=2)].stopped_for_pain


def test_flare_ups_find_a_jump_over_the_week_before_and_merge_close_days():
    steady = [_pain(MON + timedelta(days=n), 2) for n in range(10)]
    spike = [
        _pain(MON + timedelta(days=10), 6, note="Ran too far."),
        _pain(MON + timedelta(days=12), 6),
        _pain(MON + timedelta(days=20), 3),
    ]
    found = flare_ups(steady + spike)
    assert len(found) == 1
    assert found[0].day == MON + timedelta(days=10)
    assert found[0].last_day == MON + timedelta(days=12)
    assert found[0].peak == 6 and found[0].baseline == 2.0
    assert found[0].notes == ["Ran too far."]
    assert flare_ups(steady) == []


def test_epoch_arrays_are_one_day_apart_in_local_time():
    daily = daily_pain([_pain(MON + timedelta(days=n), n) for n in range(3)])
    xs, ys = to_epoch_arrays(daily, value="max")
    assert ys == [0.0, 1.0, 2.0]
    assert all(82_800 <= b - a <= 90_000 for a, b in pairwise(xs))
    assert datetime.fromtimestamp(xs[0]).date() == MON
    assert to_epoch_arrays([(MON, 2.5)])[1] == [2.5]


def test_stretch_routine_planned_twice_a_day_uses_hold_doses():
    # Guard for the calendar: the schedule's times_per_day is what makes two cells.
    stretch = Routine(
        "s",
        "S",
        (ExerciseSlot(Exercise("quad", "Quad", "Hold", HoldDose())),),
        schedule=Schedule(times_per_day=2, start=MON),
    )
    assert day_summaries([stretch], [], [], MON, MON)[MON].planned == ["S", "S"]
