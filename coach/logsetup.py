"""One log file per data folder, for the command line and the GUI alike.

The log lives at ``<data dir>/logs/rehab-coach.log``, rotates at 1 MB (three old
files kept) and is readable by the owner only, because it sits beside health records.
It is opened lazily: nothing is created on disk until something is logged, so a
refused command leaves the data folder exactly as it was.

Health data (scores, notes, locations) never goes into the log. Callers log what
happened ("pain entry added"), never the values; :func:`log_unexpected` writes the
stack of a crash without the exception's message, which may quote user input.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_NAME = "rehab-coach.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path(data_dir: Path) -> Path:
    """Where the log of this data folder is (it may not exist yet)."""
    return Path(data_dir) / "logs" / LOG_NAME


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating handler that creates its folder (0700) and files (0600) on first use."""

    def _open(self):  # type: ignore[override]
        """Open the log without following a link: a ``logs`` folder or log file planted
        as a symlink would otherwise have us append to (and chmod) a file elsewhere. A
        FIFO or device in its place is refused too (a FIFO would block the write)."""
        path = Path(self.baseFilename)
        path.parent.parent.mkdir(parents=True, exist_ok=True, mode=0o700)  # the data folder
        if path.parent.is_symlink():
            raise OSError(errno.ELOOP, "the logs folder is a link", str(path.parent))
        path.parent.mkdir(exist_ok=True, mode=0o700)
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND
        flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(path, flags, 0o600)
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise OSError(errno.EINVAL, "the log is not a regular file", str(path))
            if os.name == "posix":
                os.set_blocking(fd, True)
                os.fchmod(fd, 0o600)  # an older file may have been created looser
        except BaseException:
            os.close(fd)
            raise
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)

    def ensure_open(self) -> bool:
        """Open the file now; False if it cannot be (the caller then says so)."""
        if self.stream is None:
            try:
                self.stream = self._open()
            except OSError:
                return False
        return True

    def handleError(self, record: logging.LogRecord) -> None:
        """Drop the record quietly: a log that cannot be written must not put a
        traceback on stderr, where the CLI promises a single line."""


def setup_logging(data_dir: Path, *, level: int = logging.WARNING) -> Path:
    """Send this process's log records to the data folder's log file.

    Calling it again (for another folder, or from the GUI after the CLI) replaces the
    handler it installed before, so records never go to two places. Installing a
    handler on the root logger also keeps Python's last-resort handler from printing
    library warnings on stderr, where the CLI promises one line only.
    """
    path = log_path(data_dir)
    close_logging()
    root = logging.getLogger()
    handler = PrivateRotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler._rehab_coach = True  # type: ignore[attr-defined]
    handler._previous_level = root.level  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return path


def close_logging() -> None:
    """Remove and close the handler :func:`setup_logging` installed and put the root
    level back, so an in-process caller (tests, the GUI after the CLI) starts clean."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_rehab_coach", False)]:
        root.removeHandler(old)
        root.setLevel(old._previous_level)  # type: ignore[attr-defined]
        old.close()


def log_unexpected(exc: BaseException, *, where: str) -> bool:
    """Log a crash: where it happened, the exception type and the stack, not the message.

    Returns False when the log could not be written (a full disk, an unwritable
    folder), so the caller can say so instead of pointing at a file that is not there.
    """
    stack = "".join(traceback.format_tb(exc.__traceback__))
    record = f"unexpected {type(exc).__module__}.{type(exc).__qualname__} in {where}\n{stack}"
    handlers = [h for h in logging.getLogger().handlers if getattr(h, "_rehab_coach", False)]
    if not handlers or not handlers[0].ensure_open():
        return False
    logging.getLogger("coach").error(record.rstrip())
    handlers[0].flush()
    return True
