"""``--self-test``: show the window, visit every view, write a PNG of each, exit 0 or 1.

:data:`STATES` is the registry: a list of ``(name, setup)`` where ``setup(window)``
puts the main window into one state and returns the widget to photograph (``None``
means the whole window). Other modules add their states with :func:`register`; the
player does so in ``coach/ui/player/self_test_states.py``, which is imported at the
start of the run, so its states come after the four views.

Any exception, or any Qt message of critical level, during the run makes it fail.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from shiboken6 import isValid

from coach.ui.main_window import MainWindow

Setup = Callable[[MainWindow], QWidget | None]
STATES: list[tuple[str, Setup]] = []
WINDOW_SIZE = (1280, 800)


def register(name: str, setup: Setup) -> None:
    """Add a state to photograph; a name already present is replaced in place."""
    if not re.fullmatch(r"[a-z0-9-]+", name):
        raise ValueError(f"self-test state name must be lower-case words with dashes: {name!r}")
    for i, (existing, _) in enumerate(STATES):
        if existing == name:
            STATES[i] = (name, setup)
            return
    STATES.append((name, setup))


def _view(name: str) -> Setup:
    def setup(window: MainWindow) -> None:
        window.nav_buttons[name].click()
        if name == "progress":  # the chart, not its "Drawing the chart…" moment
            _until_drawn(window)
        return None

    return setup


def _until_drawn(window: MainWindow) -> None:
    app = QApplication.instance()
    while window.progress.loading() and app is not None:
        app.processEvents()


def _pain_dialog(window: MainWindow) -> QWidget:
    dialog = window.open_pain_dialog()
    dialog.set_score(3)
    return dialog


def _progress_all(window: MainWindow) -> None:
    window.nav_buttons["progress"].click()
    window.progress.range_buttons.button(2).click()
    _until_drawn(window)


def _report_dialog(window: MainWindow) -> QWidget:
    dialog = window.open_report_dialog()
    dialog.range.setCurrentIndex(dialog.range.findData("last4"))
    return dialog


def _menu(name: str) -> Setup:
    def setup(window: MainWindow) -> QWidget:
        window.show_view("today")
        menu = window.menus.menus[name]
        menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
        return menu

    return setup


def _settings(window: MainWindow) -> QWidget:
    from coach.ui.app_actions import open_settings

    dialog = open_settings(window)
    voice = dialog.page_widgets["general"].voice_controls
    deadline = time.monotonic() + 8  # the voice list comes from a speech process
    app = QApplication.instance()
    while voice.state == "starting" and time.monotonic() < deadline and app is not None:
        app.processEvents()
        time.sleep(0.01)
    return dialog


def _about(tab: int) -> Setup:
    def setup(window: MainWindow) -> QWidget:
        from coach.ui.app_actions import show_once

        about = show_once(window, "about_window", lambda w: _about_dialog(w))
        about.findChild(QTabWidget).setCurrentIndex(tab)
        return about

    return setup


def _about_dialog(window: MainWindow) -> QWidget:
    from coach.ui.help_windows import AboutDialog

    return AboutDialog(window.hub.store.data_dir, window)


def _help(attr: str) -> Setup:
    def setup(window: MainWindow) -> QWidget:
        from coach.ui import app_actions

        make = {"shortcuts_window": app_actions._shortcuts, "guide_window": app_actions._guide}
        return app_actions.show_once(window, attr, make[attr])

    return setup


for _name in ("today", "progress", "calendar", "routines", "running"):
    register(_name, _view(_name))
register("progress-all", _progress_all)
register("pain-dialog", _pain_dialog)
register("report-dialog", _report_dialog)
for _name in ("file", "view", "help"):
    register(f"menu-{_name}", _menu(_name))
register("settings", _settings)
register(
    "settings-pain-rules", lambda w: (_settings(w), w.settings_dialog.show_page("pain-rules"))[0]
)
register("about", _about(0))
register("about-licences", _about(1))
register("shortcuts", _help("shortcuts_window"))
register("user-guide", _help("guide_window"))


class _QtMessages:
    def __init__(self) -> None:
        self.critical: list[str] = []

    def __call__(self, kind: QtMsgType, _ctx: QMessageLogContext, text: str) -> None:
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            self.critical.append(text)
        if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            sys.stderr.write(f"qt: {text}\n")


def _settle(app: QApplication, rounds: int = 3) -> None:
    for _ in range(rounds):
        app.processEvents()


def run_self_test(
    window: MainWindow,
    screenshots: Path | None,
    errors: list,
    size: tuple[int, int] | None = None,
) -> int:
    """Visit every registered state; return 0 when all rendered without an error.

    ``errors`` is the excepthook's list: an exception raised in a slot while a state
    renders lands there rather than here.
    """
    import coach.ui.pain.self_test_states  # (registers the diary and pain rules states)
    import coach.ui.plan.self_test_states  # (the plan's)
    import coach.ui.player.self_test_states  # (the player's)
    import coach.ui.progression_self_test  # (the dose-step suggestion's)
    import coach.ui.routine_editor.self_test_states  # (the routine editor's)
    import coach.ui.running.self_test_states  # noqa: F401  (and the Running view's)

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    messages = _QtMessages()
    previous = qInstallMessageHandler(messages)
    failed: list[str] = []
    try:
        window.resize(*(size or WINDOW_SIZE))
        window.show()
        _settle(app)
        if screenshots is not None:
            screenshots.mkdir(parents=True, exist_ok=True)
        for number, (name, setup) in enumerate(STATES, start=1):
            before = len(errors)
            try:
                target = setup(window) or window
                _settle(app)
                if screenshots is not None:
                    path = screenshots / f"{number:02d}-{name}.png"
                    if not target.grab().save(str(path)):
                        failed.append(f"{name}: could not write {path}")
            except Exception as exc:  # the self-test reports, it does not crash
                failed.append(f"{name}: {type(exc).__name__}: {exc}")
            finally:
                for widget in app.topLevelWidgets():
                    # a widget closed just before may take others with it
                    if widget is not window and isValid(widget) and widget.isVisible():
                        widget.close()
                _settle(app)
            if len(errors) > before:
                failed.append(f"{name}: an error was raised while rendering")
    finally:
        qInstallMessageHandler(previous)
    failed += [f"Qt critical message: {text}" for text in messages.critical]
    for line in failed:
        sys.stderr.write(f"self-test: {line}\n")
    if not failed:
        count = len(STATES)
        where = f" to {screenshots}" if screenshots else ""
        sys.stdout.write(f"self-test: {count} views rendered{where}\n")
    return 1 if failed else 0
