"""Bars that open above the player's buttons: confirm stop, log pain, pain advice.

They are part of the player, not modal dialogs, so the big number stays in sight, the
keyboard keeps working (the player routes keys to the open bar) and tests can drive
them with ordinary clicks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .pain_prompt import PainScale


def _message() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    font = label.font()
    font.setPointSizeF(max(13.0, font.pointSizeF() * 1.4))
    font.setBold(True)
    label.setFont(font)
    return label


def _button(text: str, accessible: str, key: str, parent: QWidget) -> QPushButton:
    button = QPushButton(text, parent)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAccessibleName(accessible)
    button.setToolTip(parent.tr("Key: %1").replace("%1", key))
    button.setMinimumSize(180, 52)
    font = button.font()
    font.setPointSizeF(max(12.0, font.pointSizeF() * 1.3))
    button.setFont(font)
    return button


class StopBanner(QFrame):
    """ "Stop this session?" — the session is saved as stopped on confirm."""

    confirmed = Signal()
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.message = _message()
        self.message.setText(
            self.tr("Stop this session? What you have done so far is kept as a stopped session.")
        )
        self.stop = _button(self.tr("Stop session"), self.tr("Confirm stop"), "Enter", self)
        self.keep = _button(self.tr("Keep going"), self.tr("Keep going"), "Esc", self)
        self.stop.clicked.connect(self.confirmed)
        self.keep.clicked.connect(self.cancelled)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.stop)
        row.addWidget(self.keep)
        row.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.hide()


class PainBanner(QFrame):
    """P during a session: pick a score (click or digit) or cancel."""

    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.scale = PainScale(self.tr("How much does it hurt right now?"), parent=self)
        self.cancel = _button(self.tr("Cancel"), self.tr("Cancel logging pain"), "Esc", self)
        self.cancel.clicked.connect(self.cancelled)
        layout.addWidget(self.scale)
        layout.addWidget(self.cancel, alignment=Qt.AlignmentFlag.AlignCenter)
        self.hide()


class AdviceBanner(QFrame):
    """Shown when a pain score reaches the routine's limit; the engine has paused."""

    stop_chosen = Signal()
    continue_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.message = _message()
        self.stop = _button(self.tr("Stop for today"), self.tr("Stop for today"), "Enter", self)
        self.go_on = _button(
            self.tr("Continue anyway"), self.tr("Continue the session anyway"), "Space", self
        )
        self.stop.clicked.connect(self.stop_chosen)
        self.go_on.clicked.connect(self.continue_chosen)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.stop)
        row.addWidget(self.go_on)
        row.addStretch(1)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.hide()

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
