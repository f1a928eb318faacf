"""Import the modules of views not built yet on a background thread.

Importing the player's modules costs 20–30 ms and the calendar's about 10 ms on the
machine the stall benchmarks run on, nearly all of it pure Python (module bodies,
dataclasses, enums, PySide's import hook reading each module's source). Done on the GUI
thread, one import is a stall of two frames. A module body defines classes and
constants and creates no Qt object, so it may run on another thread (the never-hang
rule: no PySide object is created, connected or destroyed off the GUI thread); the GUI
thread then builds the widgets from the imported classes, one view per event-loop turn.

Python's per-module import lock makes it safe for the GUI thread to import the same
module meanwhile: it waits for the thread to finish that module instead of importing
it twice.

These threads are daemons, but the app must not end while one is still importing:
the interpreter's shutdown then frees what Shiboken is using in that import, and the
process dies of a segmentation fault after the window has closed (6 of 40 start-ups
closed within a few seconds did, before :func:`finish_imports`). Every import thread
is started with :func:`start_import_thread`, and ``run_gui`` calls
:func:`finish_imports` before it returns.
"""

from __future__ import annotations

import gc
import importlib
import logging
import threading
import time
from collections.abc import Callable, Sequence

log = logging.getLogger(__name__)
FINISH_WAIT_S = 10  # at exit: the longest wait for an import under way (pyqtgraph: ~1 s)
_threads: list[threading.Thread] = []
_stopping = threading.Event()


def start_import_thread(target: Callable[[], object], name: str) -> threading.Thread:
    """Start ``target`` (imports only: no Qt object) on a daemon thread that
    :func:`finish_imports` waits for."""
    thread = threading.Thread(target=target, name=name, daemon=True)
    _threads.append(thread)
    thread.start()
    return thread


def finish_imports(timeout_s: float = FINISH_WAIT_S) -> bool:
    """Let the import threads end before the interpreter does: no new module is started
    and the one under way finishes. False if one was still running after ``timeout_s``."""
    _stopping.set()
    deadline = time.monotonic() + timeout_s
    try:
        for thread in list(_threads):
            thread.join(max(0.0, deadline - time.monotonic()))
        alive = [t for t in _threads if t.is_alive()]
        if alive:
            log.warning("background imports still running at exit: %d", len(alive))
        _threads[:] = alive
        return not alive
    finally:
        _stopping.clear()


class BackgroundImports:
    """Imports ``names`` in order on one daemon thread (started by :meth:`start`)."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = tuple(names)
        self._done: set[str] = set()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = start_import_thread(self._run, "view-imports")

    def _run(self) -> None:
        for name in self.names:
            if _stopping.is_set():  # the app is closing: the GUI thread imports what it needs
                break
            try:
                importlib.import_module(name)
            except Exception:  # the GUI thread's own import will raise it where it matters
                log.warning("background import of %s failed", name, exc_info=True)
            self._done.add(name)

    def ready(self, name: str) -> bool:
        """True when ``name`` can be imported without running its module body: imported
        here already, or never asked for here (the caller imports it itself)."""
        if name not in self.names:
            return True
        if self._thread is None:  # not started: the caller imports it itself
            return True
        return name in self._done or not self._thread.is_alive()

    def finished(self) -> bool:
        return self._thread is not None and not self._thread.is_alive()


def keep_out_of_gc() -> None:
    """Move every object alive now out of the cyclic collector's reach (``gc.freeze``,
    no collection: it costs nothing). Parsing months of records creates tens of thousands
    of long-lived objects, and the collector answers with a full collection that scans
    all of them, 20–30 ms in one frame; frozen, they are never scanned again. They are
    still freed by reference counting when the store lets them go (records hold no
    cycles); garbage cycles frozen with them stay, which is a few kilobytes at start-up."""
    gc.freeze()
