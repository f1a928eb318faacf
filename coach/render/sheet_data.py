"""Reading what a routine sheet needs from the store: the version the routine is now
(so a sheet on the floor says which dose it shows). Shared by the CLI and the app."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from coach.domain.routine import Routine
from coach.domain.routines.sheet import RoutineSheet, build_sheet
from coach.domain.routines.versions import version_of_snapshot

if TYPE_CHECKING:
    from coach.store import Store


def sheet_from_store(
    store: Store, routine: Routine, printed: date, *, draft: bool = False
) -> RoutineSheet:
    """The sheet for ``routine`` as it stands; ``draft`` for an editor's unsaved form.
    A damaged versions file only loses the version line, never the sheet."""
    from coach.store import StoreError

    version = None
    if not draft:
        try:
            version = version_of_snapshot(store.routines.history(routine.id), routine.snapshot_id())
        except StoreError:
            version = None
    return build_sheet(routine, printed, version, draft=draft)
