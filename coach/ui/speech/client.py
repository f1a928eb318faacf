"""The app's side of spoken cues: a QProcess running :mod:`coach.ui.speech.worker`.

Everything here runs on the GUI thread: QProcess reports through the event loop, and
writing a line to the child never blocks. The child is started only when voice is wanted
(after the window shows), told ``quit`` on shutdown and killed if it does not go; if the
app dies, the child sees the end of its stdin and exits by itself.

Signals:
    ready(str): the engine the child chose is ready.
    failed(str): no engine could speak (the reason, for one log line).
    spoken(int, float): the child handed cue SEQ to the engine, at its monotonic time.
    voices_listed(list): the voice ids the engine offers for the app's language (also
        kept in :attr:`SpeechClient.voices`; asked for as soon as the child is ready).
    using(str, float): the voice id ("" = the system's) and rate the engine now uses.

The voice and rate are sent once the child is ready and again on every change; with
:meth:`SpeechClient.follow` they are the person's choice in Settings (QSettings).
"""

from __future__ import annotations

import contextlib
import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QProcess, QTimer, Signal, Slot

from coach.ui.own_process import own_command
from coach.ui.speech.protocol import (
    WORKER_FLAG,
    clamp_rate,
    decode,
    encode,
    one_line,
    parse_rate,
    rate_field,
)

if TYPE_CHECKING:
    from coach.ui.prefs import Preferences

log = logging.getLogger(__name__)

QUIT_WAIT_MS = 300  # a polite quit, then kill: closing the app never waits longer


def worker_command(engines: list[str]) -> tuple[str, list[str]]:
    """The program and arguments that start the worker, frozen or from source."""
    return own_command(WORKER_FLAG, *engines)


class SpeechClient(QObject):
    ready = Signal(str)
    failed = Signal(str)
    spoken = Signal(int, float)
    voices_listed = Signal(list)
    using = Signal(str, float)

    def __init__(self, parent: QObject | None = None, *, language: str = "en") -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._buffer = b""
        self._seq = 0
        self._ready = False
        self._language = language  # voices are listed for the language the app speaks
        self._voice = ""  # what to use: a voice id, "" for the system's
        self._rate = 0.0
        self._preferences: Preferences | None = None
        self.voices: list[str] | None = None  # the engine's list, once it has sent it
        self.current: tuple[str, float] | None = None  # (voice id, rate) the engine reports
        self.sent_at: dict[int, float] = {}  # seq → our monotonic time, for latency figures

    def follow(self, preferences: Preferences) -> None:
        """Use the voice and rate chosen in Settings, now and after every change."""
        from coach.ui import prefs

        self._preferences = preferences
        self._voice = preferences.value(prefs.VOICE_NAME)
        self._rate = preferences.value(prefs.VOICE_RATE)
        preferences.changed.connect(self._preference_changed)

    @Slot(str)
    def _preference_changed(self, key: str) -> None:
        from coach.ui import prefs

        if self._preferences is None:
            return
        if key == prefs.VOICE_NAME:
            self.set_voice(self._preferences.value(key))
        elif key == prefs.VOICE_RATE:
            self.set_rate(self._preferences.value(key))

    def set_voice(self, vid: str) -> None:
        """Speak with voice ``vid`` (an id from :attr:`voices`; "" for the system's)."""
        self._voice = vid
        self._send("voice", one_line(vid))

    def set_rate(self, rate: float) -> None:
        """Speak at ``rate``, -1 (slowest) … 1 (fastest); 0 is the engine's normal speed."""
        self._rate = clamp_rate(rate)
        self._send("rate", rate_field(self._rate))

    def _send(self, *fields: object) -> None:
        process = self._process
        if self._ready and process is not None:
            process.write(encode(*fields))

    def start(self, engines: list[str], timeout_ms: int) -> None:
        process = QProcess(self)
        process.setStandardErrorFile(QProcess.nullDevice())
        process.readyReadStandardOutput.connect(self._read)
        process.errorOccurred.connect(self._error)
        process.finished.connect(self._finished)
        self._process = process
        program, args = worker_command(engines)
        process.start(program, args)
        QTimer.singleShot(timeout_ms, self, self._timeout)

    def say(self, text: str) -> int:
        """Send one cue; returns its sequence number (or -1 when there is no child)."""
        process = self._process
        if process is None or process.state() != QProcess.ProcessState.Running:
            return -1
        self._seq += 1
        self.sent_at[self._seq] = time.monotonic()
        process.write(encode("say", self._seq, one_line(text)))
        return self._seq

    def shutdown(self) -> None:
        """Ask the child to quit; kill it if it has not gone within QUIT_WAIT_MS."""
        process, self._process = self._process, None
        if process is None:
            return
        for signal in (process.readyReadStandardOutput, process.errorOccurred, process.finished):
            signal.disconnect()
        if process.state() != QProcess.ProcessState.NotRunning:
            if self._ready:  # a polite quit lets the engine let go of the audio device
                process.write(encode("quit"))
                process.closeWriteChannel()
            if not self._ready or not process.waitForFinished(QUIT_WAIT_MS):
                process.kill()  # still starting (not reading its input yet), or hung
                process.waitForFinished(QUIT_WAIT_MS)
        process.deleteLater()

    @property
    def running(self) -> bool:
        return self._process is not None

    @Slot()
    def _read(self) -> None:
        process = self._process
        if process is None:
            return
        self._buffer += bytes(process.readAllStandardOutput().data())
        *lines, self._buffer = self._buffer.split(b"\n")
        for line in lines:
            fields = decode(line)
            if fields[0] == "ready" and len(fields) == 2:
                self._ready = True
                self._send("voices", self._language)
                self._send("voice", one_line(self._voice))
                self._send("rate", rate_field(self._rate))
                self.ready.emit(fields[1])
            elif fields[0] == "voices":
                self.voices = [f for f in fields[1:] if f]
                self.voices_listed.emit(list(self.voices))
            elif fields[0] == "using" and len(fields) == 3:
                rate = parse_rate(fields[2])
                if rate is not None:
                    self.current = (fields[1], rate)
                    self.using.emit(fields[1], rate)
            elif fields[0] == "failed" and len(fields) == 2:
                self.failed.emit(fields[1])
            elif fields[0] == "spoke" and len(fields) == 3:
                with contextlib.suppress(ValueError):
                    self.spoken.emit(int(fields[1]), float(fields[2]))

    @Slot(QProcess.ProcessError)
    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.failed.emit("the speech process could not start")

    @Slot(int, QProcess.ExitStatus)
    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self.failed.emit(f"the speech process ended ({status.name}, code {code})")

    @Slot()
    def _timeout(self) -> None:
        if self._process is not None and not self._ready:
            self.failed.emit("not ready in time")
