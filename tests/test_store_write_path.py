"""The one-record write path: what is on disk is exactly what was saved.

A pain entry or a set saved encodes only the record that changed and reuses the bytes
of the others (``AtomicJSONStorage.write_record``). These tests check that this never
drifts from the document in memory or from what a fresh reader sees, also when
TinyDB's own write (which changes records in place, as settings do) or another process
writes in between, and that a failed write changes nothing.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

import pytest
from helpers.store import T0, pain
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from coach.store import Store
from coach.store import storage as storage_module
from coach.store.docfile import DocFile, Transaction
from coach.store.errors import StoreWriteError
from coach.store.journal import journal_path, read_merged
from coach.store.storage import encode_document

IDS = st.sampled_from(["a", "b", "c", "d", "é", "日"])
VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=6,
)
OPS = st.lists(
    st.tuples(
        st.sampled_from(["put", "drop", "tinydb", "outside", "compact", "torn", "put"]), IDS, VALUES
    ),
    max_size=25,
)


def _expected_after(model: dict[str, dict], op: str, rid: str, value: object) -> None:
    if op == "drop":
        model.pop(rid, None)
    elif op in ("compact", "torn"):
        pass
    elif op == "tinydb":
        if rid in model:
            model[rid]["v"] = value  # TinyDB's update merges into the record
    else:
        model[rid] = {"id": rid, "v": value}


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
@example(ops=[("put", "a", 1), ("tinydb", "a", 2), ("put", "b", 3)])
@example(ops=[("put", "a", 1), ("outside", "b", 2), ("put", "c", 3), ("drop", "a", 0)])
@example(ops=[("put", "a", 1), ("put", "b", 1), ("torn", "a", 0), ("put", "c", 2)])
@example(ops=[("put", "a", 1), ("put", "b", 1), ("torn", "a", 0), ("compact", "a", 0)])
@example(ops=[("put", "a", 1), ("put", "b", 1), ("compact", "a", 0), ("put", "c", 2)])
def test_any_mix_of_writes_leaves_the_file_equal_to_what_was_saved(
    tmp_path_factory: pytest.TempPathFactory, ops: list[tuple[str, str, object]]
) -> None:
    folder = tmp_path_factory.mktemp("doc")
    path = folder / "pain-2026-11.json"
    txn = Transaction()
    doc = DocFile(path, None, txn)
    model: dict[str, dict] = {}
    for op, rid, value in ops:
        if op == "outside":  # another process rewrites the file (a new inode)
            other = DocFile(path)
            other.put("pain", {"id": rid, "v": value})
        elif op == "put":
            doc.put("pain", {"id": rid, "v": value})
        elif op == "drop":
            doc.drop("pain", rid)
        elif op == "tinydb" and doc.doc_id_of("pain", rid) is not None:
            doc.table("pain").update({"v": value}, doc_ids=[doc.doc_id_of("pain", rid)])
        elif op == "compact":
            with_lock(txn, doc.storage.compact)
            assert not journal_path(path).exists()
        elif op == "torn" and path.exists() and _ends_clean(journal_path(path)):
            # a killed append, never acknowledged (the next writer cuts it before its own)
            live = journal_path(path).exists()
            with open(journal_path(path), "ab") as fh:  # a line, or the header, cut short
                fh.write(b'40 0badf00d ["pain","9",{"id":' if live else b"RCJ1 0f3a")
        _expected_after(model, op, rid, value)
        on_disk = json.loads(read_merged(path)) if path.exists() else {"pain": {}}
        assert {r["id"]: r for r in on_disk["pain"].values()} == model
        assert (doc.storage.read() or {"pain": {}}) == on_disk
        assert (DocFile(path).storage.read() or {"pain": {}}) == on_disk  # a fresh reader
        if path.exists():  # the bytes are the whole-document encoding, not a variant
            assert read_merged(path) == encode_document(on_disk)
        if path.exists() and not journal_path(path).exists():
            assert path.read_bytes() == encode_document(on_disk)
    if path.exists():  # folding the journal in gives what a full encode gives
        with_lock(txn, doc.storage.compact)
        assert path.read_bytes() == encode_document(on_disk)
        assert not journal_path(path).exists()


def _ends_clean(journal: Path) -> bool:
    return not journal.exists() or journal.read_bytes().endswith(b"\n")


def with_lock(txn: Transaction, call: object) -> None:
    txn.begin()
    try:
        call()  # type: ignore[operator]
    finally:
        txn.end()


def test_a_replaced_record_keeps_no_field_it_no_longer_has(tmp_path: Path) -> None:
    doc = DocFile(tmp_path / "pain-2026-11.json")
    doc.put("pain", {"id": "a", "note": "sore after stairs", "score": 4})
    doc.put("pain", {"id": "a", "score": 2})
    assert DocFile(doc.path).raw_table("pain") == {"1": {"id": "a", "score": 2}}


def test_settings_and_sessions_written_in_turn_all_survive(data_dir: Path) -> None:
    store = Store.open(data_dir)
    entries = [pain(i, at=T0) for i in range(3)]
    store.settings.set("units", "metric")
    store.pain.add(entries[0])
    store.settings.set("units", "imperial")  # TinyDB's update, in place
    store.pain.add(entries[1])
    store.settings.set("voice", True)
    store.pain.add(entries[2])
    store.close()
    again = Store.open(data_dir)
    assert again.settings.get("units") == "imperial"
    assert again.settings.get("voice") is True
    assert again.pain.list() == sorted(entries, key=lambda e: e.at)


def test_a_failed_write_changes_nothing_on_disk_or_in_what_is_read(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store.open(data_dir)
    first = pain(3, at=T0)
    store.pain.add(first)
    month = next((data_dir / "history").glob("pain-*.json"))
    before = month.read_bytes()

    def full_disk(path: Path, data: bytes, keep_open: bool = False) -> None:
        raise StoreWriteError(f"Could not save {path}: the disk is full.", path, 28)

    monkeypatch.setattr(storage_module, "atomic_write_bytes", full_disk)
    monkeypatch.setattr(storage_module.jr, "MAX_RECORDS", 0)  # a whole write (compaction)
    with pytest.raises(StoreWriteError):
        store.pain.add(pain(7, at=T0))
    assert month.read_bytes() == before
    monkeypatch.undo()
    assert store.pain.list() == [first]
    second = pain(5, at=T0)
    store.pain.add(second)
    assert {e.id for e in Store.open(data_dir).pain.list()} == {first.id, second.id}


def test_a_failed_append_leaves_no_record_behind(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The journal's sync fails after the line was written: the line is cut away again,
    so the refused entry never turns up later as saved."""
    from coach.store import journal as journal_module

    store = Store.open(data_dir)
    first, second = pain(3, at=T0), pain(4, at=T0)
    store.pain.add(first)
    store.pain.add(second)  # the first append: the journal now exists
    month = next((data_dir / "history").glob("pain-*.json"))
    before = (month.read_bytes(), journal_path(month).read_bytes())

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(journal_module, "fdatasync", full_disk)
    with pytest.raises(StoreWriteError):
        store.pain.add(pain(7, at=T0))
    assert (month.read_bytes(), journal_path(month).read_bytes()) == before
    monkeypatch.undo()
    assert store.pain.list() == sorted([first, second], key=lambda e: e.at)
    assert len(Store.open(data_dir).pain.list()) == 2


def test_a_file_replaced_twice_right_after_our_write_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "pain-2026-11.json"
    ours = DocFile(path)
    ours.put("pain", {"id": "a", "v": 1})
    for value in (2, 3):  # same size each time, within one timestamp tick or two
        other = DocFile(path)
        other.put("pain", {"id": "a", "v": value})
    assert ours.raw_table("pain") == {"1": {"id": "a", "v": 3}}


def test_an_edit_in_place_that_keeps_size_and_mtime_is_still_noticed(tmp_path: Path) -> None:
    """The file we just wrote is trusted without a re-read only while it is unmodified;
    a program writing into it (not replacing it) changes its ctime, which we check."""
    path = tmp_path / "pain-2026-11.json"
    doc = DocFile(path)
    doc.put("pain", {"id": "a", "v": 1})
    st = path.stat()
    with open(path, "r+b") as fh:
        fh.write(path.read_bytes().replace(b'"v":1', b'"v":7'))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert path.stat().st_size == st.st_size and path.stat().st_ino == st.st_ino
    assert doc.raw_table("pain") == {"1": {"id": "a", "v": 7}}


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts open files via /proc")
def test_a_closed_store_keeps_no_file_open(data_dir: Path) -> None:
    def open_files() -> set[str]:
        out = set()
        for fd in Path("/proc/self/fd").iterdir():
            with contextlib.suppress(OSError):  # the listing's own descriptor
                out.add(os.readlink(fd))
        return out

    before = open_files()
    store = Store.open(data_dir)
    store.pain.add(pain(4, at=T0))
    store.settings.set("units", "metric")
    assert any(str(data_dir) in f for f in open_files() - before)  # pinned while recent
    store.close()
    assert not {f for f in open_files() - before if str(data_dir) in f}
