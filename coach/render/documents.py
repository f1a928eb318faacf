"""What every printed document shares besides the page machinery of :mod:`.pages`: the
"not medical advice" footer, the date wording, and writing the PDF whole or not at all.

The report and the routine sheet both print through here, so the two never drift apart
in how they sign themselves or what a cancelled or failed write leaves behind.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from datetime import date
from pathlib import Path

from coach import APP_NAME


def footer_text(version: str) -> str:
    return f"Made with {APP_NAME} {version} — not medical advice"


def day_text(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


class TempPdf:
    """A temporary file beside ``target`` to paint into; :meth:`commit` renames it into
    place once complete, :meth:`discard` forgets it (the target is never half-replaced)."""

    def __init__(self, target: Path, prefix: str = ".document-") -> None:
        self.target = Path(target)
        fd, tmp = tempfile.mkstemp(dir=self.target.parent, prefix=prefix, suffix=".pdf.tmp")
        os.close(fd)
        self.path = Path(tmp)

    def commit(self) -> None:
        # QPainter.end() wrote and closed the file; an empty one means Qt failed quietly.
        if self.path.stat().st_size == 0:
            raise OSError(errno.EIO, "the PDF came out empty")
        os.replace(self.path, self.target)

    def discard(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()
