"""Crash-safe storage for Rehab Coach: TinyDB behind small repositories.

``Store.open(data_dir)`` gives ``store.routines``, ``store.pain``, ``store.sessions``
and ``store.settings``. Every error meant for a person is a :class:`StoreError` whose
``str()`` is one plain line.
"""

from .errors import (
    CorruptStoreError,
    StoreError,
    StoreLockedError,
    StoreTooNewError,
    StoreWriteError,
)
from .store import Store

__all__ = [
    "CorruptStoreError",
    "Store",
    "StoreError",
    "StoreLockedError",
    "StoreTooNewError",
    "StoreWriteError",
]
