"""``export-csv``, ``backup``, ``restore`` and ``session list``, and how every command
behaves on a damaged store."""

from __future__ import annotations

import csv
import os
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from helpers.cli import assert_one_line_error, damage, folder_digest, run, sample_session

from coach.csv_export import PAIN_HEADER, SESSION_HEADER, SET_HEADER
from coach.domain.record import SessionRecord
from coach.store import Store

START = datetime(2026, 11, 2, 7, 30).astimezone()


@pytest.fixture
def store_dir(data_dir, capsys):
    """Two sessions and six pain entries: two typed (one with a formula-like note) and
    each session's before and after score (three-point capture)."""
    store = Store.open(data_dir)
    try:
        store.sessions.save(sample_session(START, sets=3, note="felt fine"))
        store.sessions.save(sample_session(START + timedelta(days=2), sets=2))
    finally:
        store.close()
    assert run(capsys, data_dir, "pain", "add", "3", "--at", "2026-11-02T09:00").code == 0
    add = ("pain", "add", "5", "--note", "=1+2", "--at", "2026-11-04T21:00")
    assert run(capsys, data_dir, *add).code == 0
    return data_dir


def _csv(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_session_list_table_and_json_round_trip(store_dir, capsys):
    table = run(capsys, store_dir, "session", "list")
    assert table.code == 0
    rows = [line for line in table.out.splitlines() if "IT-band strength" in line]
    assert len(rows) == 2 and "completed" in rows[0] and "35 min" in rows[0]
    assert "3 → 2" in rows[0]
    assert "3 of 6 done" in rows[0] and "2 of 4 done" in rows[1]
    data = run(capsys, store_dir, "session", "list", "--json").json()
    stored = [
        {k: v for k, v in d.items() if k not in ("counts", "outcome", "exercises")} for d in data
    ]
    assert [SessionRecord.from_dict(d).to_dict() for d in stored] == stored
    assert [len(d["sets"]) for d in data] == [3, 2]
    one = run(capsys, store_dir, "session", "list", "--from", "2026-11-04", "--to", "2026-11-04",
              "--json").json()  # fmt: skip
    assert [d["started_at"][:10] for d in one] == ["2026-11-04"]


def test_session_list_says_how_many_sets_were_skipped(data_dir, capsys):
    record = sample_session(START, sets=3)
    record = replace(record, sets=(*record.sets[:2], replace(record.sets[2], skipped=True)))
    store = Store.open(data_dir)
    store.sessions.save(record)
    store.close()
    table = run(capsys, data_dir, "session", "list")
    assert "2 of 6 done, 1 skipped, 3 not reached" in table.out


def test_export_csv_writes_three_files_with_headers(store_dir, capsys, tmp_path):
    out = tmp_path / "export" / "new"
    result = run(capsys, store_dir, "export-csv", str(out))
    # two typed entries, and each session's before and after score (three-point capture)
    assert result.code == 0 and "6 pain entries, 2 sessions and 5 sets" in result.out
    pain, sessions, sets = (_csv(out / n) for n in ("pain.csv", "sessions.csv", "sets.csv"))
    assert tuple(pain[0]) == PAIN_HEADER and len(pain) == 7
    assert tuple(sessions[0]) == SESSION_HEADER and len(sessions) == 3
    assert tuple(sets[0]) == SET_HEADER and len(sets) == 6
    notes = [row[PAIN_HEADER.index("note")] for row in pain[1:]]
    assert "'=1+2" in notes  # a spreadsheet shows the text instead of computing 3
    assert pain[1][PAIN_HEADER.index("at")].startswith("2026-11-02T07:30:00")  # before


def test_export_csv_to_an_unwritable_path_is_a_plain_message(store_dir, capsys, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "export-csv", str(blocker / "sub"))
    assert_one_line_error(result, 1)
    assert "cannot write" in result.err and "not a directory" in result.err
    assert folder_digest(store_dir) == before
    onto_file = run(capsys, store_dir, "export-csv", str(blocker))
    assert_one_line_error(onto_file, 1)


def test_permission_denied_names_the_folder_the_person_gave(
    store_dir, capsys, tmp_path, monkeypatch
):
    import coach.commands.data as data_cmd

    out = tmp_path / "shared"

    def denied(folder, pain, sessions):
        raise PermissionError(13, "Permission denied", str(folder / ".pain.csv.x1y2.tmp"))

    monkeypatch.setattr(data_cmd, "write_csv_export", denied)
    result = run(capsys, store_dir, "export-csv", str(out))
    assert_one_line_error(result, 1)
    assert result.err.strip() == f"rehab-coach: cannot write {out}: permission denied"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores modes")
def test_export_csv_into_a_read_only_folder(store_dir, capsys, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    result = run(capsys, store_dir, "export-csv", str(locked / "out"))
    assert_one_line_error(result, 1)
    assert f"cannot write {locked / 'out'}: permission denied" in result.err


def test_backup_add_restore_gives_the_old_data_back(store_dir, capsys, tmp_path):
    before = run(capsys, store_dir, "pain", "list", "--json").json()
    dest = tmp_path / "my-backup.json"
    made = run(capsys, store_dir, "backup", str(dest))
    assert made.code == 0 and str(dest) in made.out and dest.is_file()

    assert run(capsys, store_dir, "pain", "add", "9", "--note", "flare-up").code == 0
    assert len(run(capsys, store_dir, "pain", "list", "--json").json()) == 7

    restored = run(capsys, store_dir, "restore", str(dest))
    assert restored.code == 0
    assert "6 pain entries, 2 sessions" in restored.out
    assert run(capsys, store_dir, "pain", "list", "--json").json() == before


def test_backup_without_a_file_goes_to_the_backups_folder(store_dir, capsys):
    made = run(capsys, store_dir, "backup")
    assert made.code == 0
    path = Path(made.out.strip().rsplit(" ", 1)[-1])
    assert path.is_file() and (store_dir / "backups") in path.parents


def test_backup_refuses_to_overwrite(store_dir, capsys, tmp_path):
    dest = tmp_path / "exists.json"
    dest.write_text("mine", encoding="utf-8")
    assert_one_line_error(run(capsys, store_dir, "backup", str(dest)), 1)
    assert dest.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("content", [b"", b"garbage", b"{}", b'{"format": "other"}'])
def test_restore_of_a_bad_file_changes_nothing(store_dir, capsys, tmp_path, content):
    bad = tmp_path / "bad-backup.json"
    bad.write_bytes(content)
    before = folder_digest(store_dir)
    assert_one_line_error(run(capsys, store_dir, "restore", str(bad)), 1)
    assert_one_line_error(run(capsys, store_dir, "restore", str(tmp_path / "missing")), 1)
    assert folder_digest(store_dir) == before


def test_damaged_store_is_refused_by_every_command_naming_the_backup(store_dir, capsys, tmp_path):
    backup = run(capsys, store_dir, "backup").out.strip().rsplit(" ", 1)[-1]
    damage(store_dir / "coach.json", b"\x00" * 64)
    before = folder_digest(store_dir)
    commands = [
        ("pain", "add", "3"), ("pain", "list"), ("session", "list"), ("routine", "list"),
        ("routine", "show", "icing-20"), ("export-csv", str(tmp_path / "csv")), ("backup",),
        ("light",), ("pain", "delete", "abcdef12"), ("pain", "edit", "abcdef12", "--score", "2"),
    ]  # fmt: skip
    for argv in commands:
        result = run(capsys, store_dir, *argv)
        assert_one_line_error(result, 1)
        assert "coach.json" in result.err and "damaged" in result.err, argv
        assert "restore" in result.err and "--empty" in result.err, argv
    assert folder_digest(store_dir) == before
    assert not (tmp_path / "csv").exists()

    restored = run(capsys, store_dir, "restore", backup)
    assert restored.code == 0 and "6 pain entries" in restored.out
    assert len(run(capsys, store_dir, "pain", "list", "--json").json()) == 6


def test_restore_empty_keeps_the_damaged_file_aside(store_dir, capsys):
    healthy = run(capsys, store_dir, "restore", "--empty")
    assert_one_line_error(healthy, 1)  # nothing damaged: nothing is thrown away
    damage(store_dir / "coach.json", b"{truncated")
    result = run(capsys, store_dir, "restore", "--empty")
    assert result.code == 0
    kept = [p for p in store_dir.iterdir() if p.name.startswith("coach.json.damaged")]
    assert len(kept) == 1 and kept[0].read_bytes() == b"{truncated" and str(kept[0]) in result.out
    assert run(capsys, store_dir, "pain", "add", "2").code == 0
