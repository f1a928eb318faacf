"""The player's buttons and keys as the engine sees them: next, back, +15 s, pain, stop,
finish, and resuming a session that was cut off."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.engine import WALL, engine_for, exercise, of_type, routine, run_to_end, wait

from coach.domain.dose import HoldDose, RepsDose, TimedDose
from coach.domain.record import EndReason
from coach.domain.session.engine import (
    PainLogged,
    PhaseKind,
    SessionEnded,
    SessionEngine,
    SetRecorded,
)


def two_exercises(threshold: int = 5):
    return routine(
        exercise("clam-shell", RepsDose(sets=2, reps=30, tempo_s=2.0, rest_s=20), per_side=True),
        exercise("stretch", HoldDose(sets=2, hold_s=30, rest_s=10)),
        ready=5,
        between=30,
        threshold=threshold,
    )


def keys(record):
    return [(s.exercise_id, s.set_index, s.side) for s in record.sets]


def test_next_skips_the_rest_of_a_set_and_records_what_was_done():
    engine, clock = engine_for(two_exercises())
    engine.start()
    wait(engine, clock, 5.0 + 24.5)  # 12 reps of 2 s done on the left
    events = engine.next()
    [recorded] = of_type(events, SetRecorded)
    entry = recorded.set_record
    assert (entry.side, entry.done, entry.planned, entry.skipped) == ("left", 12, 30, True)
    assert entry.duration_s == pytest.approx(24.5)
    assert engine.view().kind is PhaseKind.SWITCH


def test_next_in_a_rest_starts_the_next_set_at_once():
    engine, clock = engine_for(two_exercises())
    engine.start()
    wait(engine, clock, 5 + 60 + 5 + 60 + 1)
    assert engine.view().kind is PhaseKind.REST
    engine.next()
    view = engine.view()
    assert (view.kind, view.set_index, view.side, view.rep) == (PhaseKind.WORK, 2, "left", 0)


def test_skipping_a_self_paced_set_records_nothing_done():
    engine, clock = engine_for(routine(exercise("shuffle", RepsDose(sets=1, reps=10)), ready=0))
    engine.start()
    wait(engine, clock, 8.0)
    entry = of_type(engine.next(), SetRecorded)[0].set_record
    assert (entry.done, entry.skipped, entry.duration_s) == (0, True, 8.0)


def test_back_restarts_a_set_under_way_like_a_music_player():
    engine, clock = engine_for(two_exercises())
    engine.start()
    wait(engine, clock, 5 + 20)  # 10 reps into the left side
    engine.back()
    view = engine.view()
    assert (view.kind, view.side, view.rep, view.remaining_s) == (PhaseKind.WORK, "left", 0, 60.0)
    assert engine.record.sets == ()


def test_back_at_the_very_start_of_a_set_goes_to_the_previous_one():
    engine, clock = engine_for(two_exercises())
    engine.start()
    wait(engine, clock, 5 + 60 + 5 + 1)  # one second into the right side
    engine.back()
    view = engine.view()
    assert (view.kind, view.side, view.rep) == (PhaseKind.WORK, "left", 0)


def test_back_from_a_rest_redoes_the_set_just_done_and_keeps_one_record_of_it():
    engine, clock = engine_for(two_exercises())
    engine.start()
    wait(engine, clock, 5 + 60 + 5 + 30)
    engine.next()  # skip the right side half-way
    assert engine.record.sets[-1].skipped
    engine.back()  # from the rest: back to the right side
    assert (engine.view().side, engine.view().kind) == ("right", PhaseKind.WORK)
    run_to_end(engine, clock)
    assert keys(engine.record) == [
        ("clam-shell", 1, "left"),
        ("clam-shell", 1, "right"),
        ("clam-shell", 2, "left"),
        ("clam-shell", 2, "right"),
        ("stretch", 1, None),
        ("stretch", 2, None),
    ]
    assert not any(s.skipped for s in engine.record.sets)


def test_add_rest_extends_a_rest_but_not_a_set():
    engine, clock = engine_for(two_exercises())
    engine.start()
    wait(engine, clock, 5 + 60 + 5 + 60 + 5)
    engine.add_rest()
    assert engine.view().remaining_s == pytest.approx(30.0)
    assert engine.view().duration_s == pytest.approx(35.0)
    wait(engine, clock, 29.9)
    assert engine.view().kind is PhaseKind.REST
    engine.next()
    wait(engine, clock, 3.0)
    engine.add_rest(15)
    assert engine.view().remaining_s == pytest.approx(57.0)  # a set is not lengthened


def test_add_rest_refuses_nonsense_in_plain_words():
    engine, _ = engine_for(two_exercises())
    engine.start()
    with pytest.raises(ValueError, match=r"^rest: must be between 1 and 600"):
        engine.add_rest(-5)


def test_pain_below_the_threshold_is_logged_and_the_session_goes_on():
    engine, clock = engine_for(two_exercises(threshold=3))
    engine.start()
    wait(engine, clock, 10)
    events = engine.pain(2)
    assert events == [PainLogged(2, "clam-shell", False)]
    assert not engine.view().paused


def test_pain_at_the_threshold_pauses_advises_stopping_and_stop_saves_it_so():
    engine, clock = engine_for(two_exercises(threshold=3))
    engine.start()
    wait(engine, clock, 5 + 60 + 5 + 60 + 3)  # in the rest after clam shell set 1
    events = engine.pain(3)  # exactly the routine's threshold
    assert events == [PainLogged(3, "clam-shell", True)]
    assert engine.view().paused
    wait(engine, clock, 30)
    events = engine.stop(EndReason.STOPPED_FOR_PAIN)
    [ended] = of_type(events, SessionEnded)
    assert ended.session_record.end_reason is EndReason.STOPPED_FOR_PAIN
    assert engine.record.ended_at == WALL
    assert len(engine.record.sets) == 2
    view = engine.view()
    assert view.kind is PhaseKind.DONE and "pain" in view.instruction.lower()
    assert engine.tick() == [] and engine.next() == []


def test_stop_in_the_middle_of_a_set_records_it_as_skipped_with_what_was_done():
    engine, clock = engine_for(routine(exercise("ice", TimedDose(1200)), ready=0))
    engine.start()
    wait(engine, clock, 300.4)
    events = engine.stop()
    entry = of_type(events, SetRecorded)[0].set_record
    assert (entry.done, entry.planned, entry.skipped) == (300, 1200, True)
    assert engine.record.end_reason is EndReason.STOPPED
    assert engine.view().instruction == "Session stopped"


def test_pain_is_checked_in_plain_words_and_changes_nothing():
    engine, _ = engine_for(two_exercises())
    engine.start()
    with pytest.raises(ValueError, match=r"^pain: must be between 0 and 10, got 11$"):
        engine.pain(11)
    assert not engine.view().paused


def test_pain_before_and_after_and_a_note_end_up_in_the_record():
    engine, clock = engine_for(two_exercises())
    engine.set_pain_before(2)
    run_to_end(engine, clock)
    with pytest.raises(ValueError, match="pain_after"):
        engine.finish(12, "")
    record = engine.finish(1, "Knee fine, band felt tight")
    assert (record.pain_before, record.pain_after, record.notes) == (
        2,
        1,
        "Knee fine, band felt tight",
    )
    assert record.end_reason is EndReason.COMPLETED and engine.record == record


def test_finish_while_running_ends_the_session_as_stopped():
    engine, clock = engine_for(two_exercises())
    engine.start()
    wait(engine, clock, 20)
    record = engine.finish(None, "")
    assert record.end_reason is EndReason.STOPPED and engine.view().kind is PhaseKind.DONE


def test_a_resumed_session_continues_at_the_first_set_not_yet_done():
    first, clock = engine_for(two_exercises())
    first.start()
    wait(first, clock, 5 + 60 + 5 + 60 + 20 + 30)  # half of set 2 left: lost with the crash
    saved = first.record
    assert len(saved.sets) == 2
    engine = SessionEngine(two_exercises(), clock, resume_from=saved)
    view = engine.view()
    assert (view.kind, view.set_index, view.side) == (PhaseKind.READY, 2, "left")
    assert 0.3 < view.progress < 0.6
    run_to_end(engine, clock)
    assert engine.record.id == saved.id and engine.record.started_at == saved.started_at
    assert keys(engine.record)[:3] == [
        ("clam-shell", 1, "left"),
        ("clam-shell", 1, "right"),
        ("clam-shell", 2, "left"),
    ]
    assert len(engine.record.sets) == 6 and engine.record.end_reason is EndReason.COMPLETED


def test_a_session_cut_off_after_its_last_set_resumes_as_complete():
    first, clock = engine_for(two_exercises())
    run_to_end(first, clock)
    crashed = replace(first.record, end_reason=None, ended_at=None)  # before SessionEnded
    engine = SessionEngine(two_exercises(), clock, resume_from=crashed)
    assert engine.view().kind is PhaseKind.DONE and engine.view().progress == 1.0
    ended = of_type(engine.start(), SessionEnded)
    assert ended[0].session_record.end_reason is EndReason.COMPLETED
    assert engine.record.sets == crashed.sets


def test_resuming_refuses_a_finished_session_or_another_routine():
    engine, clock = engine_for(two_exercises())
    engine.start()
    engine.stop()
    with pytest.raises(ValueError, match="already ended"):
        SessionEngine(two_exercises(), clock, resume_from=engine.record)
    other = replace(routine(exercise("x", TimedDose(60))), id="other")
    with pytest.raises(ValueError, match="another routine"):
        SessionEngine(other, clock, resume_from=engine_for(two_exercises())[0].record)


def test_a_made_up_end_reason_is_refused_in_plain_words():
    engine, _ = engine_for(two_exercises())
    engine.start()
    with pytest.raises(ValueError, match=r"^reason: must be one of completed, stopped"):
        engine.stop("tired")  # type: ignore[arg-type]
    assert engine.record.end_reason is None
