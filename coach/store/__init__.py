"""Crash-safe storage for Rehab Coach: TinyDB behind small repositories.

``Store.open(data_dir)`` gives ``store.routines``, ``store.pain``, ``store.sessions``
and ``store.settings``. Every error meant for a person is a :class:`StoreError` whose
``str()`` is one plain line.

The names below load on first use (PEP 562), so ``coach.store.paths`` (where the data
folder is) or ``coach.store.errors`` can be imported without TinyDB and the store
itself: the app shows its window before it needs either (issue 16).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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


def __getattr__(name: str):
    if name == "Store":
        from .store import Store

        return Store
    if name in __all__:
        from . import errors

        return getattr(errors, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
