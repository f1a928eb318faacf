"""Print sheet…: the routine as a one-page PDF with a week to tick, from the editor or the
Routines view.

The file goes where the person chooses (never into the data folder, which only the
store writes), on the paper the report dialog last used, written to a temporary file
and renamed into place, so a failure leaves no half file. Then a small box offers to open
it or show its folder, as the report dialog does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from coach.domain.routine import Routine
from coach.ui.hub import DataHub

PAPER_KEY = "report/paper"  # one paper choice for everything the app prints


def tr(text: str) -> str:
    return QCoreApplication.translate("RoutineSheet", text)


def _suggested(routine: Routine) -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
    return base / f"{routine.id}-sheet.pdf"


def write_routine_sheet(
    hub: DataHub, routine: Routine, path: Path, *, draft: bool = False
) -> tuple[Path | None, str]:
    """Write the sheet to ``path``; (the file, "") or (None, the one-line reason)."""
    from coach.render.pages import default_paper
    from coach.render.routine_sheet import write_sheet
    from coach.render.sheet_data import sheet_from_store
    from coach.store.paths import inside_data_dir

    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    if inside_data_dir(path, hub.store.data_dir):
        return None, tr(
            "Could not print: %1 is inside the data folder; choose another place"
        ).replace("%1", str(path))
    if path.is_dir() or not path.parent.is_dir():
        return None, tr("Could not print: %1 is not a file in an existing folder").replace(
            "%1", str(path)
        )
    paper = str(QSettings().value(PAPER_KEY, default_paper()))
    paper = paper if paper in ("a4", "letter") else default_paper()
    sheet = sheet_from_store(hub.store, routine, hub.today(), draft=draft)
    try:
        write_sheet(sheet, path, paper, hub.store.pictures.path)
    except OSError as exc:
        reason = (exc.strerror or "the file could not be written").lower()
        return None, tr("Could not print: %1").replace("%1", reason)
    return path, tr("Saved the sheet as %1.").replace("%1", str(path))


def print_sheet(
    parent: QWidget, hub: DataHub, routine: Routine, *, draft: bool = False
) -> tuple[Path | None, str]:
    """Ask where, write, offer to open. Returns the file (or None: cancelled or refused)
    and a one-line message ("" when cancelled)."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, tr("Save the routine sheet"), str(_suggested(routine)), tr("PDF (*.pdf)")
    )
    if not name:
        return None, ""
    path, message = write_routine_sheet(hub, routine, Path(name), draft=draft)
    if path is not None:
        box = SheetSaved(parent, path)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
    return path, message


class SheetSaved(QMessageBox):
    """Where the sheet went, with Open and Show in folder."""

    def __init__(self, parent: QWidget, path: Path) -> None:
        super().__init__(parent)
        self.path = path
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(tr("Routine sheet saved"))
        self.setAccessibleName(tr("Routine sheet saved"))
        self.setText(tr("Saved %1.").replace("%1", str(path)))
        self.setInformativeText(tr("Print it and tick a box each day you do an exercise."))
        self.open_button: QPushButton = self.addButton(
            tr("Open the PDF"), QMessageBox.ButtonRole.AcceptRole
        )
        self.open_button.setAccessibleName(tr("Open the PDF"))
        self.folder_button: QPushButton = self.addButton(
            tr("Show in folder"), QMessageBox.ButtonRole.ActionRole
        )
        self.folder_button.setAccessibleName(tr("Show the PDF in its folder"))
        close = self.addButton(QMessageBox.StandardButton.Close)
        close.setAccessibleName(tr("Close"))
        self.setDefaultButton(self.open_button)
        self.open_button.clicked.connect(self.open_pdf)
        self.folder_button.clicked.connect(self.show_folder)

    def open_pdf(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))
