"""The History tab: every version of a routine, what changed in it, and the sessions
that ran it, so the dose prescribed on any day can be read back."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from coach.domain.routines.changes import describe_changes, dose_text
from coach.domain.routines.versions import RoutineVersion, Source, version_of_snapshot
from coach.store import StoreError
from coach.ui import dates
from coach.ui.hub import DataHub
from coach.ui.i18n import text as domain_text

SOURCE_WORDS = {  # translated in the HistoryTab context (self.tr there)
    Source.SAVED: QT_TRANSLATE_NOOP("HistoryTab", "saved in the editor"),
    Source.IMPORTED: QT_TRANSLATE_NOOP("HistoryTab", "imported from a file"),
    Source.USED: QT_TRANSLATE_NOOP("HistoryTab", "as first done"),
    Source.BEFORE: QT_TRANSLATE_NOOP("HistoryTab", "kept from before versions"),
}


def _when(moment: datetime) -> str:
    """``07 Dec 2026 09:05`` / ``07. Dez. 2026 09:05``."""
    return f"{dates.day_month(moment)} {moment.year} {dates.clock(moment)}"


class HistoryTab(QWidget):
    def __init__(self, hub: DataHub, routine_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.routine_id = routine_id
        self._versions: list[RoutineVersion] = []
        self._used: dict[int, list] = {}
        self.versions = QListWidget()
        self.versions.setAccessibleName(self.tr("Versions, newest first"))
        self.versions.setWordWrap(True)
        self.versions.setSpacing(3)
        self.versions.currentRowChanged.connect(self._show)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setAccessibleName(self.tr("The selected version's exercises and doses"))
        self.empty = QLabel(self.tr("No versions yet: the first is kept when you save."))
        self.empty.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.versions, 3)
        row.addWidget(self.detail, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(row, 1)

    def refresh(self) -> None:
        store = self.hub.store
        self.versions.clear()
        try:
            self._versions = store.routines.history(self.routine_id)
            sessions = store.sessions.list()
        except StoreError as exc:  # damaged: say which file, show nothing made up
            self._versions = []
            self.empty.setText(str(exc))
            self.empty.show()
            return
        used: dict[int, list] = defaultdict(list)
        for record in sessions:
            if record.routine_id == self.routine_id and record.finished:
                version = version_of_snapshot(self._versions, record.routine_snapshot)
                if version is not None:
                    used[version.number].append(record.day)
        self._used = used
        self.empty.setVisible(not self._versions)
        previous = None
        items = []
        for version in self._versions:
            when = (
                _when(version.saved_at)
                if version.saved_at
                else self.tr("before versions were kept")
            )
            head = self.tr("Version %1 · %2 · %3").replace("%1", str(version.number))
            head = head.replace("%2", when).replace("%3", self.tr(SOURCE_WORDS[version.source]))
            lines = describe_changes(previous, version.routine)
            said = (f"   {domain_text(line)}" for line in lines)
            item = QListWidgetItem("\n".join([head, *said]))
            item.setData(Qt.ItemDataRole.UserRole, version.number)
            items.append(item)
            previous = version.routine
        for item in reversed(items):
            self.versions.addItem(item)
        if items:
            self.versions.setCurrentRow(0)

    def _show(self, row: int) -> None:
        if not 0 <= row < self.versions.count():
            self.detail.setPlainText("")
            return
        number = self.versions.item(row).data(Qt.ItemDataRole.UserRole)
        version = next(v for v in self._versions if v.number == number)
        routine = version.routine
        lines = [self.tr("Version %1 of %2").replace("%1", str(number)).replace("%2", routine.name)]
        days = sorted(self._used.get(number, []))
        if days:
            text = (
                self.tr("Done %1 times, last on %2")
                if len(days) > 1
                else self.tr("Done once, on %2")
            )
            lines.append(
                text.replace("%1", str(len(days))).replace(
                    "%2", f"{dates.day_month(days[-1])} {days[-1].year}"
                )
            )
        else:
            lines.append(self.tr("Not done at this dose"))
        lines.append("")
        for i, slot in enumerate(routine.slots, start=1):
            lines.append(f"{i}. {slot.exercise.name}: {domain_text(dose_text(slot))}")
            if slot.exercise.equipment:
                lines.append("   " + ", ".join(slot.exercise.equipment))
        self.detail.setPlainText("\n".join(lines))

    def version_numbers(self) -> list[int]:
        """Newest first, as listed."""
        return [
            self.versions.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.versions.count())
        ]
