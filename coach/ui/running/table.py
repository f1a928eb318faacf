"""The run log as a table model: newest run first, only the rows on screen are asked
for, so five years of runs cost nothing to show.

Two marks, each as text (not only colour) with the reason in its tool tip and accessible
text: a run over its single-run cap (the Cap column), and a run on hills or downhill at
an early level (the Terrain column; the seeds: avoid hills and downhill early on)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from coach.domain.running.runs import Run
from coach.ui import dates
from coach.ui.i18n import text as domain_text
from coach.ui.running.numbers import number, percent

Index = QModelIndex | QPersistentModelIndex


def clock(seconds: float) -> str:
    s = round(seconds)
    return (
        f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
    )


class RunTable(QAbstractTableModel):
    """Columns: date, distance, time, terrain, surface, pain during, pain after, cap."""

    TERRAIN, SURFACE, CAP = 3, 4, 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runs: list[Run] = []
        self.over: dict[str, tuple[float, str]] = {}  # run id -> (share, the sentence)
        self.ground: dict[str, tuple[int, str]] = {}  # run id -> (level, why it is flagged)
        self.terrains: dict[str, str] = {}
        self.headers = [
            self.tr("Date"),
            self.tr("Distance"),
            self.tr("Time"),
            self.tr("Terrain"),
            self.tr("Surface"),
            self.tr("Pain during"),
            self.tr("Pain after"),
            self.tr("Cap"),
        ]
        self.over_mark = self.tr("⚠ over the cap: %1 of the 30-day longest")
        self.ground_mark = self.tr("⚠ %1 at level %2")

    def set_runs(
        self,
        runs: list[Run],
        over: dict[str, tuple[float, str]],
        ground: dict[str, tuple[int, str]] | None = None,
    ) -> None:
        self.beginResetModel()
        self.runs = sorted(runs, key=lambda r: r.started_at, reverse=True)
        self.over = over
        self.ground = ground or {}
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
            return f"{dates.short_day(at)} {dates.clock(at)}"
        if column == 1:
            return self.tr("%1 km").replace("%1", number(run.km, 2))
        if column == 2:
            return clock(run.moving_s or run.duration_s)
        if column == self.TERRAIN:
            terrain = self.terrains.get(run.terrain.value, run.terrain.value)
            if run.id not in self.ground:
                return terrain
            return self.ground_mark.replace("%1", terrain).replace(
                "%2", str(self.ground[run.id][0])
            )
        if column == self.SURFACE:
            return run.surface
        if column == 5:
            return "" if run.pain_during is None else f"{run.pain_during}/10"
        if column == 6:
            return "" if run.pain_after is None else f"{run.pain_after}/10"
        if run.id not in self.over:
            return ""
        return self.over_mark.replace("%1", percent(self.over[run.id][0]))

    def reason(self, run: Run, column: int) -> str | None:
        """Why a cell is marked (its tool tip, also read out), or None."""
        if column == self.CAP and run.id in self.over:
            return domain_text(self.over[run.id][1])  # the rule and the numbers
        if column == self.TERRAIN and run.id in self.ground:
            return domain_text(self.ground[run.id][1])
        return None

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        run = self.runs[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(run, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.reason(run, index.column())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            shown = self.text(run, index.column())
            why = self.reason(run, index.column())
            return shown if why is None else f"{shown}. {why}"
        return None
