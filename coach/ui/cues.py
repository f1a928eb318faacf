"""Audio cues for the player behind one small interface: real, silent, or recording.

The player only talks to a :class:`CueSink`. :class:`QtCues` plays the WAVs in
``assets/sounds/`` with QSoundEffect and speaks through QTextToSpeech; :class:`SilentCues`
does nothing (no audio device, or the user muted the app); :class:`RecordingCues` keeps a
list so tests can check which cues were given without any audio hardware.

Why the speech engine lives on its own thread: on a Linux machine with speech-dispatcher
but no sound card, constructing ``QTextToSpeech("speechd")`` blocked for over 12 s and the
engine then stayed "speaking" forever. So the engine is created lazily, after the window
is up (:meth:`QtCues.prepare`), on a worker thread; if it is not ready within a timeout
the voice is dropped with one log line. The GUI thread never waits on it.
"""

from __future__ import annotations

import atexit
import logging
import time
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEventLoop, QObject, QThread, QTimer, QUrl, Signal, Slot

from coach.resources import asset_path

log = logging.getLogger(__name__)

SOUND_NAMES = ("tick", "countdown", "phase_end")
SPEECH_READY_TIMEOUT_MS = 6000
ENGINE_WAIT_MS = 2500
# Speech threads outlive the QtCues that started them (a QThread destroyed while running
# aborts the process); they are stopped at exit, forcibly only if an engine hung.
_speech_threads: list[tuple[QThread, QObject]] = []


def _stop_speech_threads() -> None:
    while _speech_threads:
        thread, _worker = _speech_threads.pop()
        thread.quit()
        if not thread.wait(1000):
            thread.terminate()  # a hung engine at exit: nothing left to protect
            thread.wait(500)


atexit.register(_stop_speech_threads)


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


def engine_order(available: list[str]) -> list[str]:
    """Real engines first, ``speechd`` last (it can hang), ``mock`` never (tests only)."""
    real = [e for e in available if e not in ("mock", "speechd")]
    return real + [e for e in available if e == "speechd"]


class _SpeechWorker(QObject):
    """Owns the QTextToSpeech on a worker thread; tries engines until one is ready."""

    ready = Signal(str)
    failed = Signal(str)

    def __init__(self, engines: list[str]) -> None:
        super().__init__()
        self._engines = engines
        self._tts = None

    @Slot()
    def start(self) -> None:
        from PySide6.QtTextToSpeech import QTextToSpeech

        reasons = []
        installed = set(QTextToSpeech.availableEngines())
        for name in self._engines:
            if name not in installed:
                reasons.append(f"{name}: not installed")
                continue
            tts = QTextToSpeech(name, self)  # may block for seconds: we are off the GUI thread
            if tts.state() != QTextToSpeech.State.Ready:
                loop = QEventLoop()
                tts.stateChanged.connect(loop.quit)
                QTimer.singleShot(ENGINE_WAIT_MS, loop.quit)
                deadline = time.monotonic() + ENGINE_WAIT_MS / 1000
                settled = (QTextToSpeech.State.Ready, QTextToSpeech.State.Error)
                while tts.state() not in settled and time.monotonic() < deadline:
                    loop.exec()  # returns on a state change or the timer
            if tts.state() == QTextToSpeech.State.Ready:
                self._tts = tts
                self.ready.emit(name)
                return
            reasons.append(f"{name}: {tts.errorString() or tts.state().name}")
            tts.deleteLater()
        self.failed.emit("; ".join(reasons) or "no speech engine installed")

    @Slot(str)
    def say(self, text: str) -> None:
        if self._tts is not None:
            self._tts.say(text)  # replaces anything still being spoken


class QtCues(QObject):
    """Sounds through QSoundEffect and speech through QTextToSpeech, both optional.

    Nothing audible is set up in the constructor; call :meth:`prepare` once the window
    shows. Missing hardware or engines leave the cue silent with one log line.
    """

    _say = Signal(str)

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
        self._thread: QThread | None = None
        self._worker: _SpeechWorker | None = None

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
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

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
        from PySide6.QtTextToSpeech import QTextToSpeech

        engines = self._engines or engine_order(list(QTextToSpeech.availableEngines()))
        if not engines:
            self._speech_failed("no speech engine installed")
            return
        self._speech_state = "starting"
        self._thread = QThread()
        self._thread.setObjectName("speech")
        self._worker = _SpeechWorker(engines)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.start)
        self._worker.ready.connect(self._speech_ready)
        self._worker.failed.connect(self._speech_failed)
        self._say.connect(self._worker.say)
        _speech_threads.append((self._thread, self._worker))
        self._thread.start()
        QTimer.singleShot(self._ready_timeout_ms, self, self._speech_timeout)

    @Slot(str)
    def _speech_ready(self, engine: str) -> None:
        if self._speech_state == "starting":
            self._speech_state = "ready"
            log.info("Spoken cues use the %s speech engine.", engine)

    @Slot(str)
    def _speech_failed(self, reason: str) -> None:
        if self._speech_state in ("off", "starting"):
            self._speech_state = "failed"
            log.info("No usable speech engine (%s): spoken cues are off.", reason)

    @Slot()
    def _speech_timeout(self) -> None:
        if self._speech_state == "starting":
            self._speech_failed(f"not ready after {self._ready_timeout_ms} ms")

    def shutdown(self) -> None:
        """Stop the speech thread without ever blocking for long on a hung engine."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._speech_state = "off"
        thread.quit()
        if thread.wait(500):
            _speech_threads[:] = [pair for pair in _speech_threads if pair[0] is not thread]
        # else: it stays listed (and alive) until exit, when it is stopped for good

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
        if self._speech_state == "ready":
            self._say.emit(text)
