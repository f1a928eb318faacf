"""The write lock: at most one process writes a data folder at a time.

Held only around one write transaction (milliseconds), never while the app is merely
open, so a command-line write next to a running GUI normally just waits its turn.
If the lock is not free within ``timeout_ms`` (3 s by default) the write fails with
:class:`StoreLockedError` and nothing is changed. ``QLockFile`` writes the holder's
pid and host into the lock file and treats it as stale when that process is gone, so
a writer killed mid-transaction does not block the folder (one killed in the instant
between creating the lock file and writing its pid leaves an empty file, which is
removed once it is a second old).
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QLockFile

from .errors import StoreLockedError, StoreWriteError

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_MS = 3000
STALE_AFTER_MS = 30_000
POLL_MS = 250
EMPTY_STALE_S = 1.0


class WriteLock:
    """Re-entrant within one thread, so a transaction may call helpers that lock too."""

    def __init__(self, path: Path, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        self.path = Path(path)
        self.timeout_ms = timeout_ms
        self._qlock = QLockFile(str(self.path))
        self._qlock.setStaleLockTime(STALE_AFTER_MS)
        self._depth = 0
        self._thread_lock = threading.RLock()

    @contextmanager
    def hold(self) -> Iterator[None]:
        with self._thread_lock:
            if self._depth == 0:
                self._acquire()
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._qlock.unlock()

    def _acquire(self) -> None:
        deadline = time.monotonic() + self.timeout_ms / 1000
        while True:
            remaining = int((deadline - time.monotonic()) * 1000)
            if self._qlock.tryLock(max(0, min(remaining, POLL_MS))):
                return
            self._refuse_if_not_a_file()
            if remaining <= 0 or self._qlock.error() != QLockFile.LockError.LockFailedError:
                break
            self._remove_if_half_written()
        err = self._qlock.error()
        if err == QLockFile.LockError.LockFailedError:
            log.warning("write lock busy: %s", self.path)
            raise StoreLockedError(self.path)
        log.error("write lock unusable (%s): %s", err.name, self.path)
        raise StoreWriteError(
            "Could not save: the data folder cannot be locked (permission or disk problem). "
            "Nothing was changed.",
            self.path,
        )

    def _refuse_if_not_a_file(self) -> None:
        """A folder (or a FIFO...) where the lock file goes is not another writer:
        waiting would never help, so say what it is instead of "busy, try again"."""
        if self.path.is_symlink() or (self.path.exists() and not self.path.is_file()):
            log.error("lock file is not a file: %s", self.path)
            raise StoreWriteError(
                f"Could not save: {self.path} should be Rehab Coach's lock file but is a "
                "folder or something else; move it away and try again. Your records were not "
                "changed.",
                self.path,
            )

    def _remove_if_half_written(self) -> None:
        """Remove a lock file whose writer is gone although QLockFile thinks it lives.

        Two cases: a writer killed between creating the lock file and writing its pid
        leaves an empty file; and a killed writer's pid taken by a newer process (pids
        wrap at 32,768 on Linux, seconds apart on a busy machine) looks alive to
        QLockFile, which then waits ``STALE_AFTER_MS``. Both would make a write fail as
        "busy" after the timeout although nobody holds the lock."""
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return
        old_enough = time.time() - st.st_mtime > EMPTY_STALE_S
        abandoned = old_enough and (st.st_size == 0 or _holder_pid_reused(self.path, st))
        # QLockFile removes it only if no live holder has it flock()ed, so a lock file
        # re-created by another process in the meantime survives.
        if abandoned and self._qlock.removeStaleLockFile():
            log.warning("removed an abandoned lock file: %s", self.path)


def _holder_pid_reused(path: Path, st: os.stat_result) -> bool:
    """True when the pid written in the lock file belongs to a process that started after
    the file was written, so it cannot be the writer that wrote it. Linux only (it reads
    /proc); elsewhere QLockFile's own checks stand."""
    proc = Path("/proc")
    if not (proc / "self" / "stat").exists():
        return False
    try:
        pid = int(path.read_bytes().split(b"\n", 1)[0])
        started = _process_start(proc / str(pid) / "stat")
    except (OSError, ValueError):
        return False
    return started is not None and started > st.st_mtime + 1.0


def _process_start(stat_file: Path) -> float | None:
    """A process's start as a Unix time, from /proc/PID/stat and the boot time."""
    fields = stat_file.read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[19])  # field 22 of stat, counted after the command's ")"
    boot = next(
        float(line.split()[1])
        for line in Path("/proc/stat").read_text().splitlines()
        if line.startswith("btime ")
    )
    return boot + ticks / os.sysconf("SC_CLK_TCK")
