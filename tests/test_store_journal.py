"""The sidecar journal: torn tails ignored, damage reported, every reader sees it.

One-record writes append to ``NAME.journal`` (see :mod:`coach.store.journal`). These
tests pin down what a reader must make of what a kill, a disk or a person can leave
there, and that backups, restores, verification and other processes see the journal.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from helpers.store import T0, folder_digest, pain, session

from coach.store import CorruptStoreError, Store
from coach.store import journal as jr
from coach.store.storage import encode_document

MONTH = "history/pain-2026-11.json"


def _with_journal(data_dir: Path, n: int = 3) -> Store:
    store = Store.open(data_dir)
    for i in range(n):
        store.pain.add(pain(i % 11, at=T0 + timedelta(minutes=i)))
    assert jr.journal_path(data_dir / MONTH).exists()  # the writes after the first appended
    return store


def test_a_one_record_write_appends_one_line_and_the_base_stays(data_dir: Path) -> None:
    store = _with_journal(data_dir, 2)
    base = (data_dir / MONTH).read_bytes()
    store.pain.add(pain(7, at=T0 + timedelta(hours=1)))
    assert (data_dir / MONTH).read_bytes() == base
    lines = jr.journal_path(data_dir / MONTH).read_bytes().splitlines()
    assert lines[0] == jr.header(jr.base_digest(base)).rstrip(b"\n") and len(lines) == 3
    assert Store.open(data_dir).pain.count() == 3


def test_a_torn_last_line_is_ignored_then_cut_before_the_next_append(data_dir: Path) -> None:
    store = _with_journal(data_dir)
    store.close()
    journal = jr.journal_path(data_dir / MONTH)
    store = _with_journal(data_dir)  # close folded it in; make a new one
    good = journal.read_bytes()
    with open(journal, "ab") as fh:
        fh.write(jr.encode_entry("pain", "99", {"id": "x"})[:-7])  # a kill mid-append
    again = Store.open(data_dir)
    assert again.pain.count() == 6
    again.pain.add(pain(1, at=T0 + timedelta(hours=3)))
    assert journal.read_bytes().startswith(good)
    assert journal.read_bytes()[len(good) :].count(b"\n") == 1  # the torn bytes are gone
    assert Store.open(data_dir).pain.count() == 7
    store.close()


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda raw: raw.replace(b'"score":1', b'"score":2', 1), id="bad-crc"),
        pytest.param(lambda raw: b"not a journal\n" + raw, id="not-a-journal"),
        pytest.param(lambda raw: b"RCJ1 " + b"0" * 32 + b"\nrubbish\n", id="bad-line-only"),
    ],
)
def test_a_damaged_journal_is_reported_and_left_as_it_is(data_dir: Path, damage) -> None:
    _with_journal(data_dir).close()
    store = _with_journal(data_dir)
    journal = jr.journal_path(data_dir / MONTH)
    raw = journal.read_bytes()
    journal.write_bytes(damage(raw))
    if b"RCJ1 " + b"0" * 32 in journal.read_bytes():  # names another base: stale, not damage
        journal.write_bytes(jr.header(jr.base_digest((data_dir / MONTH).read_bytes())) + b"x\n")
    before = folder_digest(data_dir)
    with pytest.raises(CorruptStoreError) as caught:
        Store.open(data_dir).pain.list()
    message = str(caught.value)
    assert "\n" not in message and "journal" in message and "pain-2026-11.json" in message
    with pytest.raises(CorruptStoreError):
        store.pain.add(pain(3, at=T0 + timedelta(hours=5)))  # never written over
    assert {k: v for k, v in folder_digest(data_dir).items() if "backups" not in k} == {
        k: v for k, v in before.items() if "backups" not in k
    }
    moved = Store.start_empty(data_dir)  # the base and its journal go aside together
    assert moved.name.startswith("pain-2026-11.json.damaged-")
    assert list(moved.parent.glob("pain-2026-11.json.journal.damaged-*"))
    assert Store.open(data_dir).pain.count() == 0


def test_a_bad_line_followed_by_good_ones_is_damage(data_dir: Path) -> None:
    base = data_dir / MONTH
    _with_journal(data_dir).close()
    store = _with_journal(data_dir, 4)
    journal = jr.journal_path(base)
    lines = journal.read_bytes().split(b"\n")
    lines[1] = lines[1][:-3] + b"}}}"  # the first record: CRC no longer matches
    journal.write_bytes(b"\n".join(lines))
    with pytest.raises(CorruptStoreError):
        Store.open(data_dir).pain.list()
    store.lock.close()


def test_a_stale_journal_left_by_a_killed_compaction_is_ignored(data_dir: Path) -> None:
    store = _with_journal(data_dir, 4)
    journal = jr.journal_path(data_dir / MONTH)
    stale = journal.read_bytes()
    store.close()  # folds the journal in and removes it
    assert not journal.exists()
    journal.write_bytes(stale)  # as if killed between the replace and the removal
    assert Store.open(data_dir).pain.count() == 4
    again = Store.open(data_dir)
    again.pain.add(pain(5, at=T0 + timedelta(hours=6)))
    assert Store.open(data_dir).pain.count() == 5
    assert not journal.read_bytes().startswith(stale[: jr.HEADER_LEN])


def test_a_journal_past_its_bound_is_folded_into_the_file(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(jr, "MAX_RECORDS", 3)
    store = Store.open(data_dir)
    for i in range(5):
        store.pain.add(pain(i, at=T0 + timedelta(minutes=i)))
    month = json.loads((data_dir / MONTH).read_bytes())
    assert len(month["pain"]) == 5  # a new file, 3 appends, then the fold with the 5th
    assert not jr.journal_path(data_dir / MONTH).exists()
    assert Store.open(data_dir).pain.count() == 5


def test_another_process_appending_is_seen_by_an_open_store(data_dir: Path) -> None:
    gui = _with_journal(data_dir, 2)
    assert gui.pain.count() == 2
    cli = Store.open(data_dir)
    cli.pain.add(pain(9, at=T0 + timedelta(hours=1)))  # an append while the GUI is open
    assert gui.pain.count() == 3
    gui.pain.add(pain(8, at=T0 + timedelta(hours=2)))
    assert cli.pain.count() == 4 and Store.open(data_dir).pain.count() == 4


def test_backups_hold_the_merged_files_and_restore_drops_stale_journals(
    data_dir: Path, tmp_path: Path
) -> None:
    store = _with_journal(data_dir, 3)
    store.settings.set("units", "metric")
    store.sessions.save(session(sets=1, id="s1"))
    store.sessions.save(session(sets=2, id="s1"))
    assert jr.journal_path(data_dir / "coach.json").exists()
    out = store.backup(tmp_path / "b.json")
    files = json.loads(out.read_text())["files"]
    assert len(files[MONTH]["pain"]) == 3
    store.daily_backup()
    snap = store.list_backups()
    assert snap
    for rel in ("coach.json", MONTH):
        merged = jr.read_merged(data_dir / rel)
        assert json.loads(merged) == files[rel]
    store.pain.add(pain(10, at=T0 + timedelta(hours=4)))
    store.sessions.save(session(sets=3, id="s1"))
    Store.restore(data_dir, out)
    assert not jr.journal_path(data_dir / "coach.json").exists()
    assert not jr.journal_path(data_dir / MONTH).exists()
    again = Store.open(data_dir)
    assert again.pain.count() == 3
    assert len(again.sessions.get("s1").sets) == 2
    assert store.pain.count() == 3  # an open store sees the restore too
    store.verify()


def test_verify_reads_the_journal(data_dir: Path) -> None:
    store = _with_journal(data_dir, 3)
    store.verify()
    journal = jr.journal_path(data_dir / MONTH)
    with open(journal, "ab") as fh:
        fh.write(jr.encode_entry("pain", "50", {"id": "bad", "score": 99}))
    with pytest.raises(CorruptStoreError):
        store.verify()


def test_the_merged_bytes_are_a_whole_encoding(data_dir: Path) -> None:
    _with_journal(data_dir, 4)
    merged = jr.read_merged(data_dir / MONTH)
    assert merged == encode_document(json.loads(merged))
