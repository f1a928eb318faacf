"""A machine without the system library Qt's sound module needs (``libpulse.so.0`` on
a bare Debian): the app starts, warms up and runs a session silently, with no error box.

Before, the sound module's import raised in the warm-up: the "Something went wrong"
box showed at start, and every view not yet built was built on its first click (a
210–240 ms freeze instead of a few ms)."""

from __future__ import annotations

import logging
import sys

import pytest

from coach.ui import cues as cues_module
from coach.ui.cues import QtCues, multimedia
from coach.ui.player import audio
from tests.helpers import gui

store, hub, window = gui.store, gui.hub, gui.window


@pytest.fixture
def no_sound_library(monkeypatch):
    """Importing PySide6.QtMultimedia fails, as it does when libpulse is missing."""
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    monkeypatch.setattr(cues_module._Multimedia, "module", None)
    monkeypatch.setattr(cues_module._Multimedia, "failed", None)


def test_cues_stay_silent_with_one_log_line_when_the_sound_library_cannot_load(
    qapp, caplog, no_sound_library
):
    cues = QtCues(engines=["no-such-engine"], ready_timeout_ms=5000)
    with caplog.at_level(logging.INFO, logger="coach.ui.cues"):
        cues.prepare(voice=False)
        cues.tick()
        cues.countdown(3)
        cues.phase_end()
        assert multimedia() is None  # asked again: the failure is remembered, not retried
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "sound library did not load" in lines[0]
    cues.shutdown()


def test_the_player_sound_steps_run_without_the_sound_library(qapp, no_sound_library):
    for step in (audio._import_multimedia, audio._start_audio_backend):
        step()  # nothing raised: the warm-up's two sound turns are no-ops


def test_a_warm_up_step_that_fails_does_not_stop_the_other_views_warming_up(
    qtbot, monkeypatch, hub
):
    def broken() -> None:
        raise ImportError("libpulse.so.0: cannot open shared object file")

    monkeypatch.setattr(audio.AudioSettings, "warm_up_steps", lambda self: [broken])
    win = gui.MainWindow(hub)
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    # pytest-qt fails the test on an exception reaching the event loop (the error box)
    qtbot.waitUntil(win.is_warmed_up, timeout=20_000)
    assert all(win.views.is_built(name) for name in ("progress", "calendar", "routines"))
