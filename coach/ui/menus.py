"""The menu bar's named menus, and the one way a feature adds its action to them.

A feature that lands adds its own menu item; nothing is stubbed in advance. To add one::

    from coach.ui.menus import make_action

    action = make_action(window, window.tr("Progress report…"),
                         tip=window.tr("Make a PDF of your progress for your physio"),
                         slot=open_report, shortcut="Ctrl+R")
    window.menus.add("file", "export", action)

Menus and their sections, top to bottom (a separator falls between non-empty sections):

- ``file``: ``pain`` (Log pain), ``import`` (Import routine…, Import run…), ``export`` (Export CSV…,
  Progress report…, schedule export), ``data`` (Back up…, Restore…, Open data folder),
  ``settings`` (Settings…), ``quit``
- ``view``: ``views`` (the five views), ``window`` (Full screen)
- ``help``: ``help`` (Keyboard shortcuts, User guide), ``about``

Every action needs visible text (a screen reader reads it as the item's name) and a
status tip; :func:`make_action` asks for both. The Keyboard shortcuts window is built from
these actions, so a new shortcut shows up there without further work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

SECTIONS: dict[str, tuple[str, ...]] = {
    "file": ("pain", "import", "export", "data", "settings", "quit"),
    "view": ("views", "window"),
    "help": ("help", "about"),
}

Shortcut = str | QKeySequence | QKeySequence.StandardKey


def make_action(
    parent: QObject,
    text: str,
    *,
    tip: str,
    slot: Callable[[], object] | None = None,
    shortcut: Shortcut | Iterable[Shortcut] | None = None,
    role: QAction.MenuRole | None = None,
) -> QAction:
    """A QAction with its status tip (and tool tip) set; ``shortcut`` may be a list, the
    first being the one shown in the menu (standard keys expand to the platform's)."""
    action = QAction(text, parent)
    action.setStatusTip(tip)
    action.setToolTip(tip)
    if shortcut is not None:
        items = (
            [shortcut]
            if isinstance(shortcut, str | QKeySequence | QKeySequence.StandardKey)
            else list(shortcut)
        )
        keys: list[QKeySequence] = []
        for item in items:
            if isinstance(item, QKeySequence.StandardKey):
                # the platform's keys, less the dedicated media keys (Exit, Help…) that
                # few keyboards have and that would only clutter the shortcuts list
                found = [k for k in QKeySequence.keyBindings(item) if not _media_key(k)]
            else:
                found = [QKeySequence(item)]
            keys += [k for k in found if not k.isEmpty() and k not in keys]
        action.setShortcuts(keys)
    if role is not None:
        action.setMenuRole(role)
    if slot is not None:
        action.triggered.connect(lambda _checked=False: slot())
    return action


def _media_key(key: QKeySequence) -> bool:
    combo = key[0] if key.count() else None
    return combo is not None and combo.key() in (Qt.Key.Key_Exit, Qt.Key.Key_Help)


class Menus:
    """The window's menus by name; :meth:`add` puts an action into a menu's section.

    Actions are also added to ``window`` itself, so their shortcuts keep working while
    the menu bar is hidden (full screen).
    """

    def __init__(self, window: QWidget, bar: QMenuBar, titles: dict[str, str]) -> None:
        self.window = window
        self.menus: dict[str, QMenu] = {}
        self._ends: dict[tuple[str, str], QAction] = {}
        for name, sections in SECTIONS.items():
            menu = bar.addMenu(titles[name])
            menu.setObjectName(f"menu-{name}")
            menu.setSeparatorsCollapsible(True)  # empty sections leave no double lines
            self.menus[name] = menu
            for section in sections:
                self._ends[(name, section)] = menu.addSeparator()

    def add(self, menu: str, section: str, action: QAction) -> QAction:
        """Append ``action`` to ``section`` of ``menu`` (names as in :data:`SECTIONS`)."""
        if not action.text() or not action.statusTip():
            raise ValueError("a menu action needs text and a status tip")
        end = self._ends[(menu, section)]  # KeyError names an unknown menu or section
        self.menus[menu].insertAction(end, action)
        self.window.addAction(action)
        return action

    def actions(self) -> list[tuple[str, QAction]]:
        """Every action in menu order, with the (plain) title of its menu."""
        found = []
        for menu in self.menus.values():
            title = menu.title().replace("&", "")
            found += [(title, a) for a in menu.actions() if not a.isSeparator()]
        return found
