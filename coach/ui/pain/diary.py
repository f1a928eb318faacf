"""The pain diary as a list: every entry, newest first, to edit or delete (with undo).

A plain table model over the entries of the chosen span; user text is shown as typed
(Qt item views draw display text literally). Delete goes through :class:`PainUndo`, so
the "Entry deleted — Undo" bar and Ctrl+Z bring it back.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coach.domain.pain import Context, PainEntry, Side
from coach.store import StoreError
from coach.ui import dates
from coach.ui.hub import DataHub
from coach.ui.pain.undo import PainUndo, UndoBar

SPANS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("DiaryDialog", "Last 3 months"), 91),
    (QT_TRANSLATE_NOOP("DiaryDialog", "Last year"), 366),
    (QT_TRANSLATE_NOOP("DiaryDialog", "Everything"), None),
)
_Index = QModelIndex | QPersistentModelIndex


class EntryModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("EntryModel", "When"),
        QT_TRANSLATE_NOOP("EntryModel", "Pain"),
        QT_TRANSLATE_NOOP("EntryModel", "Context"),
        QT_TRANSLATE_NOOP("EntryModel", "Where"),
        QT_TRANSLATE_NOOP("EntryModel", "Side"),
        QT_TRANSLATE_NOOP("EntryModel", "Note"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[PainEntry] = []
        self.contexts = {
            Context.REST: self.tr("at rest"),
            Context.BEFORE: self.tr("before exercise"),
            Context.DURING: self.tr("during exercise"),
            Context.AFTER: self.tr("after exercise"),
            Context.MORNING: self.tr("next morning"),
        }
        self.sides = {
            Side.BOTH: self.tr("both"),
            Side.LEFT: self.tr("left"),
            Side.RIGHT: self.tr("right"),
        }

    def set_entries(self, entries: list[PainEntry]) -> None:
        self.beginResetModel()
        self.entries = sorted(entries, key=lambda e: e.at, reverse=True)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: _Index, role: int = 0) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        e = self.entries[index.row()]
        note = " ".join(e.note.split())
        return (
            f"{dates.short_day(e.at)} {e.at.year}  {dates.clock(e.at)}",
            f"{e.score}/10",
            self.contexts[e.context],
            e.location,
            self.sides[e.side],
            note if len(note) <= 80 else note[:79] + "…",
        )[index.column()]


class DiaryDialog(QDialog):
    def __init__(self, hub: DataHub, undo: PainUndo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.undo = undo
        self.setWindowTitle(self.tr("Pain diary"))
        self.setAccessibleName(self.tr("Pain diary"))
        self.resize(820, 480)
        self.model = EntryModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Pain entries"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(50)  # measure 50 rows, not thousands
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.span = QComboBox()
        self.span.setAccessibleDescription(self.tr("Entries shown"))
        for label, days in SPANS:
            self.span.addItem(self.tr(label), days)
        self.span.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count = QLabel()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected entry"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected entry"))
        self.delete_button.clicked.connect(self.delete_selected)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close the pain diary"))
        close.clicked.connect(self.accept)
        self.undo_bar = UndoBar(undo)
        QShortcut(QKeySequence.StandardKey.Undo, self, undo.undo)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)

        top = QHBoxLayout()
        top.addWidget(self.span)
        top.addWidget(self.count, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        hub.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, area: str) -> None:
        if area == "pain":
            self.refresh()

    def refresh(self) -> None:
        days = self.span.currentData()
        start = None if days is None else self.hub.today() - timedelta(days=days - 1)
        selected = self.selected()
        try:
            entries = self.hub.store.pain.list(start=start)
        except StoreError as exc:  # a damaged older month: say so, show what was there
            self.hub.report_read_error(exc)
            return
        self.model.set_entries(entries)
        n = len(self.model.entries)
        self.count.setText(
            self.tr("1 entry") if n == 1 else self.tr("%1 entries").replace("%1", str(n))
        )
        row = next(
            (i for i, e in enumerate(self.model.entries) if selected and e.id == selected.id), 0
        )
        if self.model.entries:
            self.table.selectRow(row)
        self.edit_button.setEnabled(bool(n))
        self.delete_button.setEnabled(bool(n))

    def selected(self) -> PainEntry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self.model.entries):
            return None
        return self.model.entries[rows[0].row()]

    def select(self, entry_id: str) -> bool:
        for i, e in enumerate(self.model.entries):
            if e.id == entry_id:
                self.table.selectRow(i)
                return True
        return False

    def edit_selected(self):
        from coach.ui.pain_dialog import PainDialog

        entry = self.selected()
        if entry is None:
            return None
        self.edit_dialog = PainDialog.open_over(self.hub, self, editing=entry, undo=self.undo)
        return self.edit_dialog

    def delete_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.undo.delete(entry)
