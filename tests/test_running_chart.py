"""The Running view's chart arrays (coach/domain/running/chart.py): worked numbers, and
properties that hold for any log (the weeks add up to the runs, a run is marked over the
cap exactly when the caps module says so, and the cap pass equals the one-run check)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coach.domain.library import builtin_routines
from coach.domain.pain import Context, PainEntry
from coach.domain.running.caps import overrun, overruns, run_caps, single_run_cap
from coach.domain.running.chart import run_chart
from coach.domain.running.levels import LEVELS
from coach.domain.running.runs import Run
from coach.domain.running.sessions import level_routine

T0 = datetime(2026, 3, 2, 7, tzinfo=UTC)  # a Monday


def test_weeks_caps_over_marks_and_next_morning_pain_with_the_numbers():
    runs = [
        Run(T0, 2000, 900, pain_during=1, pain_after=2),
        Run(T0 + timedelta(days=2), 2100, 950),
        Run(T0 + timedelta(days=8), 2500, 1000, pain_after=4),  # 119% of the 2.1 km before
    ]
    morning = PainEntry(score=3, at=T0 + timedelta(days=9), context=Context.MORNING)
    data = run_chart(runs, [morning])
    assert data.week_start == [date(2026, 3, 2), date(2026, 3, 9)]
    assert data.week_km == [pytest.approx(4.1), 2.5]
    assert data.week_guide_km[1] == pytest.approx(4.1 * 1.10)
    assert data.cap_km[0] != data.cap_km[0]  # NaN: no run before the first
    assert data.cap_km[2] == pytest.approx(2.31)
    assert data.over == [False, False, True]
    assert "119% of the longest distance (2.1 km)" in data.over_text[2]
    assert data.pain_morning[2] == 3.0 and data.pain_after[2] == 4.0
    assert "next morning 3" in data.hover(2)


runs_strategy = st.lists(
    st.tuples(
        st.integers(0, 200),  # day offset
        st.floats(500, 20_000),  # metres
        st.floats(300, 7200),  # seconds
    ),
    max_size=40,
).map(lambda rows: [Run(T0 + timedelta(days=d), m, s) for d, m, s in rows])


@given(runs_strategy)
def test_the_weeks_add_up_and_the_marks_match_the_caps_rule(runs):
    data = run_chart(runs)
    assert abs(sum(data.week_km) - sum(r.km for r in runs)) < 1e-6
    flagged = overruns(runs)
    assert {i for i, flag in zip(data.run_id, data.over, strict=True) if flag} == set(flagged)


@given(runs_strategy)
def test_the_one_pass_caps_equal_the_cap_of_each_run_alone(runs):
    for run, cap in run_caps(runs):
        assert cap == single_run_cap(runs, run.day)
        alone = overrun(run, runs)
        assert (alone is None) == (run.id not in overruns(runs))


def test_each_level_runs_its_own_intervals_between_the_walks():
    template = next(r for r in builtin_routines() if r.id == "return-to-run-week-1")
    assert level_routine(LEVELS[0], template) is template
    for lvl in LEVELS[1:]:
        routine = level_routine(lvl, template)
        dose = routine.slot("walk-run").dose
        assert (dose.repeats, dose.work_s, dose.recover_s) == (lvl.repeats, lvl.run_s, lvl.walk_s)
        assert routine.slots[0].exercise.id == "brisk-walk-warm-up"
        assert not routine.builtin and routine.id == f"return-to-run-level-{lvl.number}"


def test_hills_and_downhill_are_flagged_only_at_the_early_levels():
    """Level 1 until the decision after the run of 3 Mar, overridden to level 7: the
    hills run of 3 Mar was at level 1 and is flagged; the downhill run of 5 Mar was at
    level 7 and is not; rolling ground never is."""
    from coach.domain.running.ground import ground_flags, level_on
    from coach.domain.running.levels import decide, override
    from coach.domain.running.progress import Step

    hills = Run(T0 + timedelta(days=1), 2000, 900, terrain="hills")  # 3 Mar, level 1
    rolling = Run(T0 + timedelta(days=1, hours=2), 2000, 900, terrain="rolling")
    downhill = Run(T0 + timedelta(days=3), 2000, 900, terrain="downhill")  # 5 Mar
    green = decide("green", 1, "next morning 1, usual 1")
    steps = [Step(date(2026, 3, 3), green), Step(date(2026, 3, 3), override(green, 7))]
    assert level_on(steps, date(2026, 3, 3)).number == 1
    assert level_on(steps, date(2026, 3, 4)).number == 7
    flags = ground_flags([hills, rolling, downhill], steps)
    assert set(flags) == {hills.id}
    assert flags[hills.id].level == 1
    assert "avoid hills and downhill in the early levels (1–6)" in flags[hills.id].text()
    assert set(ground_flags([hills, rolling, downhill], [])) == {hills.id, downhill.id}
    data = run_chart([hills, rolling, downhill], steps=steps)
    assert data.ground_level == [1, 0, 0]
    assert "Hills at level 1: avoid hills and downhill" in data.hover(0)
    assert data.ground_text[1:] == ["", ""]


@given(
    st.lists(st.tuples(st.integers(0, 60), st.sampled_from(["flat", "hills", "downhill"]))),
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 10)), max_size=12),
)
def test_the_one_pass_ground_flags_follow_the_level_in_force_on_each_day(rows, decided):
    """The flags match their definition: the level in force on the run's day (decisions
    in day order, as the ladder records them) is 1–6 and the ground hills or downhill."""
    from coach.domain.running.ground import ground_flags, level_on
    from coach.domain.running.levels import decide, override
    from coach.domain.running.progress import Step

    runs = [Run(T0 + timedelta(days=d), 2000, 900, terrain=t) for d, t in rows]
    base = decide("amber", 1, "next morning 2, usual 2")
    steps = [Step(date(2026, 3, 2) + timedelta(days=d), override(base, lvl))
             for d, lvl in sorted(decided)]  # fmt: skip
    flags = ground_flags(runs, steps)
    for run in runs:
        early = level_on(steps, run.day).number <= 6
        assert (run.id in flags) == (early and run.terrain.value != "flat")
