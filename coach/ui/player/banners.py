"""Bars that open above the player's buttons: confirm stop, log pain, pain advice.

They are part of the player, not modal dialogs, so the big number stays in sight, the
keyboard keeps working (the player routes keys to the open bar) and tests can drive
them with ordinary clicks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.domain.pain import COMMON_LOCATIONS, Side
from coach.domain.record import EndReason

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
    """ "Stop this session? Why?" — one click answers both: it hurts, no time, or another
    reason; Keep going (Esc) cancels. Emits ``chosen(reason)`` with an :class:`EndReason`.

    Enter picks the default answer, shown on its button: "It hurts" when pain at the
    routine's limit was logged in this session, otherwise "Other reason"."""

    chosen = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hurts = big_button(self.tr("It hurts · H"), self.tr("Stop: it hurts"), self, "H")
        self.no_time = big_button(self.tr("No time · T"), self.tr("Stop: no time"), self, "T")
        self.other = big_button(
            self.tr("Other reason · O"), self.tr("Stop: another reason"), self, "O"
        )
        self.keep = big_button(self.tr("Keep going · Esc"), self.tr("Keep going"), self, "Esc")
        self.reasons = {
            EndReason.STOPPED_FOR_PAIN: self.hurts,
            EndReason.STOPPED_NO_TIME: self.no_time,
            EndReason.STOPPED: self.other,
        }
        self.buttons = (self.hurts, self.no_time, self.other, self.keep)
        for button in self.buttons:
            button.setMinimumWidth(150)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        self.grid = QGridLayout()
        self.columns = 0
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(self.grid)
        row.addStretch(1)
        layout.addLayout(row)
        self._arrange(len(self.buttons))
        self.message.setText(self.tr("Stop this session? Why? What you have done so far is kept."))
        for reason, button in self.reasons.items():
            button.clicked.connect(lambda _=False, r=reason: self.chosen.emit(r))
        self.keep.clicked.connect(self.cancelled)
        self.default = EndReason.STOPPED

    def _arrange(self, columns: int) -> None:
        """The four answers in one row, or two rows of two when one row would squeeze
        them: in a 900-pixel window the German answers were cut to "nderer Grund · (""."""
        if columns == self.columns:
            return
        self.columns = columns
        for i, button in enumerate(self.buttons):
            self.grid.removeWidget(button)
            self.grid.addWidget(button, i // columns, i % columns)

    def _fit(self) -> None:
        spacing = max(6, self.grid.horizontalSpacing())
        wanted = [b.sizeHint().expandedTo(b.minimumSize()).width() for b in self.buttons]
        one_row = sum(wanted) + spacing * (len(wanted) - 1)
        margins = self.layout().contentsMargins()
        room = self.contentsRect().width() - margins.left() - margins.right()
        self._arrange(len(self.buttons) if one_row <= room else 2)

    def resizeEvent(self, event) -> None:  # Qt override: one row or two, as they fit
        super().resizeEvent(event)
        self._fit()

    def ask(self, default: EndReason) -> None:
        """Show the question with ``default`` as Enter's answer (marked on its button)."""
        self.default = default
        for reason, button in self.reasons.items():
            font = button.font()
            font.setBold(reason == default)
            button.setFont(font)
        self.show()
        self._fit()  # bold text is wider

    def choose(self, reason: EndReason) -> None:
        self.chosen.emit(reason)


class PainBanner(QFrame):
    """P during a session: pick a score (click or digit) or cancel. Where and which side
    are asked beside it, already set to the side being exercised and the routine's
    target area, each one key away from changing: L / R / B for the side, W for where."""

    cancelled = Signal()

    SIDES = (Side.LEFT, Side.RIGHT, Side.BOTH)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.scale = PainScale(self.tr("How much does it hurt right now?"), parent=self)
        self.side = QComboBox(self)
        self.side.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.side.setAccessibleName(self.tr("Side (keys L, R, B)"))
        for side, text in zip(
            self.SIDES,
            (self.tr("Left · L"), self.tr("Right · R"), self.tr("Both · B")),
            strict=True,
        ):
            self.side.addItem(text, side)
        self.location = QComboBox(self)
        self.location.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.location.setAccessibleName(self.tr("Where (key W for the next place)"))
        self.location.addItems(list(COMMON_LOCATIONS))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Side:")))
        row.addWidget(self.side)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Where (W):")))
        row.addWidget(self.location)
        row.addStretch(1)
        self.cancel = big_button(
            self.tr("Cancel · Esc"), self.tr("Cancel logging pain"), self, "Esc"
        )
        self.cancel.clicked.connect(self.cancelled)
        layout.addWidget(self.scale)
        layout.addLayout(row)
        layout.addWidget(self.cancel, alignment=Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def ask(self, side: Side, location: str) -> None:
        """Open with ``side`` (the one being exercised) and ``location`` already chosen."""
        self.scale.reset()
        self.set_side(side)
        index = self.location.findText(location)
        if index < 0:
            self.location.addItem(location)
            index = self.location.count() - 1
        self.location.setCurrentIndex(index)
        self.show()

    def set_side(self, side: Side) -> None:
        self.side.setCurrentIndex(self.SIDES.index(side))

    def next_location(self) -> None:
        self.location.setCurrentIndex((self.location.currentIndex() + 1) % self.location.count())

    @property
    def chosen_side(self) -> Side:
        return self.side.currentData()

    @property
    def chosen_location(self) -> str:
        return self.location.currentText()


class AdviceBanner(ChoiceBanner):
    """Shown when a pain score reaches the routine's limit; the engine has paused."""

    stop_chosen = Signal()
    continue_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stop = big_button(
            self.tr("Stop for today · Enter"), self.tr("Stop for today"), self, "Enter"
        )
        self.go_on = big_button(
            self.tr("Continue anyway · Space"),
            self.tr("Continue the session anyway"),
            self,
            "Space",
        )
        self._place(self.stop, self.go_on)
        self.stop.clicked.connect(self.stop_chosen)
        self.go_on.clicked.connect(self.continue_chosen)

    def show_advice(self, score: int, threshold: int) -> None:
        self.message.setText(advice_text(score, threshold))
        self.show()


def advice_text(score: int, threshold: int, *, before: bool = False) -> str:
    """The one plain advice for pain at or above the routine's limit: during a set and
    on the finish page, and (``before``) worded for a session not yet started."""
    # two literal calls, so lupdate finds both sentences
    if before:
        text = QCoreApplication.translate(
            "AdviceBanner",
            "Pain %1 of 10 is at or above this routine's limit of %2. Training today is not "
            "advised: rest, ice, and try again when it has settled. Do not train through pain.",
        )
    else:
        text = QCoreApplication.translate(
            "AdviceBanner",
            "Pain %1 of 10 is at or above this routine's limit of %2. Stopping is advised: "
            "rest, ice, and take a step back next time. Do not train through pain.",
        )
    return text.replace("%1", str(score)).replace("%2", str(threshold))
