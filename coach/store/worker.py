"""The app's background store work, each in a process of its own, not for people:

- ``rehab-coach --store-check FOLDER``: the full check of every file; prints the store's
  one-line message about the first damaged file (with the backup to restore), or
  nothing.
- ``rehab-coach --daily-backup``: checks and writes the day's snapshot from the bytes
  the app read under the lock (a :class:`~coach.store.backups.CapturedBackup`
  payload on stdin).

Each parses every file that changed (up to 0.3 s of Python at five years). On a thread
of the app's own process that shared the interpreter lock with the GUI, and each of
pyqtgraph's paint callbacks then waited for its turn: a 12 ms paint of the chart took
25-38 ms. A child process shares nothing. It runs at a lower priority and only reads
the store's files (writes are atomic replaces and journal appends, so it never sees
half a file) or writes under ``backups/`` (a temp folder renamed into place, so a
killed worker leaves no half snapshot).
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

CHECK_FLAG = "--store-check"
BACKUP_FLAG = "--daily-backup"
NICENESS = 10  # behind the app's own work, on a machine with one free core or none


def _lower_priority() -> None:
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(NICENESS)


def check_main(argv: list[str]) -> int:
    """Exit 0 with the message about the first damaged file on stdout (nothing when all
    is well); 2 on bad arguments; 3 when the check itself failed (the app then says
    nothing). Finding the backup to name may verify a snapshot: that is done here too,
    not on the app's GUI thread."""
    if len(argv) != 1:
        sys.stderr.write(f"usage: rehab-coach {CHECK_FLAG} FOLDER\n")
        return 2
    _lower_priority()
    from coach.store.errors import CorruptStoreError
    from coach.store.paths import StorePaths
    from coach.store.restore import damaged_files, newest_good_backup

    paths = StorePaths(Path(argv[0]))
    try:
        bad = damaged_files(paths)
        message = str(CorruptStoreError(bad[0], newest_good_backup(paths))) if bad else ""
    except Exception as exc:  # a bug in the check must not read as damage
        sys.stderr.write(f"store check failed: {type(exc).__name__}\n")
        return 3
    if message:
        sys.stdout.write(f"{message}\n")
    return 0


def backup_main(argv: list[str]) -> int:
    """Exit 0 once the snapshot is written (or was not needed: one exists already, or a
    file is damaged, which is logged by the app's next read); 2 on bad arguments or a
    garbled payload; 1 when it could not be written (the reason on stderr)."""
    if argv:
        sys.stderr.write(f"usage: rehab-coach {BACKUP_FLAG} < payload\n")
        return 2
    _lower_priority()
    from coach.store.atomic import plain_reason
    from coach.store.backups import CapturedBackup, auto_backup

    try:
        captured = CapturedBackup.from_payload(sys.stdin.buffer.read())
    except (ValueError, KeyError, TypeError):
        sys.stderr.write("daily backup: the payload was garbled; nothing written\n")
        return 2
    try:
        auto_backup(captured.paths, captured.today, captured.raw)
    except OSError as exc:
        sys.stderr.write(f"daily backup failed: {plain_reason(exc)}\n")
        return 1
    return 0
