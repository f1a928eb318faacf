"""The store's errors: each ``str()`` is one plain-words line a person can act on.

The command line prints ``str(exc)`` to stderr and the GUI shows it in a dialog, so
no message carries a traceback, an errno number or any health data.
"""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base of every error the store raises on purpose."""


class CorruptStoreError(StoreError):
    """A store file does not parse or validate; it was left untouched."""

    def __init__(self, path: Path, newest_backup: Path | None, detail: str = "") -> None:
        self.path = Path(path)
        self.newest_backup = newest_backup
        self.detail = detail
        if newest_backup is not None:
            hint = f"the newest backup is {newest_backup} (rehab-coach restore FILE)"
        else:
            hint = "no backup was found (rehab-coach can start an empty store)"
        why = f" ({_clip(detail)})" if detail else ""
        super().__init__(f"The data file {self.path} is damaged{why} and was not changed; {hint}.")


def _clip(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


class StoreLockedError(StoreError):
    """Another process held the write lock for longer than we were willing to wait."""

    def __init__(self, lock_path: Path) -> None:
        self.lock_path = Path(lock_path)
        super().__init__(
            "Rehab Coach is busy writing to this data folder in another window or command; "
            "try again in a moment."
        )


class StoreTooNewError(StoreError):
    """The file was written by a newer Rehab Coach; opening it could lose data."""

    def __init__(self, path: Path, found: int, supported: int) -> None:
        self.path = Path(path)
        self.found = found
        self.supported = supported
        super().__init__(
            f"The data file {self.path} was written by a newer Rehab Coach (data version "
            f"{found}, this one reads up to {supported}); please update the app."
        )


class StoreWriteError(StoreError):
    """A write failed part-way (disk full, I/O error); the previous file is intact."""

    def __init__(self, message: str, path: Path | None = None, errno: int | None = None) -> None:
        self.path = path
        self.errno = errno
        super().__init__(message)
