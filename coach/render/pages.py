"""Paged PDF documents: a flow of blocks cut into pages, a footer and page numbers.

Reusable by every printed document (the progress report, a routine sheet): build a
:class:`Flow` of slabs (headings, wrapped text, table rows, drawings), then let
:class:`PdfDocument` place them on pages and paint one page per step. Each step is a
generator turn, so the GUI can run them from its event loop between repaints and never
stalls; the CLI simply runs them all. Everything here runs on the GUI thread.

The writer is set to 96 dpi: the pyqtgraph scene rendered onto it kept its axis labels
in place at 96, while at 300 dpi they were misplaced. Coordinates are device pixels.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from .fonts import document_font
from .text import TextBox

DPI = 96
MARGIN = 56.0  # about 15 mm at 96 dpi
FOOTER_GAP = 28.0
PAPERS = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
INK = QColor(20, 20, 20)
MUTED = QColor(95, 95, 95)
RULE = QColor(190, 190, 190)
SHADE = QColor(238, 238, 238)

Draw = Callable[[QPainter, float, float], None]


@dataclass
class Slab:
    """A piece of a page that is never split: a line of heading, a paragraph, a table row."""

    height: float
    draw: Draw
    keep_with_next: bool = False
    repeat: Slab | None = None  # a table header drawn again when this row starts a page
    new_page: bool = False  # start a new page before this slab


@dataclass
class Column:
    title: str
    share: float  # of the table's width
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft


@dataclass
class Fonts:
    body: QFont = field(default_factory=lambda: document_font(8.5))
    bold: QFont = field(default_factory=lambda: document_font(8.5, bold=True))
    small: QFont = field(default_factory=lambda: document_font(7.5))
    h1: QFont = field(default_factory=lambda: document_font(17, bold=True))
    h2: QFont = field(default_factory=lambda: document_font(12, bold=True))


class Flow:
    """The slabs of a document, top to bottom, built against the page's width."""

    def __init__(self, device: QPdfWriter, width: float, fonts: Fonts | None = None) -> None:
        self.device = device
        self.width = width
        self.fonts = fonts or Fonts()
        self.slabs: list[Slab] = []

    def text_box(self, text: str, font: QFont, width: float, **kw) -> TextBox:
        return TextBox(text, font, width, self.device, **kw)

    def add(self, slab: Slab) -> None:
        self.slabs.append(slab)

    def page_break(self) -> None:
        self._break_next = True

    def _push(self, slab: Slab) -> None:
        if getattr(self, "_break_next", False):
            slab.new_page = True
            self._break_next = False
        self.slabs.append(slab)

    def space(self, height: float) -> None:
        self._push(Slab(height, lambda p, x, y: None))

    def heading(self, text: str, level: int = 2) -> None:
        font = self.fonts.h1 if level == 1 else self.fonts.h2
        box = self.text_box(text, font, self.width)
        pad = 10.0 if level == 2 else 0.0

        def draw(p: QPainter, x: float, y: float) -> None:
            p.setPen(INK)
            box.draw(p, x, y + pad)

        self._push(Slab(box.height + pad + 4, draw, keep_with_next=True))

    def paragraph(
        self,
        text: str,
        font: QFont | None = None,
        colour: QColor = INK,
        indent: float = 0.0,
        keep_with_next: bool = False,
    ) -> None:
        box = self.text_box(text, font or self.fonts.body, self.width - indent)

        def draw(p: QPainter, x: float, y: float) -> None:
            p.setPen(colour)
            box.draw(p, x + indent, y)

        self._push(Slab(box.height + 3, draw, keep_with_next=keep_with_next))

    def drawing(self, height: float, draw: Draw, keep_with_next: bool = False) -> None:
        self._push(Slab(height, draw, keep_with_next=keep_with_next))

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[str]],
        shaded: Sequence[bool] = (),
        bold_first: bool = False,
    ) -> Iterator[int]:
        """Add a table; a generator yielding the number of rows laid out so far (a
        long table is built in turns). Its header repeats on every page it spans."""
        pad = 3.0
        total = sum(c.share for c in columns)
        widths = [self.width * c.share / total for c in columns]
        header = self._row([c.title for c in columns], columns, widths, self.fonts.bold, pad)
        header_slab = Slab(header[0], header[1], keep_with_next=True)
        self._push(header_slab)
        for i, row in enumerate(rows):
            fonts = [self.fonts.bold if bold_first and j == 0 else None for j in range(len(row))]
            height, draw = self._row(
                row, columns, widths, self.fonts.body, pad, fonts, shaded and shaded[i]
            )
            self._push(Slab(height, draw, repeat=header_slab))
            if i % 20 == 19:
                yield i + 1
        yield len(rows)

    def _row(self, cells, columns, widths, font, pad, fonts=None, shade=False):
        boxes = [
            self.text_box(
                text, (fonts[j] if fonts and fonts[j] else font), w - 2 * pad, align=col.align
            )
            for j, (text, col, w) in enumerate(zip(cells, columns, widths, strict=True))
        ]
        height = max((b.height for b in boxes), default=0.0) + 2 * pad

        def draw(p: QPainter, x: float, y: float) -> None:
            if shade:
                p.fillRect(QRectF(x, y, sum(widths), height), SHADE)
            p.setPen(INK)
            cx = x
            for box, w in zip(boxes, widths, strict=True):
                box.draw(p, cx + pad, y + pad)
                cx += w
            p.setPen(QPen(RULE, 0.6))
            p.drawLine(x, y + height, x + sum(widths), y + height)

        return height, draw


@dataclass
class Placed:
    y: float
    slab: Slab


def default_paper() -> str:
    """Letter where the locale measures in US units, else A4."""
    us = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "letter" if us else "a4"


def paper_size(paper: str) -> QPageSize:
    return QPageSize(PAPERS[paper])


class PdfDocument:
    """A QPdfWriter with the app's margins, a footer line and "Page N of M"."""

    def __init__(self, path: Path, paper: str, title: str, footer: str) -> None:
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(DPI)
        self.writer.setPageLayout(
            QPageLayout(
                paper_size(paper),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
                QPageLayout.Unit.Millimeter,
            )
        )
        self.writer.setTitle(title)
        self.writer.setCreator(footer)
        rect = self.writer.pageLayout().fullRectPixels(DPI)
        self.page_w, self.page_h = float(rect.width()), float(rect.height())
        self.footer = footer
        self.fonts = Fonts()
        self.body = QRectF(
            MARGIN, MARGIN, self.page_w - 2 * MARGIN, self.page_h - 2 * MARGIN - FOOTER_GAP
        )
        self.flow = Flow(self.writer, self.body.width(), self.fonts)
        self.pages: list[list[Placed]] = []

    def paginate(self) -> list[list[Placed]]:
        """Place the flow's slabs on pages: a slab that does not fit starts a page, a
        heading is kept with what follows it, a table header repeats on a new page."""
        pages: list[list[Placed]] = [[]]
        y = 0.0
        slabs = self.flow.slabs
        limit = self.body.height()
        i = 0
        while i < len(slabs):
            slab = slabs[i]
            need = slab.height
            j = i
            while slabs[j].keep_with_next and j + 1 < len(slabs):  # heading + first row
                j += 1
                need += slabs[j].height
            fits = y + min(need, limit) <= limit
            if (slab.new_page or not fits) and pages[-1]:
                pages.append([])
                y = 0.0
                if slab.repeat is not None:
                    pages[-1].append(Placed(0.0, slab.repeat))
                    y = slab.repeat.height
            pages[-1].append(Placed(y, slab))
            y += slab.height
            i += 1
        self.pages = pages
        return pages

    def paint(self) -> Iterator[tuple[int, int]]:
        """Paint page by page; yields (pages done, pages in all) after each one."""
        if not self.pages:
            self.paginate()
        total = len(self.pages)
        painter = QPainter()
        if not painter.begin(self.writer):  # Qt says no more than this; the file failed
            raise OSError(errno.EIO, "the PDF file could not be opened for writing")
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            for n, page in enumerate(self.pages, start=1):
                if n > 1:
                    self.writer.newPage()
                for placed in page:
                    placed.slab.draw(painter, self.body.left(), self.body.top() + placed.y)
                self._footer(painter, n, total)
                yield n, total
        finally:
            painter.end()

    def _footer(self, painter: QPainter, page: int, total: int) -> None:
        y = self.page_h - MARGIN - FOOTER_GAP + 12
        painter.setPen(QPen(RULE, 0.6))
        painter.drawLine(self.body.left(), y, self.body.right(), y)
        painter.setFont(self.fonts.small)
        painter.setPen(MUTED)
        box = QRectF(self.body.left(), y + 4, self.body.width(), 16)
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextSingleLine, self.footer)
        painter.drawText(
            box,
            Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextSingleLine,
            f"Page {page} of {total}",
        )
