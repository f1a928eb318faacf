"""A one-tap pain score 0–10, used before the session, during it (P) and after it.

It is a row of eleven big buttons rather than a dialog, because it is answered from the
mat with a sore knee: one click, or one key (digits; "1" then "0" for 10). An optional
"Skip" keeps the question from ever standing between the person and the exercise.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.ui import theme

from .widgets import page_label

TEN_WINDOW_MS = 700  # after "1", how long a "0" still makes it 10


class PainScale(QWidget):
    """Question + 0..10 buttons (+ optional skip). Emits ``chosen(score)`` or ``skipped()``."""

    chosen = Signal(int)
    skipped = Signal()

    def __init__(
        self,
        question: str,
        skip_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.question = page_label(question, scale=1.5, minimum=12.0)

        row = QHBoxLayout()
        row.setSpacing(6)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        self.buttons: list[QPushButton] = []
        for score in range(11):
            button = QPushButton(str(score))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumSize(52, 56)
            button.setCheckable(True)
            button.setStyleSheet(theme.SCORE_STYLE)
            self.group.addButton(button, score)
            theme.set_font(button, 1.8, bold=True, minimum=14.0)
            button.setAccessibleName(self.tr("Pain %1 of 10").replace("%1", str(score)))
            button.clicked.connect(lambda _=False, s=score: self._choose(s))
            self.buttons.append(button)
            row.addWidget(button)

        hint = QLabel(self.tr("0 = no pain, 10 = worst imaginable"))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(hint)
        self.skip_button: QPushButton | None = None
        if skip_text:
            self.skip_button = QPushButton(skip_text)
            self.skip_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.skip_button.setAccessibleName(skip_text)
            self.skip_button.clicked.connect(self.skipped)
            layout.addWidget(self.skip_button, alignment=Qt.AlignmentFlag.AlignCenter)

        self._pending_one = QTimer(self)
        self._pending_one.setSingleShot(True)
        self._pending_one.setInterval(TEN_WINDOW_MS)
        self._pending_one.timeout.connect(lambda: self._choose(1))

    def handle_key(self, event: QKeyEvent) -> bool:
        """Digits choose a score; returns True when the key was used."""
        text = event.text()
        if len(text) == 1 and text.isdigit():
            digit = int(text)
            if self._pending_one.isActive():
                self._pending_one.stop()
                self._choose(10 if digit == 0 else 1)  # "1" then another digit: keep 1
            elif digit == 1:
                self._pending_one.start()
            else:
                self._choose(digit)
            return True
        return False

    def reset(self) -> None:
        self._pending_one.stop()
        for button in self.buttons:
            button.setChecked(False)

    def _choose(self, score: int) -> None:
        self._pending_one.stop()
        for i, button in enumerate(self.buttons):
            button.setChecked(i == score)  # the chosen score stays visibly pressed
        self.chosen.emit(score)
