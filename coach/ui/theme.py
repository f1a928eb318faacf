"""Sizes, fonts and the few colours the views use, derived from the system palette.

Light and dark follow the system: nothing here sets a window or text colour. The only
fixed colours are the pain scale and the "done" green, and every place that uses them
also shows a number or a mark, so colour is never the only signal.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

# Point sizes relative to the system font, so a user's larger font scales everything.
TITLE_SCALE = 1.6
BIG_SCALE = 1.3
SMALL_SCALE = 0.9

DONE_MARK = "✓"
PLANNED_MARK = "○"
STOPPED_MARK = "✗"

# A chosen pain score, in the dialog and the player alike, is filled and framed thickly,
# not only tinted: visible without colour.
SCORE_STYLE = """
QPushButton { border: 1px solid palette(mid); border-radius: 6px; padding: 4px;
              background: palette(button); color: palette(button-text); }
QPushButton:focus { border: 2px dashed palette(highlight); }
QPushButton:checked { border: 4px solid palette(text); background: palette(highlight);
                      color: palette(highlighted-text); }
"""

_PAIN_STOPS = (
    (0, QColor(46, 160, 67)),
    (3, QColor(191, 160, 0)),
    (6, QColor(219, 109, 40)),
    (10, QColor(200, 40, 40)),
)


def scaled_font(
    scale: float, bold: bool = False, base: QFont | None = None, minimum: float = 0.0
) -> QFont:
    """``base`` (the application font) ``scale`` times as large, never under ``minimum`` pt."""
    font = QFont(base or QApplication.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(max(minimum, size * scale))
    else:
        font.setPixelSize(max(8, round(font.pixelSize() * scale)))
    font.setBold(bold)
    return font


def set_font(widget: QWidget, scale: float, bold: bool = False, minimum: float = 0.0) -> None:
    widget.setFont(scaled_font(scale, bold, widget.font(), minimum))


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def pain_colour(score: float) -> QColor:
    """Green (0) through amber to red (10), interpolated between fixed stops."""
    score = max(0.0, min(10.0, float(score)))
    for (lo, c1), (hi, c2) in pairwise(_PAIN_STOPS):
        if score <= hi:
            t = (score - lo) / (hi - lo)
            return QColor(
                round(c1.red() + (c2.red() - c1.red()) * t),
                round(c1.green() + (c2.green() - c1.green()) * t),
                round(c1.blue() + (c2.blue() - c1.blue()) * t),
            )
    return _PAIN_STOPS[-1][1]


def done_colour() -> QColor:
    return QColor(70, 190, 100) if is_dark() else QColor(30, 130, 60)


def accent_colour() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.Highlight)


def text_colour() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.WindowText)


def muted_colour() -> QColor:
    pal = QApplication.palette()
    return pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)


def base_colour() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.Base)


def mean_colour() -> QColor:
    return QColor(110, 170, 255) if is_dark() else QColor(30, 90, 200)
