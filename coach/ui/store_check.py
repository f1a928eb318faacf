"""A full check of the store in the background after start-up.

Opening reads only what the first screen needs and checks the ends of each history
file, so a month that still parses but holds a bad record would only be found when
something reads it. The check reads everything once (about 0.3 s of Python at five
years of history), and a damaged file is reported in the message bar in plain words,
naming the file and the backup to restore.

It runs in a child process (:mod:`coach.store.worker`, through QProcess on the
GUI thread): on a thread it shared the interpreter lock, and the chart's paints took
twice as long while it ran. Only if that process cannot be started does it fall back
to a plain Python thread, which never touches a Qt object, not even to emit a signal:
a timer on the GUI thread looks for its result instead, because a PySide call on a
second thread can deadlock against the GUI thread (a Qt mutex against the GIL).

Signals (emitted on the GUI thread):
    damaged(str): the store's one-line message about the first damaged file.
    done(): the check has ended, whatever it found.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from coach.store import Store, StoreError
from coach.store.worker import CHECK_FLAG
from coach.ui.own_process import own_command

log = logging.getLogger(__name__)

POLL_MS = 100


class StoreCheck(QObject):
    damaged = Signal(str)
    done = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._result: list[str | None] = []  # filled once by the worker
        self._thread: threading.Thread | None = None  # only if the process cannot start
        self._process: QProcess | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)

    def start(self) -> None:
        program, args = check_command(self._store.data_dir)
        process = self._process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        process.finished.connect(self._process_finished)
        process.errorOccurred.connect(self._process_error)
        process.start(program, args)

    def stop(self) -> None:
        """End a check still running (the window is closing)."""
        process, self._process = self._process, None
        if process is not None and process.state() != QProcess.ProcessState.NotRunning:
            process.kill()
            process.waitForFinished(1000)

    def _process_finished(self, code: int, status: QProcess.ExitStatus) -> None:
        process = self._process
        if process is None:
            return
        self._process = None
        out = bytes(process.readAllStandardOutput().data()).decode("utf-8", "replace")
        message = None
        if status != QProcess.ExitStatus.NormalExit or code != 0:
            log.warning("background store check ended with %s", code)
        elif out.strip():
            message = out.strip().splitlines()[0]
            log.error("the store check found a damaged file")
        process.deleteLater()
        self._report(message)

    def _process_error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self._process is not None:
            log.warning("background store check could not start; checking on a thread")
            self._process.deleteLater()
            self._process = None
            self._start_thread()

    def _start_thread(self) -> None:
        self._thread = threading.Thread(target=self._run, name="store-check", daemon=True)
        self._thread.start()
        self._poll.start()

    def _run(self) -> None:
        message = None
        try:
            self._store.verify()
        except StoreError as exc:
            message = str(exc)
        except Exception:  # a bug in the check must not take the app down
            log.exception("background store check failed")
        self._result.append(message)  # list.append is atomic; the GUI timer reads it

    def _collect(self) -> None:
        if not self._result:
            return
        self._poll.stop()
        self._report(self._result[0])

    def _report(self, message: str | None) -> None:
        if message is not None:
            self.damaged.emit(message)
        self.done.emit()


def check_command(data_dir: Path) -> tuple[str, list[str]]:
    """The program and arguments of the check's process, frozen or from source."""
    return own_command(CHECK_FLAG, str(data_dir))
