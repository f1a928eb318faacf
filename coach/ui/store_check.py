"""A full check of the store in the background after start-up.

Opening reads only what the first screen needs and checks the ends of each history
file, so a month that still parses but holds a bad record would only be found when
something reads it. A worker thread reads everything once, off the GUI thread (about
0.3 s at five years of history), and a damaged file is reported in the message bar in
plain words, naming the file and the backup to restore.

The worker is plain Python: it never touches a Qt object, not even to emit a signal.
A timer on the GUI thread looks for its result instead, because a PySide call on a
second thread can deadlock against the GUI thread (a Qt mutex against the GIL).

Signals (emitted on the GUI thread):
    damaged(str): the store's one-line message about the first damaged file.
    done(): the check has ended, whatever it found.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from coach.store import Store, StoreError

log = logging.getLogger(__name__)

POLL_MS = 100


class StoreCheck(QObject):
    damaged = Signal(str)
    done = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._result: list[str | None] = []  # filled once by the worker
        self._thread: threading.Thread | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)

    def start(self) -> None:
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
        message = self._result[0]
        if message is not None:
            self.damaged.emit(message)
        self.done.emit()
