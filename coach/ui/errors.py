"""What the GUI does when something goes wrong: plain words, never a traceback.

- :func:`install_excepthook`: an uncaught exception is logged (stack only, no health
  data) to the data folder's log and the person sees a short message box.
- :class:`DamagedStoreDialog` and :func:`open_store_with_recovery`: a data file that
  will not open is explained in plain words, with the three ways on: restore the
  newest backup, start with an empty store (the damaged file is kept), or quit.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from coach.logsetup import log_unexpected
from coach.store.errors import CorruptStoreError

if TYPE_CHECKING:
    from coach.store import Store

log = logging.getLogger(__name__)


class Recovery(Enum):
    RESTORE = "restore"
    START_EMPTY = "start-empty"
    QUIT = "quit"


class ExceptHook:
    """Replaces ``sys.excepthook``; ``quiet`` (the self-test) records instead of asking."""

    def __init__(self, log_file: Path | None, quiet: bool = False) -> None:
        self.log_file = log_file
        self.quiet = quiet
        self.errors: list[BaseException] = []
        self._showing = False

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        self.errors.append(exc)
        logged = log_unexpected(exc, where="gui")
        if self.quiet:
            sys.stderr.write("".join(traceback.format_exception(kind, exc, tb)))
            return
        if self._showing or QApplication.instance() is None:
            return
        self._showing = True
        try:
            text = QApplication.translate(
                "errors", "Something went wrong inside Rehab Coach. Your saved data is safe."
            )
            if logged and self.log_file:
                text += "\n" + QApplication.translate(
                    "errors", "The details were written to %1."
                ).replace("%1", str(self.log_file))
            box = QMessageBox(QMessageBox.Icon.Warning, "Rehab Coach", text)
            box.setAccessibleName(QApplication.translate("errors", "Error"))
            box.exec()
        finally:
            self._showing = False


def install_excepthook(log_file: Path | None, quiet: bool = False) -> ExceptHook:
    hook = ExceptHook(log_file, quiet)
    sys.excepthook = hook
    return hook


class DamagedStoreDialog(QMessageBox):
    """Asks what to do with a damaged data file; :attr:`choice` holds the answer."""

    def __init__(self, error: CorruptStoreError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = Recovery.QUIT
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Rehab Coach: data file damaged"))
        self.setAccessibleName(self.tr("Data file damaged"))
        self.setText(self.tr("Your data file could not be read, so it was left as it is."))
        if error.newest_backup is not None:
            info = self.tr("The newest backup is %1.").replace("%1", error.newest_backup.name)
        else:
            info = self.tr("No backup was found.")
        self.setInformativeText(
            self.tr("File: %1").replace("%1", str(error.path))
            + "\n"
            + info
            + "\n"
            + self.tr("What would you like to do?")
        )
        self.restore_button = self.addButton(
            self.tr("Restore newest backup"), QMessageBox.ButtonRole.AcceptRole
        )
        self.restore_button.setAccessibleName(self.tr("Restore newest backup"))
        self.restore_button.setEnabled(error.newest_backup is not None)
        self.empty_button = self.addButton(
            self.tr("Start with an empty store (the damaged file is kept)"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        self.empty_button.setAccessibleName(self.tr("Start with an empty store"))
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.quit_button.setAccessibleName(self.tr("Quit"))
        self.setDefaultButton(
            self.restore_button if error.newest_backup is not None else self.quit_button
        )
        self.setEscapeButton(self.quit_button)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.restore_button:
            self.choice = Recovery.RESTORE
        elif button is self.empty_button:
            self.choice = Recovery.START_EMPTY
        else:
            self.choice = Recovery.QUIT


def ask_recovery(error: CorruptStoreError, parent: QWidget | None = None) -> Recovery:
    dialog = DamagedStoreDialog(error, parent)
    dialog.exec()
    return dialog.choice


def open_store_with_recovery(
    data_dir: Path, ask: Callable[[CorruptStoreError], Recovery] = ask_recovery
) -> Store | None:
    """Open the store; on a damaged file ask, act, and open again. ``None``: quit."""
    from coach.store import Store  # not before the window shows: see coach.app

    for _attempt in range(3):
        try:
            return Store.open(data_dir)
        except CorruptStoreError as exc:
            choice = ask(exc)
            if choice is Recovery.RESTORE and exc.newest_backup is not None:
                Store.restore(data_dir, exc.newest_backup)
            elif choice is Recovery.START_EMPTY:
                kept = Store.start_empty(data_dir)
                log.warning("damaged data file set aside as %s", kept.name)
            else:
                return None
    return None


def show_plain_error(text: str, parent: QWidget | None = None) -> None:
    """A plain message when the store cannot be opened (locked, too new): over the
    window when it is already on screen, on its own otherwise."""
    QMessageBox.warning(parent, "Rehab Coach", text)
