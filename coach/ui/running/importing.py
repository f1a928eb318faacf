"""Importing runs from a watch's or phone's GPX, TCX or FIT files in the app.

The files are read by :func:`coach.domain.running.files.read_run_file` (size cap,
DTDs and entities refused, no network) on a worker thread, because a three-hour 1 Hz
track takes most of a second to parse. The worker is plain Python and never touches a
Qt object; a timer on the GUI thread collects its results and emits the signals (the
pattern of :mod:`coach.ui.store_check`). As ``rehab-coach run import`` does, all the
files are read first, and the runs are written only if every file is a run; a run
already in the log (the same starting minute) is skipped.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer, Signal

from coach.domain.running.files import RunFileError, read_run_file
from coach.domain.running.runs import Run
from coach.store import StoreError
from coach.ui.hub import DataHub
from coach.ui.running.numbers import number

log = logging.getLogger(__name__)

POLL_MS = 50
RUN_SUFFIXES = (".gpx", ".tcx", ".fit")
FILE_FILTER = QT_TRANSLATE_NOOP(
    "RunningView", "Run files (*.gpx *.tcx *.fit *.GPX *.TCX *.FIT)"
)  # looked up by the view


def tr(text: str) -> str:
    return QCoreApplication.translate("RunImport", text)


def is_run_file(path: Path) -> bool:
    return path.suffix.lower() in RUN_SUFFIXES


@dataclass
class _Progress:
    """Written by the worker only (list appends and int stores are atomic)."""

    read: int = 0
    runs: list[Run] = field(default_factory=list)
    error: list[str] = field(default_factory=list)
    done: list[bool] = field(default_factory=list)
    cancel: bool = False  # set by the GUI thread; the worker stops between files


def _minute(run: Run) -> datetime:
    return run.started_at.replace(second=0, microsecond=0)


class RunImport(QObject):
    """One import of ``paths``. Signals, on the GUI thread: ``progress(done, total)``;
    ``finished(message)`` with the one line to show (what was imported, or why
    nothing was). ``imported`` holds the runs written."""

    progress = Signal(int, int)
    finished = Signal(str)

    def __init__(self, hub: DataHub, paths: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.paths = list(paths)
        self.imported: list[Run] = []
        self.message = ""
        self._state = _Progress()
        self._reported = -1
        self._thread: threading.Thread | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)

    def start(self) -> None:
        self._thread = threading.Thread(
            target=self._read, args=(self.paths, self._state), name="run-import", daemon=True
        )
        self._thread.start()
        self._poll.start()

    def cancel(self) -> None:
        self._state.cancel = True

    def running(self) -> bool:
        return self._poll.isActive()

    @staticmethod
    def _read(paths: list[Path], state: _Progress) -> None:
        """The worker: plain Python only."""
        try:
            for path in paths:
                if state.cancel:
                    break
                try:
                    state.runs.append(read_run_file(path))
                except RunFileError as exc:
                    state.error.append(str(exc))
                    break
                state.read += 1
        except Exception:  # a bug in a parser must not take the app down
            log.exception("reading a run file failed")
            state.error.append("")  # worded on the GUI thread: no Qt call here
        state.done.append(True)

    def _collect(self) -> None:
        state = self._state
        if state.read != self._reported:
            self._reported = state.read
            self.progress.emit(state.read, len(self.paths))
        if not state.done:
            return
        self._poll.stop()
        if state.error:
            reason = state.error[0] or tr("the file could not be read")
            self.message = tr("Cannot import: %1; nothing was imported.").replace("%1", reason)
        elif state.cancel:
            self.message = tr("Import cancelled; nothing was imported.")
        else:
            self.message = self._write(state.runs)
        self.finished.emit(self.message)

    def _write(self, runs: list[Run]) -> str:
        try:
            known = {_minute(r) for r in self.hub.store.runs.list()}
        except StoreError as exc:  # a damaged month: the store's own line
            return str(exc)
        new = []
        for run in runs:
            if _minute(run) not in known:
                known.add(_minute(run))
                new.append(run)
        skipped = len(runs) - len(new)
        if new and not self.hub.add_runs(new):
            return tr("The runs could not be saved; nothing was imported.")
        self.imported = new
        if not new:
            return tr("Already in the log; nothing new to import.")
        text = (
            tr("Imported 1 run: %1 km.").replace("%1", number(new[0].km, 2))
            if len(new) == 1
            else tr("Imported %1 runs.").replace("%1", str(len(new)))
        )
        if skipped:
            text += " " + tr("%1 already in the log.").replace("%1", str(skipped))
        return text
