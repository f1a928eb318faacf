"""Backups, restore, thinning and the write lock between two processes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers.store import T0, folder_digest, pain, session
from hypothesis import given
from hypothesis import strategies as st

from coach.store import Store, StoreError, StoreLockedError
from coach.store import backups as bk
from coach.store.lock import DEFAULT_TIMEOUT_MS
from coach.store.paths import StorePaths


def _filled(data_dir: Path) -> Store:
    store = Store.open(data_dir)
    store.pain.add(pain(4))
    store.pain.add(pain(6, at=T0 - timedelta(days=40)))
    store.sessions.save(session(finished=True, sets=2))
    store.sessions.save(session(sets=1))
    store.settings.set("units", "metric")
    return store


def test_single_file_backup_holds_every_file_and_restores_elsewhere(
    data_dir: Path, tmp_path: Path
) -> None:
    store = _filled(data_dir)
    out = store.backup(tmp_path / "backup.json")
    doc = json.loads(out.read_text())
    assert doc["format"] == "rehab-coach-backup"
    assert set(doc["files"]) == {
        "coach.json",
        "history/pain-2026-09.json",
        "history/pain-2026-11.json",
        "history/sessions-2026-11.json",
    }
    other = tmp_path / "other"
    Store.restore(other, out)
    restored = Store.open(other)
    assert restored.pain.list() == store.pain.list()
    assert restored.sessions.list() == store.sessions.list()
    assert restored.sessions.unfinished() == store.sessions.unfinished()
    assert restored.settings.get("units") == "metric"


def test_restore_keeps_the_current_files_aside(data_dir: Path, tmp_path: Path) -> None:
    store = _filled(data_dir)
    out = store.backup(tmp_path / "b.json")
    store.pain.add(pain(9, at=T0 + timedelta(hours=2)))
    current = (data_dir / "history" / "pain-2026-11.json").read_bytes()
    aside = Store.restore(data_dir, out)
    assert (aside / "history" / "pain-2026-11.json").read_bytes() == current
    assert sorted(e.score for e in Store.open(data_dir).pain.list()) == [4, 6]
    assert sorted(e.score for e in store.pain.list()) == [4, 6]  # an open store sees it too


def test_two_restores_within_one_second_both_keep_the_files_they_replace(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A double click on Restore, or a script: the second restore used to find the
    first one's ``replaced-...`` folder, fail half way and leave a plan that no later
    open could finish, locking the person out of their data."""
    from coach.store import restore as rs

    store = _filled(data_dir)
    out = store.backup(tmp_path / "b.json")
    now = rs.wall_now()
    monkeypatch.setattr(rs, "wall_now", lambda: now)
    first = Store.restore(data_dir, out)
    store.settings.set("units", "imperial")
    second = Store.restore(data_dir, out)
    assert second != first
    assert b"imperial" in (second / "coach.json").read_bytes()
    assert b"imperial" not in (first / "coach.json").read_bytes()
    assert not (data_dir / rs.PENDING).exists()
    assert Store.open(data_dir).settings.get("units") == "metric"


def test_the_daily_snapshot_restores(data_dir: Path) -> None:
    store = _filled(data_dir)
    snap = store.list_backups()[0]
    Store.restore(data_dir, snap)
    assert Store.open(data_dir).pain.count() == 0  # taken before the day's first change


BAD_BACKUPS = {
    "truncated": lambda raw: raw[: len(raw) // 2],
    "not-a-backup": lambda raw: b'{"hello": "world"}',
    "path-escape": lambda raw: raw.replace(b'"coach.json"', b'"../evil.json"'),
    "bad-record": lambda raw: raw.replace(b'"score":4', b'"score":11'),
}


@pytest.mark.parametrize("kind", list(BAD_BACKUPS))
def test_a_bad_backup_is_refused_and_nothing_changes(
    data_dir: Path, tmp_path: Path, kind: str
) -> None:
    store = _filled(data_dir)
    out = store.backup(tmp_path / "b.json")
    out.write_bytes(BAD_BACKUPS[kind](out.read_bytes()))
    before = folder_digest(data_dir)
    with pytest.raises(StoreError, match="Cannot restore from") as caught:
        Store.restore(data_dir, out)
    assert "\n" not in str(caught.value)
    assert folder_digest(data_dir) == before


def test_an_interrupted_restore_is_finished_on_open(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coach.store import restore as rs

    store = _filled(data_dir)
    out = store.backup(tmp_path / "b.json")
    store.settings.set("units", "imperial")

    def die_after_plan(paths):
        raise KeyboardInterrupt  # the process "dies" once the plan is on disk

    monkeypatch.setattr(rs, "_roll_forward", die_after_plan)
    with pytest.raises(KeyboardInterrupt):
        Store.restore(data_dir, out)
    monkeypatch.undo()
    assert (data_dir / rs.PENDING).exists()
    assert Store.open(data_dir).settings.get("units") == "metric"
    assert not (data_dir / rs.PENDING).exists()


def test_thinning_keeps_14_daily_8_weekly_12_monthly(tmp_path: Path) -> None:
    paths = StorePaths(tmp_path)
    today = date(2026, 11, 22)
    for n in range(400):
        (paths.backups / f"auto-{(today - timedelta(days=n)).isoformat()}").mkdir(parents=True)
    bk.thin(paths)
    kept = sorted(date.fromisoformat(p.name[5:]) for p in paths.backups.iterdir())
    days = {d for d in kept if (today - d).days < 14}
    assert len(days) == 14
    weeks = {d.isocalendar()[:2] for d in kept}
    months = {(d.year, d.month) for d in kept}
    assert len(weeks) >= 8 and len(months) == 12
    assert len(kept) <= 14 + 8 + 12
    assert min(kept) >= today - timedelta(days=366)


HOLDER = """
import sys, time
from pathlib import Path
from coach.store.lock import WriteLock
with WriteLock(Path(sys.argv[1])).hold():
    print("locked", flush=True)
    sys.stdin.read()
"""


def test_a_second_writer_waits_for_the_lock_then_fails_plainly(data_dir: Path) -> None:
    store = Store.open(data_dir, lock_timeout_ms=700)
    store.pain.add(pain(1))
    before = folder_digest(data_dir)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir / "coach.lock")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        t0 = time.monotonic()
        with pytest.raises(StoreLockedError) as caught:
            store.pain.add(pain(2))
        assert time.monotonic() - t0 >= 0.6  # it waited before giving up
        assert str(caught.value).startswith("Rehab Coach is busy writing")
        assert "try again" in str(caught.value)
        assert folder_digest(data_dir) == before
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
        holder.stdout.close()
    store.pain.add(pain(2))  # once the other process is done, writing works
    assert store.pain.count() == 2
    assert DEFAULT_TIMEOUT_MS == 3000


def test_an_empty_lock_file_left_by_a_killed_writer_does_not_block(data_dir: Path) -> None:
    import os

    store = Store.open(data_dir)
    lock = data_dir / "coach.lock"
    lock.write_bytes(b"")  # killed between creating the lock file and writing its pid
    old = time.time() - 5
    os.utime(lock, (old, old))
    store.pain.add(pain(3))
    assert store.pain.count() == 1


def test_a_backup_of_a_damaged_store_is_refused_naming_the_file(
    data_dir: Path, tmp_path: Path
) -> None:
    from coach.store import CorruptStoreError

    store = _filled(data_dir)
    month = data_dir / "history" / "pain-2026-09.json"
    month.write_bytes(month.read_bytes().replace(b'"score":6', b'"score":66'))
    with pytest.raises(CorruptStoreError) as caught:
        store.backup(tmp_path / "b.json")
    assert caught.value.path == month
    assert not (tmp_path / "b.json").exists()


def test_damaging_a_live_file_in_place_leaves_the_daily_snapshot_intact(
    data_dir: Path,
) -> None:
    _filled(data_dir).close()
    snapshot = bk.snapshot(StorePaths(data_dir), "auto-2026-01-01")
    before = folder_digest(snapshot)
    for live in (data_dir / "coach.json", data_dir / "history" / "pain-2026-09.json"):
        with live.open("r+b") as fh:  # an editor or sync tool writing over the same inode
            fh.write(b"\0" * 64)
    assert folder_digest(snapshot) == before
    Store.restore(data_dir, snapshot)
    restored = Store.open(data_dir)
    assert restored.settings.get("units") == "metric"
    assert restored.pain.count() == 2
    restored.close()


def test_the_start_up_backup_is_taken_once_and_spares_the_first_write(data_dir: Path) -> None:
    _filled(data_dir).close()
    paths = StorePaths(data_dir)
    for snap in bk.list_backups(paths):
        shutil.rmtree(snap)
    store = Store.open(data_dir)
    store.daily_backup()
    snaps = bk.list_backups(paths)
    assert [p.name for p in snaps] == [f"auto-{date.today().isoformat()}"]
    copied = folder_digest(snaps[0])
    assert copied.pop(bk.VERIFIED_MARK) is not None  # checked as it was taken
    assert copied == folder_digest_of_store(data_dir)
    store.pain.add(pain(2))
    assert bk.list_backups(paths) == snaps  # no second copy in the same day
    store.close()


def _a_new_day(data_dir: Path) -> tuple[Store, StorePaths]:
    """A filled store with no snapshot yet (the day's copy is due), opened."""
    _filled(data_dir).close()
    paths = StorePaths(data_dir)
    for snap in bk.list_backups(paths):
        shutil.rmtree(snap)
    return Store.open(data_dir), paths


def test_the_start_up_backup_taken_after_the_window_holds_the_store_as_it_was(
    data_dir: Path,
) -> None:
    """The app reads the files at once and writes the copy on a worker thread: a pain
    entry saved in between is in the store, not in the day's "before" copy."""
    store, paths = _a_new_day(data_dir)
    before = folder_digest_of_store(data_dir)
    write = store.capture_daily_backup()
    assert write is not None
    store.pain.add(pain(7))  # the person logs pain while the copy is being written
    assert bk.list_backups(paths) == []  # that write did not take a second copy
    write()
    snaps = bk.list_backups(paths)
    assert [p.name for p in snaps] == [f"auto-{date.today().isoformat()}"]
    copied = folder_digest(snaps[0])
    assert copied.pop(bk.VERIFIED_MARK) is not None
    assert copied == before
    assert store.pain.count() == 3
    assert store.capture_daily_backup() is None  # once a day
    store.close()


def test_a_start_up_backup_cut_short_by_a_full_disk_leaves_no_partial_copy(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _filled(data_dir).close()
    paths = StorePaths(data_dir)
    shutil.rmtree(paths.backups)
    store = Store.open(data_dir)
    write = store.capture_daily_backup()
    assert write is not None

    def disk_full(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.write", disk_full)
    write()  # logged, not raised: the worker thread has nobody to tell
    monkeypatch.undo()
    assert list(paths.backups.iterdir()) == []  # no half copy holding the space
    store.pain.add(pain(3))  # and the store still writes
    store.close()


def test_no_start_up_backup_is_captured_when_today_has_one(data_dir: Path) -> None:
    store = _filled(data_dir)
    store.daily_backup()
    assert store.capture_daily_backup() is None
    store.close()
    reopened = Store.open(data_dir)
    assert reopened.capture_daily_backup() is None  # found on disk, not remembered
    reopened.close()


def folder_digest_of_store(data_dir: Path) -> dict[str, str]:
    return {
        k: v
        for k, v in folder_digest(data_dir).items()
        if k == "coach.json" or k.startswith("history/")
    }


def test_a_folder_that_is_not_a_snapshot_is_refused_saying_so(
    data_dir: Path, tmp_path: Path
) -> None:
    _filled(data_dir)
    before = folder_digest(data_dir)
    (tmp_path / "photos").mkdir()
    with pytest.raises(StoreError, match=r"it holds no coach\.json") as caught:
        Store.restore(data_dir, tmp_path / "photos")
    assert "does not exist" not in str(caught.value)
    assert folder_digest(data_dir) == before


def test_a_backups_folder_that_cannot_be_made_is_a_plain_store_error(data_dir: Path) -> None:
    store = _filled(data_dir)
    shutil.rmtree(data_dir / "backups")
    (data_dir / "backups").write_bytes(b"")  # a file where the folder should be
    with pytest.raises(StoreError, match=r"Could not use .*backups"):
        store.backup()


@given(
    raw=st.dictionaries(
        st.from_regex(r"[a-z]{1,8}(/[a-z]{1,8})?\.json", fullmatch=True), st.binary(max_size=64)
    ),
    cut=st.integers(min_value=1, max_value=64),
)
def test_a_captured_backup_survives_the_trip_to_its_process_and_a_cut_one_is_refused(raw, cut):
    """The daily backup's process rebuilds exactly the bytes read under the lock; a
    payload cut short (a child killed while reading) writes nothing."""
    captured = bk.CapturedBackup(StorePaths(Path("/data/folder")), date(2026, 12, 7), raw)
    payload = captured.payload()
    again = bk.CapturedBackup.from_payload(payload)
    assert again == captured
    if raw and any(raw.values()):
        with pytest.raises(ValueError):
            bk.CapturedBackup.from_payload(
                payload[: max(payload.index(b"\n") + 1, len(payload) - cut)]
            )


def test_the_daily_backup_process_writes_the_copy_from_its_stdin(data_dir):
    store, paths = _a_new_day(data_dir)
    before = folder_digest_of_store(data_dir)
    captured = store.capture_daily_backup()
    store.pain.add(pain(7))  # after the capture: not in the day's "before" copy
    run = subprocess.run(
        [sys.executable, "-m", "coach", "--daily-backup"],
        input=captured.payload(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    store.close()
    assert run.returncode == 0, run.stderr
    snaps = bk.list_backups(paths)
    assert [p.name for p in snaps] == [f"auto-{date.today().isoformat()}"]
    copied = folder_digest(snaps[0])
    assert copied.pop(bk.VERIFIED_MARK) is not None
    assert copied == before


def test_a_garbled_payload_writes_no_backup(data_dir):
    _a_new_day(data_dir)[0].close()
    run = subprocess.run(
        [sys.executable, "-m", "coach", "--daily-backup"],
        input=b'{"root": "'
        + str(data_dir).encode()
        + b'", "today": "2026-12-07", "files": [["coach.json", 99]]}\n{}',
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 2
    assert b"garbled" in run.stderr
    assert bk.list_backups(StorePaths(data_dir)) == []
