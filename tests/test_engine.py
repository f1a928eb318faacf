"""The session engine walks a routine the way a person does it: order, dose kinds, sides.

Everything runs on a fake clock, so an hour of routine takes milliseconds.
"""

from __future__ import annotations

import pytest
from helpers.engine import engine_for, exercise, of_type, planned_keys, routine, run_to_end, wait

from coach.domain.dose import HoldDose, IntervalsDose, RepsDose, TimedDose
from coach.domain.library import builtin_routines
from coach.domain.record import EndReason, SessionRecord
from coach.domain.session.engine import (
    Countdown,
    PhaseKind,
    PhaseStarted,
    RepCounted,
    SessionEnded,
    SetRecorded,
    WorkMode,
)


def itband():
    return next(r for r in builtin_routines() if r.id == "it-band-strength")


def test_whole_itband_routine_plays_to_the_end_on_a_fake_clock():
    # How fast this runs is measured by benchmarks/bench_engine.py, not asserted here.
    r = itband()
    engine, clock = engine_for(r)
    events = run_to_end(engine, clock, step=0.2, self_paced_s=40)
    record = engine.record
    assert record.end_reason is EndReason.COMPLETED
    assert [(s.exercise_id, s.set_index, s.side) for s in record.sets] == planned_keys(r)
    assert all(s.done == s.planned and not s.skipped for s in record.sets)
    assert len(of_type(events, SetRecorded)) == len(planned_keys(r))
    assert of_type(events, SessionEnded)[-1].session_record == record
    assert engine.view().kind is PhaseKind.DONE and engine.view().progress == 1.0
    assert SessionRecord.from_dict(record.to_dict()) == record


def test_phases_follow_sets_sides_rests_and_exercises_in_order():
    r = routine(
        exercise("clam-shell", HoldDose(sets=2, hold_s=10, rest_s=15), per_side=True),
        exercise("foam-roll", TimedDose(duration_s=60)),
        between=30,
    )
    engine, clock = engine_for(r)
    events = run_to_end(engine, clock)
    started = [e.view for e in of_type(events, PhaseStarted)]
    seen = [(v.kind, v.set_index, v.side, v.duration_s) for v in started]
    assert seen == [
        (PhaseKind.READY, 1, "left", 5.0),
        (PhaseKind.WORK, 1, "left", 10.0),
        (PhaseKind.SWITCH, 1, "right", 5.0),
        (PhaseKind.WORK, 1, "right", 10.0),
        (PhaseKind.REST, 2, "left", 15.0),
        (PhaseKind.WORK, 2, "left", 10.0),
        (PhaseKind.SWITCH, 2, "right", 5.0),
        (PhaseKind.WORK, 2, "right", 10.0),
        (PhaseKind.TRANSITION, 1, None, 30.0),
        (PhaseKind.WORK, 1, None, 60.0),
        (PhaseKind.DONE, 0, None, None),
    ]
    lines = [(v.instruction, v.next_label) for v in started]
    assert lines[1] == ("Clam shell — left side", "Next: Clam shell, right side")
    assert lines[2] == ("Switch sides", "Next: Clam shell, right side")
    assert lines[3] == ("Clam shell — right side", "Next: set 2 of 2, left side")
    assert lines[4] == ("Rest", "Next: set 2 of 2, left side")
    assert lines[8] == ("Rest", "Next: Foam roll")
    assert lines[9] == ("Foam roll", "Next: finish")


def test_paced_reps_are_counted_from_the_clock_with_up_and_down():
    dose = RepsDose(sets=1, reps=5, lift_s=1.0, lower_s=2.0, rest_s=0)
    engine, clock = engine_for(routine(exercise("hip-hike", dose), ready=0))
    engine.start()
    view = engine.view()
    assert (view.mode, view.rep, view.reps_target, view.rep_phase) == (
        WorkMode.PACED_REPS,
        0,
        5,
        "up",
    )
    events = wait(engine, clock, 1.5)
    assert engine.view().rep_phase == "down" and engine.view().rep == 0
    events += wait(engine, clock, 5.0)  # t = 6.5 s: two reps of 3 s done
    assert engine.view().rep == 2
    assert of_type(events, RepCounted) == [RepCounted(1, 5), RepCounted(2, 5)]
    events = wait(engine, clock, 9.0)
    assert [e.rep for e in of_type(events, RepCounted)] == [3, 4, 5]
    assert engine.record.sets[0].done == 5 and engine.record.sets[0].duration_s == 15.0


def test_self_paced_set_ends_on_set_done_and_records_how_long_it_took():
    engine, clock = engine_for(routine(exercise("shuffle", RepsDose(sets=2, reps=20)), ready=0))
    engine.start()
    wait(engine, clock, 600)  # no clock ends a self-paced set
    view = engine.view()
    assert view.mode is WorkMode.SELF_PACED_REPS and view.set_index == 1
    assert view.remaining_s is None and view.rep is None and view.reps_target == 20
    events = engine.toggle()  # Space in a self-paced set means "set done"
    record = of_type(events, SetRecorded)[0].set_record
    assert (record.done, record.planned, record.duration_s, record.skipped) == (
        20,
        20,
        600.0,
        False,
    )
    assert engine.view().kind is PhaseKind.REST


def test_holds_count_down_per_hold_with_three_two_one():
    engine, clock = engine_for(routine(exercise("glute", HoldDose(sets=3, hold_s=30, rest_s=10))))
    events = run_to_end(engine, clock)
    holds = [e.view for e in of_type(events, PhaseStarted) if e.view.kind is PhaseKind.WORK]
    assert [(v.mode, v.set_index, v.set_count, v.remaining_s) for v in holds] == [
        (WorkMode.HOLD, i, 3, 30.0) for i in (1, 2, 3)
    ]
    # 3-2-1 before each of: get-ready, 3 holds, 2 rests
    assert [e.seconds_left for e in of_type(events, Countdown)] == [3, 2, 1] * 6
    assert [(s.done, s.unit) for s in engine.record.sets] == [(30, "s")] * 3


def test_timed_dose_is_one_countdown():
    engine, clock = engine_for(routine(exercise("ice", TimedDose(duration_s=1200)), ready=0))
    engine.start()
    wait(engine, clock, 600)
    assert engine.view().remaining_s == pytest.approx(600.0)
    wait(engine, clock, 600)
    assert engine.view().kind is PhaseKind.DONE
    assert [(s.planned, s.done, s.unit) for s in engine.record.sets] == [(1200, 1200, "s")]


def test_intervals_alternate_work_and_recover_without_a_last_recover():
    dose = IntervalsDose(
        repeats=3, work_s=60, recover_s=120, work_label="Run", recover_label="Walk"
    )
    engine, clock = engine_for(routine(exercise("walk-run", dose), ready=0))
    events = run_to_end(engine, clock)
    work = [e.view for e in of_type(events, PhaseStarted) if e.view.kind is PhaseKind.WORK]
    assert [(v.mode, v.interval_index, v.duration_s) for v in work] == [
        (WorkMode.INTERVAL_WORK, 1, 60.0),
        (WorkMode.INTERVAL_RECOVER, 1, 120.0),
        (WorkMode.INTERVAL_WORK, 2, 60.0),
        (WorkMode.INTERVAL_RECOVER, 2, 120.0),
        (WorkMode.INTERVAL_WORK, 3, 60.0),
    ]
    assert work[0].instruction == "Walk run — Run" and work[0].next_label == "Next: Walk"
    assert work[1].next_label == "Next: Run 2 of 3"
    [record] = engine.record.sets
    assert (record.planned, record.done, record.duration_s) == (180, 180, 420.0)


def test_each_side_gets_the_same_time_and_is_recorded_apart():
    dose = RepsDose(sets=1, reps=15, tempo_s=3.0)
    r = routine(
        exercise("pistol-squat", dose, per_side=True),
        exercise("hold", HoldDose(2, 45), per_side=True),
    )
    engine, clock = engine_for(r)
    events = run_to_end(engine, clock, step=0.07)
    work = [e.view for e in of_type(events, PhaseStarted) if e.view.kind is PhaseKind.WORK]
    by_side = {side: [v.duration_s for v in work if v.side == side] for side in ("left", "right")}
    assert by_side["left"] == by_side["right"] == [45.0, 45.0, 45.0]
    sides = [(s.exercise_id, s.side, s.duration_s) for s in engine.record.sets]
    assert sides[:2] == [("pistol-squat", "left", 45.0), ("pistol-squat", "right", 45.0)]


def test_progress_and_time_left_move_steadily_to_the_end():
    r = routine(exercise("a", HoldDose(2, 20, 10)), exercise("b", RepsDose(1, 10, tempo_s=2.0)))
    engine, clock = engine_for(r)
    before = engine.view()
    assert before.progress == 0.0 and before.routine_remaining_s == 5 + 20 + 10 + 20 + 20 + 20
    engine.start()
    seen = []
    while engine.view().kind is not PhaseKind.DONE:
        wait(engine, clock, 1.0)
        seen.append((engine.view().progress, engine.view().routine_remaining_s))
    progress = [p for p, _ in seen]
    left = [t for _, t in seen]
    assert progress == sorted(progress) and progress[-1] == 1.0
    assert left == sorted(left, reverse=True) and left[-1] == 0.0
    assert left[9] == pytest.approx(95 - 10)


def test_the_view_before_start_shows_the_get_ready_countdown_not_running():
    engine, clock = engine_for(routine(exercise("a", HoldDose(1, 20, 0)), ready=7))
    clock.advance(100)
    assert engine.tick() == []
    view = engine.view()
    assert (view.kind, view.started, view.remaining_s, view.elapsed_s) == (
        PhaseKind.READY,
        False,
        7.0,
        0.0,
    )
    assert view.instruction == "Get ready" and view.next_label == "Next: A"
