"""The routine sheet as a PDF: the rows of :class:`~coach.domain.routines.sheet.RoutineSheet`
with a week of empty boxes to tick on paper.

The sheet's content and the rule for how rows share the page come from the domain
(:func:`~coach.domain.routines.sheet.lay_out`); this module measures each row's text, hands
the heights over, and paints what comes back, through the report's page machinery
(:class:`~coach.render.pages.PdfDocument`: margins, fonts, footer, "Page N of M"). It is
small enough to paint in one go on the GUI thread (a few tens of milliseconds).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QPainter, QPen

from coach import __version__
from coach.domain.routines.sheet import DAYS, RoutineSheet, SheetLayout, lay_out

from .documents import TempPdf, footer_text
from .fonts import document_font
from .pages import INK, MUTED, RULE, SHADE, PdfDocument, Slab
from .pictures import paint_picture
from .text import TextBox

COMFORTABLE = 72.0  # a row's height when there is room: space to read and to tick
FLOOR = 34.0  # never shorter: the boxes stay big enough for a pen
BOX = 22.0  # a tick box's side at full height
PAD = 5.0
NUMBER_W = 24.0
DAY_W = 30.0
PICTURE_W = 72.0
# shares of the width left for the text columns
SHARES = {"exercise": 0.52, "dose": 0.26, "equipment": 0.22}

Resolve = Callable[[str], Path | None]  # a picture reference → its file (the store's)


@dataclass
class _Cells:
    name: TextBox
    lines: TextBox  # instruction (and note)
    dose: TextBox
    equipment: TextBox

    @property
    def need(self) -> float:
        left = self.name.height + 2 + self.lines.height
        return max(left, self.dose.height, self.equipment.height) + 2 * PAD


class SheetPainter:
    """Builds the document for ``sheet`` and writes it to ``path``."""

    def __init__(
        self,
        sheet: RoutineSheet,
        path: Path,
        paper: str = "a4",
        pictures: Resolve | None = None,
    ) -> None:
        self.sheet = sheet
        self.tmp = TempPdf(Path(path), prefix=".sheet-")
        self.doc = PdfDocument(self.tmp.path, paper, sheet.document_title, footer_text(__version__))
        self.pictures = pictures
        # a column for pictures only when one of them can be drawn
        self.with_pictures = pictures is not None and any(
            r.picture and pictures(r.picture) is not None for r in sheet.rows
        )
        self.layout: SheetLayout | None = None
        flow = self.doc.flow
        self.name_font: QFont = document_font(9.5, bold=True)
        width = flow.width - NUMBER_W - DAYS * DAY_W - (PICTURE_W if self.with_pictures else 0)
        self.widths = {key: width * share for key, share in SHARES.items()}

    # -- measuring and placing ---------------------------------------------------------
    def _cells(self, row) -> _Cells:
        flow = self.doc.flow
        text_w = self.widths["exercise"] - 2 * PAD
        lines = row.instruction + (f"\nNote: {row.note}" if row.note else "")
        return _Cells(
            name=flow.text_box(row.name, self.name_font, text_w),
            lines=flow.text_box(lines, flow.fonts.small, text_w),
            dose=flow.text_box(row.dose, flow.fonts.body, self.widths["dose"] - 2 * PAD),
            equipment=flow.text_box(
                row.equipment, flow.fonts.body, self.widths["equipment"] - 2 * PAD
            ),
        )

    def build(self) -> SheetLayout:
        flow = self.doc.flow
        sheet = self.sheet
        flow.heading(sheet.title, level=1)
        flow.paragraph(sheet.edition, colour=MUTED)
        flow.paragraph(sheet.advice)
        flow.drawing(24.0, self._draw_week_line)
        top = sum(s.height for s in flow.slabs)
        header = self._header()
        cells = [self._cells(r) for r in sheet.rows]
        picture_need = PICTURE_W if self.with_pictures else 0.0
        needs = [
            max(c.need, picture_need if r.picture else 0.0)
            for c, r in zip(cells, sheet.rows, strict=True)
        ]
        body = self.doc.body.height() - 1.0  # a pixel of slack for rounding
        layout = lay_out(
            needs, body - top - header.height, body - header.height, COMFORTABLE, FLOOR
        )
        flow.add(header)
        for page_no, page in enumerate(layout.pages):
            for k, i in enumerate(page):
                slab = Slab(
                    layout.row_heights[i],
                    self._row_drawer(i, cells[i], layout.row_heights[i]),
                    repeat=header,
                    new_page=page_no > 0 and k == 0,
                )
                flow.add(slab)
        self.layout = layout
        return layout

    def write(self) -> int:
        """Build, paint every page, put the file in place; returns the page count."""
        try:
            if self.layout is None:
                self.build()
            pages = 0
            for _n, total in self.doc.paint():
                pages = total
            self.tmp.commit()
            return pages
        except BaseException:
            self.tmp.discard()
            raise

    # -- painting ------------------------------------------------------------------------
    def _columns(self, x: float) -> dict[str, float]:
        """The left edge of every column."""
        edges = {"number": x}
        x += NUMBER_W
        if self.with_pictures:
            edges["picture"] = x
            x += PICTURE_W
        for key in SHARES:
            edges[key] = x
            x += self.widths[key]
        edges["days"] = x
        return edges

    def _draw_week_line(self, p: QPainter, x: float, y: float) -> None:
        fonts = self.doc.flow.fonts
        p.setFont(fonts.body)
        p.setPen(INK)
        label = "Week starting:"
        p.drawText(QRectF(x, y + 4, 100, 16), Qt.AlignmentFlag.AlignLeft, label)
        width = p.fontMetrics().horizontalAdvance(label) + 6
        p.setPen(QPen(MUTED, 0.8))
        p.drawLine(x + width, y + 17, x + width + 150, y + 17)

    def _header(self) -> Slab:
        flow = self.doc.flow
        bold = flow.fonts.bold
        titles = {"exercise": "Exercise", "dose": "Dose", "equipment": "Equipment, load"}
        boxes = {k: flow.text_box(t, bold, self.widths[k] - 2 * PAD) for k, t in titles.items()}
        height = max(b.height for b in boxes.values()) + 2 * PAD

        def draw(p: QPainter, x: float, y: float) -> None:
            edges = self._columns(x)
            p.fillRect(QRectF(x, y, flow.width, height), SHADE)
            p.setPen(INK)
            p.setFont(bold)
            p.drawText(
                QRectF(edges["number"], y, NUMBER_W, height), Qt.AlignmentFlag.AlignCenter, "#"
            )
            for key, box in boxes.items():
                box.draw(p, edges[key] + PAD, y + PAD)
            for d, name in enumerate(self.sheet.days):
                cell = QRectF(edges["days"] + d * DAY_W, y, DAY_W, height)
                p.drawText(cell, Qt.AlignmentFlag.AlignCenter, name)
            p.setPen(QPen(INK, 0.8))
            p.drawLine(x, y + height, x + flow.width, y + height)

        return Slab(height, draw, keep_with_next=True)

    def _row_drawer(self, index: int, cells: _Cells, height: float):
        row = self.sheet.rows[index]
        flow = self.doc.flow

        def draw(p: QPainter, x: float, y: float) -> None:
            edges = self._columns(x)
            if index % 2 == 1:
                p.fillRect(QRectF(x, y, flow.width, height), SHADE)
            p.setPen(INK)
            p.setFont(flow.fonts.bold)
            p.drawText(
                QRectF(edges["number"], y + PAD, NUMBER_W, 16),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(row.number),
            )
            if self.with_pictures and row.picture and self.pictures is not None:
                side = min(PICTURE_W, height) - 2 * PAD
                target = QRectF(edges["picture"] + PAD, y + (height - side) / 2, side, side)
                path = self.pictures(row.picture)
                if path is not None:
                    paint_picture(p, path, target, INK)
            cells.name.draw(p, edges["exercise"] + PAD, y + PAD)
            p.setPen(MUTED)
            cells.lines.draw(p, edges["exercise"] + PAD, y + PAD + cells.name.height + 2)
            p.setPen(INK)
            cells.dose.draw(p, edges["dose"] + PAD, y + PAD)
            cells.equipment.draw(p, edges["equipment"] + PAD, y + PAD)
            side = min(BOX, height - 2 * PAD)
            p.setPen(QPen(INK, 1.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            for d in range(len(self.sheet.days)):
                left = edges["days"] + d * DAY_W + (DAY_W - side) / 2
                p.drawRect(QRectF(left, y + (height - side) / 2, side, side))
            p.setPen(QPen(RULE, 0.6))
            p.drawLine(x, y + height, x + flow.width, y + height)

        return draw


def write_sheet(
    sheet: RoutineSheet, path: Path, paper: str = "a4", pictures: Resolve | None = None
) -> int:
    """Write the sheet to ``path`` whole or not at all; returns the page count."""
    return SheetPainter(sheet, path, paper, pictures).write()
