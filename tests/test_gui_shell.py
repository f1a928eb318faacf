"""The app shell: menus and their keys, Settings, the remembered window, backup and
restore from the menu, About and the user guide."""

from __future__ import annotations

import json

import pytest
from helpers import gui
from helpers.gui import TODAY, local
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QAccessible, QGuiApplication, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from coach.domain.pain import PainEntry
from coach.ui import app_actions, prefs, theme
from coach.ui.help_windows import AboutDialog, GuideWindow, component_versions, licence_files
from coach.ui.main_window import MainWindow
from coach.ui.menus import make_action
from coach.ui.settings_dialog import SettingsDialog
from coach.ui.shortcuts_window import shortcut_rows

store, hub, window = gui.store, gui.hub, gui.window


@pytest.fixture
def app_look(qapp):
    """Put the application's palette, style and style sheet back after a theme test."""
    palette, style, sheet = qapp.palette(), qapp.style().name(), qapp.styleSheet()
    # Windows of earlier tests wait for a deferred delete that a test's event loop never
    # runs; a style sheet change would re-polish their ~2000 widgets too (30 s instead of 0.5).
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    yield qapp
    prefs.preferences().restore_defaults()
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setProperty("coach-style", None)
    qapp.setPalette(palette)


@pytest.fixture(autouse=True)
def _default_preferences(qapp):
    yield
    settings = QSettings()
    for key in prefs.DEFAULTS:
        settings.remove(key)


def _menu_texts(window, name: str) -> list[str]:
    menu = window.menus.menus[name]
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def test_the_menus_hold_the_shells_items_in_order(window):
    assert _menu_texts(window, "file") == [
        "Log pain…",
        "Pain diary…",
        "Import routine…",
        "Import run…",
        "Report for my physio…",
        "Export CSV…",
        "Export plan to calendar (.ics)…",
        "Back up…",
        "Restore…",
        "Open data folder",
        "Settings…",
        "My plan…",
        "Pain rules…",
        "Quit",
    ]
    assert _menu_texts(window, "view") == [
        "Today",
        "Progress",
        "Calendar",
        "Routines",
        "Running",
        "Full screen",
    ]
    assert _menu_texts(window, "help") == ["Keyboard shortcuts", "User guide", "About Rehab Coach"]


def test_every_menu_item_has_an_accessible_name_and_a_status_tip(window):
    for menu in window.menus.menus.values():
        face = QAccessible.queryAccessibleInterface(menu)
        items = [a for a in menu.actions() if not a.isSeparator()]
        names = [face.child(i).text(QAccessible.Text.Name) for i in range(face.childCount())]
        for action in items:
            assert action.text().replace("&", "") in names
            assert action.statusTip(), action.text()


def test_a_feature_adds_its_item_to_a_named_section(qtbot, window):
    """The way other features plug in: the new item lands in its section, with its key
    working and listed under Help ▸ Keyboard shortcuts."""
    fired = []
    action = make_action(
        window,
        "Export everything…",
        tip="Write your records as CSV",
        shortcut="Ctrl+E",
        slot=lambda: fired.append(1),
    )
    window.menus.add("file", "export", action)
    assert _menu_texts(window, "file")[6:8] == [
        "Export plan to calendar (.ics)…",
        "Export everything…",
    ]
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert fired == [1]
    assert ("File", "Ctrl+E", "Export everything") in shortcut_rows(window)
    with pytest.raises(ValueError):
        window.menus.add("file", "export", make_action(window, "No tip", tip=""))


def test_f1_lists_every_key_from_the_menus_and_the_player(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    shortcuts = window.shortcuts_window
    assert shortcuts.isVisible()
    tree = shortcuts.tree
    rows = []
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        rows += [
            (group.text(0), group.child(i).text(0), group.child(i).text(1))
            for i in range(group.childCount())
        ]
    assert ("View", "Ctrl+3", "Calendar") in rows
    assert ("File", "P", "Log pain") in rows
    assert any(r[0] == "During a session" and r[1] == "Esc" for r in rows)
    shortcuts.close()


def test_view_menu_and_keys_switch_views_and_f11_fills_the_screen(qtbot, window):
    window.view_actions["routines"].trigger()
    assert window.current_view() == "routines"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "progress"
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.isFullScreen() and not window.sidebar.isVisible()
    assert not window.menuBar().isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F11)  # the action still answers with the bar hidden
    assert not window.isFullScreen() and window.sidebar.isVisible()


def test_ctrl_comma_opens_settings_and_sound_is_one_setting_with_the_player(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog) and dialog.isVisible()
    page = dialog.page_widgets["general"]
    audio = window.today.player.audio
    assert page.sound.isChecked() and not audio.muted
    page.sound.click()  # off in Settings: the player is silent at once, and says so
    assert audio.muted
    assert audio.sound_button.text() == "Sound off"
    assert not page.voice.isEnabled()
    audio.sound_button.click()  # on again from the player: Settings shows it
    assert page.sound.isChecked() and page.voice.isEnabled()
    page.voice.click()
    assert not audio.voice
    dialog.restore_button.click()
    assert audio.voice and not audio.muted and page.voice.isChecked()
    assert QSettings().value(prefs.VOICE, type=bool) is True
    dialog.close()


def test_the_language_choice_is_kept_for_the_next_start(qtbot, window):
    app_actions.open_settings(window)
    page = window.settings_dialog.page_widgets["general"]
    assert page.language.currentData() == "system"
    page.language.setCurrentIndex(page.language.findData("de"))
    assert prefs.preferences().value(prefs.LANGUAGE) == "de"
    assert page.language_note.isVisible()
    window.settings_dialog.restore_button.click()
    assert page.language.currentData() == "system"


def _icon_lightness(button) -> int:
    """The lightness of the lightest drawn pixel of the button's (unchecked) icon."""
    image = button.icon().pixmap(24, 24, mode=QIcon.Mode.Normal, state=QIcon.State.Off).toImage()
    drawn = [
        image.pixelColor(x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 200
    ]
    assert drawn, "the icon draws nothing"
    return max(c.lightness() for c in drawn)


def test_dark_theme_applies_at_once_to_the_window_and_the_chart(qtbot, window, app_look):
    app_actions.open_settings(window)
    page = window.settings_dialog.page_widgets["general"]
    page.theme.setCurrentIndex(page.theme.findData("dark"))
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
    assert window_colour.name() == theme.DARK[QPalette.ColorRole.Window]
    window.show_view("progress")
    chart = window.progress.chart
    qtbot.waitUntil(lambda: chart.backgroundBrush().color().lightness() < 60)
    today = window.nav_buttons["today"]
    qtbot.waitUntil(lambda: _icon_lightness(today) > 150)  # icons re-tinted: light on dark
    page.theme.setCurrentIndex(page.theme.findData("light"))
    qtbot.waitUntil(lambda: chart.backgroundBrush().color().lightness() > 200)
    qtbot.waitUntil(lambda: _icon_lightness(today) < 100)
    assert prefs.preferences().value(prefs.THEME) == "light"


def test_the_window_reopens_maximised_on_the_last_view(qtbot, hub):
    first = MainWindow(hub)
    qtbot.addWidget(first)
    first.show()
    first.show_view("calendar")
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    first.close()
    assert QSettings().value("window/geometry") is not None

    second = MainWindow(hub)
    qtbot.addWidget(second)
    assert second.current_view() == "today"  # a new window alone does not restore
    assert second.restore_window()
    second.show()
    assert second.current_view() == "calendar"
    qtbot.waitUntil(second.isMaximized)


def test_a_remembered_size_larger_than_the_screen_is_fitted_to_it(qtbot, hub):
    """The offscreen test screen is 800 × 600: a 1400 × 900 window saved on a bigger
    monitor comes back no wider than the screen allows (the app's minimum is 900)."""
    first = MainWindow(hub)
    qtbot.addWidget(first)
    first.resize(1400, 900)
    first.show()
    first.close()
    second = MainWindow(hub)
    qtbot.addWidget(second)
    assert second.restore_window()
    assert second.width() < 1400 and second.height() < 900


def test_a_window_left_off_screen_is_brought_back(qtbot, window):
    window.move(QPoint(40_000, 40_000))
    window.bring_on_screen()
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert area.intersects(window.frameGeometry())


def test_backup_from_the_menu_then_restore_puts_the_records_back(qtbot, hub, window, tmp_path):
    hub.add_pain(PainEntry(score=4, at=local(TODAY, 8)))
    dest = tmp_path / "copy.json"
    job = app_actions.backup_to(window, dest)
    assert job.future is not None
    # done when the person is told (the job deletes itself, and its timer, right after)
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage(), timeout=10_000)
    assert json.loads(dest.read_bytes())["files"]
    hub.add_pain(PainEntry(score=7, at=local(TODAY, 9)))
    assert len(hub.store.pain.list()) == 2

    old = hub.store
    with qtbot.waitSignal(hub.changed, timeout=10_000):
        app_actions.restore_from(window, dest)
    try:
        assert hub.store is not old
        assert [e.score for e in hub.store.pain.list()] == [4]
        assert window.today.pain_line.text().endswith("· 1 entry")
    finally:
        hub.store.close()


def test_restoring_a_damaged_file_says_so_and_keeps_the_records(qtbot, hub, window, tmp_path):
    hub.add_pain(PainEntry(score=4, at=local(TODAY, 8)))
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with qtbot.waitSignal(hub.changed, timeout=10_000):
        app_actions.restore_from(window, bad)
    try:
        assert window.message_bar.isVisible()
        assert "Nothing was changed" in window.message_bar.label.text()
        assert [e.score for e in hub.store.pain.list()] == [4]
    finally:
        hub.store.close()


def test_about_names_the_versions_licences_and_where_the_source_is(qtbot, store):
    about = AboutDialog(store.data_dir)
    qtbot.addWidget(about)
    text = about.versions.text()
    for name, version, _licence in component_versions():
        assert f"{name} {version}" in text
    assert "Qt" in text and "LGPL-3.0" in text and "TinyDB" in text
    names = [about.licence_list.item(i).text() for i in range(about.licence_list.count())]
    assert {"NOTICE", "LGPL-3.0", "GPL-3.0", "rehab-coach", "pyqtgraph", "tinydb"} <= set(names)
    notice = about.licence_text.toPlainText()
    assert "download.qt.io" in notice and "Not medical advice" in notice
    labels = " ".join(w.text() for w in about.findChildren(type(about.versions)))
    assert "Not medical advice" in labels and str(store.data_dir) in labels
    for path in licence_files():
        assert path.read_text(encoding="utf-8").strip()


def test_the_user_guide_opens_inside_the_app(qtbot):
    guide = GuideWindow()
    qtbot.addWidget(guide)
    text = guide.browser.toPlainText()
    assert "Rehab Coach — user guide" in text and "Keyboard shortcuts" in text


def test_log_pain_in_the_file_menu_opens_the_dialog(qtbot, window):
    window.log_pain_action.trigger()
    assert window.pain_dialog.isVisible()
    window.pain_dialog.reject()


def test_quit_has_a_key(window):
    quit_action = next(a for _m, a in window.menus.actions() if a.text() == "&Quit")
    assert QKeySequence("Ctrl+Q") in quit_action.shortcuts()


def test_menus_are_real_menus(window):
    assert all(isinstance(m, QMenu) for m in window.menus.menus.values())


def test_pain_rules_are_a_settings_page_that_applies_at_once(qtbot, store, window):
    from coach.domain.pain.rules import SETTINGS_KEY

    dialog = app_actions.open_settings(window)
    assert dialog.page_list.isVisible()  # two pages: the list shows
    page = dialog.show_page("pain-rules")
    page.form.spins["acceptable"].setValue(7)  # not below the stop level 7: refused
    assert page.problem.isVisible() and "Not saved yet" in page.problem.text()
    assert store.settings.get(SETTINGS_KEY) is None
    page.form.spins["stop"].setValue(8)  # now it fits: saved without a Save button
    assert not page.problem.isVisible()
    assert store.settings.get(SETTINGS_KEY)["acceptable"] == 7
    dialog.restore_button.click()
    assert store.settings.get(SETTINGS_KEY)["acceptable"] == 5
    assert dialog.page_widgets["general"].sound.isChecked()  # other pages untouched
    # The morning check's time belongs to My plan, where it also turns the reminder on;
    # a second time box here wrote the same setting and switched the reminder on.
    from PySide6.QtWidgets import QTimeEdit

    assert page.findChildren(QTimeEdit) == []
    dialog.close()
