"""Settings ▸ General: which voice speaks the cues, how fast, and a button to hear it.

The list of voices comes from the speech engine, which lives in a child process
(:mod:`coach.ui.speech`): while these controls are in sight they run a speech process of
their own, ask it for the voices of the app's language and send it the choice, so "Test
the voice" sounds exactly as the player will. The player's own speech process follows
the same two preferences (:meth:`SpeechClient.follow`), so a change applies at once
there too. Where no engine works the controls are disabled and one plain line says why,
instead of an error.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, QObject, Qt, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QPushButton, QSlider

from coach.ui import i18n, prefs, theme
from coach.ui.speech.client import SpeechClient
from coach.ui.speech.protocol import voice_parts

log = logging.getLogger(__name__)

READY_TIMEOUT_MS = 6000
RATE_STEPS = 10  # the slider counts tenths of QTextToSpeech's -1…1


class VoiceControls(QObject):
    """The voice list, the speed slider, "Test the voice" and a one-line status.

    :meth:`start` when the controls show, :meth:`stop` when they hide. ``engines`` are
    tried in order (empty: every installed engine, as the player does; tests pass
    ``["mock"]``, Qt's test engine).
    """

    def __init__(
        self, preferences: prefs.Preferences, engines: tuple[str, ...] = (), parent=None
    ) -> None:
        super().__init__(parent)
        self.prefs = preferences
        self.engines = list(engines)
        self.client: SpeechClient | None = None
        self.state = "off"  # off → starting → ready | failed

        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Voice to use"))
        self.choice.setAccessibleDescription(self.tr("Voice to use"))
        self.choice.addItem(self.tr("System default"), "")
        self.rate = QSlider(Qt.Orientation.Horizontal)
        self.rate.setRange(-RATE_STEPS, RATE_STEPS)
        self.rate.setPageStep(RATE_STEPS // 2)
        self.rate.setTickInterval(RATE_STEPS // 2)
        self.rate.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.rate.setAccessibleName(self.tr("Speaking speed"))
        self.rate_words = theme.plain_label()
        self.rate_words.setMinimumWidth(theme.GRID * 16)
        self.test = QPushButton(self.tr("Test the voice"))
        self.test.setAccessibleName(self.tr("Test the voice"))
        self.test.setAutoDefault(False)
        self.status = theme.plain_label(scale=theme.SMALL_SCALE)
        self.status.setAccessibleName(self.tr("Voice status"))

        self.show_values()
        self._show_state()
        self.choice.currentIndexChanged.connect(self._voice_chosen)
        self.rate.valueChanged.connect(self._rate_chosen)
        self.test.clicked.connect(self.speak_test)
        self.prefs.changed.connect(self._preference_changed)

    def add_rows(self, form: QFormLayout) -> None:
        rate_row = QHBoxLayout()
        rate_row.setSpacing(theme.GRID * 2)
        rate_row.addWidget(self.rate, 1)
        rate_row.addWidget(self.rate_words)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test)
        test_row.addStretch(1)
        form.addRow(self.tr("Voice to use:"), self.choice)
        form.addRow(self.tr("Speed:"), rate_row)
        form.addRow("", test_row)
        form.addRow("", self.status)

    # -- the speech process ------------------------------------------------------------
    def start(self) -> None:
        """Start a speech process for the list and the test (returns at once)."""
        if self.client is not None:
            return
        self.state = "starting"
        self.client = SpeechClient(self, language=i18n.current)
        self.client.follow(self.prefs)
        self.client.ready.connect(self._ready)
        self.client.failed.connect(self._failed)
        self.client.voices_listed.connect(self._voices_listed)
        self.client.start(self.engines, READY_TIMEOUT_MS)
        self._show_state()

    def stop(self) -> None:
        client, self.client = self.client, None
        if client is not None:
            client.shutdown()
            client.deleteLater()
        if self.state != "failed":
            self.state = "off"

    @Slot(str)
    def _ready(self, engine: str) -> None:
        if self.state == "starting":
            self.state = "ready"
            self._show_state()

    @Slot(str)
    def _failed(self, reason: str) -> None:
        if self.state in ("starting", "ready"):
            log.info("No usable speech engine for Settings (%s).", reason)
            self.state = "failed"
            self._show_state()

    @Slot(list)
    def _voices_listed(self, voices: list) -> None:
        self.choice.blockSignals(True)
        while self.choice.count() > 1:
            self.choice.removeItem(1)
        for vid in voices:
            self.choice.addItem(voice_label(vid), vid)
        self.choice.blockSignals(False)
        self.show_values()

    # -- what is shown -------------------------------------------------------------------
    def _show_state(self) -> None:
        usable = self.state == "ready"
        for widget in (self.choice, self.rate, self.test):
            widget.setEnabled(usable)
        if self.state == "failed":
            self.status.setText(
                self.tr("No speech engine works on this computer, so there is no voice to choose.")
            )
        elif self.state == "starting":
            self.status.setText(self.tr("Looking for the voices on this computer…"))
        self.status.setVisible(self.state in ("failed", "starting"))

    def show_values(self) -> None:
        """Show the stored choice (also after Restore defaults)."""
        vid = self.prefs.value(prefs.VOICE_NAME)
        self.choice.blockSignals(True)
        index = self.choice.findData(vid)
        if index < 0:  # a voice of another language, or not listed yet: still the choice
            self.choice.addItem(voice_label(vid), vid)
            index = self.choice.count() - 1
        self.choice.setCurrentIndex(index)
        self.choice.blockSignals(False)
        rate = self.prefs.value(prefs.VOICE_RATE)
        self.rate.blockSignals(True)
        self.rate.setValue(round(rate * RATE_STEPS))
        self.rate.blockSignals(False)
        self.rate_words.setText(self.rate_text(rate))
        self.rate.setAccessibleDescription(self.rate_words.text())

    def rate_text(self, rate: float) -> str:
        """The speed in plain words: what a person hears, not a number."""
        step = round(rate * RATE_STEPS)
        if step == 0:
            return self.tr("Normal speed")
        size = abs(step)
        if step < 0:
            if size <= 3:
                return self.tr("A little slower")
            return self.tr("Slower") if size <= 6 else self.tr("Much slower")
        if size <= 3:
            return self.tr("A little faster")
        return self.tr("Faster") if size <= 6 else self.tr("Much faster")

    # -- changes -------------------------------------------------------------------------
    def _voice_chosen(self, _index: int) -> None:
        self.prefs.set(prefs.VOICE_NAME, self.choice.currentData() or "")

    def _rate_chosen(self, value: int) -> None:
        self.prefs.set(prefs.VOICE_RATE, value / RATE_STEPS)

    def _preference_changed(self, key: str) -> None:
        if key in (prefs.VOICE_NAME, prefs.VOICE_RATE):
            self.show_values()

    def speak_test(self) -> None:
        """Speak one sentence with the voice and speed now chosen."""
        if self.client is not None and self.state == "ready":
            self.client.say(self.tr("This is how Rehab Coach sounds during your exercises."))


def voice_label(vid: str) -> str:
    """``Anne (British English)``: the engine's name and the voice's language in its own
    words, which already tell regional variants apart ("Österreichisches Deutsch")."""
    name, locale = voice_parts(vid)
    if not name:
        return vid
    loc = QLocale(locale)
    language = loc.nativeLanguageName() if loc.language() != QLocale.Language.C else ""
    return f"{name} ({language})" if language else name
