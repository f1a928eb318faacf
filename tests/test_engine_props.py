"""Invariants of the session engine over random button presses and clock moves.

Whatever a person presses and however the clock jumps (stalls, sleep): counts never
exceed the dose, time left is never negative, each planned set/side is recorded at most
once (exactly once when the routine reaches the end), both sides get the same planned
time, and the record survives a round trip through its stored form. And the record
tells the truth: no completed set ever loses done reps (looking back at it and leaving
is not a redo), done + skipped + not reached = planned, and the end reason is the one
of the stop that ended the session.
"""

from __future__ import annotations

import json

from helpers.engine import engine_for, exercise, planned_keys, routine, run_to_end
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.domain.dose import HoldDose, IntervalsDose, RepsDose, TimedDose
from coach.domain.record import EndReason, SessionRecord
from coach.domain.session.counts import set_counts
from coach.domain.session.engine import PhaseKind, SessionEnded, SessionEngine, SetRecorded

STOPS = [EndReason.STOPPED, EndReason.STOPPED_FOR_PAIN, EndReason.STOPPED_NO_TIME]

doses = st.one_of(
    st.builds(
        RepsDose,
        sets=st.integers(1, 3),
        reps=st.integers(1, 5),
        tempo_s=st.none() | st.sampled_from([0.5, 1.0, 1.5, 2.0]),
        rest_s=st.integers(0, 5),
    ),
    st.builds(
        RepsDose,
        sets=st.integers(1, 2),
        reps=st.integers(1, 4),
        lift_s=st.just(0.5),
        lower_s=st.just(1.0),
        rest_s=st.integers(0, 3),
    ),
    st.builds(HoldDose, sets=st.integers(1, 3), hold_s=st.integers(1, 8), rest_s=st.integers(0, 5)),
    st.builds(TimedDose, duration_s=st.integers(1, 20)),
    st.builds(
        IntervalsDose,
        repeats=st.integers(1, 3),
        work_s=st.integers(1, 5),
        recover_s=st.integers(0, 4),
    ),
)


@st.composite
def small_routines(draw):
    count = draw(st.integers(1, 3))
    exercises = [
        exercise(f"ex-{i}", draw(doses), per_side=draw(st.booleans())) for i in range(count)
    ]
    return routine(
        *exercises,
        between=draw(st.integers(0, 6)),
        ready=draw(st.integers(0, 3)),
        threshold=draw(st.integers(1, 10)),
    )


# Weighted so sessions move along: time passes and next/back/resume come up often.
NAMES = (
    ["advance"] * 8
    + ["next"] * 3
    + ["back"] * 3
    + ["resume"] * 2
    + ["pause", "toggle", "set_done", "tick", "jump", "add_rest", "pain", "start", "stop"]
)
actions = st.lists(st.tuples(st.sampled_from(NAMES), st.floats(0.0, 1.0)), max_size=60)


def apply(engine: SessionEngine, clock, action: str, x: float) -> list:
    """Do ``action``; ``x`` in 0..1 scales its argument."""
    if action == "advance":
        clock.advance(8.0 * x)  # a tick, a late tick, or a stall shorter than the gap
        return engine.tick()
    if action == "jump":
        clock.advance(5.5 + 5000.0 * x)  # longer than the sleep gap
        return engine.tick()
    if action == "add_rest":
        return engine.add_rest(1 + int(29 * x))
    if action == "pain":
        return engine.pain(int(10.99 * x))
    if action == "stop":
        return engine.stop(STOPS[min(2, int(3 * x))])
    return getattr(engine, action)()


def check_truth(before: SessionRecord, after: SessionRecord) -> None:
    """No set loses done work between two moments; the counts add up to the plan."""
    now = {(s.exercise_id, s.set_index, s.side): s for s in after.sets}
    for s in before.sets:
        later = now.get((s.exercise_id, s.set_index, s.side))
        assert later is not None, "a recorded set vanished"
        assert later.done >= s.done, "a set lost done reps"
        assert s.skipped or not later.skipped, "a completed set became skipped"
    counts = set_counts(after)
    assert counts.done + counts.skipped + counts.not_reached == counts.planned
    assert counts.planned == len(planned_keys_of(after))
    assert min(counts.done, counts.skipped, counts.not_reached) >= 0


def planned_keys_of(record: SessionRecord) -> list:
    return [k for ex in record.plan for k in ex.set_keys()]


def stop_reason(action: str, x: float) -> EndReason:
    return STOPS[min(2, int(3 * x))]


def check(engine: SessionEngine, events: list) -> None:
    view = engine.view()
    assert 0.0 <= view.progress <= 1.0
    assert view.routine_remaining_s >= 0.0
    assert view.remaining_s is None or view.remaining_s >= 0.0
    assert view.elapsed_s >= 0.0
    if view.rep is not None:
        assert 0 <= view.rep <= (view.reps_target or 0)
    if view.interval_index is not None:
        assert 1 <= view.interval_index <= (view.interval_count or 0)
    if view.kind is not PhaseKind.DONE:
        assert 1 <= view.set_index <= view.set_count
    record = engine.record
    keys = [(s.exercise_id, s.set_index, s.side) for s in record.sets]
    assert len(keys) == len(set(keys)), "a set/side recorded twice"
    assert set(keys) <= set(planned_keys(engine.routine))
    for s in record.sets:
        assert 0 <= s.done <= s.planned
    saved = [e for e in events if isinstance(e, SetRecorded)]
    if saved:
        assert saved[-1].set_record in record.sets
    stored = json.loads(json.dumps(record.to_dict()))
    assert SessionRecord.from_dict(stored) == record


def check_equal_sides(engine: SessionEngine) -> None:
    """Both sides of a timed or paced set that was not cut short took the same time.

    Not for intervals with recover periods: "next" in a recover is not a skipped set
    (no work is lost), yet it shortens that side (found by hypothesis: 4 s and 5 s)."""
    done = {(s.exercise_id, s.set_index, s.side): s for s in engine.record.sets}
    for slot in engine.routine.slots:
        dose = slot.dose
        if not slot.exercise.per_side or (isinstance(dose, RepsDose) and dose.tempo_s is None):
            continue
        if isinstance(dose, IntervalsDose) and dose.recover_s:
            continue  # skipping a recover period shortens the set without cutting work
        for n in range(1, dose.sets + 1):
            left = done.get((slot.exercise.id, n, "left"))
            right = done.get((slot.exercise.id, n, "right"))
            if left and right and not left.skipped and not right.skipped:
                assert abs(left.duration_s - right.duration_s) < 2e-3


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_routines(), actions, st.booleans(), st.booleans())
def test_random_sessions_keep_every_invariant(r, steps, start_first, stop_at_end):
    engine, clock = engine_for(r)
    assert planned_keys_of(engine.record) == planned_keys(r)
    if start_first:
        engine.start()
    chosen: EndReason | None = None  # the stop that ended the session, if one did
    for action, arg in steps:
        before = engine.record
        check(engine, apply(engine, clock, action, arg))
        check_truth(before, engine.record)
        if action == "stop" and not before.finished:
            chosen = stop_reason(action, arg)
        if chosen is not None:
            assert engine.record.end_reason is chosen
    if stop_at_end:
        before = engine.record
        events = engine.stop(EndReason.STOPPED_FOR_PAIN)
        check(engine, events)
        check_truth(before, engine.record)
        if before.finished:  # it had already come to the end: stopping changes nothing
            assert events == [] and engine.record == before
        else:  # ended now, and the store is told with the final record
            chosen = EndReason.STOPPED_FOR_PAIN
            assert engine.record.ended_at is not None
            assert isinstance(events[-1], SessionEnded)
            assert events[-1].session_record == engine.record
        assert engine.record.end_reason is (chosen or EndReason.COMPLETED)
        assert engine.view().kind is PhaseKind.DONE
    else:
        before = engine.record
        events = run_to_end(engine, clock, step=0.25, self_paced_s=1.0)
        check(engine, events)
        check_truth(before, engine.record)
        assert engine.record.end_reason is (chosen or EndReason.COMPLETED)
        if engine.record.end_reason is EndReason.COMPLETED:
            keys = sorted((s.exercise_id, s.set_index, s.side or "") for s in engine.record.sets)
            assert keys == sorted((e, n, side or "") for e, n, side in planned_keys(r))
    check_equal_sides(engine)
    assert engine.tick() == [] and engine.next() == [] and engine.back() == []


@settings(max_examples=60, deadline=None)
@given(small_routines(), st.integers(0, 30))
def test_a_session_resumed_after_any_set_covers_each_set_exactly_once(r, cut_after):
    first, clock = engine_for(r)
    first.start()
    while len(first.record.sets) < min(cut_after, len(planned_keys(r)) - 1):
        run_step = first.view()
        if run_step.mode is not None and run_step.remaining_s is None:
            first.set_done()
        clock.advance(0.5)
        first.tick()
    resumed = SessionEngine(r, clock, resume_from=first.record)
    run_to_end(resumed, clock, step=0.25, self_paced_s=1.0)
    keys = [(s.exercise_id, s.set_index, s.side) for s in resumed.record.sets]
    assert keys == planned_keys(r)
