"""Before a session starts: what is about to happen, and one tap for "pain right now".

Answering (or skipping) starts the session at once, so the question costs one tap.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from coach.domain.routine import Routine

from .big_number import format_duration
from .pain_prompt import PainScale
from .widgets import page_label


def routine_outline(routine: Routine) -> str:
    """A few lines a person can scan: each exercise with its dose."""
    lines = []
    for slot in routine.slots[:12]:
        side = " (each side)" if slot.exercise.per_side else ""
        lines.append(f"• {slot.exercise.name}: {slot.dose.describe()}{side}")
    if len(routine.slots) > 12:
        lines.append(f"… and {len(routine.slots) - 12} more")
    return "\n".join(lines)


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
        layout = QVBoxLayout(self)
        layout.addWidget(self.cancel, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.title)
        layout.addWidget(self.outline, 1, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.length)
        layout.addWidget(self.scale)

    def show_routine(self, routine: Routine, estimate_s: float) -> None:
        self.title.setText(routine.name)
        self.outline.setText(routine_outline(routine))
        self.length.setText(
            self.tr("About %1 · Space skips the question and starts").replace(
                "%1", format_duration(estimate_s)
            )
        )
