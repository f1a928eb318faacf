"""The write lock is never held by a writer that is gone.

A killed writer leaves its lock file behind; QLockFile calls it stale when the pid in it
is no longer running. On a busy Linux machine pids wrap (at 32,768) within seconds, so a
newer process can carry that pid, and QLockFile then believes the dead writer lives and
waits 30 s: the next write failed as "busy" (seen in CI's kill test).
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
