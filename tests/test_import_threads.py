"""The app does not end while a background import is under way.

The views' and the chart's modules are imported on daemon threads after the first
paint. A person who closes the window within a few seconds of opening it used to end
the interpreter under such an import, and the process died of a segmentation fault
after the window had gone (6 of 40 probe runs). ``run_gui`` now waits for them.
"""

from __future__ import annotations

import threading

from coach.ui.preload import BackgroundImports, finish_imports, start_import_thread


def test_finishing_waits_for_an_import_under_way():
    release = threading.Event()
    finished: list[str] = []

    def slow_import() -> None:
        release.wait(5)
        finished.append("done")

    start_import_thread(slow_import, "test-import")
    threading.Timer(0.05, release.set).start()
    assert finish_imports(timeout_s=10) is True
    assert finished == ["done"]


def test_finishing_stops_before_the_next_module():
    started = threading.Event()
    release = threading.Event()
    imports = BackgroundImports(["coach.domain.text", "coach.domain.message"])
    real_run = imports._run

    def run() -> None:  # hold the thread before its first module until finishing begins
        started.set()
        release.wait(5)
        real_run()

    imports._run = run  # type: ignore[method-assign]
    imports.start()
    started.wait(5)
    threading.Timer(0.05, release.set).start()
    assert finish_imports(timeout_s=10) is True
    assert imports.finished()
    # what the thread left is imported by the GUI thread itself, which ready() allows
    assert imports.ready("coach.domain.message")


def test_finishing_with_nothing_started_returns_at_once():
    assert finish_imports(timeout_s=0.1) is True


CHILD = """
import json, sys, threading
from coach.ui.preload import BackgroundImports
from coach.ui.warm_up import PLAYER_MODULE, VIEW_MODULES
from coach.app import RECORDS_MODULES
before = set(sys.modules)
imports = BackgroundImports([*RECORDS_MODULES, PLAYER_MODULE, *VIEW_MODULES.values()])
imports.start()
imports._thread.join(60)
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_the_import_threads_run_no_module_that_defines_qt_classes():
    """A module whose ``class`` statements make QObject subclasses is imported on the
    GUI thread: PySide builds their meta objects as the class is made, and the GUI
    thread painting meanwhile crashed the app at start (segmentation fault in
    ``MetaObjectBuilder::update``). The plain-Python modules the views need (the domain,
    the store) still come in on the thread."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120
    )
    assert out.returncode == 0, out.stderr[-3000:]
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    root = Path(__file__).resolve().parents[1] / "coach"
    qt_modules = []
    for name in loaded:
        if name.split(".")[0] in ("PySide6", "pyqtgraph"):
            qt_modules.append(name)
        elif name.startswith("coach"):
            where = root.joinpath(*name.split(".")[1:])
            source = where / "__init__.py" if where.is_dir() else where.with_suffix(".py")
            if b"PySide6" in source.read_bytes():
                qt_modules.append(name)
    assert qt_modules == []
    assert "coach.domain.session.engine" in loaded  # the player's, on the thread


def test_qt_sound_waits_for_an_import_under_way(qapp):
    # The audio back end's plugin logs while the loader loads it; where a Python handler
    # takes those lines (pytest-qt here) it needs the GIL, which an import thread inside
    # a module's loading held: the GUI tests hung for good (seen once in two minutes).
    from coach.ui.player import audio

    release = threading.Event()
    thread = start_import_thread(lambda: release.wait(5), "test-import")
    try:
        assert audio.start_audio_backend() is False  # the warm-up tries again later
        threading.Timer(0.05, release.set).start()
        assert audio.start_audio_backend(wait=True) is None  # the player's own start waits
        assert not thread.is_alive()
    finally:
        release.set()
        finish_imports(timeout_s=10)
