"""The pain-trend chart drawn onto a PDF page, as vector graphics.

The app's own :class:`~coach.ui.pain_chart.PainChart` is built off screen, switched to
print colours, given the report's series, and its scene is rendered with every item in
pyqtgraph's export mode (what its exporters do) into a :class:`QPicture`: a recording of
painter commands that the page then replays, so lines and text stay vector and
selectable. It is not routed through pyqtgraph's SVGExporter, which crashes on Qt
6.11/6.12 (pyqtgraph issue #3485), nor through a bitmap.

Building a PlotWidget costs ~50 ms and recording ~30 ms for two years of points, so
:class:`ChartPrinter` does each as its own step (the dialog builds it ahead, while the
form is being filled in).
"""

from __future__ import annotations

from datetime import date

import pyqtgraph as pg
from pyqtgraph.exporters import Exporter
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPicture
from PySide6.QtWidgets import QWidget

from coach.domain.report import PainSection


class _PainterExport(Exporter):
    """pyqtgraph's exporter plumbing (export mode on every item) aimed at our painter."""

    def export(self, fileName=None, toBytes=False, copy=False):  # pragma: no cover
        raise NotImplementedError

    def draw(self, painter: QPainter, target: QRectF) -> None:
        source = self.getSourceRect()
        scale = target.width() / max(1.0, source.width())
        self.setExportMode(
            True,
            {
                "antialias": True,
                "background": QColor(255, 255, 255),
                "painter": painter,
                "resolutionScale": scale,
            },
        )
        try:
            self.getScene().render(painter, target, QRectF(source))
        finally:
            self.setExportMode(False)


LEGEND_COLUMNS = (4, 3, 2, 1)  # the screen's four first, then fewer until the legend fits
LEGEND_MARGIN = 20.0  # the legend's offset from the plot's right edge, and as much spare


def legend_width(legend: pg.LegendItem) -> float:
    """The width the legend's grid really takes: the widest sample and label of each
    column summed. pyqtgraph's own ``updateSize`` sums each row instead, which is less
    when the columns' widest items sit in different rows, so its box came out narrower
    than its text and, anchored right, the first column hung off the plot's left edge."""
    return legend.layout.sizeHint(Qt.SizeHint.PreferredSize).width()


def fit_legend(legend: pg.LegendItem, room: float) -> int:
    """Give the printed legend the most columns (of 4, 3, 2, 1) whose width fits in
    ``room`` (the plot's width), and a box as wide as its grid. Done once here, in the
    print path, on a chart that is never on screen: a live chart refitting itself on
    resize broke the self-test and made the dialog's pages differ from the command's.
    Returns the column count chosen."""
    for columns in LEGEND_COLUMNS:
        legend.setColumnCount(columns)
        if legend_width(legend) <= room - LEGEND_MARGIN:
            break
    legend.setGeometry(
        0, 0, legend_width(legend), legend.layout.sizeHint(Qt.SizeHint.PreferredSize).height()
    )
    return legend.columnCount


class ChartPrinter:
    """An off-screen PainChart in print colours that records pictures of series."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """``parent``: the dialog that prints, so the chart goes when the dialog goes and
        is never a stray top-level window of its own."""
        from coach.ui.pain_chart import PainChart  # pyqtgraph: imported only when printing

        self.chart = PainChart(parent)
        self.chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.chart.use_print_colours()

    def prepare(self, pain: PainSection, start: date, end: date, width: float, height: float):
        """Give the chart ``pain`` from ``start`` to ``end`` and lay it out at that size."""
        chart = self.chart
        days = (end - start).days + 1
        # Over months, the app's screen-sized marks would merge into a band on paper.
        scale = 1.0 if days <= 120 else 0.75 if days <= 400 else 0.6
        for scatter in chart.points.values():
            scatter.setSize(10 * scale)
            scatter.setPen(pg.mkPen(QColor(20, 20, 20), width=1.0 if scale == 1.0 else 0.5))
        for marks in (chart.sessions, chart.partial):
            marks.setSize(11 * scale)
        chart.stopped.setSize(12 * max(scale, 0.7))
        chart.resize(int(width), int(height))
        chart.set_data(
            pain.points,
            pain.lines,
            pain.rolling_mean,
            pain.session_marks,
            pain.flare_spans,
            chart.tr("Daily worst"),
        )
        chart.show()  # lays the plot out at this size; never on screen
        chart.show_range(days, end)
        self.legend_columns = fit_legend(chart.legend, chart.getPlotItem().vb.width())

    def record(self, width: float, height: float) -> QPicture:
        """The prepared chart as a QPicture of that size (vector painter commands)."""
        picture = QPicture()
        painter = QPainter(picture)
        try:
            _PainterExport(self.chart.getPlotItem()).draw(painter, QRectF(0, 0, width, height))
        finally:
            painter.end()
        self.chart.hide()
        return picture

    def picture(self, pain: PainSection, start: date, end: date, width: float, height: float):
        self.prepare(pain, start, end, width, height)
        return self.record(width, height)

    def close(self) -> None:
        self.chart.close()
        self.chart.deleteLater()
