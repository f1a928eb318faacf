"""The pain trend chart: every entry as a point, a daily line per location, the 7-day
mean, the NRS bands, session marks and flare-ups.

A pyqtgraph plot with a date axis. Only the time axis zooms and pans (the pain scale is
always 0–10, so a reading keeps its meaning); the range presets set the visible time
span. A point's shape *and* colour say its context (before, during, after, next morning,
at rest), each location's daily line has its own colour, and the legend names them all,
so the chart reads in light, dark and greyscale print. Hovering a point shows its date,
time, score, context, location, side and note as plain text; clicking it asks for the
entry to be edited (``entry_clicked(id)``). Lines break where there is no data instead of
drawing straight across the gap (:func:`coach.domain.pain.chart.break_gaps`).
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterator, Sequence
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem, QWidget

from coach.domain.pain import Context, PainEntry
from coach.domain.pain.chart import break_gaps, caption
from coach.ui import theme

SESSION_Y = -0.6
Y_MIN, Y_MAX = -1.0, 10.5
FLARE_Y1 = -0.85  # flare-ups are a red strip along the bottom edge, under the session marks
EDGE_S = 18 * 3600  # room beside the first and last day so no point is cut in half

# context -> (symbol, colour, legend label); never colour alone: each has its own shape
CONTEXT_STYLE: dict[Context, tuple[str, str, str]] = {
    Context.REST: ("o", "#5b7fa6", QT_TRANSLATE_NOOP("PainChart", "At rest")),
    Context.BEFORE: ("s", "#2a9d8f", QT_TRANSLATE_NOOP("PainChart", "Before exercise")),
    Context.DURING: ("d", "#e07b28", QT_TRANSLATE_NOOP("PainChart", "During exercise")),
    Context.AFTER: ("t1", "#b5338a", QT_TRANSLATE_NOOP("PainChart", "After exercise")),
    Context.MORNING: ("star", "#3d5bd9", QT_TRANSLATE_NOOP("PainChart", "Next morning")),
}
# One colour per location's daily line. Solid on purpose: Qt draws a dashed pen over
# thousands of short segments about 100 times slower (1.3 s a frame at five years); the
# location is named in the legend, in its check box and in every point's hover text.
LINE_COLOURS = ("#8a8f98", "#a0785a", "#6f9a8d", "#9a7fb0", "#b09a5a", "#5a8ab0")
BANDS = ((0.0, 3.5, "#3c9a3c"), (3.5, 6.5, "#d9a400"), (6.5, 10.5, "#c62828"))

LEGEND_COLUMNS = 4  # at most; fewer when the plot is narrow (PainChart.fit_legend)
LEGEND_MARGIN = 10


@lru_cache(maxsize=8192)
def day_x(day: date) -> float:
    """Local noon of ``day`` as a POSIX timestamp: the x value DateAxisItem expects."""
    return datetime.combine(day, time(12)).astimezone().timestamp()


def band_colour(colour: str, strength: float = 0.07) -> QColor:
    """A light tint of ``colour`` over the chart's background, as an opaque colour: an
    opaque fill is drawn several times faster than a translucent one every frame."""
    base, tint = theme.base_colour(), QColor(colour)
    mix = [
        round(b + (t - b) * strength)
        for b, t in zip(base.getRgb()[:3], tint.getRgb()[:3], strict=True)
    ]
    return QColor(*mix)


def line_xy(points: Sequence[tuple[date, float | None]]) -> tuple[list[float], list[float]]:
    """x and y for a line; a ``None`` value becomes NaN, which ``connect="finite"`` breaks at."""
    return [day_x(d) for d, _ in points], [math.nan if v is None else v for _, v in points]


def as_tooltip(text: str) -> str:
    """Plain text as a tool tip that Qt cannot mistake for HTML: escaped and wrapped."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def set_legend_text_colour(legend: pg.LegendItem, colour: QColor) -> None:
    """Recolour a legend's labels now. pyqtgraph's `setLabelTextColor` only stores the
    colour for labels made later: the labels already there kept the colour of their
    making, grey on the Running chart and the old theme's ink after a theme switch or on
    the printed page."""
    legend.setLabelTextColor(colour)
    for _sample, label in legend.items:
        label.setText(label.text, color=colour)


class DayAxis(pg.DateAxisItem):
    """A date axis whose day numbers give way to a month name beside them.

    pyqtgraph draws each tick level on its own, so on a three-month span "30" (a day)
    and "Sep" (the month tick two days later) printed on top of each other ("30Sep").
    A finer tick closer than one label width to a coarser one is dropped."""

    LABEL_PX = 36.0
    _last: tuple[tuple[float, float, float], list] | None = None

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        """The ticks, kept for the last span: pyqtgraph asks again whenever the axis is
        redrawn (data added, a resize, a palette change), and each date tick is moved to
        local time through Qt's time zone, 2-4 ms a time at five years."""
        key = (minVal, maxVal, size)
        if self._last is not None and self._last[0] == key:
            return [(spacing, list(values)) for spacing, values in self._last[1]]
        thinned = self._thinned(minVal, maxVal, size)
        self._last = (key, [(spacing, list(values)) for spacing, values in thinned])
        return thinned

    def _thinned(self, minVal: float, maxVal: float, size: float) -> list:
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


class SteadyPlotItem(pg.PlotItem):
    """A plot for the screen that paints only what changed: its axes are cached (see
    :meth:`cache_axes`), and it is not repainted whole each time its view is shown or
    its window (de)activated. QGraphicsView sends its scene a WindowActivate on every show, the
    scene passes it down to every item, and each QGraphicsWidget among them (the plot,
    its axes, labels and legend) repaints for an active palette it never draws with:
    a second full paint of the chart, 3–7 ms at five years, on every visit. The plot
    takes the event (``event``) and keeps it from its children (``sceneEvent``)."""

    ACTIVATION = (QEvent.Type.WindowActivate, QEvent.Type.WindowDeactivate)

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.cache_axes(True)

    def cache_axes(self, on: bool) -> None:
        """Each axis (its ticks, labels and the grid it draws) kept as a pixmap that Qt
        redraws only when the axis changes: replaying its recorded picture at every
        paint was 1.5 ms of the 7 ms a five-year chart takes. Off for printing, where
        the axes must stay vector graphics."""
        mode = (
            QGraphicsItem.CacheMode.DeviceCoordinateCache if on else QGraphicsItem.CacheMode.NoCache
        )
        for axis in self.axes.values():
            axis["item"].setCacheMode(mode)

    def event(self, event: QEvent) -> bool:  # Qt override
        return event.type() in self.ACTIVATION or super().event(event)

    def sceneEvent(self, event: QEvent) -> bool:  # Qt override
        return event.type() in self.ACTIVATION or super().sceneEvent(event)


class PainChart(pg.PlotWidget):
    """Call :meth:`set_data` with plain lists; :meth:`show_range` for presets.

    Signals: ``entry_clicked(str)`` (an entry's id), ``range_changed_by_hand()``."""

    entry_clicked = Signal(str)
    range_changed_by_hand = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        build_now: bool = True,
        plot: SteadyPlotItem | None = None,
    ) -> None:
        """``build_now=False`` builds only the plot: the series and their legend entries
        are added by :meth:`build_step` (one part per call, each a few milliseconds, for
        a caller that builds it between frames) or :meth:`finish_building`, which every
        caller must have reached before drawing data. ``plot``: one :meth:`new_plot`
        made a turn earlier (with its axes, made a turn before that, the dearest part of
        the chart: 4-10 ms where the whole was 6-14)."""
        super().__init__(
            parent=parent,
            background=theme.base_colour(),
            plotItem=plot or self.new_plot(self.new_axes()),
        )
        self.setAccessibleName(self.tr("Pain trend chart"))
        self.setMinimumHeight(240)
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.25)
        item.setMouseEnabled(x=True, y=False)
        item.setLabel("left", self.tr("Pain (0–10)"))
        item.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        item.setYRange(Y_MIN, Y_MAX, padding=0)
        item.vb.setLimits(yMin=Y_MIN, yMax=Y_MAX)
        self.legend = item.addLegend(
            offset=(-LEGEND_MARGIN, LEGEND_MARGIN),
            labelTextColor=theme.text_colour(),
            brush=theme.base_colour(),
        )
        self.legend.setColumnCount(LEGEND_COLUMNS)
        self.hover_text = ""
        self.bands: list[pg.LinearRegionItem] = []
        self.lines: dict[str, pg.PlotDataItem] = {}
        self.points: dict[Context, pg.ScatterPlotItem] = {}
        self._first: date | None = None
        self._last: date | None = None
        self._setting_range = False
        self._shown: tuple[float, ...] | None = None  # the last show_range's span and limits
        self._ready = False  # palette events arrive during pyqtgraph's own set-up too
        labels = {context: self.tr(label) for context, (_s, _c, label) in CONTEXT_STYLE.items()}
        self._parts = self._build_parts(labels)
        if build_now:
            self.finish_building()

    @staticmethod
    def new_axes() -> dict[str, pg.AxisItem]:
        """The chart's date and pain axes, for :meth:`new_plot`."""
        return {"bottom": DayAxis(orientation="bottom"), "left": pg.AxisItem("left")}

    @staticmethod
    def new_plot(axes: dict[str, pg.AxisItem]) -> SteadyPlotItem:
        """The plot the chart draws on, for the ``plot`` of a chart made later."""
        return SteadyPlotItem(axisItems=axes)

    def build_step(self) -> bool:
        """Add the next part of the chart; False once it is whole."""
        if self._parts is None:
            return False
        if next(self._parts, None) is None:
            self._parts = None
            return False
        return True

    def is_built(self) -> bool:
        return self._parts is None

    def finish_building(self) -> None:
        """Add whatever parts :meth:`build_step` has not added yet."""
        while self.build_step():
            pass

    def _build_parts(self, labels: dict[Context, str]) -> Iterator[bool]:
        """The chart's items in parts of a few milliseconds each (the legend entries are
        the dear part: a text item laid out per entry)."""
        item = self.getPlotItem()
        fg = theme.text_colour()
        for low, high, _colour in BANDS:
            band = pg.LinearRegionItem(
                values=(low, high), orientation="horizontal", movable=False, pen=pg.mkPen(None)
            )
            band.setZValue(-20)
            item.addItem(band)
            self.bands.append(band)
        self.mean = pg.PlotDataItem(
            pen=pg.mkPen(theme.mean_colour(), width=3), name=self.tr("7-day mean"), connect="finite"
        )
        self.mean.setDownsampling(auto=True, method="mean")
        self.mean.setClipToView(True)
        item.addItem(self.mean)
        yield True
        for context, (symbol, colour, _label) in CONTEXT_STYLE.items():
            scatter = pg.ScatterPlotItem(
                symbol=symbol,
                size=10,
                pen=pg.mkPen(fg, width=1),
                brush=pg.mkBrush(colour),
                name=labels[context],
                hoverable=True,
                tip=None,
            )
            scatter.sigHovered.connect(self._hovered)
            scatter.sigClicked.connect(self._clicked)
            self.points[context] = scatter
            item.addItem(scatter)
            if len(self.points) == 3:
                yield True
        yield True
        self.sessions = pg.ScatterPlotItem(
            symbol="t1", size=11, pen=None, brush=pg.mkBrush(theme.done_colour()),
            name=self.tr("Session done"),
        )  # fmt: skip
        self.partial = pg.ScatterPlotItem(
            symbol="t1", size=11, pen=pg.mkPen(theme.done_colour(), width=1.5), brush=None,
            name=self.tr("Session partly done"),
        )  # fmt: skip
        self.stopped = pg.ScatterPlotItem(
            symbol="x", size=12, pen=None, brush=pg.mkBrush(200, 40, 40),
            name=self.tr("Stopped for pain"),
        )  # fmt: skip
        for part in (self.sessions, self.partial, self.stopped):
            item.addItem(part)
        yield True
        self.flares = pg.BarGraphItem(
            x0=[], x1=[], y0=[], y1=[], brush=pg.mkBrush(200, 40, 40, 170),
            pen=pg.mkPen(None), name=self.tr("Flare-up"),
        )  # fmt: skip
        self.flares.setZValue(-15)
        item.addItem(self.flares)
        item.vb.sigRangeChangedManually.connect(lambda _mask: self.range_changed_by_hand.emit())
        self._apply_colours()
        self._ready = True
        self.fit_legend()
        yield True

    def resizeEvent(self, event) -> None:  # Qt override: the legend fits the new width
        super().resizeEvent(event)
        self.fit_legend()

    def fit_legend(self) -> None:
        """As many legend columns (up to four) as fit inside the plot: four columns of
        German labels are wider than the plot of a 900-pixel window, and the legend,
        anchored top right, then ran off the plot's left edge and cut its first column."""
        if not getattr(self, "_ready", False):  # resized while pyqtgraph builds the plot
            return
        room = self.getPlotItem().vb.width() - 2 * LEGEND_MARGIN
        for columns in range(LEGEND_COLUMNS, 0, -1):
            if self.legend.columnCount != columns:
                self.legend.setColumnCount(columns)
            if self.legend.layout.preferredWidth() <= room:
                break

    def paint_axis(self, name: str) -> None:
        """Draw only the ``"bottom"`` or ``"left"`` axis, into a scratch image, so the
        chart's first real paint finds its tick picture made. An axis's first drawing is
        the dear part of that paint (its labels laid out; for the dates, the system's
        time zone loaded, 4-5 ms): a warm-up that painted the hidden chart in one turn
        took 20 ms, the two axes together 10-17 ms."""
        axis = self.getPlotItem().getAxis(name)
        area = axis.mapRectToScene(QRectF(0, 0, axis.width(), axis.height()))
        if area.isEmpty():
            return
        image = QImage(
            max(1, round(area.width())), max(1, round(area.height())),
            QImage.Format.Format_ARGB32_Premultiplied,
        )  # fmt: skip
        painter = QPainter(image)
        self.scene().render(painter, QRectF(image.rect()), area)
        painter.end()

    def prepare_paint(self) -> None:
        """Do now what a moved span (a preset, "All") leaves for the next paint: the plot
        takes its new mapping and each line is clipped to the new span, and the date
        axis lays out its ticks and labels (5-6 ms at five years) into the picture it
        keeps. The next paint then only draws, and draws once: left to it, the lines'
        re-clipping during the paint asked for a second full paint straight after. A
        caller that spreads a redraw over turns gives this a turn of its own."""
        self.scene().prepareForPaint()  # pyqtgraph's own "about to render" hook
        axis = self.getPlotItem().getAxis("bottom")
        image = QImage(1, 1, QImage.Format.Format_ARGB32_Premultiplied)
        painter = QPainter(image)
        try:
            axis.paint(painter, None, None)  # makes the picture; drawn here into 1 pixel
        finally:
            painter.end()

    @staticmethod
    def load_time_zone() -> None:
        """Have Qt set up its time zones now (3-4 ms, once): the date axis's first ticks
        ask each tick's ``QDateTime.timeZone()``. An offset alone does not set them up,
        and the first paint of the axis paid for it."""
        QDateTime.currentDateTime().timeZone()

    def changeEvent(self, event: QEvent) -> None:  # Qt override: follow light/dark
        kinds = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in kinds and getattr(self, "_ready", False):
            self._apply_colours()
        super().changeEvent(event)

    def _apply_colours(self) -> None:
        fg = theme.text_colour()
        self.setBackground(theme.base_colour())
        item = self.getPlotItem()
        for name in ("left", "bottom"):
            ax = item.getAxis(name)
            ax.setPen(fg)
            ax.setTextPen(fg)
        set_legend_text_colour(self.legend, fg)
        self.legend.setBrush(pg.mkBrush(theme.base_colour()))
        self.legend.setPen(pg.mkPen(theme.muted_colour()))
        self.mean.setPen(pg.mkPen(theme.mean_colour(), width=3))
        for band, (_low, _high, colour) in zip(self.bands, BANDS, strict=True):
            band.setBrush(pg.mkBrush(band_colour(colour)))
        for scatter in self.points.values():
            scatter.setPen(pg.mkPen(fg, width=1))
        for i, line in enumerate(self.lines.values()):
            line.setPen(self._line_pen(i))
        self.sessions.setBrush(pg.mkBrush(theme.done_colour()))
        self.partial.setPen(pg.mkPen(theme.done_colour(), width=1.5))

    def use_print_colours(self) -> None:
        """Black on white whatever the system's theme: for the PDF report, where a dark
        background would print as a block of ink. The context colours and shapes stay."""
        self._ready = False  # a later palette change must not undo this
        self.getPlotItem().cache_axes(False)
        white, ink, muted = QColor(255, 255, 255), QColor(20, 20, 20), QColor(150, 150, 150)
        done = QColor(30, 130, 60)
        self.setBackground(white)
        item = self.getPlotItem()
        for name in ("left", "bottom"):
            ax = item.getAxis(name)
            ax.setPen(ink)
            ax.setTextPen(ink)
        set_legend_text_colour(self.legend, ink)
        self.legend.setBrush(pg.mkBrush(white))
        self.legend.setPen(pg.mkPen(muted))
        self.mean.setPen(pg.mkPen(QColor(30, 90, 200), width=3))
        for scatter in self.points.values():
            scatter.setPen(pg.mkPen(ink, width=1))
        self.sessions.setBrush(pg.mkBrush(done))
        self.partial.setPen(pg.mkPen(done, width=1.5))

    @staticmethod
    def _line_pen(i: int):
        return pg.mkPen(LINE_COLOURS[i % len(LINE_COLOURS)], width=1)  # 1 px: Qt's fast path

    def set_data(
        self,
        entries: Sequence[PainEntry],
        daily: dict[str, Sequence[tuple[date, float]]],
        mean: Sequence[tuple[date, float]],
        sessions: Sequence[tuple[date, str]] = (),
        flares: Sequence[tuple[date, date]] = (),
        daily_label: str = "",
    ) -> None:
        """``entries`` as points; ``daily`` one line per location (its daily value);
        ``mean`` the 7-day mean; ``sessions`` (day, "done"|"partial"|"stopped");
        ``flares`` (first, last) day spans to shade."""
        for _part in self.set_data_steps(entries, daily, mean, sessions, flares, daily_label):
            pass

    def set_data_steps(
        self,
        entries: Sequence[PainEntry],
        daily: dict[str, Sequence[tuple[date, float]]],
        mean: Sequence[tuple[date, float]],
        sessions: Sequence[tuple[date, str]] = (),
        flares: Sequence[tuple[date, date]] = (),
        daily_label: str = "",
    ) -> Iterator[None]:
        """:meth:`set_data` one series at a time, yielding between them (a few ms each at
        five years), for a caller that spreads a redraw over event-loop turns."""
        by_context: dict[Context, list[PainEntry]] = {c: [] for c in CONTEXT_STYLE}
        for entry in entries:
            by_context[entry.context].append(entry)
        yield
        for context, scatter in self.points.items():
            chosen = by_context[context]
            scatter.setData(
                x=[e.at.timestamp() for e in chosen], y=[e.score for e in chosen], data=chosen
            )
            yield
        yield from self._set_lines(daily, daily_label)
        self.mean.setData(*line_xy(break_gaps(mean)))
        yield
        kinds: dict[str, list[date]] = {"done": [], "partial": [], "stopped": []}
        for day, kind in sessions:
            kinds[kind].append(day)
        for kind, scatter in (
            ("done", self.sessions),
            ("partial", self.partial),
            ("stopped", self.stopped),
        ):
            days = kinds[kind]
            scatter.setData(x=[day_x(d) for d in days], y=[SESSION_Y] * len(days))
        self._set_flares(flares)
        all_days = [e.at.date() for e in entries] + [d for d, _ in sessions]
        self._first = min(all_days) if all_days else None
        self._last = max(all_days) if all_days else None

    def _set_lines(
        self, daily: dict[str, Sequence[tuple[date, float]]], label: str
    ) -> Iterator[None]:
        """One location's line per step (a generator: see :meth:`set_data_steps`)."""
        item = self.getPlotItem()
        for name in list(self.lines):
            if name not in daily:
                line = self.lines.pop(name)
                item.removeItem(line)
                self.legend.removeItem(line)
        for name in daily:
            if name not in self.lines:
                line = pg.PlotDataItem(connect="finite")
                line.setDownsampling(auto=True, method="peak")  # worst days stay visible
                line.setClipToView(True)
                line.setZValue(-5)
                self.lines[name] = line
                item.addItem(line)
        names = [(name, label) for name in self.lines]
        relabel = names != getattr(self, "_legend_names", None)
        self._legend_names = None  # until every line is relabelled (a redraw may be dropped)
        for i, (name, line) in enumerate(self.lines.items()):
            line.setData(*line_xy(break_gaps(daily[name])))
            if relabel:  # the legend is rebuilt only when the lines or their label change
                line.setPen(self._line_pen(i))
                self.legend.removeItem(line)
                self.legend.addItem(line, f"{label} · {name}" if label else name)
            yield
        self._legend_names = names
        if relabel:
            self.fit_legend()

    def _set_flares(self, flares: Sequence[tuple[date, date]]) -> None:
        """All flare-ups as one bar item: one cached picture, not an
        item per flare-up (76 full-height regions cost 50 ms a frame at five years). Along
        the bottom edge, where the legend never covers it."""
        x0 = [day_x(first) - 12 * 3600 for first, _ in flares]
        x1 = [day_x(last) + 12 * 3600 for _, last in flares]
        n = len(flares)
        self.flares.setOpts(x0=x0, x1=x1, y0=[Y_MIN] * n, y1=[FLARE_Y1] * n)

    def set_series(
        self,
        daily: Sequence[tuple[date, float]],
        mean: Sequence[tuple[date, float]],
        sessions: Sequence[date],
        stopped: Sequence[date] = (),
    ) -> None:
        """Daily values without entries (the benchmarks' and older callers' form)."""
        marks = [(d, "done") for d in sessions] + [(d, "stopped") for d in stopped]
        self.set_data([], {"": daily}, mean, marks)
        days = [d for d, _ in daily] + list(sessions) + list(stopped)
        self._first = min(days) if days else None
        self._last = max(days) if days else None

    def point_count(self) -> int:
        """How many entry points are plotted (what a person counts as dots)."""
        return sum(len(s.data) for s in self.points.values())

    def _hovered(self, scatter, points, _ev) -> None:
        if len(points):
            text = "\n\n".join(caption(p.data()) for p in list(points)[:3])
            if len(points) > 3:
                text += "\n\n" + self.tr("and %1 more").replace("%1", str(len(points) - 3))
            self.hover_text = text
            self.getPlotItem().vb.setToolTip(as_tooltip(text))
            self._hover_owner = scatter
        elif getattr(self, "_hover_owner", None) is scatter:
            self.hover_text = ""
            self.getPlotItem().vb.setToolTip("")
            self._hover_owner = None

    def _clicked(self, _scatter, points, _ev) -> None:
        if len(points):
            self.entry_clicked.emit(points[0].data().id)

    def show_range(self, days: int | None, today: date, earliest: date | None = None) -> bool:
        """Show the last ``days`` days up to ``today``; ``None`` shows everything, from
        ``earliest`` if that is sooner than the first day drawn (the history still being
        read: the axis then stays put while the older years fill in, instead of being
        laid out again, 4 ms a paint at five years, and jumping at every redraw)."""
        end = max(today, self._last or today)
        if days is None:
            firsts = [d for d in (self._first, earliest) if d is not None]
            start = min(firsts) if firsts else today - timedelta(days=14)
        else:
            start = today - timedelta(days=days - 1)
        left = day_x(start) - EDGE_S
        right = day_x(end) + EDGE_S
        limits = (min(left, day_x(self._first or start) - 86400 * 7), right + 86400 * 7)
        shown = (left, right, *limits)
        if shown == self._shown and self._range_unmoved():
            return False  # a redraw of the same span: the axes keep their pictures
        self._shown = shown
        self.getPlotItem().vb.setLimits(xMin=limits[0], xMax=limits[1])
        self.setXRange(left, right, padding=0)
        self.getPlotItem().setYRange(Y_MIN, Y_MAX, padding=0)
        return True

    def _range_unmoved(self) -> bool:
        """The view is still where :meth:`show_range` last put it (not panned or zoomed
        by hand since)."""
        (x0, x1), (y0, y1) = self.getPlotItem().vb.viewRange()
        left, right = self._shown[:2] if self._shown else (None, None)
        return (x0, x1, y0, y1) == (left, right, Y_MIN, Y_MAX)

    def keyPressEvent(self, event) -> None:  # Qt override: keyboard zoom for the chart
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.getPlotItem().vb.scaleBy(x=0.7, y=1)
            self.range_changed_by_hand.emit()
        elif event.key() == Qt.Key.Key_Minus:
            self.getPlotItem().vb.scaleBy(x=1 / 0.7, y=1)
            self.range_changed_by_hand.emit()
        else:
            super().keyPressEvent(event)
