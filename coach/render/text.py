"""Plain text on a page: wrapped with QTextLayout, never read as HTML.

Everything a person typed (names, notes, locations, routine names) reaches the page
through :class:`TextBox`, which lays out the characters as they are: no markup is
interpreted, so ``<img src=...>`` or a link in a note is printed as text and Qt never
loads a resource. Control characters are shown as ``\\x07``-style escapes instead of
being dropped, line breaks in a note stay line breaks.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPaintDevice, QPainter, QTextLayout, QTextOption

LINE_SEPARATOR = "\u2028"
# C0/C1 controls (tab and newline are handled first), lone surrogates, and the bidi
# overrides and isolates that could make a note print in a different order than typed.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` as it should print: tabs as spaces, other controls escaped, line breaks
    as Unicode line separators (what QTextLayout breaks a line on)."""
    text = text.replace("\r\n", "\n").replace("\t", "    ")
    text = _CONTROL.sub(_escape, text)
    return text.replace("\n", LINE_SEPARATOR)


class TextBox:
    """One block of wrapped text of a fixed width; measure it, then draw it anywhere."""

    def __init__(
        self,
        text: str,
        font: QFont,
        width: float,
        device: QPaintDevice,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        max_lines: int | None = None,
    ) -> None:
        self.width = width
        self.layout = QTextLayout(printable(text), font, device)
        option = QTextOption(align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.layout.setTextOption(option)
        self.layout.setCacheEnabled(True)
        self.layout.beginLayout()
        y = 0.0
        count = 0
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            if max_lines is not None and count >= max_lines:
                line.setNumColumns(0)
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
            count += 1
        self.layout.endLayout()
        self.height = y

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        self.layout.draw(painter, QPointF(x, y))

    def rect(self, x: float, y: float) -> QRectF:
        return QRectF(x, y, self.width, self.height)
