"""The log file's handler: rotating, private, and not following links.

Kept apart from :mod:`coach.logsetup` because ``logging.handlers`` (with pickle, queue
and socket) costs about 5 ms to import, and most runs of the app log nothing: the
handler :func:`coach.logsetup.setup_logging` installs imports this module with its
first record.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from logging.handlers import RotatingFileHandler
from pathlib import Path


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
