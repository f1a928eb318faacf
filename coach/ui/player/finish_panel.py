"""The end of a session: "pain now" (0–10, skippable) and an optional note, then Save.

Both go into the session record, so the progress report can show how each session
felt. The note is plain text and is stored exactly as typed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from .banners import advice_text
from .pain_prompt import PainScale
from .widgets import page_label

NOTE_MAX = 2000


class FinishPanel(QWidget):
    """Emits ``saved(pain_after, notes)``; ``pain_after`` is an int or ``None`` (skipped)."""

    saved = Signal(object, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = page_label(scale=2.0, minimum=16.0, bold=True)
        self.summary = page_label(scale=1.3, minimum=12.0)

        self.scale = PainScale(self.tr("Pain now, after the session?"), parent=self)
        self.scale.chosen.connect(self._pick)
        self.choice = page_label(self.tr("Pain now: not given"))
        self.advice = page_label(scale=1.2, minimum=12.0, bold=True)
        self.advice.setAccessibleDescription(self.tr("Pain advice"))
        self.advice.hide()
        self.threshold = 5

        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Note (optional): how did it feel, what flared?"))
        self.note.setAccessibleName(self.tr("Session note"))
        self.note.setMaximumHeight(110)

        self.save = QPushButton(self.tr("Save and close"))
        self.save.setAccessibleName(self.tr("Save and close"))
        self.save.setMinimumHeight(44)
        self.save.clicked.connect(self._save)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.headline)
        layout.addWidget(self.summary)
        layout.addWidget(self.scale)
        layout.addWidget(self.choice)
        layout.addWidget(self.advice)
        layout.addWidget(self.note)
        layout.addWidget(self.save, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self._pain: int | None = None

    def reset(self, headline: str, summary: str, threshold: int = 5) -> None:
        """A new session's end; ``threshold`` is the routine's pain limit, at or above
        which "pain now" gets the same advice as during a set."""
        self.threshold = threshold
        self.advice.hide()
        self.headline.setText(headline)
        self.summary.setText(summary)
        self.note.clear()
        self._pain = None
        self.choice.setText(self.tr("Pain now: not given"))
        self.scale.reset()

    @property
    def pain(self) -> int | None:
        return self._pain

    def _pick(self, score: int) -> None:
        self._pain = score
        self.choice.setText(self.tr("Pain now: %1 of 10").replace("%1", str(score)))
        self.advice.setText(advice_text(score, self.threshold))
        self.advice.setVisible(score >= self.threshold)

    def _save(self) -> None:
        self.saved.emit(self._pain, self.note.toPlainText()[:NOTE_MAX])
