"""Bad values are refused with a message that names the field, in plain words."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from coach.domain.dose import HoldDose, RepsDose, dose_from_dict
from coach.domain.exercise import Exercise, ExerciseSlot
from coach.domain.pain import PainEntry, Side
from coach.domain.plan.schedule import Schedule
from coach.domain.record import SessionRecord, SetRecord
from coach.domain.routine import Routine

AT = datetime(2026, 11, 21, 8, 30, tzinfo=timezone(timedelta(hours=1)))


def _pain(**changes) -> dict:
    data = PainEntry(score=3, at=AT).to_dict()
    data.update(changes)
    return data


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"score": 11}, "score: must be between 0 and 10, got 11"),
        ({"score": -1}, "score: must be between 0 and 10"),
        ({"score": 2.5}, "score: must be a whole number"),
        ({"score": True}, "score: must be a whole number"),
        ({"side": "up"}, "side: must be one of left, right, both, got 'up'"),
        ({"context": "sleep"}, "context: must be one of rest, before, during, after, morning"),
        ({"at": "2026-11-21T08:30:00"}, "at: must carry a UTC offset"),
        ({"at": "yesterday"}, "at: is not an ISO date-time"),
        ({"note": "sore\x00"}, "note: must not contain NUL characters"),
        ({"location": "  "}, "location: must not be empty"),
        ({"session_id": 5}, "session_id: must be text"),
    ],
)
def test_pain_entry_refusals_name_the_field(changes, message):
    with pytest.raises(ValueError) as info:
        PainEntry.from_dict(_pain(**changes))
    assert message in str(info.value)


def test_missing_pain_fields_are_named():
    data = _pain()
    del data["score"]
    with pytest.raises(ValueError, match=r"^score: is missing$"):
        PainEntry.from_dict(data)


def test_naive_datetime_is_refused_when_built_directly():
    with pytest.raises(ValueError, match=r"^at: must carry a UTC offset$"):
        PainEntry(score=2, at=datetime(2026, 11, 21, 8, 30))


def test_html_in_a_note_is_kept_verbatim_as_text():
    note = '<b>sore</b> <script>alert("x")</script> & knee'
    entry = PainEntry.from_dict(_pain(note=note))
    assert entry.note == note
    assert PainEntry.from_dict(entry.to_dict()).note == note


def test_side_accepts_the_enum_and_its_text():
    assert PainEntry(score=1, at=AT, side="left").side is Side.LEFT


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"kind": "sprint"}, "dose.kind: must be one of reps, hold, timed, intervals"),
        ({"kind": ["reps"]}, "dose.kind: must be one of"),
        ({"kind": "reps", "reps": 0}, "dose.reps: must be between 1 and 500"),
        ({"kind": "reps", "reps": 20, "reps_max": 10}, "dose.reps_max: must be between 20"),
        ({"kind": "reps", "lift_s": 1}, "dose.lift_s: lift_s and lower_s go together"),
        ({"kind": "reps", "lift_s": 0.1, "lower_s": 0.1}, "dose.tempo_s: must be between"),
        ({"kind": "hold", "hold_s": "30"}, "dose.hold_s: must be a whole number"),
        ({"kind": "timed", "duration_s": 0}, "dose.duration_s: must be between 1"),
        ({"kind": "intervals", "work_label": ""}, "dose.work_label: must not be empty"),
        ({"kind": "hold", "reps": 3}, "dose.reps: is not a field of a hold dose"),
    ],
)
def test_dose_refusals_name_the_field(data, message):
    with pytest.raises(ValueError) as info:
        dose_from_dict(data)
    assert message in str(info.value)


def _exercise(**changes) -> dict:
    data = Exercise("clam-shell", "Clam shell", "Open the knee", RepsDose()).to_dict()
    data.update(changes)
    return data


def test_equipment_written_as_text_is_refused_not_split_into_letters():
    with pytest.raises(ValueError, match=r"^exercise.equipment: must be a list"):
        Exercise.from_dict(_exercise(equipment="band"))


def test_routine_messages_give_the_slot_position():
    good = ExerciseSlot.from_dict({"exercise": _exercise()}).to_dict()
    bad_dose = {"exercise": _exercise(id="x", dose={"kind": "hold", "sets": 99})}
    with pytest.raises(ValueError, match=r"^routine\.slots\[1\]\.exercise\.dose\.sets: "):
        Routine.from_dict({"id": "r", "name": "R", "slots": [good, bad_dose]})
    with pytest.raises(ValueError, match=r"^routine\.slots\[0\]\.note: must not contain NUL"):
        Routine.from_dict({"id": "r", "name": "R", "slots": [{**good, "note": "a\x00"}]})
    override = {**good, "dose_override": {"kind": "timed", "duration_s": -1}}
    with pytest.raises(ValueError, match=r"^routine\.slots\[0\]\.dose_override\.duration_s"):
        Routine.from_dict({"id": "r", "name": "R", "slots": [override]})
    with pytest.raises(ValueError, match=r"^routine\.slots: a routine needs at least one"):
        Routine.from_dict({"id": "r", "name": "R", "slots": []})
    with pytest.raises(ValueError, match=r"^routine\.slots\[1\]\.exercise\.id: 'clam-shell'"):
        Routine.from_dict({"id": "r", "name": "R", "slots": [good, good]})


def test_schedule_names_the_bad_date_and_plans_every_other_day():
    with pytest.raises(ValueError, match=r"^schedule.end: must be a date like"):
        Schedule.from_dict({"start": "2026-01-01", "end": "soon"})
    with pytest.raises(ValueError, match=r"^schedule.end: must not be before the start"):
        Schedule(start=date(2026, 2, 1), end=date(2026, 1, 1))
    every_other = Schedule(every_n_days=2, start=date(2026, 1, 1))
    assert [every_other.planned_on(date(2026, 1, d)) for d in range(1, 6)] == [1, 0, 1, 0, 1]
    assert every_other.planned_on(date(2025, 12, 31)) == 0
    weekdays = Schedule(kind="weekdays", weekdays=frozenset({0, 2}), times_per_day=2)
    assert weekdays.planned_on(date(2026, 11, 23)) == 2  # a Monday
    assert weekdays.planned_on(date(2026, 11, 24)) == 0


def test_session_and_set_refusals_name_the_field():
    with pytest.raises(ValueError, match=r"^session.ended_at: must not be before the start"):
        SessionRecord("r", "R", "", AT, ended_at=AT - timedelta(seconds=1))
    with pytest.raises(ValueError, match=r"^session.end_reason: must be one of completed"):
        SessionRecord("r", "R", "", AT, ended_at=AT, end_reason="bored")
    with pytest.raises(ValueError, match=r"^set.side: must be left, right or empty"):
        SetRecord("clam-shell", 1, 30, 30, side="both")
    with pytest.raises(ValueError, match=r"^set.skipped: must be true or false"):
        SetRecord.from_dict(
            {"exercise_id": "a", "set_index": 1, "planned": 1, "done": 0, "skipped": "no"}
        )


def test_a_split_tempo_fills_the_tempo_and_describes_the_dose():
    dose = RepsDose(sets=3, reps=10, reps_max=12, lift_s=1.0, lower_s=2.0)
    assert dose.tempo_s == 3.0 and dose.paced
    assert dose.describe() == "3 × 10–12 reps at 3 s/rep"
    assert HoldDose(sets=3, hold_s=30).describe() == "3 × 30 s hold"


def test_set_duration_is_kept_to_the_millisecond():
    record = SetRecord("a", 1, 10, 10, duration_s=12.34567, at=datetime(2026, 1, 1, tzinfo=UTC))
    assert record.duration_s == 12.346
    assert SetRecord.from_dict(record.to_dict()) == record


@pytest.mark.parametrize("value", [None, 5, "mon"])
def test_a_list_field_holding_something_else_is_refused_naming_it(value):
    # a hand-edited or damaged file must give the plain message, not a TypeError
    with pytest.raises(ValueError, match=r"^schedule.weekdays: must be a list"):
        Schedule.from_dict({"kind": "weekdays", "weekdays": value})
    session = SessionRecord("r", "R", "", AT).to_dict()
    with pytest.raises(ValueError, match=r"^session.sets: must be a list"):
        SessionRecord.from_dict({**session, "sets": value})


def test_a_weekday_that_is_not_a_number_is_refused_naming_the_field():
    with pytest.raises(ValueError, match=r"^schedule.weekdays: must be a whole number"):
        Schedule.from_dict({"kind": "weekdays", "weekdays": [[1]]})
