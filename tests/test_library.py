"""Routine files: every built-in loads, and bad files are refused with the field named."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from coach.domain.dose import HoldDose, IntervalsDose, RepsDose, TimedDose
from coach.domain.library import (
    MAX_FILE_BYTES,
    RoutineFileError,
    builtin_routines,
    dump_routine_file,
    load_routine_file,
)
from coach.resources import asset_path

ASSETS = sorted(asset_path("routines").glob("*.json"))


def _strength() -> dict:
    return json.loads(asset_path("routines", "it-band-strength.json").read_text("utf-8"))


def _write(tmp_path: Path, data: object, name: str = "routine.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def _refusal(path: Path) -> str:
    with pytest.raises(RoutineFileError) as info:
        load_routine_file(path)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return message


@pytest.mark.parametrize("path", ASSETS, ids=lambda p: p.stem)
def test_every_asset_loads_and_is_named_by_its_file(path: Path):
    routine = load_routine_file(path)
    assert routine.id == path.stem
    assert all(slot.exercise.summary and slot.exercise.instructions for slot in routine.slots)
    assert min(s.exercise.instructions.count(". ") + 1 for s in routine.slots) >= 3


def test_builtins_are_the_six_promised_routines_strength_first():
    ids = [r.id for r in builtin_routines()]
    assert ids[0] == "it-band-strength"
    assert set(ids) == {
        "it-band-strength",
        "it-band-stretch",
        "foam-rolling",
        "icing-20",
        "icing-10-10-10",
        "return-to-run-week-1",
    }
    assert all(r.builtin for r in builtin_routines())


def test_it_band_routine_follows_the_design_table():
    routine = {r.id: r for r in builtin_routines()}["it-band-strength"]
    names = [s.exercise.name for s in routine.slots]
    assert names[0] == "Side leg raise" and names[-1] == "Scorpion" and len(names) == 10
    reps = [(s.dose.reps, s.exercise.per_side) for s in routine.slots]
    per_side = [True, True, True, True, False, True, True, True, True, True]
    assert reps == list(zip([30, 30, 25, 30, 20, 15, 20, 20, 20, 20], per_side, strict=True))
    shuffle = routine.slots[4].dose
    assert isinstance(shuffle, RepsDose) and shuffle.sets == 5
    assert routine.slots[6].dose.reps_max == 25 and routine.slots[7].dose.reps_max == 30
    assert routine.pain_stop_threshold == 3
    assert routine.schedule is not None and routine.schedule.every_n_days == 2
    assert "band at ankles" in routine.slots[0].exercise.equipment


def test_the_other_builtins_have_the_prescribed_doses():
    by_id = {r.id: r for r in builtin_routines()}
    stretch = by_id["it-band-stretch"]
    assert all(s.dose == HoldDose(sets=3, hold_s=30, rest_s=15) for s in stretch.slots)
    assert stretch.schedule is not None and stretch.schedule.times_per_day == 2
    assert all("warm" in s.exercise.instructions for s in stretch.slots)
    rolling = sum(
        s.dose.duration_s * (2 if s.exercise.per_side else 1) for s in by_id["foam-rolling"].slots
    )
    assert rolling <= 300
    assert by_id["icing-20"].slots[0].dose == TimedDose(duration_s=1200)
    assert by_id["icing-10-10-10"].slots[0].dose == IntervalsDose(2, 600, 600, "Ice on", "Ice off")
    run = by_id["return-to-run-week-1"]
    assert any(isinstance(s.dose, IntervalsDose) for s in run.slots)
    assert "10%" in run.description and "pain-free" in run.description


def test_export_then_import_gives_the_same_routine_but_not_builtin(tmp_path: Path):
    for routine in builtin_routines():
        path = tmp_path / f"{routine.id}.json"
        dump_routine_file(routine, path)
        loaded = load_routine_file(path)
        assert loaded == replace(routine, builtin=False)
        assert json.loads(path.read_text("utf-8"))["builtin"] is False


def test_a_file_cannot_declare_itself_builtin(tmp_path: Path):
    data = _strength()
    assert data["builtin"] is True
    assert load_routine_file(_write(tmp_path, data)).builtin is False


def test_refuses_a_file_over_one_megabyte(tmp_path: Path):
    data = _strength()
    data["description"] = ""
    text = json.dumps(data) + " " * MAX_FILE_BYTES
    assert "larger than 1024 KB" in _refusal(_write(tmp_path, text))


def test_refuses_deep_nesting_without_recursion_error(tmp_path: Path):
    deep = "[" * 200_000 + "]" * 200_000
    assert "nested more than 20 levels" in _refusal(_write(tmp_path, deep))
    data = _strength()
    data["slots"][0]["note"] = json.loads("[" * 25 + "]" * 25)
    assert "nested" in _refusal(_write(tmp_path, data))


def test_brackets_inside_text_do_not_count_as_nesting(tmp_path: Path):
    data = _strength()
    data["description"] = '[[[[[[[[[[[[[[[[[[[[[[[[[[[[ \\" {{{{{{{{{{{{{{{{{{{{{{{{{{'
    assert load_routine_file(_write(tmp_path, data)).description == data["description"]


def test_an_unclosed_text_is_reported_as_bad_json_not_as_deep_nesting(tmp_path: Path):
    # Brackets after an opening quote that never closes are text to the JSON reader too.
    message = _refusal(_write(tmp_path, '{"name": "Clam [' + "[" * 30))
    assert message.startswith("routine.json: is not valid JSON at line 1, column 10")


def test_a_damaged_file_full_of_escaped_quotes_is_refused(tmp_path: Path):
    # An unclosed text of escaped quotes once made the nesting check restart at every
    # quote (minutes for a file under 1 MB); the check reads it once now.
    text = '{"name": "' + 'a\\"' * 300_000
    assert "is not valid JSON at line 1, column 10" in _refusal(_write(tmp_path, text))


def test_bad_json_names_line_and_column(tmp_path: Path):
    message = _refusal(_write(tmp_path, '{\n  "format": 1,\n  "id": "x"\n  "name": "y"\n}'))
    assert message.startswith("routine.json: is not valid JSON at line 4, column 3")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["slots"][2]["exercise"]["dose"].update(kind="sprint"),
            "slots[2].exercise.dose.kind: must be one of reps, hold, timed, intervals",
        ),
        (
            lambda d: d["slots"][1]["exercise"]["dose"].update(reps="30"),
            "slots[1].exercise.dose.reps: must be a whole number, got text",
        ),
        (lambda d: d.update(name=7), "name: must be text, got a number"),
        (lambda d: d.update(slots={}), "slots: must be a list, got an object"),
        (lambda d: d["slots"][0]["exercise"].pop("id"), "slots[0].exercise.id: is missing"),
        (lambda d: d.update(format=2), "format: this app reads routine files of format 1"),
        (lambda d: d["slots"][3]["exercise"].update(colour="red"), "slots[3].exercise.colour"),
        (lambda d: d["slots"][0]["exercise"]["dose"].update(sets=0), "must be at least 1"),
        (lambda d: d["schedule"].update(start="tomorrow"), "schedule.start: must be a date"),
        (lambda d: d.update(id="Has Spaces"), "id: must be lower-case letters"),
    ],
)
def test_schema_violations_name_the_field_path(tmp_path: Path, change, expected):
    data = _strength()
    change(data)
    assert expected in _refusal(_write(tmp_path, data))


def test_domain_rules_after_the_schema_name_the_field(tmp_path: Path):
    data = _strength()
    data["slots"][1]["exercise"]["id"] = data["slots"][0]["exercise"]["id"]
    assert _refusal(_write(tmp_path, data)).startswith("slots[1].exercise.id: ")
    data = _strength()
    data["slots"][6]["exercise"]["dose"]["reps_max"] = 5
    assert _refusal(_write(tmp_path, data)).startswith("slots[6].exercise.dose.reps_max: ")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff\xfe{}", "not UTF-8"),
        (b'{"a": NaN}', "NaN is not a number"),
        (b'{"id": "a", "id": "b"}', "appears twice"),
        (b"[]", "file: must be an object"),
        (b'{"reps": ' + b"9" * 5000 + b"}", "odd.json: holds a number too long"),
    ],
)
def test_odd_files_get_a_plain_message(tmp_path: Path, content: bytes, expected: str):
    path = tmp_path / "odd.json"
    path.write_bytes(content)
    assert expected in _refusal(path)


def test_missing_file_and_folder_are_refused_plainly(tmp_path: Path):
    assert _refusal(tmp_path / "nope.json") == "nope.json: no such file"
    assert "folder" in _refusal(tmp_path)


def test_assets_are_found_inside_a_frozen_bundle(tmp_path: Path, monkeypatch):
    import sys

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert asset_path("routines", "x.json") == tmp_path / "assets" / "routines" / "x.json"


def test_a_failed_export_says_so_and_leaves_no_file(tmp_path: Path):
    routine = builtin_routines()[0]
    with pytest.raises(RoutineFileError, match="cannot write"):
        dump_routine_file(routine, tmp_path / "missing-folder" / "r.json")
    assert list(tmp_path.iterdir()) == []


def test_every_shipped_routine_file_passes_the_schema():
    """The built-ins are read without the schema at start-up; this is where they meet it."""
    from coach.resources import asset_path

    files = sorted(asset_path("routines").glob("*.json"))
    assert len(files) == len(builtin_routines())
    for file in files:
        assert load_routine_file(file).id  # schema, then the domain's checks
