"""Settled history split into one small file per month and kind.

TinyDB rewrites a whole file on each write, so five years in one file would cost a
rewrite of megabytes per pain entry. ``history/pain-2026-11.json`` and
``history/sessions-2026-11.json`` keep each write to a month's worth of records, and
opening the app reads only the months it shows.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from .docfile import DocFile, Transaction
from .paths import StorePaths, month_key
from .storage import AtomicJSONStorage, DamagedFileError

_HEAD_TAIL = 64


def check_sentinels(path: Path) -> None:
    """Cheap check that a file is not empty, cut short or NUL-filled, without parsing it
    (and that it is a regular file: a FIFO there would hang the open)."""
    st = os.stat(path)
    if stat.S_ISDIR(st.st_mode):
        raise DamagedFileError(path, "it is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise DamagedFileError(path, "it is not a regular file")
    with open(path, "rb") as fh:
        head = fh.read(_HEAD_TAIL)
        size = fh.seek(0, 2)
        fh.seek(max(0, size - _HEAD_TAIL))
        tail = fh.read()
    if not head.strip():
        raise DamagedFileError(path, "the file is empty")
    if b"\x00" in head or b"\x00" in tail:
        raise DamagedFileError(path, "the file contains NUL bytes")
    if not head.lstrip().startswith(b"{") or not tail.rstrip().endswith(b"}"):
        raise DamagedFileError(path, "the file is cut short or is not JSON")


class MonthFiles:
    """The history files of one kind (``pain`` or ``sessions``)."""

    def __init__(
        self,
        paths: StorePaths,
        kind: str,
        parser: Callable[[Any], list[Any]],
        txn: Transaction | None = None,
    ) -> None:
        self.paths = paths
        self._txn = txn
        self.kind = kind
        self.parser = parser
        self._files: dict[str, DocFile] = {}

    def file(self, month: str) -> DocFile:
        if month not in self._files:
            self._files[month] = DocFile(
                self.paths.month_file(self.kind, month), self.parser, self._txn
            )
        return self._files[month]

    def storages(self) -> list[AtomicJSONStorage]:
        """The storage of every month opened so far (for the store's journal folding)."""
        return [doc.storage for doc in self._files.values()]

    def release(self) -> None:
        """Close the files this process keeps open after writing them (see
        :mod:`coach.store.storage`); what was read stays in memory."""
        for doc in self._files.values():
            doc.storage.release()

    def months(self) -> list[str]:
        """Months with a file on disk, oldest first."""
        return list(self.paths.month_names(self.kind))

    def has_month(self, month: str) -> bool:
        """A file for ``month`` is on disk: one stat, where :meth:`months` lists and
        matches the whole history folder (this runs on every set saved)."""
        return os.path.lexists(self.paths.month_file(self.kind, month))

    def months_in(self, start: date | None, end: date | None) -> list[str]:
        on_disk = self.months()
        if start is None and end is None:
            return on_disk
        lo = month_key(start) if start else "0000-00"
        hi = month_key(end) if end else "9999-99"
        return [m for m in on_disk if lo <= m <= hi]

    def records(self, months: list[str]) -> list[Any]:
        out: list[Any] = []
        for month in months:
            out.extend(self.file(month).parsed)
        return out

    def raw(self, month: str) -> dict[str, dict[str, Any]]:
        return self.file(month).raw_table(self.kind)

    def find_month(self, record_id: str, fresh: bool = True) -> str | None:
        """The month whose file holds ``record_id`` (newest months searched first).

        ``fresh=False`` trusts each file as last read, saving a stat per month on the
        write path: ids are random, so only this process edits a record it has read."""
        for month in reversed(self.months()):
            if record_id in self.file(month).index(self.kind, fresh):
                return month
        return None

    def count(self) -> int:
        return sum(len(self.raw(m)) for m in self.months())

    def check_all(self) -> None:
        for path in self.paths.month_files(self.kind).values():
            check_sentinels(path)

    def upsert(self, month: str, record: dict[str, Any]) -> None:
        upsert(self.file(month), self.kind, record)

    def put(self, month: str, record: dict[str, Any]) -> None:
        """Add ``record`` to ``month``, or replace the one with its id there or in
        another month (its time moved): the new copy is written first, then the old one
        removed, so a crash in between leaves it twice, never lost. Call inside a
        transaction."""
        if self.file(month).doc_id_of(self.kind, record["id"]) is not None:
            self.upsert(month, record)
            return
        old = self.find_month(record["id"], fresh=False)
        self.upsert(month, record)
        if old is not None:
            self.remove(old, record["id"])

    def remove(self, month: str, record_id: str) -> bool:
        return remove(self.file(month), self.kind, record_id)


def upsert(doc: DocFile, table_name: str, record: dict[str, Any]) -> None:
    """Replace the record with the same id, or add it: exactly one file write.

    (TinyDB's own ``upsert`` writes twice when the record is new.)"""
    doc.put(table_name, record)


def remove(doc: DocFile, table_name: str, record_id: str) -> bool:
    return doc.drop(table_name, record_id)
