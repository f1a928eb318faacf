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
