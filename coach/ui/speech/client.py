"""The app's side of spoken cues: a QProcess running :mod:`coach.ui.speech.worker`.

Everything here runs on the GUI thread: QProcess reports through the event loop, and
writing a line to the child never blocks. The child is started only when voice is wanted
(after the window shows), told ``quit`` on shutdown and killed if it does not go; if the
app dies, the child sees the end of its stdin and exits by itself.

Signals:
    ready(str): the engine the child chose is ready.
    failed(str): no engine could speak (the reason, for one log line).
    spoken(int, float): the child handed cue SEQ to the engine, at its monotonic time.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time

from PySide6.QtCore import QObject, QProcess, QTimer, Signal, Slot

from coach.ui.speech.protocol import WORKER_FLAG, decode, encode, one_line

log = logging.getLogger(__name__)

QUIT_WAIT_MS = 300  # a polite quit, then kill: closing the app never waits longer


def worker_command(engines: list[str]) -> tuple[str, list[str]]:
    """The program and arguments that start the worker, frozen or from source."""
    if getattr(sys, "frozen", False):
        return sys.executable, [WORKER_FLAG, *engines]
    return sys.executable, ["-m", "coach", WORKER_FLAG, *engines]


class SpeechClient(QObject):
    ready = Signal(str)
    failed = Signal(str)
    spoken = Signal(int, float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: QProcess | None = None
        self._buffer = b""
        self._seq = 0
        self._ready = False
        self.sent_at: dict[int, float] = {}  # seq → our monotonic time, for latency figures

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
                self.ready.emit(fields[1])
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
