"""A TinyDB database over one atomic file, and the per-store write transaction.

TinyDB's ``Table`` caches the next document id and query results. After another
process wrote the file both may be stale (an insert could reuse an id), so
:class:`DocFile` rebuilds its TinyDB object whenever the storage saw an outside change.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from .storage import AtomicJSONStorage, Doc


class Transaction:
    """Shared by a store's files: while ``token`` is set this process holds the write
    lock, so nobody else can change a file once it has been checked in this token."""

    def __init__(self) -> None:
        self.token: int | None = None
        self._next = 0

    def begin(self) -> None:
        self._next += 1
        self.token = self._next

    def end(self) -> None:
        self.token = None


class DocFile:
    """A TinyDB database over one :class:`AtomicJSONStorage`, rebuilt after an outside
    change (see the module docstring)."""

    def __init__(
        self,
        path: Path,
        validator: Callable[[Doc], Any] | None = None,
        txn: Transaction | None = None,
    ) -> None:
        self.storage = AtomicJSONStorage(path, validator, txn)
        self._db: TinyDB | None = None
        self._seen = -1
        self._index: dict[str, int] = {}
        self._index_key: tuple[str, int] | None = None

    @property
    def path(self) -> Path:
        return self.storage.path

    def db(self) -> TinyDB:
        self.storage.refresh()
        if self._db is None or self._seen != self.storage.external_changes:
            self._db = TinyDB(storage=lambda: self.storage)
            self._seen = self.storage.external_changes
        return self._db

    def table(self, name: str):
        """A TinyDB table to write through (the file is validated first)."""
        db = self.db()
        self.storage.ensure_valid()
        return db.table(name, cache_size=0)

    @property
    def parsed(self) -> Any:
        return self.storage.parsed

    def doc_id_of(self, table_name: str, record_id: str) -> int | None:
        """The TinyDB document id of the record whose ``id`` field is ``record_id``."""
        return self.index(table_name).get(record_id)

    def index(self, table_name: str, fresh: bool = True) -> dict[str, int]:
        """``{record id: TinyDB doc id}``, rebuilt only when the document changed.
        ``fresh=False`` skips the check against the disk (a hint, not the truth)."""
        if fresh:
            raw = self.raw_table(table_name)
        else:
            raw = (self.storage.last_read() or {}).get(table_name, {})
        key = (table_name, self.storage.version)
        if self._index_key != key:
            self._index = {r.get("id"): int(doc_id) for doc_id, r in raw.items()}
            self._index_key = key
        return self._index

    def raw_table(self, name: str) -> dict[str, dict[str, Any]]:
        return (self.storage.read() or {}).get(name, {})
