"""A year of adherence at a glance: one small square per day, a column per week.

A square is filled from the bottom by the share of the day's planned sessions done
(so a half day is half full: shape, not only colour); a day with nothing planned is a
faint dot, a paused day a short bar. Clicking a day selects it in the calendar.

Signals: ``day_clicked(date)``.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from coach.domain.plan.calendar import CalendarDay
from coach.ui import theme
from coach.ui.dates import full_date

WEEKS = 53


class YearStrip(QWidget):
    day_clicked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Adherence over the last year"))
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.cells: dict[date, CalendarDay] = {}
        self.last_day = date.today()
        self.today = date.today()
        self._drawn: QPixmap | None = None  # what paintEvent draws, until a change
        self._drawn_key: tuple[object, ...] = ()

    def set_days(self, cells: dict[date, CalendarDay], last_day: date, today: date) -> None:
        self.cells, self.last_day, self.today = cells, last_day, today
        done = sum(c.done for c in cells.values() if c.day < today)
        planned = sum(c.planned for c in cells.values() if c.day < today)
        share = f"{round(100 * done / planned)}%" if planned else self.tr("nothing planned")
        self.setToolTip(
            self.tr("Planned sessions done over the year shown: %1").replace("%1", share)
        )
        self._drawn = None
        self.update()

    def has_marks(self) -> bool:
        """Whether the year shown has anything to draw: a planned, paused or extra day."""
        first = self.first_day
        return any(
            first <= day <= self.today and (c.paused or c.extra or c.completion is not None)
            for day, c in self.cells.items()
        )

    @property
    def first_day(self) -> date:
        sunday = self.last_day + timedelta(days=6 - self.last_day.weekday())
        return sunday - timedelta(days=7 * WEEKS - 1)

    def sizeHint(self) -> QSize:  # Qt override
        return QSize(WEEKS * 12, 7 * 8 + 4)

    def minimumSizeHint(self) -> QSize:  # Qt override
        return QSize(WEEKS * 6, 7 * 6 + 4)

    def _geometry(self) -> tuple[float, float]:
        step_x = self.width() / WEEKS
        step_y = (self.height() - 4) / 7
        return step_x, step_y

    def _day_at(self, pos: QPoint) -> date | None:
        step_x, step_y = self._geometry()
        col, row = int(pos.x() // step_x), int((pos.y() - 2) // step_y)
        if not (0 <= col < WEEKS and 0 <= row < 7):
            return None
        return self.first_day + timedelta(days=7 * col + row)

    def paintEvent(self, _event: QPaintEvent) -> None:  # Qt override
        # Drawn once per change and kept: 371 squares were 4 ms of Python on every
        # paint, each time the Calendar was switched to (2-CPU VM). A new palette (the
        # theme switched) has a new cache key, so it is drawn again in the new colours.
        ratio = self.devicePixelRatioF()
        key = (self.size(), ratio, self.palette().cacheKey())
        if self._drawn is None or self._drawn_key != key:
            self._drawn = QPixmap(self.size() * ratio)
            self._drawn.setDevicePixelRatio(ratio)
            self._drawn_key = key
            painter = QPainter(self._drawn)
            self._draw(painter)
            painter.end()
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._drawn)
        painter.end()

    def _draw(self, painter: QPainter) -> None:
        step_x, step_y = self._geometry()
        size = max(3.0, min(step_x, step_y) - 2)
        done = theme.done_colour()
        faint = theme.muted_colour()
        painter.fillRect(self.rect(), theme.base_colour())
        ink = theme.text_colour()
        first = self.first_day
        for n in range(7 * WEEKS):
            day = first + timedelta(days=n)
            x = (n // 7) * step_x + (step_x - size) / 2
            y = 2 + (n % 7) * step_y + (step_y - size) / 2
            box = QRectF(x, y, size, size)
            cell = self.cells.get(day)
            if day > self.today or cell is None:
                continue
            if cell.paused:
                painter.fillRect(QRectF(x, y + size / 2 - 1, size, 2), faint)
                continue
            share = cell.completion
            if share is None:
                if cell.extra:  # done although nothing was planned: a small dot
                    painter.fillRect(box.adjusted(size / 3, size / 3, -size / 3, -size / 3), done)
                continue
            painter.setPen(QPen(ink if day < self.today else faint, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(box)
            if share > 0:
                height = size * share
                painter.fillRect(QRectF(x, y + size - height, size, height), done)
        if not self.has_marks():  # an empty white band read as a chart that failed to draw
            painter.setPen(theme.muted_colour())
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr(
                    "Your year shows here: a square for each planned day, filled as you do it."
                ),
            )
        if first <= self.today:
            col = (self.today - first).days // 7
            painter.setPen(QPen(theme.accent_colour(), 2))
            painter.drawLine(round((col + 1) * step_x), 0, round((col + 1) * step_x), self.height())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        day = self._day_at(event.position().toPoint())
        cell = self.cells.get(day) if day else None
        if day is None:
            return
        if cell is None or cell.planned == 0:
            text = f"{full_date(day)}: " + self.tr("nothing planned")
        else:
            text = f"{full_date(day)}: " + self.tr("%1 of %2 planned done").replace(
                "%1", f"{cell.done:g}"
            ).replace("%2", str(cell.planned))
        QToolTip.showText(event.globalPosition().toPoint(), text, self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        day = self._day_at(event.position().toPoint())
        if day is not None:
            self.day_clicked.emit(day)
