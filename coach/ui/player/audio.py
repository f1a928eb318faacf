"""Sound on/off and voice on/off: two toggles in the player, remembered in QSettings.

The switches live here rather than in the cue backends so that every backend (real,
silent, recording) is silenced the same way, and tests can see that a muted player
asks for no cues while still showing them on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QPushButton

from coach.ui.cues import CueSink

MUTED_KEY = "player/muted"
VOICE_KEY = "player/voice"
PREPARE_DELAY_MS = 500  # after the player first shows: off the start-up critical path


class AudioSettings(QObject):
    """Owns the two toggle buttons; ``muted`` silences everything, ``voice`` speech only."""

    def __init__(
        self, sound: QPushButton, voice: QPushButton, cues: CueSink, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.sound_button, self.voice_button, self.cues = sound, voice, cues
        settings = QSettings()
        self.muted = settings.value(MUTED_KEY, False, type=bool)
        self.voice = settings.value(VOICE_KEY, True, type=bool)
        self._prepared = False
        sound.toggled.connect(self._set_sound)
        voice.toggled.connect(self._set_voice)
        self._update_buttons()

    def prepare_soon(self) -> None:
        """Load sounds / start the speech engine once, shortly after the window shows."""
        if self._prepared or not hasattr(self.cues, "prepare"):
            return
        self._prepared = True
        QTimer.singleShot(PREPARE_DELAY_MS, self, lambda: self.cues.prepare(voice=self.voice))

    def _set_sound(self, on: bool) -> None:
        self.muted = not on
        QSettings().setValue(MUTED_KEY, self.muted)
        self._update_buttons()

    def _set_voice(self, on: bool) -> None:
        self.voice = on
        QSettings().setValue(VOICE_KEY, self.voice)
        if on and self._prepared and hasattr(self.cues, "prepare"):
            self.cues.prepare(voice=True)  # starts the engine if it was never started
        self._update_buttons()

    def _update_buttons(self) -> None:
        for button, on, on_text, off_text in (
            (self.sound_button, not self.muted, self.tr("Sound on"), self.tr("Sound off")),
            (self.voice_button, self.voice, self.tr("Voice on"), self.tr("Voice off")),
        ):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
            button.setText(on_text if on else off_text)
            button.setAccessibleName(button.text())
