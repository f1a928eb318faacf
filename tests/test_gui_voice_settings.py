"""Settings ▸ General: choosing the voice and its speed, and hearing it.

Speech runs in a child process with Qt's ``mock`` engine (voices Bob and Anne in
en_GB, Charly and Mary in en_US), so the tests see what the engine itself reports back
(``using``): the choice made with the keyboard reaches the worker, is kept in QSettings,
and a new dialog (a new worker) starts with it."""

from __future__ import annotations

import pytest
from helpers import gui
from PySide6.QtCore import QSettings, Qt

from coach.ui import prefs
from coach.ui.cues import QtCues
from coach.ui.settings_dialog import SettingsDialog

store, hub = gui.store, gui.hub
WAIT_MS = 15_000  # a child process starting on a loaded machine


@pytest.fixture(autouse=True)
def _default_preferences(qapp):
    yield
    settings = QSettings()
    for key in prefs.DEFAULTS:
        settings.remove(key)


def open_dialog(qtbot, hub, engines=("mock",)):
    dialog = SettingsDialog(hub, speech_engines=engines)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, dialog.page_widgets["general"].voice_controls


def wait_ready(qtbot, controls):
    def listed() -> bool:
        return controls.state == "ready" and controls.choice.count() > 1

    qtbot.waitUntil(listed, timeout=WAIT_MS)


def items(combo):
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_voice_list_comes_from_the_engine_and_the_choice_reaches_it(qtbot, hub):
    dialog, controls = open_dialog(qtbot, hub)
    assert not controls.test.isEnabled()  # still starting: nothing to test yet
    wait_ready(qtbot, controls)
    names = items(controls.choice)
    assert names[0] == "System default"
    assert [n.split(" (")[0] for n in names[1:]] == ["Bob", "Anne", "Charly", "Mary"]
    assert names[2] == "Anne (British English)" and names[4] == "Mary (American English)"
    assert controls.rate_words.text() == "Normal speed"

    controls.choice.setFocus()
    qtbot.keyClick(controls.choice, Qt.Key.Key_Down)  # System default → Bob
    qtbot.keyClick(controls.choice, Qt.Key.Key_Down)  # → Anne
    qtbot.keyClick(controls.rate, Qt.Key.Key_PageUp)  # five tenths faster
    qtbot.waitUntil(lambda: controls.client.current == ("en_GB/Anne", 0.5), timeout=WAIT_MS)
    assert controls.rate_words.text() == "Faster"
    assert controls.rate.accessibleDescription() == "Faster"
    assert QSettings().value(prefs.VOICE_NAME) == "en_GB/Anne"

    client = controls.client
    with qtbot.waitSignal(client.spoken, timeout=WAIT_MS):
        controls.test.click()
    dialog.close()
    assert controls.client is None  # the speech process ends with the dialog

    _again, controls = open_dialog(qtbot, hub)
    assert controls.choice.currentText().startswith("Anne")  # shown before the list is back
    wait_ready(qtbot, controls)
    assert controls.choice.currentData() == "en_GB/Anne"
    assert controls.rate.value() == 5 and controls.rate_words.text() == "Faster"
    qtbot.waitUntil(lambda: controls.client.current == ("en_GB/Anne", 0.5), timeout=WAIT_MS)


def test_restore_defaults_goes_back_to_the_system_voice_at_normal_speed(qtbot, hub):
    prefs.preferences().set(prefs.VOICE_NAME, "en_US/Mary")
    prefs.preferences().set(prefs.VOICE_RATE, -0.8)
    dialog, controls = open_dialog(qtbot, hub)
    wait_ready(qtbot, controls)
    qtbot.waitUntil(lambda: controls.client.current == ("en_US/Mary", -0.8), timeout=WAIT_MS)
    assert controls.rate_words.text() == "Much slower"
    dialog.restore_button.click()
    assert controls.choice.currentText() == "System default"
    assert controls.rate.value() == 0 and controls.rate_words.text() == "Normal speed"
    qtbot.waitUntil(lambda: controls.client.current == ("", 0.0), timeout=WAIT_MS)
    dialog.close()


def test_without_a_speech_engine_the_controls_say_so_and_are_disabled(qtbot, hub):
    dialog, controls = open_dialog(qtbot, hub, engines=("no-such-engine",))
    qtbot.waitUntil(lambda: controls.state == "failed", timeout=WAIT_MS)
    assert controls.status.isVisible()
    assert controls.status.text() == (
        "No speech engine works on this computer, so there is no voice to choose."
    )
    assert not any(w.isEnabled() for w in (controls.choice, controls.rate, controls.test))
    assert dialog.page_widgets["general"].voice.isEnabled()  # cues can still be on for later
    dialog.close()


def test_the_players_voice_follows_the_settings_at_once(qtbot):
    cues = QtCues(engines=["mock"], ready_timeout_ms=WAIT_MS)
    cues.prepare(voice=True)
    qtbot.waitUntil(lambda: cues.speech_state == "ready", timeout=WAIT_MS)
    client = cues._speech
    qtbot.waitUntil(lambda: client.current == ("", 0.0), timeout=WAIT_MS)
    prefs.preferences().set(prefs.VOICE_NAME, "en_US/Charly")
    prefs.preferences().set(prefs.VOICE_RATE, 0.3)
    qtbot.waitUntil(lambda: client.current == ("en_US/Charly", 0.3), timeout=WAIT_MS)
    cues.shutdown()
