"""An imported routine whose id or name is already taken: keep both, or replace.

A physio's file must never silently overwrite what the person has been doing, so a
clash always needs a choice. Renaming gives the import a free id and name; replacing
saves it under the taken routine's id, so it becomes that routine's next version and
the sessions already done keep theirs. A built-in cannot be replaced (it is read-only),
only imported beside it under a new name.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from coach.domain.routine import Routine


def find_clash(routine: Routine, existing: Sequence[Routine]) -> Routine | None:
    """The routine ``routine`` would collide with: same id first, else the same name."""
    same_id = next((r for r in existing if r.id == routine.id), None)
    if same_id is not None:
        return same_id
    name = routine.name.casefold()
    return next((r for r in existing if r.name.casefold() == name), None)


def renamed(routine: Routine, existing: Sequence[Routine]) -> Routine:
    """``routine`` with the first free ``id-2``/``Name (2)`` pair."""
    ids = {r.id for r in existing}
    names = {r.name.casefold() for r in existing}
    # No attempt to strip an earlier "-2": "icing-20" is a name, not a copy number.
    base_id = routine.id[:58]
    base_name = routine.name[:72]
    n = 2
    while f"{base_id}-{n}" in ids or f"{base_name} ({n})".casefold() in names:
        n += 1
    return replace(routine, id=f"{base_id}-{n}", name=f"{base_name} ({n})", builtin=False)


def replacing(routine: Routine, taken: Routine) -> Routine:
    """``routine`` saved in place of ``taken``; raises ``ValueError`` for a built-in."""
    if taken.builtin:
        raise ValueError(
            f"{taken.name!r} is a built-in routine and cannot be replaced; import it as a copy"
        )
    return replace(routine, id=taken.id, builtin=False)
