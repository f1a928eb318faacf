"""The pain-trend chart drawn straight onto a PDF page, as vector graphics.

The app's own :class:`~coach.ui.pain_chart.PainChart` is built off screen with the
report's series, switched to print colours, and its scene is rendered onto the page's
painter with every item in pyqtgraph's export mode (what its exporters do). It is not
routed through pyqtgraph's SVGExporter, which crashes on Qt 6.11/6.12 (pyqtgraph issue
#3485), nor through a bitmap: lines and text stay sharp and selectable.
"""

from __future__ import annotations

from datetime import date

from pyqtgraph.exporters import Exporter
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

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


def draw_pain_chart(
    painter: QPainter, target: QRectF, pain: PainSection, start: date, end: date
) -> None:
    """Draw the period's daily worst pain, 7-day mean and sessions into ``target``."""
    from coach.ui.pain_chart import PainChart  # pyqtgraph: imported only when drawing

    chart = PainChart()
    try:
        chart.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        chart.resize(int(target.width()), int(target.height()))
        chart.use_print_colours()
        chart.set_series(pain.daily_worst, pain.rolling_mean, pain.session_days, pain.stopped_days)
        chart.show()  # lays the plot out at this size; never on screen
        chart.show_range((end - start).days + 1, end)
        painter.save()
        try:
            _PainterExport(chart.getPlotItem()).draw(painter, target)
        finally:
            painter.restore()
    finally:
        chart.close()
        chart.deleteLater()
