"""File → Export CSV…: pick a folder, confirm replacing, write the three files.

The files and their columns are those of ``rehab-coach export-csv`` (one function,
:func:`coach.csv_export.write_csv_export`, writes both); the app asks before it
replaces files that are already there, as the command needs ``--force``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coach.commands.common import inside_data_dir
from coach.csv_export import CSV_FILES, write_csv_export
from coach.store import StoreError

if TYPE_CHECKING:
    from coach.store import Store


def export_csv_interactively(parent: QWidget, store: Store) -> str:
    """Ask for a folder and write the files; returns a one-line result ("" if cancelled)."""
    folder = QFileDialog.getExistingDirectory(
        parent, parent.tr("Export CSV files to which folder?")
    )
    if not folder:
        return ""
    target = Path(folder)
    if inside_data_dir(target, store.data_dir):
        return parent.tr(
            "%1 is inside the data folder, which only Rehab Coach itself writes; "
            "choose a place outside it."
        ).replace("%1", str(target))
    folders = [name for name in CSV_FILES if (target / name).is_dir()]
    if folders:
        return parent.tr("Could not export: %1 is a folder.").replace(
            "%1", str(target / folders[0])
        )
    there = [name for name in CSV_FILES if (target / name).exists()]
    if there:
        answer = QMessageBox.question(
            parent,
            parent.tr("Replace the files?"),
            parent.tr("%1 already holds %2. Replace them?")
            .replace("%1", str(target))
            .replace("%2", ", ".join(there)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return parent.tr("Export cancelled; nothing was replaced.")
    try:
        pain = store.pain.list()
        sessions = store.sessions.list()
        write_csv_export(target, pain, sessions)
    except StoreError as exc:
        return str(exc)
    except OSError as exc:
        reason = (exc.strerror or type(exc).__name__).lower()
        return (
            parent.tr("Could not export to %1: %2.")
            .replace("%1", str(target))
            .replace("%2", reason)
        )
    return (
        parent.tr("Exported %1 pain entries and %2 sessions to %3.")
        .replace("%1", str(len(pain)))
        .replace("%2", str(len(sessions)))
        .replace("%3", str(target))
    )
