"""``rehab-coach routine list | show | import | export``."""

from __future__ import annotations

import json

import pytest
from helpers.cli import assert_one_line_error, folder_digest, run


@pytest.fixture
def store_dir(data_dir, capsys):
    assert run(capsys, data_dir, "routine", "list").code == 0
    return data_dir


def _exported(capsys, data_dir, tmp_path, name="it-band-strength"):
    path = tmp_path / f"{name}.json"
    assert run(capsys, data_dir, "routine", "export", name, str(path)).code == 0
    return path


def test_list_shows_the_builtins(store_dir, capsys):
    result = run(capsys, store_dir, "routine", "list")
    assert result.code == 0
    row = next(line for line in result.out.splitlines() if line.startswith("it-band-strength"))
    assert "IT-band strength" in row and "10" in row and "built-in" in row


def test_show_lists_each_exercise_with_dose_sides_and_equipment(store_dir, capsys):
    result = run(capsys, store_dir, "routine", "show", "it-band strength")  # name, any case
    assert result.code == 0
    assert "Side leg raise" in result.out
    assert "per side" in result.out and "equipment:" in result.out and "band" in result.out
    assert result.out.count("equipment:") == 10


def test_show_unknown_routine_is_a_plain_refusal(store_dir, capsys):
    result = run(capsys, store_dir, "routine", "show", "no such thing")
    assert_one_line_error(result, 1)
    assert "routine list" in result.err


def test_export_then_import_as_a_modified_copy(store_dir, capsys, tmp_path):
    path = _exported(capsys, store_dir, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["builtin"] is False
    data["id"], data["name"] = "itb-strength-harder", "IT-band strength, harder"
    path.write_text(json.dumps(data), encoding="utf-8")

    result = run(capsys, store_dir, "routine", "import", str(path))
    assert result.code == 0 and "itb-strength-harder" in result.out
    listed = run(capsys, store_dir, "routine", "list").out
    row = next(line for line in listed.splitlines() if line.startswith("itb-strength-harder"))
    assert "yours" in row


def test_import_over_an_existing_id_is_refused(store_dir, capsys, tmp_path):
    path = _exported(capsys, store_dir, tmp_path)
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "routine", "import", str(path))
    assert_one_line_error(result, 1)
    assert "IT-band strength" in result.err and "--rename" in result.err
    assert folder_digest(store_dir) == before


def _own_copy(capsys, store_dir, tmp_path):
    """Import the exported built-in as the person's own copy; returns the file."""
    path = _exported(capsys, store_dir, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["id"], data["name"] = "my-itb", "My IT band"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert run(capsys, store_dir, "routine", "import", str(path)).code == 0
    return path, data


def test_rename_imports_a_clashing_file_beside_the_original(store_dir, capsys, tmp_path):
    path = _exported(capsys, store_dir, tmp_path)
    result = run(capsys, store_dir, "routine", "import", str(path), "--rename")
    assert result.code == 0 and "it-band-strength-2" in result.out
    listed = run(capsys, store_dir, "routine", "list").out
    assert "IT-band strength (2)" in listed and "built-in" in listed


def test_a_builtin_cannot_be_replaced(store_dir, capsys, tmp_path):
    path = _exported(capsys, store_dir, tmp_path)
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "routine", "import", str(path), "--replace")
    assert_one_line_error(result, 1)
    assert "built-in" in result.err and "--rename" in result.err
    assert folder_digest(store_dir) == before


def test_rename_and_replace_together_is_a_usage_error(store_dir, capsys, tmp_path):
    path = _exported(capsys, store_dir, tmp_path)
    result = run(capsys, store_dir, "routine", "import", str(path), "--rename", "--replace")
    assert result.code == 2


def test_replace_makes_the_next_version_and_history_says_what_changed(store_dir, capsys, tmp_path):
    path, data = _own_copy(capsys, store_dir, tmp_path)
    clam = data["slots"][1]["exercise"]
    assert clam["name"] == "Clam shell"
    clam["dose"] = {"kind": "reps", "sets": 3, "reps": 20, "rest_s": 30}
    clam["equipment"] = ["blue band at thighs"]
    path.write_text(json.dumps(data), encoding="utf-8")
    refused = run(capsys, store_dir, "routine", "import", str(path))
    assert_one_line_error(refused, 1)
    assert "--replace" in refused.err
    result = run(capsys, store_dir, "routine", "import", str(path), "--replace")
    assert result.code == 0 and "version 2" in result.out

    history = run(capsys, store_dir, "routine", "history", "my it band")
    assert history.code == 0
    lines = history.out.splitlines()
    assert lines[0].startswith("My IT band") and "v1" in lines[1] and "First version" in lines[2]
    assert (
        "Clam shell: 30 reps per side → 3 × 20 reps per side, rest 30 s; "
        "equipment: band at thighs → blue band at thighs"
    ) in history.out
    # The same file again changes nothing and says so.
    again = run(capsys, store_dir, "routine", "import", str(path), "--replace")
    assert again.code == 0 and "already" in again.out
    assert run(capsys, store_dir, "routine", "history", "my-itb").out == history.out


def test_history_of_an_untouched_builtin(store_dir, capsys):
    result = run(capsys, store_dir, "routine", "history", "it-band-stretch")
    assert result.code == 0 and "no versions kept yet" in result.out


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("name", "Evil\n", "control character"),
        ("name", "Bell\x07", "control character"),
        ("name", "Tab\there", "control character"),
        ("id", "abc\n", "lower-case"),
    ],
    ids=["name-newline", "name-bell", "name-tab", "id-newline"],
)
def test_names_and_ids_with_control_characters_are_refused(
    store_dir, capsys, tmp_path, field, value, words
):
    path = _exported(capsys, store_dir, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["id"] = "fresh-id"
    data[field] = value
    path.write_text(json.dumps(data), encoding="utf-8")
    before = folder_digest(store_dir)
    for extra in ((), ("--rename",)):
        result = run(capsys, store_dir, "routine", "import", str(path), *extra)
        assert_one_line_error(result, 1)
        assert words in result.err and f"{field}:" in result.err
    assert folder_digest(store_dir) == before


def _malformed(data, case):
    slot = data["slots"][0]
    if case == "dose kind":
        slot["exercise"]["dose"]["kind"] = "forever"
    elif case == "wrong type":
        slot["exercise"]["dose"]["sets"] = "three"
    elif case == "missing name":
        del data["name"]
    elif case == "unknown field":
        slot["exercise"]["colour"] = "red"
    return data


@pytest.mark.parametrize(
    ("case", "field"),
    [
        ("dose kind", "slots[0].exercise.dose"),
        ("wrong type", "slots[0].exercise.dose.sets"),
        ("missing name", "name"),
        ("unknown field", "slots[0].exercise.colour"),
    ],
)
def test_malformed_file_is_refused_naming_the_field(store_dir, capsys, tmp_path, case, field):
    path = _exported(capsys, store_dir, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["id"] = "copy"
    path.write_text(json.dumps(_malformed(data, case)), encoding="utf-8")
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "routine", "import", str(path))
    assert_one_line_error(result, 1)
    assert field in result.err
    assert folder_digest(store_dir) == before


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"{not json", "not valid JSON"),
        (b"[" * 5000 + b"]" * 5000, "nested"),
        (b" " * (1024 * 1024 + 10), "larger than"),
        (b"\xff\xfe\x00", "UTF-8"),
    ],
    ids=["syntax", "deep", "huge", "binary"],
)
def test_hostile_files_are_refused(store_dir, capsys, tmp_path, content, words):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "routine", "import", str(path))
    assert_one_line_error(result, 1)
    assert words in result.err
    assert folder_digest(store_dir) == before


def test_import_of_a_missing_file(store_dir, capsys, tmp_path):
    result = run(capsys, store_dir, "routine", "import", str(tmp_path / "nope.json"))
    assert_one_line_error(result, 1)
    assert "nope.json" in result.err


def test_export_refuses_to_overwrite_without_force(store_dir, capsys, tmp_path):
    path = tmp_path / "mine.json"
    path.write_text("keep me", encoding="utf-8")
    result = run(capsys, store_dir, "routine", "export", "it-band-stretch", str(path))
    assert_one_line_error(result, 1)
    assert "--force" in result.err and path.read_text(encoding="utf-8") == "keep me"
    forced = run(capsys, store_dir, "routine", "export", "it-band-stretch", str(path), "--force")
    assert forced.code == 0
    assert json.loads(path.read_text(encoding="utf-8"))["id"] == "it-band-stretch"


def test_export_into_a_missing_folder_is_a_plain_message(store_dir, capsys, tmp_path):
    target = tmp_path / "no" / "such" / "folder" / "r.json"
    result = run(capsys, store_dir, "routine", "export", "icing-20", str(target))
    assert_one_line_error(result, 1)
    assert f"cannot write {target}" in result.err


@pytest.mark.parametrize("action", ["show", "export", "import-taken"])
def test_a_refused_routine_command_on_a_new_folder_creates_nothing(
    data_dir, capsys, tmp_path, action
):
    # a typo in --data-dir must not leave a new, empty store behind
    taken = _exported(capsys, tmp_path / "other", tmp_path)  # a built-in's id
    argv = {
        "show": ["routine", "show", "no such thing"],
        "export": ["routine", "export", "no such thing", str(tmp_path / "out.json")],
        "import-taken": ["routine", "import", str(taken)],
    }[action]
    assert_one_line_error(run(capsys, data_dir, *argv), 1)
    assert not data_dir.exists()
    assert not (tmp_path / "out.json").exists()


def test_list_marks_a_hidden_builtin_and_show_still_finds_it(store_dir, capsys):
    from coach.store import Store

    store = Store.open(store_dir)
    store.routines.set_hidden("icing-20", True)
    store.close()
    listed = run(capsys, store_dir, "routine", "list").out
    row = next(line for line in listed.splitlines() if line.startswith("icing-20"))
    assert "built-in, hidden" in row
    assert run(capsys, store_dir, "routine", "show", "icing-20").code == 0
