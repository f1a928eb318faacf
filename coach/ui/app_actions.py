"""The shell's own menu items: backup, restore, the data folder, settings and help.

Each ``add_*`` function puts its actions into ``window.menus``; the slots open the
matching dialog or run the store operation. Backup and restore run in a worker thread
(pure Python: the store's file work) while the GUI thread polls the result with a timer,
so no Qt object is touched off the GUI thread and the window keeps painting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from coach.store import Store, StoreError
from coach.ui.menus import make_action

if TYPE_CHECKING:
    from coach.ui.main_window import MainWindow

log = logging.getLogger(__name__)
POLL_MS = 50


def add_data_actions(window: MainWindow) -> None:
    tr = window.tr
    add = window.menus.add
    window.backup_action = add(
        "file",
        "data",
        make_action(
            window,
            tr("&Back up…"),
            tip=tr("Save a copy of all your records to one file"),
            slot=lambda: backup(window),
        ),
    )
    window.restore_action = add(
        "file",
        "data",
        make_action(
            window,
            tr("&Restore…"),
            tip=tr("Replace your records with a backup file"),
            slot=lambda: restore(window),
        ),
    )
    window.open_folder_action = add(
        "file",
        "data",
        make_action(
            window,
            tr("&Open data folder"),
            tip=tr("Show the folder that holds your records"),
            slot=lambda: open_folder(window.hub.store.data_dir),
        ),
    )


def add_help_actions(window: MainWindow) -> None:
    tr = window.tr
    add = window.menus.add
    window.shortcuts_action = add(
        "help",
        "help",
        make_action(
            window,
            tr("&Keyboard shortcuts"),
            tip=tr("List every key the app understands"),
            shortcut=["F1", QKeySequence.StandardKey.HelpContents],
            slot=lambda: show_once(window, "shortcuts_window", _shortcuts),
        ),
    )
    window.guide_action = add(
        "help",
        "help",
        make_action(
            window,
            tr("&User guide"),
            tip=tr("Read how to use Rehab Coach"),
            slot=lambda: show_once(window, "guide_window", _guide),
        ),
    )
    window.about_action = add(
        "help",
        "about",
        make_action(
            window,
            tr("&About Rehab Coach"),
            tip=tr("Version, licences and the data folder"),
            role=QAction.MenuRole.AboutRole,
            slot=lambda: show_once(window, "about_window", _about),
        ),
    )


def _shortcuts(window: MainWindow) -> QWidget:
    from coach.ui.shortcuts_window import ShortcutsWindow

    return ShortcutsWindow(window)


def _guide(window: MainWindow) -> QWidget:
    from coach.ui.help_windows import GuideWindow

    return GuideWindow(window)


def _about(window: MainWindow) -> QWidget:
    from coach.ui.help_windows import AboutDialog

    return AboutDialog(window.hub.store.data_dir, window)


def open_settings(window: MainWindow) -> QWidget:
    from coach.ui.settings_dialog import SettingsDialog

    return show_once(window, "settings_dialog", lambda w: SettingsDialog(w.hub, w))


def show_once(window: MainWindow, attr: str, make: Callable[[MainWindow], QWidget]) -> QWidget:
    """Show the window kept in ``window.<attr>``, creating it the first time (non-modal,
    so the person can keep it beside the main window)."""
    widget = getattr(window, attr, None)
    if widget is None:
        widget = make(window)
        setattr(window, attr, widget)
    widget.show()
    widget.raise_()
    widget.activateWindow()
    return widget


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


# -- backup and restore ------------------------------------------------------------


class Job(QObject):
    """Run ``work`` in a worker thread, with a busy dialog after half a second; call
    ``done(result)`` or ``failed(message)`` on the GUI thread when it ends. Cancel
    stops waiting: ``cancelled()`` runs once the work has finished (it cannot be
    interrupted half way; store writes are all-or-nothing anyway). ``after()`` runs last,
    whatever happened."""

    def __init__(
        self,
        parent: QWidget,
        label: str,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        cancelled: Callable[[Any], None] | None = None,
        can_cancel: bool = True,
        after: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._done, self._cancelled, self._after = done, cancelled, after
        cancel = QCoreApplication.translate("app_actions", "Cancel") if can_cancel else ""
        self.dialog = QProgressDialog(label, cancel, 0, 0, parent)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(500)
        self.dialog.setAutoClose(False)
        self.dialog.setAccessibleName(label)
        if not can_cancel:
            self.dialog.setCancelButton(None)
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="app-job")
        self.future: Future = self._pool.submit(work)
        self._pool.shutdown(wait=False)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._poll)
        self.timer.start(POLL_MS)

    def _poll(self) -> None:
        if not self.future.done():
            return
        self.timer.stop()
        was_cancelled = self.dialog.wasCanceled()
        self.dialog.reset()
        self.dialog.deleteLater()
        exc = self.future.exception()
        parent = self.parent()
        try:
            if exc is not None:
                if isinstance(exc, StoreError | OSError):
                    message = str(exc) if isinstance(exc, StoreError) else plain(exc)
                    _say(parent, message)
                else:
                    log.error("background job failed", exc_info=exc)
                    _say(
                        parent,
                        QCoreApplication.translate(
                            "app_actions", "Something went wrong; your data was not changed."
                        ),
                    )
            elif was_cancelled:
                if self._cancelled is not None:
                    self._cancelled(self.future.result())
            else:
                self._done(self.future.result())
        finally:
            if self._after is not None:
                self._after()
            self.deleteLater()


def plain(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _say(window: Any, message: str) -> None:
    if hasattr(window, "message_bar"):
        window.message_bar.show_message(message)


def backup(window: MainWindow) -> Job | None:
    """Ask where, then write a single-file backup there."""
    tr = window.tr
    suggested = Path.home() / f"rehab-coach-backup-{date.today():%Y-%m-%d}.json"
    name, _ = QFileDialog.getSaveFileName(
        window, tr("Back up your records"), str(suggested), tr("Rehab Coach backup (*.json)")
    )
    if not name:
        return None
    return backup_to(window, Path(name))


def backup_to(window: MainWindow, dest: Path) -> Job:
    tr = window.tr
    existed = dest.exists()
    store = window.hub.store

    def discard(path: Path) -> None:  # cancelled: leave no new file behind
        if not existed:
            path.unlink(missing_ok=True)

    window.backup_job = Job(
        window,
        tr("Backing up your records…"),
        lambda: store.backup(dest),
        lambda path: window.statusBar().showMessage(
            tr("Backed up to %1").replace("%1", str(path)), 10_000
        ),
        discard,
    )
    return window.backup_job


def restore(window: MainWindow) -> Job | None:
    """Ask for a backup file, confirm, then replace the store with it."""
    tr = window.tr
    if window.today.is_player_active():
        _say(window, tr("Finish or stop the session first, then restore."))
        return None
    name, _ = QFileDialog.getOpenFileName(
        window,
        tr("Restore from a backup"),
        str(window.hub.store.data_dir / "backups"),
        tr("Rehab Coach backup (*.json)"),
    )
    if not name:
        return None
    answer = QMessageBox.question(
        window,
        tr("Restore from a backup"),
        tr(
            "Replace all your current records with the ones in this backup?\n"
            "Your current files are kept aside in the data folder."
        ),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return restore_from(window, Path(name))


def restore_from(window: MainWindow, source: Path) -> Job:
    """Close the store, restore (the whole backup is checked first; a bad one changes
    nothing), then open the folder again, whichever way the restore ended."""
    hub, tr = window.hub, window.tr
    folder = hub.store.data_dir
    hub.store.close()
    outcome: dict[str, Path] = {}

    def reopen() -> None:
        try:
            hub.replace_store(Store.open(folder))
        except StoreError as exc:
            _say(window, str(exc))
            return
        if "aside" in outcome:
            text = tr("Restored. Your previous files are in %1")
            window.statusBar().showMessage(text.replace("%1", str(outcome["aside"])), 15_000)

    window.restore_job = Job(
        window,
        tr("Restoring your records…"),
        lambda: Store.restore(folder, source),
        lambda aside: outcome.update(aside=aside),
        can_cancel=False,
        after=reopen,
    )
    return window.restore_job
