"""The pain trend chart: daily pain, its 7-day rolling mean and the sessions done.

A pyqtgraph plot with a date axis. Only the time axis zooms and pans (the pain scale is
always 0–10, so a reading keeps its meaning); the range presets set the visible time
span. Colours come from the palette, and each series has its own symbol or line style
in the legend, so the chart reads in light, dark and in greyscale print.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from coach.ui import theme

SESSION_Y = -0.6
Y_MIN, Y_MAX = -1.0, 10.5


@lru_cache(maxsize=8192)
def day_x(day: date) -> float:
    """Local noon of ``day`` as a POSIX timestamp: the x value DateAxisItem expects."""
    return datetime.combine(day, time(12)).astimezone().timestamp()


class DayAxis(pg.DateAxisItem):
    """A date axis whose day numbers give way to a month name beside them.

    pyqtgraph draws each tick level on its own, so on a three-month span "30" (a day)
    and "Sep" (the month tick two days later) printed on top of each other ("30Sep").
    A finer tick closer than one label width to a coarser one is dropped."""

    LABEL_PX = 36.0

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        levels = super().tickValues(minVal, maxVal, size)
        if size <= 0 or maxVal <= minVal:
            return levels
        gap = self.LABEL_PX * (maxVal - minVal) / size
        taken: list[float] = []
        thinned = []
        for spacing, values in levels:
            keep = [v for v in values if all(abs(v - t) >= gap for t in taken)]
            taken.extend(keep)
            thinned.append((spacing, keep))
        return thinned


class PainChart(pg.PlotWidget):
    """Call :meth:`set_series` with plain lists; :meth:`show_range` for presets."""

    def __init__(self, parent: QWidget | None = None) -> None:
        axis = DayAxis(orientation="bottom")
        super().__init__(parent=parent, axisItems={"bottom": axis}, background=theme.base_colour())
        self.setAccessibleName(self.tr("Pain trend chart"))
        self.setMinimumHeight(240)
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.25)
        item.setMouseEnabled(x=True, y=False)
        item.setLabel("left", self.tr("Pain (0–10)"))
        item.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        fg = theme.text_colour()
        item.setYRange(Y_MIN, Y_MAX, padding=0)
        item.vb.setLimits(yMin=Y_MIN, yMax=Y_MAX)
        self.legend = item.addLegend(offset=(-10, 10), labelTextColor=fg, brush=theme.base_colour())

        mean_pen = pg.mkPen(theme.mean_colour(), width=3)
        self.daily = pg.ScatterPlotItem(
            size=9,
            pen=pg.mkPen(fg, width=1),
            brush=pg.mkBrush(219, 109, 40),
            name=self.tr("Daily pain"),
        )
        self.mean = pg.PlotDataItem(pen=mean_pen, name=self.tr("7-day mean"))
        self.sessions = pg.ScatterPlotItem(
            symbol="t1",
            size=11,
            pen=None,
            brush=pg.mkBrush(theme.done_colour()),
            name=self.tr("Session done"),
        )
        self.stopped = pg.ScatterPlotItem(
            symbol="x",
            size=12,
            pen=None,
            brush=pg.mkBrush(200, 40, 40),
            name=self.tr("Stopped for pain"),
        )
        for part in (self.mean, self.daily, self.sessions, self.stopped):
            item.addItem(part)
        self._first: date | None = None
        self._last: date | None = None
        self._apply_colours()
        self._ready = True  # palette events arrive during pyqtgraph's own set-up too

    def changeEvent(self, event: QEvent) -> None:  # Qt override: follow light/dark
        kinds = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in kinds and getattr(self, "_ready", False):
            self._apply_colours()
        super().changeEvent(event)

    def _apply_colours(self) -> None:
        # One shared brush per score: pyqtgraph renders a symbol once per brush, so
        # thousands of fresh brushes would each be painted into its atlas.
        self._brushes = [pg.mkBrush(theme.pain_colour(score)) for score in range(11)]
        fg = theme.text_colour()
        self.setBackground(theme.base_colour())
        item = self.getPlotItem()
        for name in ("left", "bottom"):
            ax = item.getAxis(name)
            ax.setPen(fg)
            ax.setTextPen(fg)
        self.legend.setLabelTextColor(fg)
        self.legend.setBrush(pg.mkBrush(theme.base_colour()))
        self.legend.setPen(pg.mkPen(theme.muted_colour()))
        self.mean.setPen(pg.mkPen(theme.mean_colour(), width=3))
        self.daily.setPen(pg.mkPen(fg, width=1))
        self.sessions.setBrush(pg.mkBrush(theme.done_colour()))

    def use_print_colours(self) -> None:
        """Black on white whatever the system's theme: for the PDF report, where a dark
        background would print as a block of ink."""
        self._ready = False  # a later palette change must not undo this
        white, ink, muted = QColor(255, 255, 255), QColor(20, 20, 20), QColor(150, 150, 150)
        self.setBackground(white)
        item = self.getPlotItem()
        for name in ("left", "bottom"):
            ax = item.getAxis(name)
            ax.setPen(ink)
            ax.setTextPen(ink)
        self.legend.setLabelTextColor(ink)
        self.legend.setBrush(pg.mkBrush(white))
        self.legend.setPen(pg.mkPen(muted))
        self.mean.setPen(pg.mkPen(QColor(30, 90, 200), width=3))
        self.daily.setPen(pg.mkPen(ink, width=1))
        self.sessions.setBrush(pg.mkBrush(QColor(30, 130, 60)))

    def set_series(
        self,
        daily: Sequence[tuple[date, float]],
        mean: Sequence[tuple[date, float]],
        sessions: Sequence[date],
        stopped: Sequence[date] = (),
    ) -> None:
        self.daily.setData(
            x=[day_x(d) for d, _ in daily],
            y=[v for _, v in daily],
            brush=[self._brushes[round(v)] for _, v in daily],
        )
        self.mean.setData(x=[day_x(d) for d, _ in mean], y=[v for _, v in mean])
        self.sessions.setData(x=[day_x(d) for d in sessions], y=[SESSION_Y] * len(sessions))
        self.stopped.setData(x=[day_x(d) for d in stopped], y=[SESSION_Y] * len(stopped))
        days = [d for d, _ in daily] + list(sessions) + list(stopped)
        self._first = min(days) if days else None
        self._last = max(days) if days else None

    def point_count(self) -> int:
        """How many daily points are plotted (what a person counts as dots)."""
        return len(self.daily.data)

    def show_range(self, days: int | None, today: date) -> None:
        """Show the last ``days`` days up to ``today``; ``None`` shows everything."""
        end = max(today, self._last or today)
        if days is None:
            start = self._first or today - timedelta(days=14)
        else:
            start = today - timedelta(days=days - 1)
        left = day_x(start) - 18 * 3600
        right = day_x(end) + 18 * 3600
        self.getPlotItem().vb.setLimits(
            xMin=min(left, day_x(self._first or start) - 86400 * 7), xMax=right + 86400 * 7
        )
        self.setXRange(left, right, padding=0)
        self.getPlotItem().setYRange(Y_MIN, Y_MAX, padding=0)

    def keyPressEvent(self, event) -> None:  # Qt override: keyboard zoom for the chart
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.getPlotItem().vb.scaleBy(x=0.7, y=1)
        elif event.key() == Qt.Key.Key_Minus:
            self.getPlotItem().vb.scaleBy(x=1 / 0.7, y=1)
        else:
            super().keyPressEvent(event)
