"""The write lock is never held by a writer that is gone, and always by one that lives.

A killed writer leaves its lock file behind. The lock used to be QLockFile's, which
calls a lock stale when the pid in the file is no longer running; on a busy Linux
machine pids wrap (at 32,768) within seconds, so a newer process could carry that pid
and the next write failed as "busy" (seen in CI's kill test). The kernel lock that
replaced it dies with its holder whatever the file says; these tests keep it so.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from coach.domain.pain import PainEntry
from coach.store import Store

HOLD = (
    "import os, sys, time\n"
    "from pathlib import Path\n"
    "from coach.store.lock import WriteLock\n"
    "with WriteLock(Path(sys.argv[1])).hold():\n"
    "    Path(sys.argv[1]).write_text(f'{os.getpid()}\\nhost\\n')\n"
    "    print('locked', flush=True); time.sleep(60)\n"
)
# An older Rehab Coach (before the kernel lock) writing the same folder: QLockFile.
HOLD_QLOCKFILE = (
    "import sys, time\n"
    "from PySide6.QtCore import QLockFile\n"
    "lock = QLockFile(sys.argv[1]); lock.setStaleLockTime(30000); lock.lock()\n"
    "print('locked', flush=True); time.sleep(60)\n"
)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_a_dead_writers_lock_whose_pid_was_taken_by_a_newer_process_does_not_block(data_dir):
    store = Store.open(data_dir, lock_timeout_ms=3000)
    lock = data_dir / "coach.lock"
    writer = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(lock)], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout and writer.stdout.readline().strip() == "locked"
    os.kill(writer.pid, signal.SIGKILL)  # killed mid-write: its lock file stays
    writer.wait()
    writer.stdout.close()
    # A newer python process gets the dead writer's pid (here: its pid is written into
    # the lock file instead), and the lock file is a few seconds older than it.
    newer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lines = lock.read_bytes().split(b"\n")
        lock.write_bytes(b"\n".join([str(newer.pid).encode(), *lines[1:]]))
        past = time.time() - 10
        os.utime(lock, (past, past))
        started = time.monotonic()
        store.pain.add(PainEntry(score=3, at=datetime(2026, 11, 30, 8, tzinfo=UTC)))
        assert time.monotonic() - started < 2.5  # well before the 3 s timeout
        assert [e.score for e in store.pain.list()] == [3]
    finally:
        newer.kill()
        newer.wait()
        store.close()


def test_a_live_writers_lock_is_respected(data_dir):
    store = Store.open(data_dir, lock_timeout_ms=600)
    lock = data_dir / "coach.lock"
    writer = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(lock)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout and writer.stdout.readline().strip() == "locked"
        past = time.time() - 10
        os.utime(lock, (past, past))  # old, but its writer lives and holds it
        from coach.store import StoreLockedError

        with pytest.raises(StoreLockedError):
            store.pain.add(PainEntry(score=3, at=datetime(2026, 11, 30, 8, tzinfo=UTC)))
        assert store.pain.list() == []
    finally:
        writer.kill()
        writer.wait()
        if writer.stdout:
            writer.stdout.close()
        store.close()


def test_an_older_versions_qlockfile_writer_is_kept_out_while_it_lives(data_dir):
    """QLockFile flock()s its file on Linux, so a Rehab Coach from before the kernel
    lock, writing the same folder at the same moment, is waited for, not overrun."""
    from coach.store import StoreLockedError

    store = Store.open(data_dir, lock_timeout_ms=600)
    store.lock.close()  # deletes the lock file, as an older version does after each write
    lock = data_dir / "coach.lock"
    assert not lock.exists()
    writer = subprocess.Popen(
        [sys.executable, "-c", HOLD_QLOCKFILE, str(lock)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout and writer.stdout.readline().strip() == "locked"
        with pytest.raises(StoreLockedError):
            store.pain.add(PainEntry(score=3, at=datetime(2026, 11, 30, 8, tzinfo=UTC)))
        assert store.pain.list() == []
    finally:
        writer.kill()
        writer.wait()
        if writer.stdout:
            writer.stdout.close()
    store.pain.add(PainEntry(score=4, at=datetime(2026, 11, 30, 9, tzinfo=UTC)))
    assert [e.score for e in store.pain.list()] == [4]
    store.close()


def test_a_lock_file_deleted_and_made_again_while_waiting_is_not_a_second_lock(data_dir):
    """A writer waiting on the old file must not take a lock on a file that lost its name
    while another process locks the new one: two writers at once."""
    from coach.store import StoreLockedError

    store = Store.open(data_dir, lock_timeout_ms=600)
    lock = data_dir / "coach.lock"
    store.pain.add(PainEntry(score=1, at=datetime(2026, 11, 30, 7, tzinfo=UTC)))  # file open
    lock.unlink()
    writer = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(lock)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert writer.stdout and writer.stdout.readline().strip() == "locked"
        with pytest.raises(StoreLockedError):
            store.pain.add(PainEntry(score=3, at=datetime(2026, 11, 30, 8, tzinfo=UTC)))
        assert [e.score for e in store.pain.list()] == [1]
    finally:
        writer.kill()
        writer.wait()
        if writer.stdout:
            writer.stdout.close()
        store.close()
