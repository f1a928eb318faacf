"""Before a session starts: what is about to happen, and one tap for "pain right now".

Answering (or skipping) starts the session at once, so the question costs one tap.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from coach.domain.routine import Routine
from coach.ui.i18n import text as domain_text

from .banners import ChoiceBanner, advice_text
from .big_number import format_duration
from .pain_prompt import PainScale
from .widgets import big_button, page_label


def routine_outline(routine: Routine) -> str:
    """A few lines a person can scan: each exercise with its dose."""
    lines = []
    for slot in routine.slots[:12]:
        dose = domain_text(slot.dose.describe())
        if slot.exercise.per_side:
            dose = QCoreApplication.translate("StartPage", "%1 (each side)").replace("%1", dose)
        lines.append(f"• {slot.exercise.name}: {dose}")
    if len(routine.slots) > 12:
        more = QCoreApplication.translate("StartPage", "… and %1 more")
        lines.append(more.replace("%1", str(len(routine.slots) - 12)))
    return "\n".join(lines)


class StartAdvice(ChoiceBanner):
    """Pain before starting at or above the routine's limit: the same advice as during a
    set, then "Start anyway" (Enter) or "Not today" (Esc)."""

    start_chosen = Signal()
    not_today_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.not_today = big_button(
            self.tr("Not today · Esc"), self.tr("Not today: leave without starting"), self, "Esc"
        )
        self.start = big_button(
            self.tr("Start anyway · Enter"), self.tr("Start the session anyway"), self, "Enter"
        )
        self._place(self.not_today, self.start)
        self.not_today.clicked.connect(self.not_today_chosen)
        self.start.clicked.connect(self.start_chosen)


class StartPage(QWidget):
    """Routine name, outline, estimated length, and the pain question with "Skip"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = page_label(scale=2.0, minimum=16.0, bold=True)
        self.outline = page_label(scale=1.25, minimum=11.0, center=False)
        self.outline.setTextFormat(Qt.TextFormat.PlainText)
        self.length = page_label()
        self.scale = PainScale(
            self.tr("Before you start: how much does it hurt right now?"),
            skip_text=self.tr("Skip and start"),
            parent=self,
        )
        self.cancel = QPushButton(self.tr("Not now"))
        self.cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.cancel.setAccessibleName(self.tr("Not now: leave without starting"))
        self.cancel.setToolTip(self.tr("Key: Esc"))
        self.advice = StartAdvice(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.cancel, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.title)
        layout.addWidget(self.outline, 1, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.length)
        layout.addWidget(self.scale)
        layout.addWidget(self.advice)

    def show_routine(self, routine: Routine, estimate_s: float) -> None:
        """Fill the page for ``routine``; the pain question starts unanswered (the last
        session's score must not look chosen)."""
        self.scale.reset()
        self.advice.hide()
        if self.scale.skip_button is not None:
            self.scale.skip_button.setEnabled(True)
        self.title.setText(routine.name)
        self.outline.setText(routine_outline(routine))
        self.length.setText(
            self.tr("About %1 · Space skips the question and starts").replace(
                "%1", format_duration(estimate_s)
            )
        )

    def advise(self, score: int, threshold: int) -> None:
        self.advice.message.setText(advice_text(score, threshold, before=True))
        self.advice.show()
        if self.scale.skip_button is not None:  # one question at a time
            self.scale.skip_button.setEnabled(False)
