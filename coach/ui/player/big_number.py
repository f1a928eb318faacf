"""The huge number in the middle of the player: seconds left, or reps ``12 / 30``.

It is read from two metres away, mid-exercise, so the font is sized from the widget's
own height (and shrunk only if the text would not fit the width), and digits are
tabular so ``1:09`` → ``1:08`` does not make the text jiggle. A cue can "flash" it: a
brief inverted background, so every beep is also seen.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QFontMetricsF, QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

HEIGHT_FRACTION = 0.78  # of the widget height given to the digits' cap-to-baseline
MIN_PIXELS = 24
FLASH_MS = 220


def format_seconds(seconds: float | None) -> str:
    """``45`` under a minute, ``1:05`` above; rounds up so ``0`` shows only at the end.

    Rounding up matches what people expect of a countdown: the phase ends as ``1``
    turns to ``0``, not half a second after ``0`` appears.
    """
    if seconds is None:
        return ""
    whole = math.ceil(seconds - 1e-6) if seconds > 0 else 0  # 59.9999997 still shows 60
    if whole < 60:
        return str(whole)
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes}:{secs:02d}"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def format_duration(seconds: float) -> str:
    """A friendly estimate for "time left": ``about 12 min``, ``45 s``."""
    seconds = max(0.0, seconds)
    if seconds < 60:
        return f"{round(seconds)} s"
    return f"{round(seconds / 60)} min"


def tabular_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setBold(True)
    try:
        font.setFeature(QFont.Tag("tnum"), 1)  # tabular figures where the font has them
    except (AttributeError, TypeError):  # older Qt: fall back to fixed-pitch digits
        font.setFixedPitch(True)
    return font


class BigNumber(QLabel):
    """A label whose font follows its size. ``text()`` is what tests and screen readers see."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(80)
        self.setAutoFillBackground(True)
        self.setFont(tabular_font(self.font()))
        self._flash = QTimer(self)
        self._flash.setSingleShot(True)
        self._flash.timeout.connect(self._unflash)
        self._flashing = False

    def set_value(self, text: str) -> None:
        """Set the text; refits the font only when the length changes (cheap at 20 Hz)."""
        if text == self.text():
            return
        refit = len(text) != len(self.text())
        self.setText(text)
        if refit:
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Digits as tall as the widget allows, narrowed only when the width runs out."""
        font = QFont(self.font())
        height = self.contentsRect().height()
        width = self.contentsRect().width() * 0.94
        pixels = max(MIN_PIXELS, int(height * HEIGHT_FRACTION))
        font.setPixelSize(pixels)
        sample = self.text() or "0:00"
        text_w = QFontMetricsF(font).horizontalAdvance(sample)
        if text_w > width > 0:
            pixels = max(MIN_PIXELS, int(pixels * width / text_w))
            font.setPixelSize(pixels)
        if font != self.font():
            self.setFont(font)

    def pixel_size(self) -> int:
        return self.font().pixelSize()

    def flash(self) -> None:
        """Show a cue visually: invert the colours for a moment."""
        if not self._flashing:
            self._normal = QPalette(self.palette())
            pal = self.palette()
            pal.setColor(
                QPalette.ColorRole.Window, self.palette().color(QPalette.ColorRole.Highlight)
            )
            pal.setColor(
                QPalette.ColorRole.WindowText,
                self.palette().color(QPalette.ColorRole.HighlightedText),
            )
            self.setPalette(pal)
            self._flashing = True
        self._flash.start(FLASH_MS)

    def is_flashing(self) -> bool:
        return self._flashing

    def stop_flash(self) -> None:
        """End a flash now (screenshots, or a phase change that wants a clean number)."""
        self._flash.stop()
        if self._flashing:
            self._unflash()

    def _unflash(self) -> None:
        self.setPalette(self._normal)
        self._flashing = False
