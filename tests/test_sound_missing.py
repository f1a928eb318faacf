"""A machine without the system library Qt's sound module needs (``libpulse.so.0`` on
a bare Debian): the app starts, warms up and runs a session silently, with no error box.

Before, the sound module's import raised in the warm-up: the "Something went wrong"
box showed at start, and every view not yet built was built on its first click (a
210–240 ms freeze instead of a few ms). The cues themselves: ``tests/test_cues.py``."""

from __future__ import annotations

from coach.ui.player import audio
from tests.helpers import gui, sound

store, hub, window = gui.store, gui.hub, gui.window
no_sound_library = sound.no_sound_library


def test_the_player_sound_steps_run_without_the_sound_library(qapp, no_sound_library):
    for step in (audio._import_multimedia, audio.start_audio_backend):
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
