"""Importing a routine file in the app: by menu or button, or by dropping it on the window.

The file passes the same gates as ``rehab-coach routine import`` (size, depth, JSON,
schema, the domain's rules, clean names). A refused file gets its one-line reason and
nothing is written. An id or name that is already taken asks: import as a copy, or
replace (the file becomes the next version of the person's own routine; a built-in
can only be copied).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coach.domain.routine import Routine
from coach.ui.hub import DataHub

FILE_FILTER = "Routine files (*.rehab.json *.json)"


def tr(text: str) -> str:
    return QCoreApplication.translate("RoutineImport", text)


def choose_file(parent: QWidget) -> Path | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent, tr("Import a routine"), str(Path.home()), tr(FILE_FILTER)
    )
    return Path(name) if name else None


def ask_clash(parent: QWidget, routine: Routine, taken: Routine) -> str | None:
    """``"rename"``, ``"replace"`` or ``None`` (cancel)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Routine already there"))
    what = tr("a built-in routine") if taken.builtin else tr("one of your routines")
    box.setText(
        tr("The file's routine “%1” has the same name or id as %2, “%3”.")
        .replace("%1", routine.name)
        .replace("%2", what)
        .replace("%3", taken.name)
    )
    copy = box.addButton(tr("Import as a copy"), QMessageBox.ButtonRole.AcceptRole)
    copy.setAccessibleName(tr("Import as a copy, keeping both"))
    replace = None
    if not taken.builtin:
        box.setInformativeText(
            tr("Replacing makes the file the next version of yours; past sessions keep theirs.")
        )
        replace = box.addButton(tr("Replace mine"), QMessageBox.ButtonRole.DestructiveRole)
        replace.setAccessibleName(tr("Replace my routine with the file"))
    else:
        box.setInformativeText(tr("A built-in routine cannot be replaced; import a copy."))
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(copy)
    box.exec()
    clicked = box.clickedButton()
    if clicked is copy:
        return "rename"
    if replace is not None and clicked is replace:
        return "replace"
    return None


def import_file(parent: QWidget, hub: DataHub, path: Path) -> str | None:
    """Import ``path``; returns the saved routine's id, or ``None`` if refused or cancelled
    (the reason goes to the hub's message bar)."""
    from coach.domain.library import load_routine_file
    from coach.domain.routines.clash import find_clash, renamed, replacing
    from coach.domain.routines.versions import Source

    try:
        routine = load_routine_file(path)
    except ValueError as exc:
        hub.error.emit(tr("Cannot import %1: %2").replace("%1", path.name).replace("%2", str(exc)))
        return None
    existing = hub.store.routines.list()
    taken = find_clash(routine, existing)
    if taken is not None:
        choice = ask_clash(parent, routine, taken)
        if choice is None:
            return None
        routine = renamed(routine, existing) if choice == "rename" else replacing(routine, taken)
    if not hub.save_routine(routine, Source.IMPORTED):
        return None
    return routine.id


def export_routine(parent: QWidget, hub: DataHub, routine: Routine) -> tuple[Path | None, str]:
    """Ask where to save ``routine`` as a routine file and write it (the editor's and the
    Routines view's Export…). Returns the file written, or None when cancelled or refused,
    and a one-line message for the person ("" when cancelled)."""
    from coach.domain.library import RoutineFileError, dump_routine_file, without_own_pictures
    from coach.store.paths import inside_data_dir

    suggested = str(Path.home() / f"{routine.id}.rehab.json")
    name, _filter = QFileDialog.getSaveFileName(
        parent, tr("Export routine"), suggested, tr("Routine files (*.rehab.json)")
    )
    if not name:
        return None, ""
    path = Path(name)
    if inside_data_dir(path, hub.store.data_dir):  # only the store writes in there
        return None, tr(
            "Could not export: %1 is inside the data folder; choose another place"
        ).replace("%1", str(path))
    try:
        dump_routine_file(routine, path)
    except RoutineFileError as exc:
        return None, tr("Could not export: %1").replace("%1", exc.message)
    message = tr("Exported to %1.").replace("%1", str(path))
    dropped = without_own_pictures(routine)[1]
    if dropped:
        message += " " + tr(
            "The pictures you added (%1) stay on this computer and are not in the file."
        ).replace("%1", str(dropped))
    return path, message


def routine_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    return [Path(u.toLocalFile()) for u in urls if u.isLocalFile()]


class DropImporter(QObject):
    """Lets a routine file be dropped anywhere on ``window``; installed by the Routines
    view so the main window itself needs no import code."""

    def __init__(self, window: QWidget, hub: DataHub, imported) -> None:
        super().__init__(window)
        self._window = window
        self._hub = hub
        self._imported = imported
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is not self._window:
            return False
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if any(p.name.endswith(".json") for p in routine_files(event)):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            files = [p for p in routine_files(event) if p.name.endswith(".json")]
            if files:
                event.acceptProposedAction()
                self.drop(files)
                return True
        return False

    def drop(self, files: list[Path]) -> list[str]:
        done = []
        for path in files:
            routine_id = import_file(self._window, self._hub, path)
            if routine_id:
                done.append(routine_id)
        if done:
            self._imported(done[-1])
        return done
