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

import logging
import traceback
from pathlib import Path

LOG_NAME = "rehab-coach.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_path(data_dir: Path) -> Path:
    """Where the log of this data folder is (it may not exist yet)."""
    return Path(data_dir) / "logs" / LOG_NAME


class PrivateLogFile(logging.Handler):
    """The data folder's log, created with its first record: the rotating handler of
    :mod:`coach.log_rotation` is imported and opened only then (see its docstring)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def _real(self):
        if self._file is None:
            from coach.log_rotation import PrivateRotatingFileHandler

            self._file = PrivateRotatingFileHandler(
                self.path,
                maxBytes=MAX_BYTES,
                backupCount=BACKUP_COUNT,
                encoding="utf-8",
                delay=True,
            )
            self._file.setFormatter(self.formatter)
        return self._file

    def emit(self, record: logging.LogRecord) -> None:
        self._real().emit(record)  # its errors are dropped by its own handleError

    def ensure_open(self) -> bool:
        """Open the file now; False if it cannot be (the caller then says so)."""
        return self._real().ensure_open()

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()

    def handleError(self, record: logging.LogRecord) -> None:
        """Quiet, like the rotating handler: the CLI promises a single line on stderr."""


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
    handler = PrivateLogFile(path)
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
