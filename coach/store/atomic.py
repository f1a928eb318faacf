"""All-or-nothing file writes: temp file beside the target, fsync, atomic replace.

Killing the process at any instant leaves either the old file or the new one, never
a mix: the temp file is only renamed over the target after its bytes are on disk, and
the folder is fsynced afterwards so the rename itself survives a power cut (POSIX).
Any failure removes the temp file and raises :class:`StoreWriteError` with a plain
message; the target is not touched, so it stays byte-identical.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import shutil
import sys
import time
from pathlib import Path

from .errors import StoreWriteError
from .paths import MAIN_FILE

log = logging.getLogger(__name__)

FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_MARK = ".tmp-"
JOURNAL_SUFFIX = ".journal"  # a file's append-only journal (see coach.store.journal)
# Windows: a virus scanner or indexer may hold the target open for a moment.
REPLACE_RETRIES = 20
REPLACE_RETRY_DELAY_S = 0.05


def journal_path(path: Path) -> Path:
    """``history/pain-2026-12.json`` → ``history/pain-2026-12.json.journal``."""
    return path.with_name(path.name + JOURNAL_SUFFIX)


def write_all(fd: int, data: bytes) -> None:
    """``os.write`` until every byte is out (a write may take only part of them)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


POSIX = os.name == "posix"

_PLAIN = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EIO: "the disk reported an input/output error",
    errno.EROFS: "the disk is read-only",
    errno.EACCES: "permission was denied",
    errno.EPERM: "permission was denied",
    errno.ELOOP: "it is a link, which Rehab Coach does not follow there",
}


_WAY_OUT = {
    errno.ENOSPC: " (free some disk space and try again)",
    errno.EDQUOT: " (free some disk space and try again)",
    errno.EROFS: " (the data folder must be on a writable disk)",
    errno.EACCES: " (check that you may write to {folder})",
    errno.EPERM: " (check that you may write to {folder})",
}


def plain_reason(exc: OSError, verb: str = "write") -> str:
    if isinstance(exc, IsADirectoryError):
        return "a folder is where a file should be"
    if isinstance(exc, NotADirectoryError | FileExistsError):
        return "a file is where a folder should be"
    return _PLAIN.get(exc.errno or 0, f"the operating system refused the {verb}")


def write_error(exc: OSError, path: Path) -> StoreWriteError:
    log.error("write failed for %s: %s", path, errno.errorcode.get(exc.errno or 0, "unknown"))
    return StoreWriteError(
        f"Could not save {path}: {plain_reason(exc)}; your records were not changed"
        f"{_WAY_OUT.get(exc.errno or 0, '').format(folder=path.parent)}.",
        path,
        exc.errno,
    )


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) owner-only on POSIX.

    A folder this call creates is made 0700 (mkdir's mode is cut by the umask). One
    that already existed only loses group and other bits, never gains any, and only
    when it is empty or already part of a store: ``--data-dir ~/Documents`` must not
    lock the person's own files away, and a data folder they made read-only (0500)
    must not be made writable again by a command that only reads. A link is never
    followed to change modes. The store's files are 0600 in any case."""
    if path.is_symlink():
        return
    existed = path.is_dir()
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    if not POSIX:
        return
    if not existed:
        os.chmod(path, DIR_MODE)
        return
    mode = path.stat().st_mode & 0o777
    ours = (
        not any(path.iterdir())
        or (path / MAIN_FILE).exists()
        or (path.parent / MAIN_FILE).exists()  # history/, backups/ beside the store
    )
    if ours and mode & ~DIR_MODE:
        os.chmod(path, mode & DIR_MODE)


def fsync_dir(path: Path) -> None:
    """Make a rename inside ``path`` durable; Windows has no directory handles to sync."""
    if not POSIX:
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace(src: str, dst: str) -> None:
    for attempt in range(REPLACE_RETRIES):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == REPLACE_RETRIES - 1:
                raise
            time.sleep(REPLACE_RETRY_DELAY_S)


def temp_path_for(path: Path) -> Path:
    return path.with_name(f".{path.name}{TEMP_MARK}{os.getpid()}")


def atomic_write_bytes(path: Path, data: bytes, keep_open: bool = False) -> int | None:
    """Replace ``path`` with ``data`` all-or-nothing (mode 0600); raise StoreWriteError.

    Removes ``path``'s sidecar journal after the replace (see :mod:`coach.store.journal`).

    ``keep_open`` (POSIX): return the written file's descriptor, still open, instead of
    closing it: the caller then holds the very inode now at ``path`` (see the pinning
    in :mod:`coach.store.storage`) and must close it. ``None`` on Windows."""
    tmp = temp_path_for(path)
    fd = -1
    try:
        if not path.parent.is_dir():
            ensure_private_dir(path.parent)
        fd = os.open(
            tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), FILE_MODE
        )
        try:
            write_all(fd, data)
            if POSIX:
                os.fchmod(fd, FILE_MODE)  # in case a stale temp existed with other bits
            os.fsync(fd)
        finally:
            if not (keep_open and POSIX):
                os.close(fd)
                fd = -1
        _replace(str(tmp), str(path))
    except OSError as exc:
        _close_quietly(fd)
        _remove_quietly(tmp)
        raise write_error(exc, path) from None
    except BaseException:
        _close_quietly(fd)
        _remove_quietly(tmp)
        raise
    # The new file holds everything: its journal (see coach.store.journal), if any, is
    # folded in or deliberately replaced. A journal left behind (a kill before this
    # unlink, a Windows scanner holding it) names the old file's digest, so every
    # reader ignores it and the next append removes it.
    try:
        os.unlink(journal_path(path))
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("could not remove the journal of %s: %s", path, exc.strerror)
    try:
        fsync_dir(path.parent)
    except OSError as exc:
        # The new file is already in place, so "nothing was changed" would be false;
        # only the rename's durability across a power cut is in doubt.
        log.warning("folder fsync failed for %s: %s", path.parent, exc.strerror)
    return fd if fd >= 0 else None


def _close_quietly(fd: int) -> None:
    if fd >= 0:
        with contextlib.suppress(OSError):
            os.close(fd)


def _remove_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.warning("could not remove temp file %s: %s", path, exc.strerror)


def sweep_temps(folder: Path) -> int:
    """Remove temp files and folders left by a killed writer; call only while holding
    the write lock (writers create temps only while they hold it)."""
    removed = 0
    if not folder.is_dir():
        return 0
    for entry in folder.iterdir():
        if entry.name.startswith(".") and TEMP_MARK in entry.name:
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                _remove_quietly(entry)
            removed += 1
    return removed
