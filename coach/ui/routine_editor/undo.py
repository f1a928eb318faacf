"""One undoable edit of the routine form: the whole draft before and after.

Keeping whole states (a routine is a few kilobytes) makes every edit undoable the same
way, reorder and remove included. Typing in one field merges into one step, so Undo
takes back a word, not a letter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

MERGE_ID = 14

Apply = Callable[[dict[str, Any], int], None]


class DraftChange(QUndoCommand):
    def __init__(
        self,
        apply: Apply,
        before: tuple[dict[str, Any], int],
        after: tuple[dict[str, Any], int],
        text: str,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def id(self) -> int:  # Qt override: only keyed edits merge
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # Qt override
        if not isinstance(other, DraftChange) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:  # Qt override
        self._apply(*self.after)

    def undo(self) -> None:  # Qt override
        self._apply(*self.before)
