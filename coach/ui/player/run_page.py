"""The screen shown while a session runs, drawn entirely from one :class:`PhaseView`.

Redrawing is idempotent and cheap (labels only change when their text does), so the
player can call :meth:`RunPage.show_view` twenty times a second from the engine's view
of "now" and the screen is always the truth, however late a redraw comes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.domain.exercise import Exercise
from coach.domain.routine import Routine
from coach.domain.session.events import PhaseKind, PhaseView
from coach.ui.a11y import announce
from coach.ui.i18n import text as domain_text
from coach.ui.pictures import picture_pixmap

from . import announce as labels
from .banners import AdviceBanner, PainBanner, StopBanner
from .big_number import BigNumber, format_duration
from .controls import Controls
from .widgets import page_label

# The run page's rows: one line each, left-aligned unless a call asks to centre.
_label = partial(page_label, center=False, wrap=False)
PICTURE_SIDE = 160  # the exercise's picture under the details
LAST_SECONDS = ("3", "2", "1")  # spoken to a screen reader as they show


def _set(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


class RunPage(QWidget):
    """Name, instruction, the big number, set/side/next, progress, cue line, buttons.

    The labels carry what they are as an accessible *description*, never a name: a
    label's accessible name is its text unless one is set, and a set name ("Exercise")
    is all a screen reader would read, never the exercise, the count or the side.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = _label(scale=2.0, bold=True)
        self.title.setAccessibleDescription(self.tr("Exercise"))
        self.instruction = _label(scale=1.4)
        self.instruction.setAccessibleDescription(self.tr("Instruction"))
        self.details_button = QPushButton(self.tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.details_button.setAccessibleName(self.tr("Show full instructions and equipment"))
        self.details_button.toggled.connect(self._toggle_details)
        self.details = _label(scale=1.1, wrap=True)
        self.details.setAccessibleDescription(self.tr("Full instructions"))
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.hide()
        self.picture = QLabel()
        self.picture.setAccessibleName(self.tr("Exercise picture"))
        self.picture.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.picture.hide()
        self.pictures: Callable[[str], Path | None] | None = None  # the store's resolver
        self.sound_button = QPushButton()
        self.voice_button = QPushButton()
        for button in (self.sound_button, self.voice_button):
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.phase = _label(scale=1.8, bold=True, center=True)
        self.phase.setAccessibleDescription(self.tr("Phase"))
        self.number = BigNumber()
        self.number.setAccessibleDescription(self.tr("Time or reps"))
        self.cue = _label(scale=1.8, bold=True, center=True)
        self.cue.setAccessibleDescription(self.tr("Cue"))
        self.set_label = _label(scale=1.8, bold=True)
        self.set_label.setAccessibleDescription(self.tr("Set"))
        self.side_label = _label(scale=1.8, bold=True)
        self.side_label.setAccessibleDescription(self.tr("Side"))
        self.side_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.next_label = _label(scale=1.3)
        self.next_label.setAccessibleDescription(self.tr("Next"))
        for steady in (self.set_label, self.side_label, self.next_label, self.cue):
            # keep the row's height when it is empty, so the big number does not jump
            steady.setMinimumHeight(steady.fontMetrics().height())
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Routine progress"))
        self.time_left = _label(scale=1.1)
        self.time_left.setAccessibleDescription(self.tr("Time left in the routine"))

        self.stop_banner = StopBanner(self)
        self.pain_banner = PainBanner(self)
        self.advice_banner = AdviceBanner(self)
        self.controls = Controls(self)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.sound_button)
        top.addWidget(self.voice_button)
        line = QHBoxLayout()
        line.addWidget(self.instruction, 1)
        line.addWidget(self.details_button)
        counts = QHBoxLayout()
        counts.addWidget(self.set_label, 1)
        counts.addWidget(self.side_label, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.time_left)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(line)
        layout.addWidget(self.details)
        layout.addWidget(self.picture)
        layout.addWidget(self.phase)
        layout.addWidget(self.number, 1)
        layout.addWidget(self.cue)
        layout.addLayout(counts)
        layout.addWidget(self.next_label)
        layout.addLayout(bottom)
        layout.addWidget(self.stop_banner)
        layout.addWidget(self.pain_banner)
        layout.addWidget(self.advice_banner)
        layout.addWidget(self.controls)
        self._exercise: Exercise | None = None
        self.routine: Routine | None = None

    def hide_banners(self) -> None:
        for banner in (self.stop_banner, self.pain_banner, self.advice_banner):
            banner.hide()

    # -- drawing ---------------------------------------------------------------------
    def show_view(self, view: PhaseView) -> None:
        exercise = view.exercise
        if exercise is not self._exercise:
            self._exercise = exercise
            self._fill_details(exercise)
        working = view.kind == PhaseKind.WORK and exercise is not None
        word = labels.phase_word(view)
        _set(self.title, exercise.name if working else word)
        # Between work phases the line under the title says what comes (exercise, set,
        # side) and the set/side/next row stays empty: the same words twice on one
        # screen made people read the rest as the set itself.
        _set(self.instruction, exercise.summary if working else labels.up_next(view))
        phase = word if working else labels.countdown_word(view)
        if view.paused:
            phase = self.tr("Paused — %1").replace("%1", phase)
        if phase != self.phase.text():  # a new phase: say what it is and what to do
            title = self.title.text()
            announce(self.phase, phase if phase == title else f"{title}. {phase}")
        _set(self.phase, phase)
        number = labels.number_text(view)
        if number != self.number.text() and number in LAST_SECONDS and view.remaining_s:
            announce(self.number, number, urgent=True)  # the end of a hold or a rest
        self.number.set_value(number)
        _set(self.set_label, labels.set_text(view) if working else "")
        _set(self.side_label, labels.side_text(view.side) if working else "")
        _set(self.next_label, domain_text(view.next_label) if working else "")
        value = round(max(0.0, min(1.0, view.progress)) * 1000)
        if self.progress.value() != value:
            self.progress.setValue(value)
        left = format_duration(view.routine_remaining_s)
        _set(self.time_left, self.tr("About %1 left").replace("%1", left))
        self.controls.update_for(view)

    def show_cue(self, text: str) -> None:
        _set(self.cue, text)

    def _fill_details(self, exercise: Exercise | None) -> None:
        if exercise is None:
            self.details_button.setEnabled(False)
            self.details.setText("")
            return
        self.details_button.setEnabled(True)
        parts = [exercise.instructions or exercise.summary, ""]
        gear = ", ".join(exercise.equipment) or self.tr("none")
        parts.append(self.tr("Equipment: %1").replace("%1", gear))
        dose = exercise.dose
        if self.routine is not None:
            with contextlib.suppress(KeyError):  # the routine's override, if any
                dose = self.routine.slot(exercise.id).dose
        side = self.tr(", each side") if exercise.per_side else ""
        parts.append(self.tr("Dose: %1").replace("%1", domain_text(dose.describe()) + side))
        self.details.setText("\n".join(parts))
        pixmap = None
        if self.pictures is not None and exercise.picture:
            pixmap = picture_pixmap(self.pictures, exercise.picture, PICTURE_SIDE)
        if pixmap is None:
            self.picture.clear()
        else:
            self.picture.setPixmap(pixmap)
        self.picture.setVisible(self.details.isVisible() and pixmap is not None)

    def _toggle_details(self, on: bool) -> None:
        self.details.setVisible(on)
        pixmap = self.picture.pixmap()
        self.picture.setVisible(on and pixmap is not None and not pixmap.isNull())
