"""Every word the UI shows goes through tr(): a literal handed straight to a widget would
stay English in the German app. Reads the source (no Qt needed)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "coach" / "ui"
# Calls that put text on screen (or read it to a screen reader).
SHOWN = {
    "setText", "setToolTip", "setStatusTip", "setAccessibleName", "setAccessibleDescription",
    "setWindowTitle", "setPlaceholderText", "addItem", "addItems", "setTitle", "addTab",
    "setHeaderLabels", "setHorizontalHeaderLabels", "showMessage", "show_message",
    "QLabel", "QPushButton", "QCheckBox", "QToolButton", "QRadioButton", "QGroupBox",
    "QAction", "make_action", "information", "warning", "question", "critical",
}  # fmt: skip
LOGGERS = {"log", "logger", "logging"}
NOT_WORDS = {"Rehab Coach", "English", "Deutsch", "Letter"}  # names, the same in every language


def _unwrapped(source: str, where: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute):
            name = func.attr
            if isinstance(func.value, ast.Name) and func.value.id in LOGGERS:
                continue  # log lines are for the developer, in English
        elif isinstance(func, ast.Name):
            name = func.id
        else:
            continue
        if name not in SHOWN:
            continue
        for arg in node.args[:1]:  # the text; later arguments are data (addItem's key)
            if (
                isinstance(arg, ast.Constant)
                and isinstance(arg.value, str)
                and re.search(r"[A-Za-z]{2}", arg.value)
                and arg.value not in NOT_WORDS
            ):
                found.append(f"{where}:{node.lineno} {arg.value!r}")
    return found


def test_no_ui_text_is_handed_to_a_widget_without_tr():
    offenders = [
        line
        for path in sorted(UI.rglob("*.py"))
        if not path.name.startswith("self_test")  # what the self-test types, as a person would
        for line in _unwrapped(path.read_text(encoding="utf-8"), path.name)
    ]
    assert offenders == []


def test_the_check_catches_a_bare_string():
    source = 'label.setText("Hello there")\nlabel.setText(self.tr("Fine"))\nlog.warning("x %s")\n'
    assert _unwrapped(source, "sample.py") == ["sample.py:1 'Hello there'"]
