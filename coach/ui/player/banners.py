"""Bars that open above the player's buttons: confirm stop, log pain, pain advice.

They are part of the player, not modal dialogs, so the big number stays in sight, the
keyboard keeps working (the player routes keys to the open bar) and tests can drive
them with ordinary clicks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from .pain_prompt import PainScale
from .widgets import big_button, centered_row, page_label


class ChoiceBanner(QFrame):
    """A framed bold message over two big buttons, hidden until asked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = page_label(scale=1.4, minimum=13.0, bold=True)
        self.hide()

    def _place(self, first: QPushButton, second: QPushButton) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(centered_row(first, second))


class StopBanner(ChoiceBanner):
    """ "Stop this session?" — the session is saved as stopped on confirm."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stop = big_button(self.tr("Stop session"), self.tr("Confirm stop"), self, "Enter")
        self.keep = big_button(self.tr("Keep going"), self.tr("Keep going"), self, "Esc")
        self._place(self.stop, self.keep)
        self.message.setText(
            self.tr("Stop this session? What you have done so far is kept as a stopped session.")
        )
        self.stop.clicked.connect(self.confirmed)
        self.keep.clicked.connect(self.cancelled)


class PainBanner(QFrame):
    """P during a session: pick a score (click or digit) or cancel."""

    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.scale = PainScale(self.tr("How much does it hurt right now?"), parent=self)
        self.cancel = big_button(self.tr("Cancel"), self.tr("Cancel logging pain"), self, "Esc")
        self.cancel.clicked.connect(self.cancelled)
        layout.addWidget(self.scale)
        layout.addWidget(self.cancel, alignment=Qt.AlignmentFlag.AlignCenter)
        self.hide()


class AdviceBanner(ChoiceBanner):
    """Shown when a pain score reaches the routine's limit; the engine has paused."""

    stop_chosen = Signal()
    continue_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stop = big_button(self.tr("Stop for today"), self.tr("Stop for today"), self, "Enter")
        self.go_on = big_button(
            self.tr("Continue anyway"), self.tr("Continue the session anyway"), self, "Space"
        )
        self._place(self.stop, self.go_on)
        self.stop.clicked.connect(self.stop_chosen)
        self.go_on.clicked.connect(self.continue_chosen)

    def show_advice(self, score: int, threshold: int) -> None:
        self.message.setText(
            self.tr(
                "Pain %1 of 10 is at or above this routine's limit of %2. Stopping is advised: "
                "rest, ice, and take a step back next time. Do not train through pain."
            )
            .replace("%1", str(score))
            .replace("%2", str(threshold))
        )
        self.show()
