"""The pain diary's self-test states: the diary list and the pain rules dialog.

Imported by :func:`coach.ui.self_test.run_self_test`, after the four views."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coach.ui.main_window import MainWindow
from coach.ui.self_test import register


def _diary(window: MainWindow) -> QWidget:
    window.nav_buttons["progress"].click()
    return window.open_diary()


def _rules(window: MainWindow) -> QWidget:
    window.nav_buttons["today"].click()
    return window.open_pain_rules()


register("pain-diary", _diary)
register("pain-rules", _rules)
