"""The player's button row: one button per engine event, labelled for what it does now.

Buttons never take keyboard focus, so Space always reaches the player (start / pause /
set done) instead of "clicking" whichever button was last used. Each shows its key on
its face ("Pause · Space"), so the keyboard is learnt by looking, and has an accessible
name in plain words (without the key) and the key in its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from coach.domain.session.events import PhaseKind, PhaseView, WorkMode


def key_word(key: str) -> str:
    """A key's name in the app's language: "Leertaste" for Space in German, as the
    keyboard-shortcuts window and the pain advice already say (the names are marked in
    the ``keys`` context in :mod:`coach.ui.player.keys`); letters and Esc stay as they are."""
    return QCoreApplication.translate("keys", key) if key else key


def with_key(text: str, key: str) -> str:
    """A button's face: its words and its key, "Next · N"."""
    return f"{text} · {key_word(key)}" if key else text


def _button(text: str, key: str, parent: QWidget) -> QPushButton:
    button = QPushButton(with_key(text, key), parent)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAccessibleName(text)
    button.setToolTip(parent.tr("Key: %1").replace("%1", key_word(key)))
    button.setMinimumHeight(44)
    return button


class Controls(QWidget):
    """Back, Start/Pause/Resume, Set done, Next/Skip rest, +15 s, Pain, Stop."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.back = _button(self.tr("Back"), "B", self)
        self.back.setToolTip(self.tr("Key: ← or B"))
        self.play = _button(self.tr("Start"), "Space", self)
        self.set_done = _button(self.tr("Set done"), "Space", self)
        self.next = _button(self.tr("Next"), "N", self)
        self.next.setToolTip(self.tr("Key: → or N"))
        self.add_rest = _button(self.tr("+15 s"), "+", self)
        self.add_rest.setAccessibleName(self.tr("Add 15 seconds of rest"))
        self.add_rest.setToolTip(self.tr("Add 15 seconds of rest (key +)"))
        self.pain = _button(self.tr("Pain"), "P", self)
        self.pain.setAccessibleName(self.tr("Log pain"))
        self.stop = _button(self.tr("Stop"), "Esc", self)
        self.stop.setAccessibleName(self.tr("Stop the session"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for button in (
            self.back,
            self.play,
            self.set_done,
            self.next,
            self.add_rest,
            self.pain,
            self.stop,
        ):
            row.addWidget(button)

    def update_for(self, view: PhaseView) -> None:
        """Show what each button does in this phase; hide the ones that do nothing."""
        done = view.kind == PhaseKind.DONE
        self_paced = view.kind == PhaseKind.WORK and view.mode == WorkMode.SELF_PACED_REPS
        resting = view.kind in (PhaseKind.REST, PhaseKind.TRANSITION)
        if not view.started:
            play_text = self.tr("Start")
        elif view.paused:
            play_text = self.tr("Resume")
        else:
            play_text = self.tr("Pause")
        # in a running self-paced set Space is "Set done"; the Pause button has no key
        play_key = "" if self_paced and not view.paused else "Space"
        self._set_text(self.play, play_text, play_key)
        self.play.setToolTip(self.tr("Key: Space") if play_key else "")
        self.play.setVisible(not done)
        self.set_done.setVisible(self_paced)
        self.set_done.setEnabled(self_paced and not view.paused)
        self._set_text(self.next, self.tr("Skip rest") if resting else self.tr("Next"), "N")
        self.next.setEnabled(view.started and not done)
        self.back.setEnabled(view.started and not done)
        self.add_rest.setVisible(resting)
        self.pain.setEnabled(view.started and not done)
        self.stop.setEnabled(not done)

    @staticmethod
    def _set_text(button: QPushButton, text: str, key: str) -> None:
        if button.text() != with_key(text, key):
            button.setText(with_key(text, key))
            button.setAccessibleName(text)
