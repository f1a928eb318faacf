"""Audio cues for the player behind one small interface: real, silent, or recording.

The player only talks to a :class:`CueSink`. :class:`QtCues` plays the WAVs in
``assets/sounds/`` with QSoundEffect and speaks through QTextToSpeech; :class:`SilentCues`
does nothing (no audio device, or the user muted the app); :class:`RecordingCues` keeps a
list so tests can check which cues were given without any audio hardware.

Why speech lives in a child process (:mod:`coach.ui.speech`): on a Linux machine with
speech-dispatcher but no sound card, constructing ``QTextToSpeech("speechd")`` blocked for
over 12 s, and an engine created and destroyed on a worker thread deadlocked the window
(a Qt signal/slot mutex against the GIL). The child is started only when voice is wanted,
shortly after the window is up (:meth:`QtCues.prepare`); if it is not ready within a
timeout the voice is dropped with one log line. The GUI thread never waits on it.
"""

from __future__ import annotations

import functools
import logging
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl, Slot

from coach.resources import asset_path
from coach.ui.speech.client import SpeechClient
from coach.ui.speech.protocol import engine_order

__all__ = ["CueSink", "QtCues", "RecordingCues", "SilentCues", "engine_order"]

log = logging.getLogger(__name__)


@functools.cache
def multimedia() -> object | None:
    """``PySide6.QtMultimedia``, or None where it cannot load: its binding needs system
    libraries (``libpulse.so.0`` on Linux) that a machine may lack. The app then stays
    silent and shows every cue on screen, as it does without a sound card; the reason
    is logged once (a library's name, no health data): the answer is kept."""
    try:
        import PySide6.QtMultimedia as module
    except ImportError as exc:  # a missing shared library surfaces as ImportError
        failed = str(exc).split(":")[0] or type(exc).__name__
        log.info("Qt's sound library did not load (%s): cues are silent.", failed)
        return None
    return module


SOUND_NAMES = ("tick", "countdown", "phase_end")
SPEECH_READY_TIMEOUT_MS = 6000


@runtime_checkable
class CueSink(Protocol):
    """What the player asks for; each call returns at once and never raises."""

    def tick(self) -> None: ...
    def countdown(self, n: int) -> None: ...
    def phase_end(self) -> None: ...
    def say(self, text: str) -> None: ...


class SilentCues:
    """Gives no cues at all; the player still shows every cue on screen."""

    def tick(self) -> None:
        pass

    def countdown(self, n: int) -> None:
        pass

    def phase_end(self) -> None:
        pass

    def say(self, text: str) -> None:
        pass


class RecordingCues:
    """Remembers cues as tuples, e.g. ``("countdown", 3)`` or ``("say", "Switch sides")``."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def tick(self) -> None:
        self.calls.append(("tick",))

    def countdown(self, n: int) -> None:
        self.calls.append(("countdown", n))

    def phase_end(self) -> None:
        self.calls.append(("phase_end",))

    def say(self, text: str) -> None:
        self.calls.append(("say", text))

    def names(self) -> list[str]:
        return [c[0] for c in self.calls]

    def spoken(self) -> list[str]:
        return [c[1] for c in self.calls if c[0] == "say"]


class QtCues(QObject):
    """Sounds through QSoundEffect and speech through QTextToSpeech, both optional.

    Nothing audible is set up in the constructor; call :meth:`prepare` once the window
    shows. Missing hardware or engines leave the cue silent with one log line.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        engines: list[str] | None = None,
        ready_timeout_ms: int = SPEECH_READY_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self._engines = engines
        self._ready_timeout_ms = ready_timeout_ms
        self._effects: dict[str, object] = {}
        self._sound_prepared = False
        self._speech_state = "off"  # off → starting → ready | failed
        self._speech: SpeechClient | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    # -- set-up -------------------------------------------------------------------
    def prepare(self, voice: bool = True) -> None:
        """Load the sounds, and start the speech engine in the background if ``voice``."""
        self._prepare_sound()
        if voice:
            self._start_speech()

    @property
    def speech_state(self) -> str:
        return self._speech_state

    def _prepare_sound(self) -> None:
        if self._sound_prepared:
            return
        self._sound_prepared = True
        qt_sound = multimedia()
        if qt_sound is None:
            return
        QMediaDevices, QSoundEffect = qt_sound.QMediaDevices, qt_sound.QSoundEffect
        if not QMediaDevices.audioOutputs():
            log.info("No audio output device: sound cues are off (shown on screen only).")
            return
        folder = asset_path("sounds")
        for name in SOUND_NAMES:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(folder / f"{name}.wav")))
            effect.statusChanged.connect(self._check_sound)
            self._effects[name] = effect

    @Slot()
    def _check_sound(self) -> None:
        from PySide6.QtMultimedia import QSoundEffect

        if any(e.status() == QSoundEffect.Status.Error for e in self._effects.values()):
            log.info("Sound output failed: sound cues are off (shown on screen only).")
            self._effects.clear()

    def _start_speech(self) -> None:
        if self._speech_state != "off":
            return
        self._speech_state = "starting"
        from coach.ui import i18n, prefs

        self._speech = SpeechClient(self, language=i18n.current)
        self._speech.follow(prefs.preferences())  # the voice and speed chosen in Settings
        self._speech.ready.connect(self._speech_ready)
        self._speech.failed.connect(self._speech_failed)
        # No engines given: the child tries every installed one (see speech.worker).
        self._speech.start(self._engines or [], self._ready_timeout_ms)

    @Slot(str)
    def _speech_ready(self, engine: str) -> None:
        if self._speech_state == "starting":
            self._speech_state = "ready"
            log.info("Spoken cues use the %s speech engine.", engine)

    @Slot(str)
    def _speech_failed(self, reason: str) -> None:
        if self._speech_state in ("starting", "ready"):
            self._speech_state = "failed"
            log.info("No usable speech engine (%s): spoken cues are off.", reason)
            # Not from inside the process's own signal: stop it once the slot has returned.
            QTimer.singleShot(0, self, self._stop_process)

    def _stop_process(self) -> None:
        speech, self._speech = self._speech, None
        if speech is not None:
            speech.shutdown()
            speech.deleteLater()

    def shutdown(self) -> None:
        """Stop the speech process; waits at most a few hundred ms for a hung engine."""
        if self._speech_state in ("starting", "ready"):
            self._speech_state = "off"
        self._stop_process()

    # -- CueSink -----------------------------------------------------------------
    def _play(self, name: str) -> None:
        effect = self._effects.get(name)
        if effect is not None:
            effect.play()

    def tick(self) -> None:
        self._play("tick")

    def countdown(self, n: int) -> None:
        self._play("countdown")

    def phase_end(self) -> None:
        self._play("phase_end")

    def say(self, text: str) -> None:
        if self._speech_state == "ready" and self._speech is not None:
            self._speech.say(text)
