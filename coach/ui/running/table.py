"""The run log as a table model: newest run first, only the rows on screen are asked
for, so five years of runs cost nothing to show."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from coach.domain.running.runs import Run
from coach.ui import dates

Index = QModelIndex | QPersistentModelIndex


def clock(seconds: float) -> str:
    s = round(seconds)
    return (
        f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
    )


class RunTable(QAbstractTableModel):
    """Columns: date, distance, time, terrain, pain during, pain after, cap."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runs: list[Run] = []
        self.over: dict[str, tuple[float, str]] = {}  # run id -> (share, the sentence)
        self.terrains: dict[str, str] = {}
        self.headers = [
            self.tr("Date"),
            self.tr("Distance"),
            self.tr("Time"),
            self.tr("Terrain"),
            self.tr("Pain during"),
            self.tr("Pain after"),
            self.tr("Cap"),
        ]
        self.over_mark = self.tr("⚠ over the cap: %1 of the 30-day longest")

    def set_runs(self, runs: list[Run], over: dict[str, tuple[float, str]]) -> None:
        self.beginResetModel()
        self.runs = sorted(runs, key=lambda r: r.started_at, reverse=True)
        self.over = over
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.runs)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def text(self, run: Run, column: int) -> str:
        if column == 0:
            at = run.started_at.astimezone()
            return f"{dates.short_day(at)} {at:%H:%M}"
        if column == 1:
            return f"{run.km:.2f} km"
        if column == 2:
            return clock(run.moving_s or run.duration_s)
        if column == 3:
            return self.terrains.get(run.terrain.value, run.terrain.value)
        if column == 4:
            return "" if run.pain_during is None else f"{run.pain_during}/10"
        if column == 5:
            return "" if run.pain_after is None else f"{run.pain_after}/10"
        if run.id not in self.over:
            return ""
        return self.over_mark.replace("%1", f"{self.over[run.id][0]:.0%}")

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        run = self.runs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(run, index.column())
        tip = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
        if index.column() == 6 and run.id in self.over and role in tip:
            return self.over[run.id][1]  # the rule and the numbers
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.text(run, index.column())
        return None
