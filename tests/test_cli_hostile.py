"""Hostile files, odd bytes and the app's own commands turned on the data folder (issue 9).

Every case fingerprints the data folder (and any folder outside it that a hostile file
points at) before and after: a refused command changes nothing, byte for byte, and says
so in one line. The numbers in the test names are the issue's points.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import sys
import types
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from helpers.cli import REPO, assert_one_line_error, folder_digest, run, sample_session

from coach.cli import main
from coach.store import Store

START = datetime(2026, 11, 2, 7, 30).astimezone()
OSC52 = "\x1b]52;c;ZWNobyBwd25lZA==\x07"


@pytest.fixture
def store_dir(data_dir, capsys):
    """One session (its before and after scores are entries too) and one typed pain entry,
    in November 2026."""
    store = Store.open(data_dir)
    try:
        store.sessions.save(sample_session(START, sets=2))
    finally:
        store.close()
    assert run(capsys, data_dir, "pain", "add", "4", "--at", "2026-11-03T09:00").code == 0
    return data_dir


def _month(data_dir: Path, kind: str = "pain") -> Path:
    return next((data_dir / "history").glob(f"{kind}-*.json"))


def _routine_file(tmp_path: Path, exercise_name: str | None = None, **changes) -> Path:
    """The built-in icing routine as a physio's file, id and name changed."""
    data = json.loads((REPO / "assets" / "routines" / "icing-20.json").read_text("utf-8"))
    data.update({"id": "my-ice", "name": "My ice", "builtin": False})
    data.update(changes)
    if exercise_name is not None:
        data["slots"][0]["exercise"]["name"] = exercise_name
    path = tmp_path / "routine.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# -- 1. the self-test renders from a scratch copy -----------------------------------------


def test_1_self_test_leaves_the_data_folder_byte_identical(qapp, store_dir, tmp_path, capsys):
    before = folder_digest(store_dir)
    listing = sorted(p.relative_to(store_dir).as_posix() for p in store_dir.rglob("*"))
    shots = tmp_path / "shots"
    assert main(["--data-dir", str(store_dir), "--self-test", "--screenshots", str(shots)]) == 0
    assert folder_digest(store_dir) == before
    assert sorted(p.relative_to(store_dir).as_posix() for p in store_dir.rglob("*")) == listing
    assert len(list(shots.glob("*.png"))) > 4
    listed = run(capsys, store_dir, "pain", "list", "--json").json()
    # the session's before and after scores (three-point capture) and the typed 4; no
    # fake "during" entry
    assert [e["score"] for e in listed] == [3, 2, 4]
    assert len(run(capsys, store_dir, "session", "list", "--json").json()) == 1


def test_1_self_test_on_a_missing_folder_creates_nothing(qapp, data_dir, capsys):
    assert main(["--data-dir", str(data_dir), "--self-test"]) == 0
    assert not data_dir.exists()


def test_1_self_test_on_a_damaged_store_names_the_real_file(qapp, store_dir, capsys):
    (store_dir / "coach.json").write_bytes(b'{"_meta": ')
    before = folder_digest(store_dir)
    assert main(["--data-dir", str(store_dir), "--self-test"]) == 1
    err = capsys.readouterr().err
    assert str(store_dir / "coach.json") in err and "damaged" in err
    assert folder_digest(store_dir) == before


# -- 2. a planted restore plan stays inside the data folder -------------------------------


def _outside(tmp_path: Path) -> Path:
    outside = tmp_path / "elsewhere"
    (outside / "history").mkdir(parents=True)
    (outside / "keep.txt").write_text("the person's own file")
    (outside / "history" / "pain-2026-01.json").write_text('{"pain": {}}')
    (outside / "coach.json").write_text("{}")
    return outside


PLANS = {
    "staging-parent": lambda out: {"staging": "../elsewhere", "aside": "replaced-20260101-000000"},
    "staging-absolute": lambda out: {"staging": str(out), "aside": "replaced-20260101-000000"},
    "aside-absolute": lambda out: {"staging": ".restore.tmp-20260101-000000", "aside": str(out)},
    "aside-parent": lambda out: {"staging": ".restore.tmp-20260101-000000", "aside": "../x"},
    "missing-key": lambda out: {"staging": ".restore.tmp-20260101-000000"},
    "not-an-object": lambda out: [1, 2],
}


@pytest.mark.parametrize("plan", list(PLANS))
def test_2_a_planted_restore_plan_is_not_followed(store_dir, tmp_path, capsys, plan):
    outside = _outside(tmp_path)
    (store_dir / ".restore.tmp-20260101-000000" / "history").mkdir(parents=True)
    (store_dir / "restore-pending.json").write_text(json.dumps(PLANS[plan](outside)))
    before, before_out = folder_digest(store_dir), folder_digest(outside)
    for argv in (("pain", "list"), ("pain", "add", "3"), ("backup",)):
        result = run(capsys, store_dir, *argv)
        assert_one_line_error(result, 1)
        assert "restore-pending.json" in result.err and "restore --empty" in result.err
    assert folder_digest(store_dir) == before
    assert folder_digest(outside) == before_out
    # the way out the message gives works, and touches nothing outside
    fixed = run(capsys, store_dir, "restore", "--empty")
    assert fixed.code == 0, fixed.err
    listed = run(capsys, store_dir, "pain", "list", "--json").json()
    assert [e["score"] for e in listed] == [3, 2, 4]  # before, after, and the typed 4
    assert folder_digest(outside) == before_out


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"staging": "' + b"[" * 5000])
def test_2_a_damaged_restore_plan_is_one_line_with_the_way_out(store_dir, capsys, content):
    (store_dir / "restore-pending.json").write_bytes(content)
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "pain", "list")
    assert_one_line_error(result, 1)
    assert "restore-pending.json" in result.err and "restore --empty" in result.err
    assert "Expecting" not in result.err and "KeyError" not in result.err
    assert folder_digest(store_dir) == before
    fixed = run(capsys, store_dir, "restore", "--empty")
    assert fixed.code == 0 and "not damaged" not in fixed.err
    assert run(capsys, store_dir, "pain", "list").code == 0


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_2_a_staging_folder_that_is_a_link_elsewhere_is_not_followed(store_dir, tmp_path, capsys):
    outside = _outside(tmp_path)
    (store_dir / ".restore.tmp-20260101-000000").symlink_to(outside, target_is_directory=True)
    plan = {"staging": ".restore.tmp-20260101-000000", "aside": "replaced-20260101-000000"}
    (store_dir / "restore-pending.json").write_text(json.dumps(plan))
    before, before_out = folder_digest(store_dir), folder_digest(outside)
    assert_one_line_error(run(capsys, store_dir, "pain", "list"), 1)
    assert folder_digest(store_dir) == before and folder_digest(outside) == before_out


# -- 3. no command writes a file inside the data folder ------------------------------------


def _inside_targets(data_dir: Path) -> list[Path]:
    return [
        _month(data_dir),
        data_dir / "coach.json",
        data_dir / "history" / "new.json",
        data_dir / "backups" / "mine.json",
        data_dir / "logs" / "x.json",
    ]


def test_3_routine_export_refuses_any_path_inside_the_data_folder(store_dir, capsys):
    before = folder_digest(store_dir)
    for target in _inside_targets(store_dir):
        result = run(capsys, store_dir, "routine", "export", "icing-20", str(target), "--force")
        assert_one_line_error(result, 1)
        assert "inside the data folder" in result.err, target
    assert folder_digest(store_dir) == before


def test_3_backup_refuses_any_path_inside_the_data_folder(store_dir, capsys):
    before = folder_digest(store_dir)
    for target in _inside_targets(store_dir):
        result = run(capsys, store_dir, "backup", str(target), "--force")
        assert_one_line_error(result, 1)
        assert "inside the data folder" in result.err, target
    assert folder_digest(store_dir) == before


def test_3_export_csv_refuses_the_data_folder_and_folders_in_it(store_dir, capsys):
    before = folder_digest(store_dir)
    for target in (store_dir, store_dir / "history", store_dir / "csv"):
        result = run(capsys, store_dir, "export-csv", str(target), "--force")
        assert_one_line_error(result, 1)
        assert "inside the data folder" in result.err, target
    assert folder_digest(store_dir) == before
    assert not (store_dir / "csv").exists()


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_3_a_link_into_the_data_folder_is_followed_before_deciding(store_dir, tmp_path, capsys):
    link = tmp_path / "innocent"
    link.symlink_to(store_dir / "history", target_is_directory=True)
    before = folder_digest(store_dir)
    name = _month(store_dir).name
    export = ("routine", "export", "icing-20", str(link / name), "--force")
    assert_one_line_error(run(capsys, store_dir, *export), 1)
    assert_one_line_error(run(capsys, store_dir, "backup", str(link / name), "--force"), 1)
    assert_one_line_error(run(capsys, store_dir, "export-csv", str(link), "--force"), 1)
    assert folder_digest(store_dir) == before


def test_3_self_test_screenshots_inside_the_data_folder_are_refused(store_dir, capsys, monkeypatch):
    module = types.ModuleType("coach.app")
    module.run_gui = lambda *a, **k: pytest.fail("the app must not start")
    monkeypatch.setitem(sys.modules, "coach.app", module)
    before = folder_digest(store_dir)
    shots = store_dir / "history"
    code = main(["--self-test", "--screenshots", str(shots), "--data-dir", str(store_dir)])
    assert code == 1 and "inside the data folder" in capsys.readouterr().err
    assert folder_digest(store_dir) == before


def test_3_writing_outside_the_data_folder_still_works(store_dir, tmp_path, capsys):
    before = folder_digest(store_dir)
    assert run(capsys, store_dir, "backup", str(tmp_path / "b.json")).code == 0
    assert (
        run(capsys, store_dir, "routine", "export", "icing-20", str(tmp_path / "r.json")).code == 0
    )
    assert run(capsys, store_dir, "export-csv", str(tmp_path / "csv")).code == 0
    assert folder_digest(store_dir) == before


# -- 4. deep nesting is damage, named, and restore --empty copes --------------------------


@pytest.mark.parametrize("which", ["month", "coach.json"])
def test_4_deep_nesting_is_a_damaged_file_not_a_crash(store_dir, capsys, which):
    target = _month(store_dir) if which == "month" else store_dir / "coach.json"
    target.write_bytes(b'{"pain": {"1": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}")
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "pain", "list")
    assert_one_line_error(result, 1)
    assert str(target) in result.err and "RecursionError" not in result.err
    assert folder_digest(store_dir) == before
    fixed = run(capsys, store_dir, "restore", "--empty")
    assert fixed.code == 0, fixed.err
    assert not target.exists()


def test_4_a_deeply_nested_backup_is_refused(store_dir, tmp_path, capsys):
    bad = tmp_path / "deep.json"
    bad.write_bytes(
        b'{"format": "rehab-coach-backup", "files": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"
    )
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "restore", str(bad))
    assert_one_line_error(result, 1)
    assert "nested" in result.err and "RecursionError" not in result.err
    assert folder_digest(store_dir) == before


# -- 5. control characters are shown, never obeyed -----------------------------------------


def test_5_pain_list_shows_control_characters_escaped(data_dir, capsys):
    add = ("pain", "add", "3", "--note", f"a{OSC52}b\x1b[2Jc", "--location", f"knee{OSC52}")
    added = run(capsys, data_dir, *add)
    assert added.code == 0 and "\x1b" not in added.out
    before = folder_digest(data_dir)
    listing = run(capsys, data_dir, "pain", "list")
    assert folder_digest(data_dir) == before
    assert "\x1b" not in listing.out and "\x07" not in listing.out
    assert "\\x1b]52" in listing.out


def test_5_routine_list_and_show_escape_a_stored_name(data_dir, tmp_path, capsys):
    from coach.domain.library import builtin_routines

    store = Store.open(data_dir)
    base = builtin_routines()[0]
    from dataclasses import replace

    # Saving such a name is refused now (issue 14); one stored before that rule, or
    # written into coach.json by hand, must still reach the terminal escaped.
    from coach.store.history import upsert

    evil = replace(base, id="evil", name=f"Evil{OSC52}", builtin=False)
    with store.transaction():
        upsert(store.main, "routines", evil.to_dict())
    store.sessions.save(replace(sample_session(START), routine_name=f"Evil{OSC52}"))
    store.close()
    before = folder_digest(data_dir)
    for argv in (("routine", "list"), ("routine", "show", "evil"), ("session", "list")):
        result = run(capsys, data_dir, *argv)
        assert result.code == 0, argv
        assert "\x1b" not in result.out and "\x07" not in result.out, argv
        assert "Evil\\x1b]52" in result.out, argv
    assert folder_digest(data_dir) == before


def test_5_errors_never_echo_control_characters(store_dir, tmp_path, capsys):
    before = folder_digest(store_dir)
    for argv in (
        ("routine", "show", f"x{OSC52}"),
        ("routine", "import", str(tmp_path / f"no{OSC52}.json")),
        ("pain", "add", f"1{OSC52}"),
    ):
        result = run(capsys, store_dir, *argv)
        assert_one_line_error(result, 1)
        assert "\x1b" not in result.err and "\x07" not in result.err, argv
    assert folder_digest(store_dir) == before


@pytest.mark.parametrize(
    "changes",
    [{"name": f"My ice{OSC52}"}, {"name": "My ice\u202eecI"}, {"exercise_name": "Ice\x1b[2J"}],
)
def test_5_import_refuses_control_characters_in_ids_and_names(store_dir, tmp_path, capsys, changes):
    path = _routine_file(tmp_path, **changes)
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "routine", "import", str(path))
    assert_one_line_error(result, 1)
    assert "control character" in result.err and "\x1b" not in result.err
    assert folder_digest(store_dir) == before


# -- 6. a file of the wrong shape is damage, not an empty month ---------------------------


@pytest.mark.parametrize("content", [b"{}", b'{"other": {}}', b'{"sessions": {}}',
                                     b'{"pain": {}, "sessions": {}}'])  # fmt: skip
def test_6_a_month_file_of_the_wrong_shape_is_damaged(store_dir, capsys, content):
    target = _month(store_dir, "pain")
    target.write_bytes(content)
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "pain", "list")
    assert_one_line_error(result, 1)
    assert str(target) in result.err and "no pain entries" not in result.out
    assert folder_digest(store_dir) == before


def test_6_a_backup_whose_sessions_file_holds_a_pain_table_is_refused(store_dir, tmp_path, capsys):
    dest = tmp_path / "b.json"
    assert run(capsys, store_dir, "backup", str(dest)).code == 0
    data = json.loads(dest.read_text())
    sessions = next(k for k in data["files"] if "sessions-" in k)
    pain = next(k for k in data["files"] if "pain-" in k)
    data["files"][sessions] = data["files"][pain]
    dest.write_text(json.dumps(data))
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "restore", str(dest))
    assert_one_line_error(result, 1)
    assert "sessions" in result.err
    assert folder_digest(store_dir) == before


# -- 7. text that is not valid Unicode is refused up front --------------------------------


def test_7_an_undecodable_note_is_refused_and_creates_nothing(data_dir, capsys):
    result = run(capsys, data_dir, "pain", "add", "3", "--note", "x\udc80y")
    assert_one_line_error(result, 1)
    assert "--note" in result.err and "codec" not in result.err
    assert not data_dir.exists()
    located = run(capsys, data_dir, "pain", "add", "3", "--location", "k\udc80")
    assert_one_line_error(located, 1)
    assert not data_dir.exists()


def test_7_a_lone_surrogate_in_a_month_file_is_damage(store_dir, capsys):
    target = _month(store_dir)
    target.write_bytes(target.read_bytes().replace(b'"note":""', b'"note":"\\ud800"'))
    assert b"ud800" in target.read_bytes()
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "pain", "list")
    assert_one_line_error(result, 1)
    assert str(target) in result.err and "codec" not in result.err
    assert folder_digest(store_dir) == before


def test_7_a_lone_surrogate_in_a_routine_file_is_refused(store_dir, tmp_path, capsys):
    path = _routine_file(tmp_path)
    path.write_text(path.read_text().replace("My ice", "My \\ud800 ice"))
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "routine", "import", str(path))
    assert_one_line_error(result, 1)
    assert "codec" not in result.err
    assert folder_digest(store_dir) == before


# -- 10. export-csv refuses to overwrite without --force, all or nothing -----------------


def test_10_export_csv_refuses_existing_files_without_force(store_dir, tmp_path, capsys):
    out = tmp_path / "csv"
    out.mkdir()
    (out / "sets.csv").write_text("mine")
    before, data_before = folder_digest(out), folder_digest(store_dir)
    result = run(capsys, store_dir, "export-csv", str(out))
    assert_one_line_error(result, 1)
    assert "sets.csv" in result.err and "--force" in result.err
    assert folder_digest(out) == before  # pain.csv was not written either
    assert folder_digest(store_dir) == data_before
    assert run(capsys, store_dir, "export-csv", str(out), "--force").code == 0
    assert (out / "sets.csv").read_text() != "mine" and (out / "pain.csv").exists()


def test_10_export_csv_that_fails_part_way_leaves_the_folder_as_it_was(
    store_dir, tmp_path, capsys, monkeypatch
):
    out = tmp_path / "csv"
    assert run(capsys, store_dir, "export-csv", str(out)).code == 0
    before = folder_digest(out)
    calls = []
    real_replace = os.replace

    def fail_second(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    add = run(capsys, store_dir, "pain", "add", "7", "--at", "2026-11-05T09:00")
    assert add.code == 0
    data_before = folder_digest(store_dir)
    monkeypatch.setattr(os, "replace", fail_second)
    result = run(capsys, store_dir, "export-csv", str(out), "--force")
    monkeypatch.undo()
    assert_one_line_error(result, 1)
    assert folder_digest(out) == before
    assert folder_digest(store_dir) == data_before
    assert sorted(p.name for p in out.iterdir()) == ["pain.csv", "sessions.csv", "sets.csv"]


# -- 12. restore reads regular files only, with a size cap --------------------------------


@pytest.mark.skipif(os.name != "posix", reason="devices and FIFOs")
def test_12_restore_from_a_device_or_fifo_is_refused_at_once(store_dir, tmp_path, capsys):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    before = folder_digest(store_dir)
    for source in ("/dev/zero", str(fifo)):
        result = run(capsys, store_dir, "restore", source)
        assert_one_line_error(result, 1)
        assert "regular file" in result.err, source
    assert folder_digest(store_dir) == before


def test_12_restore_refuses_a_file_over_the_cap(store_dir, tmp_path, capsys, monkeypatch):
    from coach.store import storage

    monkeypatch.setattr(storage, "MAX_FILE_BYTES", 1000)
    dest = tmp_path / "b.json"
    assert run(capsys, store_dir, "backup", str(dest)).code == 0
    dest.write_bytes(dest.read_bytes()[:-2] + b" " * 2000 + b"}}")
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "restore", str(dest))
    assert_one_line_error(result, 1)
    assert "larger than" in result.err
    assert folder_digest(store_dir) == before


# -- 13. a trailing newline is not part of an id or a file name -----------------------------


def test_13_a_routine_id_with_a_trailing_newline_is_refused(store_dir, tmp_path, capsys):
    path = _routine_file(tmp_path, id="my-ice\n")
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "routine", "import", str(path))
    assert_one_line_error(result, 1)
    assert "id" in result.err
    assert folder_digest(store_dir) == before


def test_13_a_backup_file_name_with_a_trailing_newline_is_refused(store_dir, tmp_path, capsys):
    dest = tmp_path / "b.json"
    assert run(capsys, store_dir, "backup", str(dest)).code == 0
    data = json.loads(dest.read_text())
    month = next(k for k in data["files"] if "pain-" in k)
    data["files"][month + "\n"] = data["files"].pop(month)
    dest.write_text(json.dumps(data))
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "restore", str(dest))
    assert_one_line_error(result, 1)
    assert "unexpected file" in result.err and "\\x0a" in result.err
    assert folder_digest(store_dir) == before


# -- 14. messages that name the file and the way out ---------------------------------------


def test_14_a_record_key_that_is_not_a_number_is_damage(store_dir, capsys):
    target = _month(store_dir)
    doc = json.loads(target.read_text())
    doc["pain"] = {"x": doc["pain"]["1"]}
    target.write_text(json.dumps(doc))
    before = folder_digest(store_dir)
    for argv in (("pain", "list"), ("pain", "add", "2", "--at", "2026-11-04T09:00")):
        result = run(capsys, store_dir, *argv)
        assert_one_line_error(result, 1)
        assert str(target) in result.err and "invalid literal" not in result.err
    assert folder_digest(store_dir) == before


def test_14_a_month_file_that_is_a_folder_is_named_as_damage(store_dir, capsys):
    target = _month(store_dir)
    target.unlink()
    target.mkdir()
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "pain", "list")
    assert_one_line_error(result, 1)
    assert str(target) in result.err and "refused the write" not in result.err
    assert folder_digest(store_dir) == before
    assert run(capsys, store_dir, "restore", "--empty").code == 0
    assert run(capsys, store_dir, "pain", "list").code == 0


@pytest.mark.parametrize("where", ["month", "backup"])
def test_14_a_5000_digit_number_is_plain_damage(store_dir, tmp_path, capsys, where):
    big = b"9" * 5000
    if where == "month":
        target = _month(store_dir)
        target.write_bytes(target.read_bytes().replace(b'"score":4', b'"score":' + big))
        argv: tuple[str, ...] = ("pain", "list")
    else:
        target = tmp_path / "b.json"
        assert run(capsys, store_dir, "backup", str(target)).code == 0
        target.write_bytes(target.read_bytes().replace(b'"score":4', b'"score":' + big))
        argv = ("restore", str(target))
    assert big in target.read_bytes()
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, *argv)
    assert_one_line_error(result, 1)
    assert "set_int_max_str_digits" not in result.err and "4300" not in result.err
    assert str(target) in result.err
    assert folder_digest(store_dir) == before


def test_14_a_lock_file_that_is_a_folder_is_named_with_the_way_out(store_dir, capsys):
    (store_dir / "coach.lock").mkdir()
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "pain", "add", "2")
    assert_one_line_error(result, 1)
    assert "coach.lock" in result.err and "try again in a moment" not in result.err
    assert folder_digest(store_dir) == before


def test_14_an_old_store_with_a_bad_record_names_the_month(data_dir, capsys):
    data_dir.mkdir()
    good = {"id": "a", "score": 3, "at": "2026-05-02T08:00:00+01:00"}
    bad = {"id": "b", "score": 42, "at": "2026-06-02T08:00:00+01:00"}
    (data_dir / "coach.json").write_text(json.dumps({"pain": {"1": good, "2": bad}}))
    before = folder_digest(data_dir)
    result = run(capsys, data_dir, "pain", "list")
    assert_one_line_error(result, 1)
    assert "2026-06" in result.err and "score" in result.err
    assert folder_digest(data_dir) == before


def test_14_every_damaged_message_is_one_line_that_names_a_way_out(store_dir, capsys):
    _month(store_dir).write_bytes(b"{}")
    result = run(capsys, store_dir, "pain", "list")
    assert_one_line_error(result, 1)
    assert "restore" in result.err


# -- 8. a damaged older month: the snapshot is skipped, the good backup is offered --------


def _old_month_damaged(data_dir: Path) -> Path:
    """A store with an older good snapshot, then a bad record in a month > 90 days old."""
    from coach.store.backups import snapshot
    from coach.store.paths import StorePaths

    store = Store.open(data_dir)
    store.pain.add(_old_entry())
    store.close()
    snapshot(StorePaths(data_dir), "auto-2020-01-01")  # older, and good
    at = _old_entry().at
    target = data_dir / "history" / f"pain-{at.year:04d}-{at.month:02d}.json"
    target.write_bytes(target.read_bytes().replace(b'"score":6', b'"score":42'))
    shutil.rmtree(data_dir / "backups" / f"auto-{datetime.now().date().isoformat()}", True)
    return target


def _old_entry():
    from coach.domain.pain import PainEntry

    # older than the 90 days opening reads, but within the year "All" reads back
    return PainEntry(score=6, at=(datetime.now() - timedelta(days=150)).astimezone())


def test_8_a_damaged_old_month_is_not_snapshotted_and_the_good_backup_is_offered(data_dir, capsys):
    target = _old_month_damaged(data_dir)
    added = run(capsys, data_dir, "pain", "add", "2")  # the day's first write
    assert added.code == 0, added.err
    today = data_dir / "backups" / f"auto-{datetime.now().date().isoformat()}"
    assert not today.exists()  # a copy of the damage would not restore
    before = folder_digest(data_dir)
    result = run(capsys, data_dir, "pain", "list")
    assert_one_line_error(result, 1)
    assert str(target) in result.err and "auto-2020-01-01" in result.err
    assert folder_digest(data_dir) == before
    restored = run(capsys, data_dir, "restore", str(data_dir / "backups" / "auto-2020-01-01"))
    assert restored.code == 0, restored.err


def test_8_the_gui_shows_a_damaged_old_month_as_the_store_message(qtbot, data_dir):
    from coach.ui.hub import DataHub
    from coach.ui.main_window import MainWindow

    _old_month_damaged(data_dir)
    store = Store.open(data_dir)
    hub = DataHub(store)
    window = MainWindow(hub)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(hub.error, timeout=10_000) as blocker:
        window.nav_buttons["progress"].click()
        window.progress.range_buttons.button(2).click()
    assert "damaged" in blocker.args[0] and "auto-2020-01-01" in blocker.args[0]
    qtbot.waitUntil(lambda: not window.progress.loading(), timeout=10_000)
    window.close()
    store.close()


# -- 9. the single-instance socket is private --------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX sockets")
def test_9_the_socket_is_in_a_private_folder_and_a_squatter_gets_nothing(qapp, data_dir):
    import getpass
    import hashlib

    from PySide6.QtNetwork import QLocalServer

    from coach.ui.single_instance import InstanceServer, hand_over, server_name

    name = server_name(data_dir)
    assert name is not None
    folder = Path(name).parent
    st = folder.lstat()
    assert st.st_uid == os.getuid() and not st.st_mode & 0o077
    # someone bound the old, predictable name first: they never hear from us
    key = f"{getpass.getuser()}\0{data_dir.resolve()}"
    old = "rehab-coach-" + hashlib.sha256(key.encode()).hexdigest()[:20]
    squatter = QLocalServer()
    squatter.listen(old)
    try:
        assert hand_over(data_dir) is False
        assert not squatter.hasPendingConnections()
    finally:
        squatter.close()
    # a socket at our name that belongs to another user is not talked to
    if os.getuid() == 0:
        server = InstanceServer(data_dir)
        assert server.listen()
        try:
            os.chown(name, 65534, 65534)
            assert hand_over(data_dir) is False
            os.chown(name, 0, 0)
            assert hand_over(data_dir) is True
        finally:
            server.close()


# -- 11. modes and links: only tighten what the app made, follow no link -----------------


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_11_a_read_only_command_keeps_the_folder_mode(store_dir, capsys):
    os.chmod(store_dir, 0o500)
    try:
        before = folder_digest(store_dir)
        assert run(capsys, store_dir, "pain", "list").code == 0
        assert run(capsys, store_dir, "routine", "list").code == 0
        assert stat.S_IMODE(store_dir.stat().st_mode) == 0o500
        assert folder_digest(store_dir) == before
    finally:
        os.chmod(store_dir, 0o700)


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_11_a_linked_backups_folder_is_not_chmodded_thinned_or_written(store_dir, tmp_path, capsys):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o755)
    os.chmod(elsewhere, 0o755)
    for day in range(1, 40):  # old snapshots thinning would delete
        (
            elsewhere / f"auto-2020-01-{day:02d}"
            if day < 32
            else elsewhere / f"auto-2020-02-{day - 31:02d}"
        ).mkdir()
    (elsewhere / "mine.txt").write_text("the person's")
    shutil.rmtree(store_dir / "backups")
    (store_dir / "backups").symlink_to(elsewhere, target_is_directory=True)
    listing = sorted(p.name for p in elsewhere.iterdir())
    assert run(capsys, store_dir, "pain", "add", "2").code == 0  # the day's first write
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "backup")
    assert_one_line_error(result, 1)
    assert folder_digest(store_dir) == before
    assert "backups" in result.err and "link" in result.err
    assert sorted(p.name for p in elsewhere.iterdir()) == listing
    assert stat.S_IMODE(elsewhere.stat().st_mode) == 0o755


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_11_a_linked_log_file_is_not_followed(store_dir, tmp_path, capsys):
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me\n")
    os.chmod(victim, 0o644)
    (store_dir / "logs").mkdir(exist_ok=True)
    (store_dir / "logs" / "rehab-coach.log").symlink_to(victim)
    (store_dir / "coach.json").write_bytes(b"{")  # damage, so something is logged
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "pain", "list")
    assert_one_line_error(result, 1)
    assert folder_digest(store_dir) == before
    assert victim.read_text() == "keep me\n"
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644
    # and a linked logs folder is not followed either
    (store_dir / "logs" / "rehab-coach.log").unlink()
    (store_dir / "logs").rmdir()
    other = tmp_path / "other-logs"
    other.mkdir()
    (store_dir / "logs").symlink_to(other, target_is_directory=True)
    assert_one_line_error(run(capsys, store_dir, "pain", "list"), 1)
    assert list(other.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="FIFOs")
def test_12_importing_a_routine_from_a_fifo_is_refused_not_hung(store_dir, tmp_path, capsys):
    fifo = tmp_path / "routine.json"
    os.mkfifo(fifo)
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "routine", "import", str(fifo))
    assert_one_line_error(result, 1)
    assert "regular file" in result.err
    assert folder_digest(store_dir) == before


def test_14_a_write_refused_by_permissions_names_the_file_and_the_way_out(
    store_dir, capsys, monkeypatch
):
    """(A read-only history/ as root cannot be made, so the refusal is simulated.)"""
    real_open = os.open

    def deny_history(path, *args, **kwargs):
        if f"{os.sep}history{os.sep}" in os.fspath(path):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_open(path, *args, **kwargs)

    before = folder_digest(store_dir)
    monkeypatch.setattr(os, "open", deny_history)
    result = run(capsys, store_dir, "pain", "add", "2", "--at", "2026-11-04T09:00")
    monkeypatch.undo()
    assert_one_line_error(result, 1)
    assert _month(store_dir).name in result.err
    assert "permission was denied" in result.err
    assert f"check that you may write to {store_dir / 'history'}" in result.err
    assert "your records were not changed" in result.err
    assert folder_digest(store_dir) == before


def test_6_a_history_that_is_a_file_is_damage_not_an_empty_diary(store_dir, capsys):
    shutil.rmtree(store_dir / "history")
    (store_dir / "history").write_text("not a folder")
    before = folder_digest(store_dir)
    for argv in (("pain", "list"), ("session", "list")):
        result = run(capsys, store_dir, *argv)
        assert_one_line_error(result, 1)
        assert str(store_dir / "history") in result.err and "no pain" not in result.out
    assert folder_digest(store_dir) == before
    fixed = run(capsys, store_dir, "restore", "--empty")
    assert fixed.code == 0 and "history.damaged-" in fixed.out


def test_14_a_data_folder_that_is_a_file_is_named_plainly(tmp_path, capsys):
    afile = tmp_path / "afile"
    afile.write_text("mine")
    result = run(capsys, afile, "pain", "add", "3")
    assert_one_line_error(result, 1)
    assert "a file is where a folder should be" in result.err
    assert afile.read_text() == "mine"
