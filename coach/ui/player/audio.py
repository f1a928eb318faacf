"""Sound on/off and voice on/off: two toggles in the player, remembered in QSettings.

The keys and the store of the values are :mod:`coach.ui.prefs`, shared with the Settings
dialog: a change made there shows here at once, and the other way round.

The switches live here rather than in the cue backends so that every backend (real,
silent, recording) is silenced the same way, and tests can see that a muted player
asks for no cues while still showing them on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPushButton

from coach.ui import prefs, preload
from coach.ui.cues import CueSink, QtCues, multimedia
from coach.ui.turns import in_turns

MUTED_KEY = prefs.MUTED
VOICE_KEY = prefs.VOICE
PREPARE_DELAY_MS = 500  # after the player first shows: off the start-up critical path


class AudioSettings(QObject):
    """Owns the two toggle buttons; ``muted`` silences everything, ``voice`` speech only."""

    def __init__(
        self, sound: QPushButton, voice: QPushButton, cues: CueSink, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.sound_button, self.voice_button, self.cues = sound, voice, cues
        self.prefs = prefs.preferences()
        self.muted = self.prefs.value(MUTED_KEY)
        self.voice = self.prefs.value(VOICE_KEY)
        self._prepared = False
        sound.toggled.connect(lambda on: self.prefs.set(MUTED_KEY, not on))
        voice.toggled.connect(lambda on: self.prefs.set(VOICE_KEY, on))
        self.prefs.changed.connect(self._changed)
        self._update_buttons()

    def prepare_soon(self) -> None:
        """Load sounds / start the speech engine once, shortly after the player shows,
        in steps of one event-loop turn each (see :meth:`_prepare_steps`): the person may
        already be in a timed phase by then, and one 20-30 ms turn is a frozen timer."""
        if self._prepared or not hasattr(self.cues, "prepare"):
            return
        self._prepared = True
        steps = self._prepare_steps()
        QTimer.singleShot(PREPARE_DELAY_MS, self, lambda: in_turns(self, steps))

    def _prepare_steps(self, wait: bool = True) -> list[Callable[[], object]]:
        """Qt's sound set-up as three turns: the QtMultimedia binding's import (7-12 ms),
        the audio back end's start, which the first device query does (7-14 ms), then
        the cues' own preparation, which finds both done (a few ms, the speech engine
        starting in its child process)."""
        last = lambda: self.cues.prepare(voice=self.voice)  # noqa: E731
        if not isinstance(self.cues, QtCues):  # a silent or recording sink: nothing to warm
            return [last]
        return [_import_multimedia, lambda: start_audio_backend(wait), last]

    def warm_up_steps(self) -> list[Callable[[], object]]:
        """The two costly turns of :meth:`_prepare_steps`, for the window's warm-up to run
        before any session (it waits while one runs): the first start of a routine then
        finds Qt's sound ready, and the turns after it cost a millisecond or two."""
        # the back end's start answers False (not yet) while an import thread runs; the
        # warm-up then tries it again on a later turn
        return self._prepare_steps(wait=False)[:-1]

    def _changed(self, key: str) -> None:
        if key == MUTED_KEY:
            self.muted = self.prefs.value(MUTED_KEY)
        elif key == VOICE_KEY:
            self.voice = self.prefs.value(VOICE_KEY)
            if self.voice and self._prepared and hasattr(self.cues, "prepare"):
                self.cues.prepare(voice=True)  # starts the engine if it was never started
        else:
            return
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


def _import_multimedia() -> None:
    multimedia()  # the import is the step; where it cannot load, the cues stay silent


def start_audio_backend(wait: bool = False) -> bool | None:
    """Load and start Qt's audio back end (the first device query does it). Not while an
    import thread loads an extension module (the chart's pyqtgraph): the back end's
    plugin logs warnings while the loader is loading it, and where a Python message
    handler takes them (pytest-qt, the self-test) that handler waits for the GIL while
    holding the loader's lock, which the import thread holding the GIL waits for: both
    hung for good (seen in the GUI tests). Returns False while one runs, so a warm-up
    step tries again later; ``wait`` blocks until they are done instead."""
    if preload.imports_running():
        if not wait:
            return False
        preload.wait_for_imports()
    qt_sound = multimedia()
    if qt_sound is not None:
        qt_sound.QMediaDevices.audioOutputs()
    return None
