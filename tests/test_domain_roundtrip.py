"""Every domain value survives ``from_dict(to_dict(x))`` and a trip through JSON text.

The store and routine files keep these dicts as JSON, so the round trip goes through
``json.dumps``/``json.loads`` too: a tuple that came back as a list, a float rounded on
write, or a time that lost its UTC offset would show up here. ``deadline=None`` everywhere:
no test may depend on machine speed.
"""

from __future__ import annotations

import json
from pathlib import Path

from helpers.strategies import (
    doses,
    exercises,
    file_routines,
    pain_entries,
    routines,
    schedules,
    session_records,
    set_records,
    slots,
)
from hypothesis import given, settings
from jsonschema import Draft202012Validator

from coach.domain.dose import dose_from_dict, dose_to_dict
from coach.domain.exercise import Exercise, ExerciseSlot
from coach.domain.pain import PainEntry
from coach.domain.plan.schedule import Schedule
from coach.domain.record import SessionRecord, SetRecord
from coach.domain.routine import Routine
from coach.resources import asset_path


def _via_json(data: dict) -> dict:
    return json.loads(json.dumps(data, ensure_ascii=False))


@settings(deadline=None)
@given(doses)
def test_dose_round_trip(dose):
    assert dose_from_dict(_via_json(dose_to_dict(dose))) == dose


@settings(deadline=None)
@given(exercises)
def test_exercise_round_trip(exercise):
    assert Exercise.from_dict(_via_json(exercise.to_dict())) == exercise


@settings(deadline=None)
@given(slots)
def test_slot_round_trip(slot):
    assert ExerciseSlot.from_dict(_via_json(slot.to_dict())) == slot


@settings(deadline=None)
@given(schedules())
def test_schedule_round_trip(schedule):
    assert Schedule.from_dict(_via_json(schedule.to_dict())) == schedule


@settings(deadline=None)
@given(routines)
def test_routine_round_trip_keeps_the_snapshot_id(routine):
    again = Routine.from_dict(_via_json(routine.to_dict()))
    assert again == routine
    assert again.snapshot_id() == routine.snapshot_id()


@settings(deadline=None)
@given(pain_entries)
def test_pain_entry_round_trip(entry):
    again = PainEntry.from_dict(_via_json(entry.to_dict()))
    assert again == entry
    assert again.at.utcoffset() == entry.at.utcoffset()
    assert again.note == entry.note


@settings(deadline=None)
@given(set_records)
def test_set_record_round_trip(record):
    assert SetRecord.from_dict(_via_json(record.to_dict())) == record


@settings(deadline=None)
@given(session_records())
def test_session_record_round_trip(record):
    assert SessionRecord.from_dict(_via_json(record.to_dict())) == record


_SCHEMA = Draft202012Validator(
    json.loads(Path(asset_path("schema", "routine.schema.json")).read_text("utf-8"))
)


@settings(max_examples=60, deadline=None)
@given(file_routines)
def test_every_valid_routine_passes_the_file_schema(routine):
    """The schema and the dataclasses must not drift apart: whatever the app can hold
    (with names a person can read: a name with a control character is refused at import
    and at save), it can export and import again."""
    errors = [e.message for e in _SCHEMA.iter_errors(_via_json(routine.to_dict()))]
    assert errors == []
