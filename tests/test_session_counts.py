"""The session's one count: done / skipped / not reached out of the PLANNED sets, and
a finished set that is looked back at (without redoing it) keeps its record."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from helpers.engine import engine_for, wait

from coach.domain.library import builtin_routines
from coach.domain.record import EndReason, SessionRecord, SetRecord
from coach.domain.session.counts import exercise_tallies, outcome_text, set_counts
from coach.domain.session.engine import PhaseKind


def builtin(routine_id: str):
    return next(r for r in builtin_routines() if r.id == routine_id)


def stopped_after_first_set(routine_id: str) -> SessionRecord:
    engine, clock = engine_for(builtin(routine_id))
    engine.start()
    while not engine.record.sets:
        view = engine.view()
        if view.kind is PhaseKind.WORK and view.remaining_s is None and view.elapsed_s > 5:
            engine.set_done()  # a self-paced set: "set done" after a few seconds
        clock.advance(0.5)
        engine.tick()
    engine.stop()
    return engine.record


def test_stopping_the_strength_routine_after_one_set_counts_23_planned_sets():
    record = stopped_after_first_set("it-band-strength")
    counts = set_counts(record)
    # one continuous set per leg for nine exercises, five shuffle sets
    assert (counts.planned, counts.done, counts.skipped, counts.not_reached) == (23, 1, 0, 22)
    assert outcome_text(record) == "stopped after 1 of 23 sets (4%)"


def test_stretches_and_return_to_run_count_their_planned_sets():
    assert set_counts(stopped_after_first_set("it-band-stretch")).planned == 24
    assert set_counts(stopped_after_first_set("return-to-run-week-1")).planned == 3


def test_the_plan_is_kept_on_the_record_through_its_stored_form():
    record = stopped_after_first_set("it-band-strength")
    back = SessionRecord.from_dict(json.loads(json.dumps(record.to_dict())))
    assert back == record and set_counts(back).planned == 23


def test_a_record_without_a_plan_counts_what_its_sets_imply():
    sets = (
        SetRecord("clam", 1, 30, 30, side="left"),
        SetRecord("clam", 1, 30, 10, side="right", skipped=True),
        SetRecord("clam", 2, 30, 30, side="left"),
    )
    record = SessionRecord("r", "R", "", datetime(2026, 11, 1, 9, tzinfo=UTC), sets=sets)
    counts = set_counts(record)
    assert (counts.planned, counts.done, counts.skipped, counts.not_reached) == (4, 2, 1, 1)


def test_left_and_right_are_tallied_side_by_side():
    record = stopped_after_first_set("it-band-strength")
    first = exercise_tallies(record)[0]
    left, right = first.side("left"), first.side("right")
    assert first.name == "Side leg raise" and first.unit == "reps"
    assert (left.sets_done, left.sets_planned, left.amount_done) == (1, 1, 30)
    assert (right.sets_done, right.sets_not_reached, right.amount_done) == (0, 1, 0)


def test_going_back_to_a_finished_set_and_leaving_it_keeps_its_record():
    """Defect 1: Space finishes the left side; B during the switch; then N."""
    engine, clock = engine_for(builtin("it-band-strength"))
    engine.start()
    wait(engine, clock, 5 + 20)
    engine.set_done()  # left side finished
    assert engine.view().kind is PhaseKind.SWITCH
    engine.back()  # look back at the left side
    assert (engine.view().kind, engine.view().side) == (PhaseKind.WORK, "left")
    engine.next()  # and leave it without redoing it
    [left] = [s for s in engine.record.sets if s.side == "left"]
    assert (left.done, left.skipped) == (30, False)
    assert set_counts(engine.record).done == 1


def test_a_redo_finished_again_replaces_the_record_and_a_longer_partial_redo_too():
    engine, clock = engine_for(builtin("it-band-stretch"))  # 30 s holds per side
    engine.start()
    wait(engine, clock, 5 + 10)
    engine.next()  # left cut after 10 s
    engine.back()  # back from the switch to the left side
    wait(engine, clock, 20)
    engine.next()  # this time 20 s: more than before, so it is kept
    [left] = [s for s in engine.record.sets if s.side == "left" and s.set_index == 1]
    assert (left.done, left.skipped) == (20, True)
    engine.back()
    wait(engine, clock, 5)
    engine.next()  # 5 s is less than 20: the earlier record stands
    [left] = [s for s in engine.record.sets if s.side == "left" and s.set_index == 1]
    assert left.done == 20
    engine.back()
    wait(engine, clock, 30.5)  # finished in full
    [left] = [s for s in engine.record.sets if s.side == "left" and s.set_index == 1]
    assert (left.done, left.skipped) == (30, False)
    engine.stop(EndReason.STOPPED)
    assert set_counts(engine.record).done == 1


def test_a_damaged_plan_is_refused_even_after_a_good_one_like_it_was_read():
    import pytest

    good = stopped_after_first_set("foam-rolling").to_dict()
    SessionRecord.from_dict(good)
    bad = json.loads(json.dumps(good))
    bad["plan"][0]["per_side"] = 1  # equal to True, but not a yes/no
    with pytest.raises(ValueError, match=r"^plan.per_side: must be true or false"):
        SessionRecord.from_dict(bad)
    bad["plan"][0]["per_side"] = [True]
    with pytest.raises(ValueError, match=r"^plan.per_side"):
        SessionRecord.from_dict(bad)
