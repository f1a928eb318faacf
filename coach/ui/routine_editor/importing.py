"""Importing a routine file in the app: by menu or button, or by dropping it on the window.

The file passes the same gates as ``rehab-coach routine import`` (size, depth, JSON,
schema, the domain's rules, clean names). A refused file gets its one-line reason and
nothing is written. An id or name that is already taken asks: import as a copy, or
replace (the file becomes the next version of the person's own routine; a built-in
can only be copied).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coach.domain.routine import Routine
from coach.ui.hub import DataHub

FILE_FILTER = QT_TRANSLATE_NOOP("RoutineImport", "Routine files (*.rehab.json *.json)")


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


class FileDrops(QObject):
    """Files dropped anywhere on ``window`` go to the handler that takes their kind
    (routine files to the Routines view, run files to the Running view). One per window:
    :meth:`on` finds it or installs it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._handlers: list[tuple[Callable[[Path], bool], Callable[[list[Path]], object]]] = []
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    @classmethod
    def on(cls, window: QWidget) -> FileDrops:
        found = window.findChild(cls, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return found if found is not None else cls(window)

    def add(self, accepts: Callable[[Path], bool], handle: Callable[[list[Path]], object]) -> None:
        self._handlers.append((accepts, handle))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        if watched is not self._window:
            return False
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            files = routine_files(event)
            if any(accepts(p) for accepts, _ in self._handlers for p in files):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            files = routine_files(event)
            wanted = [
                (handle, [p for p in files if accepts(p)]) for accepts, handle in self._handlers
            ]
            wanted = [(handle, chosen) for handle, chosen in wanted if chosen]
            if wanted:
                event.acceptProposedAction()
                for handle, chosen in wanted:
                    handle(chosen)
                return True
        return False


class DropImporter(QObject):
    """Lets a routine file be dropped anywhere on ``window``; installed by the Routines
    view so the main window itself needs no import code."""

    def __init__(self, window: QWidget, hub: DataHub, imported) -> None:
        super().__init__(window)
        self._window = window
        self._hub = hub
        self._imported = imported
        FileDrops.on(window).add(lambda p: p.name.endswith(".json"), self.drop)

    def drop(self, files: list[Path]) -> list[str]:
        done = []
        for path in files:
            routine_id = import_file(self._window, self._hub, path)
            if routine_id:
                done.append(routine_id)
        if done:
            self._imported(done[-1])
        return done
