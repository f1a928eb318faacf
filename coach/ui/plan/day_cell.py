"""Painting one calendar day: a ring filled by completion, the worst pain as a chip with
its number, and flags. Every mark has a shape or text, so none relies on colour alone.

- ring: empty = planned and nothing done (or still to come), a filled slice = the share
  done, full disc = all done; a small dot = done although nothing was planned;
  a pause sign for paused days;
- pain chip "P4" (top right), drawn on its own background so it stays readable on the
  selected day's highlight;
- flags (bottom right): "!" for a flare-up, the stop mark for a session stopped for pain.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from coach.domain.plan.adherence import DayStatus
from coach.domain.plan.calendar import CalendarDay
from coach.ui import theme

FLARE_MARK = "!"
PAUSE_MARK = "‖"


@dataclass(frozen=True)
class Colours:
    """The theme's colours, looked up once per refresh rather than once per cell (the
    dark-mode test reads the palette each time)."""

    text: QColor
    muted: QColor
    accent: QColor
    done: QColor
    stop: QColor
    font: QFont


def paint_colours() -> Colours:
    return Colours(
        theme.text_colour(),
        theme.muted_colour(),
        theme.accent_colour(),
        theme.done_colour(),
        theme.pain_colour(10),
        theme.scaled_font(theme.SMALL_SCALE, bold=True),
    )


def _readable_on(fill: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``fill``."""
    luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF()
    return QColor(0, 0, 0) if luminance > 0.45 else QColor(255, 255, 255)


def paint_day(
    painter: QPainter,
    rect: QRect,
    cell: CalendarDay,
    today: date,
    selected: bool,
    colours: Colours | None = None,
) -> None:
    colours = colours or paint_colours()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(colours.font)
    metrics = painter.fontMetrics()
    pad = 3
    ink = colours.text if not selected else QColor(255, 255, 255)
    if cell.day == today:
        pen = QPen(colours.accent if not selected else ink, 3)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(1, 1, -2, -2))
    size = max(8, min(18, rect.height() // 3, rect.width() // 4))
    ring = QRectF(rect.left() + pad + 2, rect.bottom() - pad - size - 1, size, size)
    _paint_ring(painter, ring, cell, today, ink, colours)
    if cell.worst_pain is not None and rect.height() >= 2 * metrics.height():
        _paint_pain_chip(painter, rect, cell.worst_pain, metrics)
    flags = ""
    if cell.flare:
        flags += FLARE_MARK
    if cell.stopped_for_pain:
        flags += theme.STOPPED_MARK
    if flags:
        painter.setPen(colours.stop if not selected else ink)
        width = metrics.horizontalAdvance(flags)
        painter.drawText(rect.right() - width - pad - 1, rect.bottom() - pad - 1, flags)
    painter.restore()


def _paint_ring(
    painter: QPainter, ring: QRectF, cell: CalendarDay, today: date, ink, colours: Colours
) -> None:
    done_colour = colours.done
    if cell.paused:
        painter.setPen(ink)
        painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, PAUSE_MARK)
        return
    share = cell.completion
    if share is None:
        if cell.extra:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(done_colour)
            dot = ring.adjusted(
                ring.width() / 4, ring.height() / 4, -ring.width() / 4, -ring.height() / 4
            )
            painter.drawEllipse(dot)
        return
    future = cell.day > today or any(e.status == DayStatus.PLANNED for e in cell.entries)
    outline = colours.muted if future else ink
    painter.setPen(QPen(outline, 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(ring)
    if share > 0:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(done_colour)
        if share >= 1 - 1e-9:
            painter.drawEllipse(ring)
            painter.setPen(QPen(QColor(255, 255, 255), 1.5))
            painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, theme.DONE_MARK)
        else:
            painter.drawPie(ring, 90 * 16, -round(360 * 16 * share))


def _paint_pain_chip(painter: QPainter, rect: QRect, score: int, metrics) -> None:
    text = f"P{score}"
    width = metrics.horizontalAdvance(text) + 6
    height = metrics.height()
    chip = QRectF(rect.right() - width - 3, rect.top() + 3, width, height)
    fill = theme.pain_colour(score)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(chip, 4, 4)
    painter.setPen(_readable_on(fill))
    painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
