"""A full check of the store in the background after start-up.

Opening reads only what the first screen needs and checks the ends of each history
file, so a month that still parses but holds a bad record would only be found when
something reads it. A worker thread reads everything once, off the GUI thread (about
0.3 s at five years of history), and a damaged file is reported in the message bar in
plain words, naming the file and the backup to restore.

Signals:
    damaged(str): the store's one-line message about the first damaged file.
    done(): the check has ended, whatever it found.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from coach.store import Store, StoreError

log = logging.getLogger(__name__)


class StoreCheck(QObject):
    damaged = Signal(str)
    done = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    def start(self) -> None:
        threading.Thread(target=self._run, name="store-check", daemon=True).start()

    def _run(self) -> None:
        message = None
        try:
            self._store.verify()
        except StoreError as exc:
            message = str(exc)
        except Exception:  # a bug in the check must not take the app down
            log.exception("background store check failed")
        try:  # queued to the GUI thread by Qt
            if message is not None:
                self.damaged.emit(message)
            self.done.emit()
        except RuntimeError:  # the window closed while the check ran
            pass
