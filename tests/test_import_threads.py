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
