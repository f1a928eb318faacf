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

    def put(self, table_name: str, record: dict[str, Any]) -> None:
        """Replace the record with ``record``'s id, or add it under a new document id:
        one file write that encodes only this record (see
        :meth:`AtomicJSONStorage.write_record`). TinyDB is not in this path: its
        ``update`` changes a record in place and its ``insert`` and ``Table`` objects
        cost more than the write's own work; the document shape is the same."""
        self._change(table_name, record["id"], dict(record))

    def drop(self, table_name: str, record_id: str) -> bool:
        """Remove the record whose ``id`` field is ``record_id``; False if there is none."""
        if self.doc_id_of(table_name, record_id) is None:
            return False
        self._change(table_name, record_id, None)
        return True

    def _change(self, table_name: str, record_id: str, record: dict[str, Any] | None) -> None:
        storage = self.storage
        index = self.index(table_name)  # checks the file against the disk
        storage.ensure_valid()
        doc_id = index.get(record_id)
        if doc_id is None and record is None:
            return
        if doc_id is None:  # TinyDB's rule: one past the highest document id
            doc_id = max(map(int, self.raw_table(table_name)), default=0) + 1
        before = (table_name, storage.version)
        storage.write_record(table_name, str(doc_id), record)
        self._db = None  # TinyDB's Table caches the next id; rebuild it when next used
        if self._index_key == before:
            # The index follows the one record changed instead of being rebuilt.
            index = dict(index)
            if record is None:
                index.pop(record_id, None)
            else:
                index[record_id] = doc_id
            self._index, self._index_key = index, (table_name, storage.version)
