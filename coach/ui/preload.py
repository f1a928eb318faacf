"""Import the modules of views not built yet on a background thread.

Importing the player's modules costs 20–30 ms and the calendar's about 10 ms on the
machine the stall benchmarks run on, nearly all of it pure Python (module bodies,
dataclasses, enums, PySide's import hook reading each module's source). Done on the GUI
thread, one import is a stall of two frames. The plain-Python part of that (the
domain, the store: modules that never name PySide6) is imported on another thread;
a module that defines Qt classes is not (see :class:`BackgroundImports`), and the GUI
thread imports it, then builds the widgets, one view per event-loop turn. The chart's
pyqtgraph import is the exception left (:func:`coach.ui.progress_view.preload_chart`):
a quarter of a second, too long for any one turn of the GUI thread.

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

import contextlib
import functools
import gc
import importlib
import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

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


def imports_running() -> bool:
    """True while an import thread is still importing (the chart's pyqtgraph, ~1 s)."""
    return any(thread.is_alive() for thread in _threads)


def wait_for_imports(timeout_s: float = FINISH_WAIT_S) -> None:
    """Block until the import threads are done (or ``timeout_s`` passed). For GUI-thread
    work that loads Qt plugins, which must not overlap an import thread's loading of an
    extension module: see :func:`coach.ui.player.audio.start_audio_backend`."""
    deadline = time.monotonic() + timeout_s
    for thread in list(_threads):
        thread.join(max(0.0, deadline - time.monotonic()))


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


QT_PACKAGES = ("PySide6", "shiboken6", "pyqtgraph")
_ROOT = Path(__file__).resolve().parents[1]  # the coach package
_IMPORT_LINE = re.compile(
    rb"^(?:from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#]*)|import[ \t]+([\w., \t]+))",
    re.M,
)
_qt_free: dict[str, bool] = {}


def _source_of(name: str) -> Path:
    """The file of coach module ``name``: found by path, not by importlib.util.find_spec,
    which imports the parent packages."""
    where = _ROOT.joinpath(*name.split(".")[1:])
    return where / "__init__.py" if where.is_dir() else where.with_suffix(".py")


@functools.cache
def _imports_of(name: str) -> tuple[bool, tuple[str, ...]]:
    """Whether coach module ``name``'s source names PySide6, and the modules its
    top-level lines import (an indented import, in a function or under TYPE_CHECKING,
    does not run at import). Read once per module: the sources do not change."""
    origin = _source_of(name)
    with open(origin, "rb") as source:  # OSError where it is not a module's source
        text = source.read()
    package = name if origin.name == "__init__.py" else name.rpartition(".")[0]
    found: list[str] = []
    for match in _IMPORT_LINE.finditer(text):
        relative, names, plain = match.group(1), match.group(2), match.group(3)
        if relative is not None:
            dots = len(relative) - len(relative.lstrip(b"."))
            rest = relative[dots:].decode()
            if dots:
                base = package.rsplit(".", dots - 1)[0] if dots > 1 else package
                origin_of = f"{base}.{rest}" if rest else base
            else:
                origin_of = rest
            found.append(origin_of)
            if origin_of.startswith("coach"):  # ``from coach.x import y``: y may be a module
                for part in names.decode().strip("() \t\r\n").split(","):
                    word = part.split()[0] if part.split() else ""
                    if word.isidentifier() and _source_of(f"{origin_of}.{word}").is_file():
                        found.append(f"{origin_of}.{word}")
        else:
            for part in plain.decode().split(","):
                if part.strip():
                    found.append(part.split()[0])
    return b"PySide6" in text, tuple(f for f in found if f and f != "__future__")


def qt_free(name: str) -> bool:
    """True if importing ``name`` runs no Qt code: it is not in a Qt package, and it
    and every coach module it imports (through any chain) never name PySide6."""
    if name.split(".")[0] in QT_PACKAGES:
        return False
    if not name.startswith("coach"):
        return True
    if name not in _qt_free:
        _qt_free[name] = False  # an import cycle does not make a module Qt-free
        try:
            names_qt, deps = _imports_of(name)
        except (ImportError, OSError, ValueError):
            return False
        _qt_free[name] = not names_qt and all(qt_free(d) for d in deps)
    return _qt_free[name]


def qt_free_imports(name: str) -> list[str]:
    """What a thread may import ahead of ``name``: ``name`` itself if it is Qt-free,
    else the Qt-free modules it imports, found through its coach modules."""
    out: list[str] = []
    seen: set[str] = set()
    stack = [name]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        if qt_free(current):
            out.append(current)
        elif current.startswith("coach"):
            with contextlib.suppress(ImportError, OSError, ValueError):
                stack.extend(reversed(_imports_of(current)[1]))
    return out


class BackgroundImports:
    """Imports, on one daemon thread (started by :meth:`start`), what each of ``names``
    needs that runs no Qt code; the GUI thread then imports the module itself.

    A module that defines Qt classes must not be imported off the GUI thread: PySide
    builds each QObject subclass's meta object while its ``class`` statement runs, and
    the GUI thread, painting meanwhile without the interpreter lock, read those
    structures half made (a segmentation fault in ``MetaObjectBuilder::update``, under
    ``QPushButton::paintEvent``, in 1 of 3 to 1 of 8 starts of the app's start-up
    tests). The domain, the store and the other plain-Python modules are the bulk of
    the import time, and they still go on the thread."""

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
                for module in qt_free_imports(name):
                    if _stopping.is_set():
                        break
                    importlib.import_module(module)
            except Exception:  # the GUI thread's own import will raise it where it matters
                log.warning("background import of %s failed", name, exc_info=True)
            self._done.add(name)

    def ready(self, name: str) -> bool:
        """True when the caller may import ``name`` now: what it needs that runs no Qt
        code is imported here already, or it was never asked for here (the caller then
        imports all of it itself)."""
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
