"""Pain series, rolling mean and flare-ups (adherence: test_plan_adherence.py).

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
    flare_ups,
    rolling_mean,
    to_epoch_arrays,
)
from coach.domain.pain import Context, PainEntry

CET = timezone(timedelta(hours=1))
MON = date(2026, 11, 2)  # a Monday


def _pain(day: date, score: int, hour: int = 8, **kw) -> PainEntry:
    return PainEntry(score=score, at=datetime.combine(day, time(hour), CET), **kw)


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
