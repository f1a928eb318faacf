"""Routine versions: a dose change makes a new version, words alone do not, sessions find
the dose they ran, and the History lines read the way a physio would write them."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from helpers.strategies import routines
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.dose import HoldDose, RepsDose
from coach.domain.exercise import Exercise, ExerciseSlot
from coach.domain.library import builtin_routines
from coach.domain.record import EndReason, SessionRecord
from coach.domain.routine import Routine
from coach.domain.routines.changes import describe_changes
from coach.domain.routines.versions import (
    RoutineVersion,
    Source,
    next_version,
    version_of_snapshot,
)
from coach.store import CorruptStoreError, Store

T0 = datetime(2026, 11, 2, 7, 30, tzinfo=timezone(timedelta(hours=1)))


def strength() -> Routine:
    return replace(builtin_routines()[0], id="my-itb", name="My IT band", builtin=False)


def with_slot(routine: Routine, index: int, **changes) -> Routine:
    slots = list(routine.slots)
    slot = slots[index]
    exercise = changes.pop("exercise", {})
    slots[index] = replace(slot, exercise=replace(slot.exercise, **exercise), **changes)
    return replace(routine, slots=tuple(slots))


def harder_clam(routine: Routine) -> Routine:
    """The physio's week-3 change: 3 × 20 per side and a tighter (blue) band."""
    return with_slot(
        routine,
        1,
        dose_override=RepsDose(sets=3, reps=20, rest_s=30),
        exercise={"equipment": ("blue band at thighs",)},
    )


def test_the_physios_change_reads_as_written():
    old = strength()
    assert old.slots[1].exercise.name == "Clam shell"
    assert describe_changes(old, harder_clam(old)) == [
        "Clam shell: 30 reps per side → 3 × 20 reps per side, rest 30 s; "
        "equipment: band at thighs → blue band at thighs"
    ]


def test_added_removed_and_moved_exercises_are_named():
    old = strength()
    slots = list(old.slots)
    pistol = slots.pop(5)
    slots.insert(0, pistol)
    del slots[-1]  # scorpion
    plank = ExerciseSlot(Exercise("side-plank", "Side plank", "Hold a side plank", HoldDose()))
    slots.append(plank)
    new = replace(old, slots=tuple(slots), rest_between_exercises_s=90, pain_stop_threshold=4)
    assert describe_changes(old, new) == [
        "Added Side plank (3 × 30 s hold, rest 15 s) as 10th",
        "Removed Scorpion",
        "Moved Pistol squat to 1st",
        "Rest between exercises 45 s → 90 s",
        f"Stop advised at pain {old.pain_stop_threshold} → 4",
    ]


def test_first_version_and_no_change():
    routine = strength()
    assert describe_changes(None, routine) == ["First version"]
    assert describe_changes(routine, routine) == ["No change to the exercises or doses"]


def test_a_dose_change_is_a_new_version_and_words_alone_are_not():
    v1 = next_version([], strength(), T0, Source.SAVED)
    assert v1 is not None and v1.number == 1
    assert next_version([v1], strength(), T0, Source.SAVED) is None  # nothing changed
    reworded = replace(strength(), description="New words", name="Renamed")
    same = next_version([v1], reworded, T0, Source.SAVED)
    assert same is not None and same.number == 1 and same.routine.name == "Renamed"
    # Sessions that ran either wording find version 1.
    assert version_of_snapshot([same], strength().snapshot_id()) == same
    assert version_of_snapshot([same], reworded.snapshot_id()) == same
    v2 = next_version([same], harder_clam(reworded), T0, Source.SAVED)
    assert v2 is not None and v2.number == 2
    assert version_of_snapshot([same, v2], strength().snapshot_id()).number == 1
    assert version_of_snapshot([same, v2], harder_clam(reworded).snapshot_id()).number == 2


@settings(max_examples=40, deadline=None)
@given(routine=routines, at=st.none() | st.just(T0))
def test_a_version_survives_its_own_record(routine, at):
    version = next_version([], routine, at, Source.IMPORTED)
    assert version is not None
    again = RoutineVersion.from_dict(json.loads(json.dumps(version.to_dict())))
    assert again == version
    assert describe_changes(routine, routine) == ["No change to the exercises or doses"]


def _session(routine: Routine, started: datetime = T0) -> SessionRecord:
    return SessionRecord(
        routine.id,
        routine.name,
        routine.snapshot_id(),
        started,
        ended_at=started + timedelta(minutes=40),
        end_reason=EndReason.COMPLETED,
    )


def test_an_old_session_keeps_the_dose_it_ran(data_dir: Path):
    store = Store.open(data_dir)
    first = strength()
    assert store.routines.save(first).number == 1
    old_session = _session(first)
    store.sessions.save(old_session)
    assert store.routines.save(harder_clam(first)).number == 2
    new_session = _session(harder_clam(first), T0 + timedelta(days=2))
    store.sessions.save(new_session)

    again = Store.open(data_dir)
    old = again.routines.version_of(again.sessions.get(old_session.id))
    new = again.routines.version_of(again.sessions.get(new_session.id))
    assert old.number == 1 and old.routine.slots[1].dose.describe() == "30 reps"
    assert new.number == 2 and new.routine.slots[1].dose.describe() == "3 × 20 reps"
    assert [v.number for v in again.routines.history("my-itb")] == [1, 2]


def test_a_builtin_is_kept_when_a_session_first_uses_it(data_dir: Path):
    store = Store.open(data_dir)
    builtin = builtin_routines()[1]
    assert store.routines.history(builtin.id) == []
    record = _session(builtin)
    store.sessions.save(replace(record, ended_at=None, end_reason=None))  # live
    store.sessions.save(record)  # finished
    history = store.routines.history(builtin.id)
    assert [(v.number, v.source) for v in history] == [(1, Source.USED)]
    assert store.routines.version_of(record) == history[0]


def test_saving_a_name_with_a_control_character_is_refused(data_dir: Path):
    store = Store.open(data_dir)
    before = (data_dir / "coach.json").read_bytes()
    for bad in ("Evil\n", "Esc\x1b[31m", "Del\x7f"):
        try:
            store.routines.save(replace(strength(), name=bad))
        except ValueError as exc:
            assert str(exc).startswith("name: ")
        else:
            raise AssertionError(f"{bad!r} was saved")
    assert (data_dir / "coach.json").read_bytes() == before


def test_a_v1_store_is_migrated_after_a_backup_and_its_sessions_find_their_dose(
    data_dir: Path, tmp_path: Path
):
    routine = strength()
    record = _session(routine)
    data_dir.mkdir()
    v1 = {
        "_meta": {"1": {"schema_version": 1}},
        "settings": {},
        "routines": {"1": routine.to_dict()},
        "sessions": {"1": replace(record, ended_at=None, end_reason=None).to_dict()},
    }
    raw = json.dumps(v1).encode()
    (data_dir / "coach.json").write_bytes(raw)
    store = Store.open(data_dir)
    backups = store.list_backups()
    assert len(backups) == 1 and backups[0].name.startswith("pre-migration-v1-")
    assert (backups[0] / "coach.json").read_bytes() == raw
    history = store.routines.history("my-itb")
    assert [(v.number, v.source, v.saved_at) for v in history] == [(1, Source.BEFORE, None)]
    live = store.sessions.unfinished()[0]
    assert store.routines.version_of(live).routine.slots[1].dose.describe() == "30 reps"
    # A second open migrates nothing more.
    shutil.copytree(data_dir, tmp_path / "copy")
    assert len(Store.open(tmp_path / "copy").list_backups()) == 1


def test_versions_live_apart_from_the_main_file_which_each_set_rewrites(data_dir: Path):
    store = Store.open(data_dir)
    store.routines.save(strength())
    versions = data_dir / "history" / "routine-versions.json"
    kept = versions.read_bytes()
    record = replace(_session(strength()), ended_at=None, end_reason=None)
    store.sessions.save(record)
    store.sessions.save(record)
    assert versions.read_bytes() == kept
    backup = json.loads(store.backup().read_text(encoding="utf-8"))
    assert "history/routine-versions.json" in json.dumps(backup)


def test_a_damaged_versions_file_is_reported_and_never_read_as_empty(data_dir: Path):
    store = Store.open(data_dir)
    store.routines.save(strength())
    store.close()
    versions = data_dir / "history" / "routine-versions.json"
    doc = json.loads(versions.read_text(encoding="utf-8"))
    next(iter(doc["routine_versions"].values()))["number"] = "one"
    damaged = json.dumps(doc).encode()
    versions.unlink()
    versions.write_bytes(damaged)
    store = Store.open(data_dir)
    with pytest.raises(CorruptStoreError) as info:
        store.routines.history("my-itb")
    assert "routine-versions.json" in str(info.value)
    with pytest.raises(CorruptStoreError):
        store.routines.save(harder_clam(strength()))
    # A session is still recorded; it is just not linked to a version.
    record = _session(harder_clam(strength()))
    store.sessions.save(record)
    assert store.sessions.get(record.id) == record
    assert versions.read_bytes() == damaged
