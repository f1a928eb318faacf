"""Undo for pain entries: deleting or editing one can be taken back (Ctrl+Z, or the
"Entry deleted — Undo" bar).

Each change is done through the hub first; only a change that was saved is pushed on
the :class:`QUndoStack`, so undo never restores something that did not happen. Undo
and redo write through the hub too, so a failed write shows in the message bar and
leaves the stack where it was.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from coach.domain.pain import PainEntry
from coach.ui.hub import DataHub

BAR_SECONDS = 15


class _Change(QUndoCommand):
    """Replace ``old`` by ``new``; either may be None (an add or a delete)."""

    def __init__(self, hub: DataHub, old: PainEntry | None, new: PainEntry | None, text: str):
        super().__init__(text)
        self.hub, self.old, self.new = hub, old, new
        self._done = True  # pushed after the change was already saved

    def _apply(self, remove: PainEntry | None, put: PainEntry | None) -> None:
        if put is not None:
            self.hub.add_pain(put)  # replaces by id, also across months
        elif remove is not None:
            self.hub.delete_pain(remove.id)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self.old, self.new)

    def undo(self) -> None:
        self._apply(self.new, self.old)


class PainUndo(QObject):
    """The undo stack of pain changes; ``deleted(text)`` asks for the Undo bar."""

    deleted = Signal(str)

    def __init__(self, hub: DataHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.stack = QUndoStack(self)

    def delete(self, entry: PainEntry) -> bool:
        if not self.hub.delete_pain(entry.id):
            return False
        text = self.tr("Entry deleted")
        self.stack.push(_Change(self.hub, entry, None, text))
        self.deleted.emit(text)
        return True

    def edit(self, old: PainEntry, new: PainEntry) -> bool:
        if not self.hub.add_pain(new):
            return False
        self.stack.push(_Change(self.hub, old, new, self.tr("Entry changed")))
        return True

    def undo(self) -> None:
        self.stack.undo()


class UndoBar(QFrame):
    """ "Entry deleted — Undo": shown after a delete, gone after a while or on Undo."""

    def __init__(self, undo: PainUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo = undo
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Undo"))
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_button = QPushButton(self.tr("Undo (Ctrl+Z)"))
        self.undo_button.setAccessibleName(self.tr("Undo the delete"))
        self.undo_button.clicked.connect(self._undo)
        close = QPushButton(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss undo"))
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        row.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        undo.deleted.connect(self.show_for)
        undo.stack.canUndoChanged.connect(self._can_undo_changed)
        self.hide()

    def show_for(self, text: str) -> None:
        self.label.setText(text + " —")
        self.show()
        self._timer.start(BAR_SECONDS * 1000)

    def _undo(self) -> None:
        self.undo.undo()
        self.hide()

    def _can_undo_changed(self, can_undo: bool) -> None:
        if not can_undo:
            self.hide()
