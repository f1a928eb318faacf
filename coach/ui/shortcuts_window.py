"""Help ▸ Keyboard shortcuts: every key the app understands, built from the actions.

The menu part is read from ``window.menus`` each time the window opens, so a feature
that adds an action with a shortcut appears here without anyone editing a list. The
player's keys are not actions (they depend on what the player shows); they come from
``coach.ui.player.keys.KEY_HELP``, kept beside the code that handles them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from coach.ui import theme
from coach.ui.player.keys import KEY_HELP

if TYPE_CHECKING:
    from coach.ui.main_window import MainWindow


def shortcut_rows(window: MainWindow) -> list[tuple[str, str, str]]:
    """``(group, keys, what)`` for every menu action with a shortcut, then the player."""
    rows = []
    native = QKeySequence.SequenceFormat.NativeText
    for menu, action in window.menus.actions():
        keys = [k.toString(native) for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            what = action.text().replace("&", "").rstrip("…")
            rows.append((menu, ", ".join(dict.fromkeys(keys)), what))
    player = QCoreApplication.translate("shortcuts", "During a session")
    for keys, what in KEY_HELP:  # marked with QT_TRANSLATE_NOOP in keys.py
        keys = QCoreApplication.translate("keys", keys)
        rows.append((player, keys, QCoreApplication.translate("keys", what)))
    return rows


class ShortcutsWindow(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Key"), self.tr("What it does")])
        self.tree.setAccessibleName(self.tr("List of keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(theme.GRID * 80, theme.GRID * 70)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        self.fill()
        super().showEvent(event)

    def fill(self) -> None:
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for group, keys, what in shortcut_rows(self.main_window):
            if group not in groups:
                groups[group] = QTreeWidgetItem(self.tree, [group])
                font = groups[group].font(0)
                font.setBold(True)
                groups[group].setFont(0, font)
                groups[group].setFirstColumnSpanned(True)
            QTreeWidgetItem(groups[group], [keys, what])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
