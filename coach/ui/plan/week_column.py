"""The week's adherence beside each row of the month: "83%", "—" when nothing was due.

QCalendarWidget has no hook to draw in its own week-number column, so this narrow
widget stands beside it and puts each figure level with its row, reading the rows'
positions from the calendar's table at paint time.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QCalendarWidget, QTableView, QWidget

from coach.ui import theme


class WeekColumn(QWidget):
    def __init__(self, calendar: QCalendarWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = calendar
        self.figures: list[str] = []  # one per visible week, top to bottom
        self.setAccessibleName(self.tr("Share of planned sessions done, per week"))
        self.setFont(theme.scaled_font(theme.SMALL_SCALE, bold=True))

    def set_figures(self, figures: list[str]) -> None:
        self.figures = figures
        self.setToolTip(self.tr("Planned sessions done in each week shown"))
        self.update()

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(self.fontMetrics().horizontalAdvance("100%") + 10, 100)

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt override
        table = self.calendar.findChild(QTableView, "qt_calendar_calendarview")
        if table is None:
            return
        painter = QPainter(self)
        painter.setPen(theme.text_colour())
        model = table.model()
        for week, text in enumerate(self.figures[:6]):
            cell = table.visualRect(model.index(week + 1, 0))
            top = table.viewport().mapTo(self.window(), cell.topLeft())
            y = self.mapFrom(self.window(), top).y()
            painter.drawText(
                QRect(QPoint(0, y), QSize(self.width(), cell.height())),
                Qt.AlignmentFlag.AlignCenter,
                text,
            )
        painter.end()
