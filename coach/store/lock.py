"""The write lock: at most one process writes a data folder at a time.

Held only around one write transaction (milliseconds), never while the app is merely
open, so a command-line write next to a running GUI normally just waits its turn.
If the lock is not free within ``timeout_ms`` (3 s by default) the write fails with
:class:`StoreLockedError` and nothing is changed.

It is a kernel lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) on the file
``coach.lock``, which the store opens once and keeps open while it lives (and deletes
when it closes, if nobody else holds it). Taking and
dropping it is one system call each: no file is created, written or synced per write
(QLockFile, used before, cost a create, a write and an fsync of its own file on every
write, a third of a durable write's time). The kernel drops the lock when its holder
dies, however it dies, so a writer killed by ``kill -9`` never blocks the folder, and
no pid is read back (a killed writer's pid taken by a newer process cannot fool it).

``flock`` is the lock QLockFile itself takes on its file on Linux, so an older Rehab
Coach writing the same folder is kept out too. Such a writer deletes the lock file when
it is done; a lock taken on a file that has since left its name would lock nothing,
so after taking the lock the file is checked to still be the one under the name, and
opened again if not.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import StoreLockedError, StoreWriteError

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT_MS = 3000
POLL_FIRST_S = 0.002  # a waiting writer looks again soon (writes take ~1 ms)...
POLL_MAX_S = 0.05  # ...then less often
WINDOWS = os.name == "nt"

if WINDOWS:  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # one byte; it may lie past the end
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EDEADLK):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN, errno.EACCES):
                return False
            raise
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class WriteLock:
    """Re-entrant within one thread, so a transaction may call helpers that lock too.

    ``keep_open`` keeps the lock file open between holds (the store's own lock, for its
    lifetime, until :meth:`close`); a lock made for one hold closes it afterwards."""

    def __init__(
        self, path: Path, timeout_ms: int = DEFAULT_TIMEOUT_MS, keep_open: bool = False
    ) -> None:
        self.path = Path(path)
        self.timeout_ms = timeout_ms
        self.keep_open = keep_open
        self._fd: int | None = None
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
                    self._release()

    def close(self) -> None:
        """Close the lock file, and delete it when no other process holds it, so a
        folder is left as tidy as before the store opened it (a writer waiting on the
        deleted file notices and opens a new one)."""
        with self._thread_lock:
            if self._depth != 0 or self._fd is None:
                return
            try:
                if _try_lock(self._fd):
                    if self._still_named(self._fd):
                        self.remove_file()
                    _unlock(self._fd)
            except OSError as exc:
                log.warning("could not tidy the lock file %s: %s", self.path, exc.strerror)
            finally:
                self._close_fd()

    def remove_file(self) -> None:
        """Delete the lock file; only while holding the lock (a writer that opened the
        old file meanwhile sees it left its name and opens the new one). Windows refuses
        to delete an open file: there it stays, empty and harmless."""
        try:
            os.unlink(self.path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            log.info("lock file left in place: %s (%s)", self.path, exc.strerror)

    # -- internals -------------------------------------------------------------------
    def _acquire(self) -> None:
        deadline = time.monotonic() + self.timeout_ms / 1000
        pause = POLL_FIRST_S
        while True:
            fd = self._open()
            try:
                locked = _try_lock(fd)
            except OSError as exc:
                self._close_fd()
                raise self._unusable(exc) from None
            if locked:
                if self._still_named(fd):
                    return
                _unlock(fd)
                self._close_fd()  # the name now leads to a new file: lock that one
                continue
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                if not self.keep_open:
                    self._close_fd()
                log.warning("write lock busy: %s", self.path)
                raise StoreLockedError(self.path)
            time.sleep(min(pause, remaining))
            pause = min(pause * 2, POLL_MAX_S)

    def _release(self) -> None:
        if self._fd is None:
            return
        try:
            _unlock(self._fd)
        finally:
            if not self.keep_open:
                self._close_fd()

    def _open(self) -> int:
        if self._fd is not None:
            return self._fd
        self._refuse_if_not_a_file()
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        flags |= getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(self.path, flags, 0o600)
        except OSError as exc:
            self._refuse_if_not_a_file()  # a folder or a link made in the meantime
            raise self._unusable(exc) from None
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            self._refuse_if_not_a_file()
            raise self._unusable(OSError(errno.EINVAL, "not a regular file"))
        self._fd = fd
        return fd

    def _still_named(self, fd: int) -> bool:
        """The locked file is still the one called ``coach.lock`` (POSIX: a file may be
        deleted while open; Windows does not allow that)."""
        if WINDOWS:
            return True
        try:
            st = os.stat(self.path, follow_symlinks=False)
        except FileNotFoundError:
            return False
        mine = os.fstat(fd)
        return (st.st_ino, st.st_dev) == (mine.st_ino, mine.st_dev)

    def _close_fd(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)

    def _unusable(self, exc: OSError) -> StoreWriteError:
        log.error(
            "write lock unusable (%s): %s", errno.errorcode.get(exc.errno or 0, "?"), self.path
        )
        return StoreWriteError(
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
