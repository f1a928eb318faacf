"""The pain chart as the report prints it: its legend fits inside the plot on paper."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from coach.domain.library import builtin_routines
from coach.domain.pain import Context, PainEntry
from coach.domain.report import ReportRequest, build_report
from coach.render.chart import ChartPrinter
from coach.render.pages import PdfDocument
from coach.render.report_pdf import CHART_HEIGHT

END = date(2026, 11, 30)
START = END - timedelta(days=90)
MADE = datetime(2026, 11, 30, 9).astimezone()
LOCATIONS = ["outer knee", "hip", "lower back", "ankle", "shin"]


def diary(locations: list[str]) -> list[PainEntry]:
    contexts = list(Context)
    out = []
    for n in range(91):
        day = END - timedelta(days=n)
        for i, where in enumerate(locations):
            at = datetime(day.year, day.month, day.day, 8 + i).astimezone()
            out.append(
                PainEntry(
                    score=(n + i) % 6, at=at, location=where, context=contexts[i % len(contexts)]
                )
            )
    return out


def paper_width(tmp_path) -> float:
    """The chart's width on A4, as the report lays it out."""
    doc = PdfDocument(tmp_path / "probe.pdf", "a4", "probe", "probe")
    width = doc.flow.width
    del doc
    return width


@pytest.mark.parametrize("count", [1, 4, 5])
def test_every_legend_item_lies_inside_the_printed_plot(qapp, tmp_path, count):
    """Four or more locations once gave a four-column legend wider than the plot, its
    first column cut off at the left edge ("mean", "xercise")."""
    report = build_report(
        ReportRequest(START, END), builtin_routines(), [], diary(LOCATIONS[:count]), MADE, "t"
    )
    width, height = paper_width(tmp_path), CHART_HEIGHT - 8
    printer = ChartPrinter()
    try:
        printer.prepare(report.pain, START, END, width, height)
        picture = printer.record(width, height)
        plot = printer.chart.getPlotItem().vb.sceneBoundingRect()
        legend = printer.chart.legend
        labels = [label for _sample, label in legend.items]
        assert len(labels) == 10 + count  # contexts, mean, session marks, flare-up, lines
        for label in labels:
            box = label.sceneBoundingRect()
            assert plot.contains(box), (label.text, box, plot)
        assert plot.contains(legend.sceneBoundingRect())
        assert legend.columnCount == printer.legend_columns
        # the picture the page replays is the size it was laid out at
        image = QImage(int(width), int(height), QImage.Format.Format_RGB32)
        image.fill(0xFFFFFF)
        painter = QPainter(image)
        painter.drawPicture(0, 0, picture)
        painter.end()
        assert picture.boundingRect().width() <= width + 1
        assert QRectF(image.rect()).contains(QRectF(picture.boundingRect()))
    finally:
        printer.close()


def test_a_short_legend_keeps_four_columns(qapp, tmp_path):
    report = build_report(ReportRequest(START, END), builtin_routines(), [], diary([]), MADE, "t")
    printer = ChartPrinter()
    try:
        printer.prepare(report.pain, START, END, paper_width(tmp_path), CHART_HEIGHT - 8)
        assert printer.legend_columns == 4
    finally:
        printer.close()
