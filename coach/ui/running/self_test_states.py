"""The Running view's self-test states: the run log tab, the two dialogs and Settings ▸
Running (the view
itself is one of the main views' states; on an empty store it shows the readiness
questions, on the demo store the ladder, the next run and the chart)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coach.ui.main_window import MainWindow
from coach.ui.self_test import _settings, register


def _log(window: MainWindow) -> None:
    window.show_view("running")
    window.running.tabs.setCurrentIndex(1)


def _log_dialog(window: MainWindow) -> QWidget:
    window.show_view("running")
    return window.running.open_log_dialog()


def _override(window: MainWindow) -> QWidget:
    window.show_view("running")
    return window.running.open_override()


register("running-log", _log)
register("running-log-dialog", _log_dialog)


def _settings_running(window: MainWindow) -> QWidget:
    dialog = _settings(window)
    window.settings_dialog.show_page("running")
    return dialog


register("running-log", _log)
register("running-log-dialog", _log_dialog)
register("running-override", _override)
register("settings-running", _settings_running)
