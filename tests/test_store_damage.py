"""Damaged files, full disks and old or new formats: refused in plain words, bytes kept."""

from __future__ import annotations

import errno
import json
import os
import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from helpers.store import T0, folder_digest, pain
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.store import CorruptStoreError, Store, StoreError, StoreTooNewError, StoreWriteError
from coach.store.records import SCHEMA_VERSION

FIXTURES = Path(__file__).parent / "fixtures"


def _store_with_history(data_dir: Path) -> Store:
    store = Store.open(data_dir)
    store.pain.add(pain(4))
    store.settings.set("units", "metric")
    return store


def _temps(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.rglob("*") if ".tmp-" in p.name]


@pytest.mark.parametrize("target", ["os.fsync", "os.replace", "os.write"])
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EIO])
def test_a_failed_write_keeps_the_old_file_and_says_why(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, target: str, code: int
) -> None:
    store = _store_with_history(data_dir)
    before = folder_digest(data_dir)

    def boom(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(target, boom)
    if target == "os.replace":  # a pain entry is an append; make it a whole write
        monkeypatch.setattr("coach.store.journal.MAX_RECORDS", 0)
    with pytest.raises(StoreWriteError) as caught:
        store.pain.add(pain(9, at=T0))
    with pytest.raises(StoreWriteError):
        store.settings.set("units", "imperial")
    monkeypatch.undo()
    message = str(caught.value)
    assert "\n" not in message and "your records were not changed" in message
    assert "pain-" in message or "coach.json" in message  # names the file
    if code == errno.ENOSPC:
        assert "the disk is full" in message and "free some disk space" in message
    assert folder_digest(data_dir) == before
    assert _temps(data_dir) == []
    # memory agrees with disk: the failed entry is not listed, the old setting stays
    assert [e.score for e in store.pain.list()] == [4]
    assert store.settings.get("units") == "metric"
    store.pain.add(pain(2, at=T0))  # and the store still works afterwards
    assert Store.open(data_dir).pain.count() == 2


DAMAGE = {
    "truncated": lambda raw: raw[: len(raw) // 2],
    "garbage": lambda raw: b"\x8f\x01 not json at all {{{",
    "nul-filled": lambda raw: b"\x00" * len(raw),
    "empty": lambda raw: b"",
    "wrong-top-level": lambda raw: b"[1, 2, 3]",
    "bad-record": lambda raw: raw.replace(b'"score":4', b'"score":42'),
}


@pytest.mark.parametrize("kind", list(DAMAGE))
@pytest.mark.parametrize("which", ["coach.json", "history"])
def test_a_damaged_file_is_refused_and_left_byte_identical(
    data_dir: Path, kind: str, which: str
) -> None:
    _store_with_history(data_dir)
    target = (
        data_dir / "coach.json"
        if which == "coach.json"
        else next((data_dir / "history").glob("pain-*.json"))
    )
    if kind == "bad-record" and which == "coach.json":
        raw = target.read_bytes().replace(b'"value":"metric"}', b'"valu":"metric"}')
    else:
        raw = DAMAGE[kind](target.read_bytes())
    target.write_bytes(raw)
    before = folder_digest(data_dir)
    with pytest.raises(CorruptStoreError) as caught:
        store = Store.open(data_dir)
        store.pain.list()  # a damaged month may only be found when read
    err = caught.value
    assert err.path == target
    assert err.newest_backup == data_dir / "backups" / err.newest_backup.name
    assert str(err).count("\n") == 0
    assert str(target) in str(err) and str(err.newest_backup) in str(err)
    assert folder_digest(data_dir) == before


def test_an_empty_file_without_backups_or_history_is_a_new_store(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "coach.json").write_bytes(b"")
    assert Store.open(data_dir).pain.count() == 0


def test_start_empty_moves_the_damaged_file_aside(data_dir: Path) -> None:
    _store_with_history(data_dir)
    (data_dir / "coach.json").write_bytes(b"\x00\x00\x00")
    moved = Store.start_empty(data_dir)
    assert moved.name.startswith("coach.json.damaged-")
    assert moved.read_bytes() == b"\x00\x00\x00"
    store = Store.open(data_dir)
    assert store.settings.get("units") is None  # the damaged file's settings are gone
    assert store.pain.count() == 1  # undamaged history stays


def test_restore_works_when_the_current_store_is_damaged(data_dir: Path, tmp_path: Path) -> None:
    store = _store_with_history(data_dir)
    single = store.backup(tmp_path / "mine.json")
    (data_dir / "coach.json").write_bytes(b"{truncated")
    aside = Store.restore(data_dir, single)
    assert (aside / "coach.json").read_bytes() == b"{truncated"
    restored = Store.open(data_dir)
    assert restored.settings.get("units") == "metric"
    assert [e.score for e in restored.pain.list()] == [4]


def test_a_file_from_a_newer_app_is_refused(data_dir: Path) -> None:
    _store_with_history(data_dir)
    doc = json.loads((data_dir / "coach.json").read_text())
    doc["_meta"]["1"]["schema_version"] = 99
    (data_dir / "coach.json").write_text(json.dumps(doc))
    before = folder_digest(data_dir)
    with pytest.raises(StoreTooNewError, match="newer Rehab Coach") as caught:
        Store.open(data_dir)
    assert "\n" not in str(caught.value)
    assert folder_digest(data_dir) == before


def test_a_v0_store_is_backed_up_then_migrated(data_dir: Path) -> None:
    data_dir.mkdir()
    shutil.copy(FIXTURES / "store_v0.json", data_dir / "coach.json")
    original = (FIXTURES / "store_v0.json").read_bytes()
    store = Store.open(data_dir)
    backups = store.list_backups()
    assert len(backups) == 1 and backups[0].name.startswith("pre-migration-v0-")
    assert (backups[0] / "coach.json").read_bytes() == original
    assert [(e.score, e.note) for e in store.pain.list()] == [(6, "stairs hurt"), (3, "")]
    assert [s.id for s in store.sessions.list()] == ["5e55100000000001", "5e55100000000002"]
    assert [s.id for s in store.sessions.unfinished()] == ["5e55100000000002"]
    assert store.settings.get("units") == "metric"
    assert json.loads((data_dir / "coach.json").read_text())["_meta"]["1"] == {
        "schema_version": SCHEMA_VERSION
    }
    assert sorted(p.name for p in (data_dir / "history").iterdir()) == [
        "pain-2026-09.json",
        "pain-2026-10.json",
        "sessions-2026-10.json",
    ]
    again = Store.open(data_dir)  # opening a migrated store migrates nothing
    assert len(again.list_backups()) == 1 and again.pain.count() == 2


def test_a_damaged_v0_file_is_not_migrated(data_dir: Path) -> None:
    data_dir.mkdir()
    doc = json.loads((FIXTURES / "store_v0.json").read_text())
    doc["pain"]["1"]["score"] = "six"
    (data_dir / "coach.json").write_text(json.dumps(doc))
    before = (data_dir / "coach.json").read_bytes()
    with pytest.raises(CorruptStoreError):
        Store.open(data_dir)
    assert (data_dir / "coach.json").read_bytes() == before
    assert not (data_dir / "history").exists() or not any((data_dir / "history").iterdir())
    assert not (data_dir / "backups").exists()  # nothing to back up before a refusal


def test_windows_sharing_errors_on_replace_are_retried(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach.store import atomic

    store = _store_with_history(data_dir)
    real, failures = os.replace, []

    def busy_twice(src, dst):
        if len(failures) < 2:
            failures.append(dst)
            raise PermissionError(errno.EACCES, "being used by another process")
        real(src, dst)

    monkeypatch.setattr(atomic.sys, "platform", "win32")
    monkeypatch.setattr(atomic, "REPLACE_RETRY_DELAY_S", 0)
    monkeypatch.setattr(atomic.os, "replace", busy_twice)
    store.settings.set("units", "imperial")
    monkeypatch.undo()
    assert len(failures) == 2
    assert Store.open(data_dir).settings.get("units") == "imperial"


def test_logs_name_files_and_error_kinds_but_never_health_data(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    store = Store.open(data_dir)
    secret = "knee-secret-note"
    store.pain.add(pain(7, note=secret))

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.fsync", full)
    with pytest.raises(StoreWriteError):
        store.pain.add(pain(8, note=secret))
    monkeypatch.undo()
    month = next((data_dir / "history").glob("pain-*.json"))
    month.write_bytes(month.read_bytes().replace(b'"score":7', b'"score":77'))
    with pytest.raises(CorruptStoreError):
        Store.open(data_dir).pain.list()
    text = caplog.text
    assert "ENOSPC" in text and str(month) in text
    assert secret not in text and "between 0 and 10" not in text  # no record details


def test_temp_files_left_by_a_killed_writer_are_cleaned_on_the_next_write(
    data_dir: Path,
) -> None:
    _store_with_history(data_dir)
    (data_dir / ".coach.json.tmp-99999").write_bytes(b'{"half":')
    (data_dir / "history" / ".pain-2026-11.json.tmp-99999").write_bytes(b"")
    (data_dir / "backups" / ".auto-2026-11-22.tmp-99999" / "history").mkdir(parents=True)
    store = Store.open(data_dir)
    assert len(_temps(data_dir)) == 3  # opening alone writes nothing
    store.pain.add(pain(1))
    assert _temps(data_dir) == []


def test_a_month_with_a_refused_record_is_not_rewritten_by_a_new_entry(data_dir: Path) -> None:
    long_ago = T0 - timedelta(days=200)  # outside what opening parses
    Store.open(data_dir).pain.add(pain(4, at=long_ago))
    month = next((data_dir / "history").glob("pain-*.json"))
    month.write_bytes(month.read_bytes().replace(b'"score":4', b'"score":42'))
    before = folder_digest(data_dir)
    store = Store.open(data_dir)  # valid JSON, so only a read or a write finds the record
    with pytest.raises(CorruptStoreError):
        store.pain.add(pain(1, at=long_ago))
    assert folder_digest(data_dir) == before


def test_verify_finds_damage_in_a_month_that_opening_did_not_read(data_dir: Path) -> None:
    long_ago = T0 - timedelta(days=200)
    store = Store.open(data_dir)
    store.pain.add(pain(4, at=long_ago))
    store.verify()  # a healthy store passes
    month = next((data_dir / "history").glob("pain-*.json"))
    month.write_bytes(month.read_bytes().replace(b'"score":4', b'"score":42'))
    with pytest.raises(CorruptStoreError) as caught:
        Store.open(data_dir).verify()
    assert caught.value.path == month


def test_a_damaged_session_header_in_an_unread_month_is_the_stores_message(
    data_dir: Path,
) -> None:
    """Routines' last-done days and the chart's session marks read only the headers of
    months not parsed yet; damage there is the same one-line message a full read gives,
    never an internal error."""
    from helpers.store import session

    store = Store.open(data_dir)
    store.sessions.save(session(T0 - timedelta(days=200), sets=2, finished=True))
    store.close()
    month = next((data_dir / "history").glob("sessions-*.json"))
    doc = json.loads(month.read_text())
    for record in doc["sessions"].values():
        record["started_at"] = "yesterday"
    month.write_text(json.dumps(doc))
    before = folder_digest(data_dir)
    fresh = Store.open(data_dir)
    for read in (fresh.sessions.last_done, fresh.sessions.headers):
        with pytest.raises(CorruptStoreError) as caught:
            read()
        assert caught.value.path == month
    fresh.close()
    assert folder_digest(data_dir) == before


def _disk_full(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_day_snapshot_cut_short_by_a_full_disk_leaves_no_partial_copy(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store_with_history(data_dir)
    shutil.rmtree(data_dir / "backups")
    store = Store.open(data_dir)  # a new day's first write takes a snapshot again
    before = folder_digest(data_dir)
    monkeypatch.setattr("shutil.copyfile", _disk_full)
    monkeypatch.setattr("os.write", _disk_full)
    with pytest.raises(StoreWriteError):
        store.pain.add(pain(9))
    monkeypatch.undo()
    assert _temps(data_dir) == []  # a half copy would hold space on a full disk
    assert folder_digest(data_dir) == before


def test_a_restore_cut_short_by_a_full_disk_changes_nothing_and_leaves_no_staging(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _store_with_history(data_dir)
    single = store.backup(tmp_path / "mine.json")
    before = folder_digest(data_dir)
    monkeypatch.setattr("os.write", _disk_full)
    with pytest.raises(StoreError) as caught:
        Store.restore(data_dir, single)
    monkeypatch.undo()
    assert "disk is full" in str(caught.value)
    assert _temps(data_dir) == []
    assert folder_digest(data_dir) == before


def test_start_empty_that_cannot_move_the_file_says_so_plainly(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store_with_history(data_dir)
    (data_dir / "coach.json").write_bytes(b"\x00\x00\x00")

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr("os.replace", denied)
    with pytest.raises(StoreError, match="permission was denied"):
        Store.start_empty(data_dir)
    monkeypatch.undo()
    assert (data_dir / "coach.json").read_bytes() == b"\x00\x00\x00"


# -- issue 9: hostile files are damage, named, never a crash or an empty month ------------

HOSTILE = {
    "deep-nesting": lambda raw: b'{"pain": {"1": ' + b"[" * 50_000 + b"]" * 50_000 + b"}}",
    "long-number": lambda raw: raw.replace(b'"score":4', b'"score":' + b"9" * 5000),
    "lone-surrogate": lambda raw: raw.replace(b'"note":""', b'"note":"\\udc80"'),
    "key-not-a-number": lambda raw: raw.replace(b'{"1":', b'{"one":'),
    "no-table": lambda raw: b"{}",
    "other-table": lambda raw: raw.replace(b'"pain"', b'"sessions"', 1),
    "extra-table": lambda raw: raw[:-1] + b',"sessions":{}}',
    "not-utf8": lambda raw: raw.replace(b"outer knee", b"outer \xff knee"),
}


@pytest.mark.parametrize("kind", list(HOSTILE))
def test_a_hostile_month_file_is_damage_naming_the_file(data_dir: Path, kind: str) -> None:
    _store_with_history(data_dir).close()
    target = next((data_dir / "history").glob("pain-*.json"))
    bad = HOSTILE[kind](target.read_bytes())
    assert bad != target.read_bytes()
    target.write_bytes(bad)
    before = folder_digest(data_dir)
    with pytest.raises(CorruptStoreError) as caught:
        Store.open(data_dir).pain.list()
    assert caught.value.path == target
    message = str(caught.value)
    assert "\n" not in message and target.name in message
    assert folder_digest(data_dir) == before
    assert Store.start_empty(data_dir).name.startswith(target.name + ".damaged-")


@pytest.mark.skipif(os.name != "posix", reason="FIFOs")
def test_a_fifo_or_folder_in_a_store_files_place_is_damage_not_a_hang(data_dir: Path) -> None:
    _store_with_history(data_dir).close()
    target = next((data_dir / "history").glob("pain-*.json"))
    target.unlink()
    os.mkfifo(target)
    with pytest.raises(CorruptStoreError, match="not a regular file"):
        Store.open(data_dir)
    target.unlink()
    target.mkdir()
    with pytest.raises(CorruptStoreError, match="a folder, not a file"):
        Store.open(data_dir)


def test_an_emptied_coach_json_beside_history_is_damage_not_a_store_to_migrate(
    data_dir: Path,
) -> None:
    _store_with_history(data_dir).close()
    (data_dir / "coach.json").write_bytes(b"{}")
    before = folder_digest(data_dir)
    with pytest.raises(CorruptStoreError) as caught:
        Store.open(data_dir)
    assert caught.value.path == data_dir / "coach.json"
    assert folder_digest(data_dir) == before


def test_the_offered_backup_is_the_newest_that_verifies(data_dir: Path) -> None:
    store = _store_with_history(data_dir)
    good = store.backup()
    store.close()
    bad_snapshot = data_dir / "backups" / "auto-2999-01-01"  # newer, holding damage
    shutil.copytree(data_dir / "history", bad_snapshot / "history")
    shutil.copyfile(data_dir / "coach.json", bad_snapshot / "coach.json")
    month = next((bad_snapshot / "history").glob("pain-*.json"))
    month.write_bytes(month.read_bytes().replace(b'"score":4', b'"score":42'))
    (data_dir / "coach.json").write_bytes(b"{")
    with pytest.raises(CorruptStoreError) as caught:
        Store.open(data_dir)
    assert caught.value.newest_backup == good


def test_a_planted_restore_plan_cannot_move_the_store_out(data_dir: Path, tmp_path: Path) -> None:
    _store_with_history(data_dir).close()
    outside = tmp_path / "outside"
    outside.mkdir()
    plan = {"staging": ".restore.tmp-20260101-000000", "aside": str(outside)}
    (data_dir / ".restore.tmp-20260101-000000").mkdir()
    (data_dir / ".restore.tmp-20260101-000000" / "coach.json").write_text("{}")
    (data_dir / "restore-pending.json").write_text(json.dumps(plan))
    before = folder_digest(data_dir)
    with pytest.raises(CorruptStoreError, match="restore --empty"):
        Store.open(data_dir)
    assert folder_digest(data_dir) == before and list(outside.iterdir()) == []


@given(
    st.binary(max_size=300)
    | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass"))
)
@settings(max_examples=300, deadline=None)
def test_any_bytes_in_a_month_file_are_a_document_or_plain_damage(raw: bytes) -> None:
    from coach.store.storage import DamagedFileError, parse_document

    try:
        doc = parse_document(Path("history/pain-2026-11.json"), raw)
    except DamagedFileError as exc:
        assert "\n" not in exc.detail
    else:
        assert list(doc) == ["pain"]


@given(st.text())
def test_escaped_text_holds_no_control_characters(text: str) -> None:
    from coach.domain.text import escape_control, has_control

    shown = escape_control(text)
    assert not has_control(shown)
    shown.encode("utf-8")  # even lone surrogates come out encodable
    if text.isprintable() and text.isascii():
        assert shown == text
