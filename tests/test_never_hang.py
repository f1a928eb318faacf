"""The app never freezes on a lock between the GIL and Qt's own mutexes.

A PySide-wrapped QObject created, connected or destroyed on a second thread can
deadlock against the GUI thread: Qt takes a shared signal/slot mutex and then asks for
the GIL, while the GUI thread holds the GIL and waits for that mutex. It hung CI and
can freeze a person's window, so every background task is checked here: speech runs in
a child process, the store check is plain Python polled from the GUI thread, and the
chart module's background import creates no QObject at all.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from helpers import gui

from coach.app import store_check
from coach.ui.cues import QtCues

SCRIPTS = Path(__file__).parent / "scripts"
store, hub, window = gui.store, gui.hub, gui.window


def _run_script(name: str, *args: str, timeout: float) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(SCRIPTS / name), *args],
        capture_output=True,
        text=True,
        timeout=timeout,  # a hang fails the test with TimeoutExpired instead of stalling
        env=env,
    )


def _threads() -> dict[str, str]:
    """This process's threads, thread id -> name. Compared by id, so a thread left by an
    earlier test that ends meanwhile is not taken for a change (it made this flaky)."""
    tasks = Path("/proc/self/task")
    found = {}
    for t in tasks.iterdir():
        with contextlib.suppress(FileNotFoundError):  # the thread ended while we looked
            found[t.name] = (t / "comm").read_text().strip()
    return found


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc")
def test_a_ready_voice_runs_no_thread_in_the_app(qtbot):
    """The engine lives in a child process: the app's own process gains no thread that
    could destroy a QObject behind the GUI thread's back (the old design ran a QThread)."""
    before = _threads()
    cues = QtCues(engines=["mock"], ready_timeout_ms=20_000)
    cues.prepare(voice=True)
    qtbot.waitUntil(lambda: cues.speech_state == "ready", timeout=20_000)
    cues.say("Clam shell, left side")
    new = {tid: name for tid, name in _threads().items() if tid not in before}
    assert new == {}
    cues.shutdown()


def test_speech_started_and_stopped_while_plots_are_built_never_hangs():
    """Speech start/stop against plot building and connects, in a child process with a
    timeout. On the old speech thread 100 rounds hung in 3 of 6 runs on a quiet machine
    (native stacks: GUI thread in QObject::connectImpl waiting for a Qt mutex, speech
    thread in ~QObject waiting for the GIL); 40 rounds keep the suite quick."""
    result = _run_script("speech_stress.py", "40", "speechd,mock", timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("ok 40 rounds")


def test_the_chart_import_off_the_gui_thread_creates_and_connects_no_qobject():
    result = _run_script("chart_import_probe.py", timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["new_qobjects"] == 0
    assert [name for name in report["qt_calls"] if name.startswith("qobject:")] == []


def test_the_store_check_worker_makes_no_qt_call(qtbot, store, window, monkeypatch):
    """Where the check's process cannot start, it runs on a thread that only reads
    files; its result reaches the window through a GUI-thread timer, so no signal is
    ever emitted from the worker thread."""
    import coach.ui.store_check as store_check_module

    monkeypatch.setattr(
        store_check_module, "check_command", lambda _dir: ("/nonexistent/rehab-coach", [])
    )
    seen: list[str] = []
    threads: list[str] = []

    def profile(frame, event, arg):
        if threading.current_thread().name != "store-check" or event != "c_call":
            return
        threads.append("store-check")
        owner = getattr(arg, "__self__", None)
        module = getattr(arg, "__module__", None) or type(owner).__module__ or ""
        if "PySide6" in module or "shiboken" in module.lower():
            seen.append(getattr(arg, "__qualname__", repr(arg)))

    check = store_check(store, window)
    threading.setprofile(profile)
    try:
        with qtbot.waitSignal(check.done, timeout=10_000):
            check.start()
    finally:
        threading.setprofile(None)
    assert threads, "the check fell back to its thread"
    assert seen == []
