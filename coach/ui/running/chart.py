"""The weekly volume chart: distance per week as bars against the weekly guide, each run
as a point with its single-run cap, runs over the cap crossed, and the pain around each
run (during, after, next morning) on its own 0–10 scale at the right.

It only draws :class:`coach.domain.running.chart.RunChartData`, computed in the domain.
Shapes and colours both tell the series apart (the legend names them); pointing at a
run shows its numbers, pain and, for a run over the cap, the rule and the numbers, as
plain text, as does a run on hills or downhill at an early level. Only the time axis
zooms and pans, like the pain chart.
"""

from __future__ import annotations

from datetime import date, timedelta

import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QWidget

from coach.domain.pain import Context
from coach.domain.running.chart import RunChartData
from coach.ui import theme
from coach.ui.i18n import text as domain_text
from coach.ui.pain_chart import (
    CONTEXT_STYLE,
    DayAxis,
    SteadyPlotItem,
    as_tooltip,
    day_x,
    set_legend_text_colour,
)
from coach.ui.running.numbers import percent

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class LocalDayAxis(DayAxis):
    """The day axis with month and weekday names in the person's language: pyqtgraph
    writes them with ``strftime``, which gives the C locale's "Dec" in a German app."""

    def tickStrings(self, values, scale, spacing) -> list[str]:  # pyqtgraph override
        strings = super().tickStrings(values, scale, spacing)
        locale = QLocale()
        short = QLocale.FormatType.ShortFormat
        out = []
        for text in strings:
            head, _, rest = text.partition(" ")
            if head in MONTHS:
                head = locale.standaloneMonthName(MONTHS.index(head) + 1, short)
            elif head in DAYS:
                head = locale.standaloneDayName(DAYS.index(head) + 1, short)
            out.append(f"{head} {rest}" if rest else head)
        return out


LEGEND_SAMPLE_PX = 30  # the legend's sample symbol beside each label
LEGEND_MAX_PX = 620  # what fits under the plot in a 900 × 620 window
WEEK_S = 7 * 86400
EDGE_S = 4 * 86400
OVER_COLOUR = "#c62828"
GUIDE_COLOUR = "#b5338a"
PAIN_TOP = 10.5
HEADROOM = 1.1
PAIN_SERIES = (  # (key, context whose shape and colour it borrows, legend label)
    ("pain_during", Context.DURING, QT_TRANSLATE_NOOP("RunChart", "Pain during")),
    ("pain_after", Context.AFTER, QT_TRANSLATE_NOOP("RunChart", "Pain after")),
    ("pain_morning", Context.MORNING, QT_TRANSLATE_NOOP("RunChart", "Pain next morning")),
)


def guide_steps(
    centres: list[float], guides: list[float], half_width: float
) -> tuple[list[float], list[float]]:
    """Each week's guide as a level across its bar, NaN between weeks to break the line."""
    xs: list[float] = []
    ys: list[float] = []
    for centre, guide in zip(centres, guides, strict=True):
        xs += [centre - half_width, centre + half_width, centre + half_width]
        ys += [guide, guide, float("nan")]
    return xs, ys


class RunChart(pg.PlotWidget):
    """Call :meth:`set_data`, then :meth:`show_range` for a preset.

    Signal ``range_changed_by_hand()`` when the person zooms or pans."""

    range_changed_by_hand = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            parent=parent,
            background=theme.base_colour(),
            plotItem=SteadyPlotItem(axisItems={"bottom": LocalDayAxis(orientation="bottom")}),
        )
        self.setAccessibleName(self.tr("Weekly running volume chart"))
        self.setMinimumHeight(200)
        self.hover_text = ""
        self.data = RunChartData()
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.25)
        item.setMouseEnabled(x=True, y=False)
        item.setLabel("left", self.tr("Distance (km)"))
        item.showAxis("right")
        item.setLabel("right", self.tr("Pain (0–10)"))
        # The legend sits in its own row under the time axis, so it never covers a bar.
        self.legend = pg.LegendItem(colCount=4, brush=theme.base_colour())
        item.layout.addItem(self.legend, 4, 1)

        self.bars = pg.BarGraphItem(
            x=[], height=[], width=WEEK_S * 0.8, brush=pg.mkBrush(theme.accent_colour()),
            pen=pg.mkPen(None), name=self.tr("Week"),
        )  # fmt: skip
        self.bars.setOpacity(0.45)
        # The guide is a level for each week, drawn across that week's bar (as the printed
        # report draws it): a line joining one week's guide to the next read as a trend
        # climbing through the days between them.
        self.guide = pg.PlotDataItem(
            pen=pg.mkPen(GUIDE_COLOUR, width=2, style=Qt.PenStyle.DashLine), connect="finite",
            name=self.tr("Weekly guide (+%1)").replace("%1", percent(0.10)),
        )  # fmt: skip
        self.caps = pg.ScatterPlotItem(
            symbol="_", size=18, pen=pg.mkPen(OVER_COLOUR, width=2),
            name=self.tr("Single-run cap"),
        )  # fmt: skip
        self.runs = pg.ScatterPlotItem(
            symbol="o", size=9, pen=pg.mkPen(theme.text_colour(), width=1),
            brush=pg.mkBrush(theme.done_colour()), name=self.tr("Run"), hoverable=True, tip=None,
        )  # fmt: skip
        self.over = pg.ScatterPlotItem(
            symbol="x", size=16, pen=None, brush=pg.mkBrush(OVER_COLOUR),
            name=self.tr("Run over the cap"), hoverable=True, tip=None,
        )  # fmt: skip
        for part in (self.bars, self.guide, self.caps, self.runs, self.over):
            item.addItem(part)
            self.legend.addItem(part, part.name())
        self.runs.sigHovered.connect(self._hovered)
        self.over.sigHovered.connect(self._hovered)

        # Pain has its own 0–10 scale on the right, in a second view sharing the x axis.
        self.pain_view = pg.ViewBox()
        self.pain_view.setMouseEnabled(x=False, y=False)
        item.scene().addItem(self.pain_view)
        item.getAxis("right").linkToView(self.pain_view)
        item.getAxis("right").setTicks([[(v, str(v)) for v in range(0, 11, 2)]])
        self.pain_view.setXLink(item.vb)
        self.pain_view.setYRange(0, PAIN_TOP, padding=0)
        self.pain: dict[str, pg.ScatterPlotItem] = {}
        for key, context, label in PAIN_SERIES:
            symbol, colour, _ = CONTEXT_STYLE[context]
            scatter = pg.ScatterPlotItem(
                symbol=symbol, size=8, pen=pg.mkPen(theme.text_colour(), width=1),
                brush=pg.mkBrush(colour),
            )  # fmt: skip
            self.pain_view.addItem(scatter)
            self.legend.addItem(scatter, self.tr(label))
            self.pain[key] = scatter
        self._fit_legend()
        item.vb.sigResized.connect(self._sync_views)
        item.vb.sigRangeChangedManually.connect(lambda _m: self.range_changed_by_hand.emit())
        self._first: date | None = None
        self._last: date | None = None
        self._apply_colours()
        self._ready = True

    def _fit_legend(self) -> None:
        """Three columns instead of four when the labels are long (German): four would
        make the legend wider than the plot in a 900-pixel window and push the pain axis
        off. Decided once, from the labels, not on every resize."""
        widths = [
            label.boundingRect().width() + LEGEND_SAMPLE_PX for _s, label in self.legend.items
        ]
        four = sum(max(widths[i::4], default=0) for i in range(4))
        if four > LEGEND_MAX_PX:
            self.legend.setColumnCount(3)

    def _sync_views(self) -> None:
        vb = self.getPlotItem().vb
        self.pain_view.setGeometry(vb.sceneBoundingRect())
        self.pain_view.linkedViewChanged(vb, self.pain_view.XAxis)

    def changeEvent(self, event: QEvent) -> None:  # Qt override: follow light/dark
        kinds = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in kinds and getattr(self, "_ready", False):
            self._apply_colours()
        super().changeEvent(event)

    def _apply_colours(self) -> None:
        fg = theme.text_colour()
        self.setBackground(theme.base_colour())
        item = self.getPlotItem()
        for name in ("left", "bottom", "right"):
            axis = item.getAxis(name)
            axis.setPen(fg)
            axis.setTextPen(fg)
        set_legend_text_colour(self.legend, fg)
        self.legend.setBrush(pg.mkBrush(theme.base_colour()))
        self.legend.setPen(pg.mkPen(theme.muted_colour()))
        self.bars.setOpts(brush=pg.mkBrush(theme.accent_colour()))
        self.runs.setPen(pg.mkPen(fg, width=1))
        self.runs.setBrush(pg.mkBrush(theme.done_colour()))
        for scatter in self.pain.values():
            scatter.setPen(pg.mkPen(fg, width=1))

    def set_data(self, data: RunChartData) -> None:
        self.data = data
        label = self.legend.getLabel(self.guide)
        if label is not None:  # the weekly guide in force (Settings ▸ Running)
            label.setText(
                self.tr("Weekly guide (+%1)").replace("%1", percent(data.guide_percent / 100))
            )
        centres = [day_x(m + timedelta(days=3)) for m in data.week_start]
        self.bars.setOpts(x=centres, height=data.week_km, width=WEEK_S * 0.8)
        if any(g == g for g in data.week_guide_km):  # NaN breaks the line between weeks
            self.guide.setData(*guide_steps(centres, data.week_guide_km, WEEK_S * 0.4))
        else:  # all NaN would make pyqtgraph's bounds warn
            self.guide.setData([], [])
        xs = [day_x(d) for d in data.run_day]
        within = [i for i, over in enumerate(data.over) if not over]
        over = [i for i, flag in enumerate(data.over) if flag]
        self.runs.setData(
            x=[xs[i] for i in within], y=[data.run_km[i] for i in within], data=within
        )
        self.over.setData(x=[xs[i] for i in over], y=[data.run_km[i] for i in over], data=over)
        capped = [i for i, c in enumerate(data.cap_km) if c == c]  # NaN: no cap that day
        self.caps.setData(x=[xs[i] for i in capped], y=[data.cap_km[i] for i in capped])
        for key, scatter in self.pain.items():
            values = getattr(data, key)
            shown = [i for i, v in enumerate(values) if v == v]
            # side by side, so during, after and morning of one run do not hide each other
            shift = {"pain_during": -0.25, "pain_after": 0.0, "pain_morning": 0.25}[key] * 86400
            scatter.setData(x=[xs[i] + shift for i in shown], y=[values[i] for i in shown])
        values = [*data.week_km, *data.run_km, *data.cap_km, *data.week_guide_km]
        top = max([v for v in values if v == v] + [1.0]) * HEADROOM
        self.getPlotItem().setYRange(0, top, padding=0)
        self.getPlotItem().vb.setLimits(yMin=0, yMax=top)
        self._first = data.week_start[0] if data.week_start else None
        self._last = data.run_day[-1] if data.run_day else None

    def _hovered(self, scatter, points, _ev) -> None:
        if len(points):
            texts = [
                "\n".join(domain_text(line) for line in self.data.hover_lines(p.data()))
                for p in list(points)[:3]
            ]
            self.hover_text = "\n\n".join(texts)
            self.getPlotItem().vb.setToolTip(as_tooltip(self.hover_text))
            self._hover_owner = scatter
        elif getattr(self, "_hover_owner", None) is scatter:
            self.hover_text = ""
            self.getPlotItem().vb.setToolTip("")
            self._hover_owner = None

    def show_range(self, days: int | None, today: date) -> None:
        """The last ``days`` days up to ``today``; ``None`` shows all the runs."""
        end = max(today, self._last or today)
        first_seen = (self._first or today) - timedelta(days=7)
        wanted = first_seen if days is None else today - timedelta(days=days - 1)
        start = max(wanted, first_seen)
        left, right = day_x(start) - EDGE_S, day_x(end) + EDGE_S
        first = day_x(self._first) if self._first else left
        self.getPlotItem().vb.setLimits(xMin=min(left, first - WEEK_S), xMax=right + WEEK_S)
        self.setXRange(left, right, padding=0)

    def keyPressEvent(self, event) -> None:  # Qt override: keyboard zoom
        if event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.getPlotItem().vb.scaleBy(x=0.7, y=1)
            self.range_changed_by_hand.emit()
        elif event.key() == Qt.Key.Key_Minus:
            self.getPlotItem().vb.scaleBy(x=1 / 0.7, y=1)
            self.range_changed_by_hand.emit()
        else:
            super().keyPressEvent(event)
