"""PySide's per-import question gets the same answer, faster (coach/ui/pyside_hook.py)."""

from __future__ import annotations

import inspect
import sys

import coach.ui.pyside_hook as hook


def test_the_fast_check_answers_as_pyside_reading_the_source_does():
    import coach.domain.text
    import coach.ui.main_window
    import coach.ui.theme

    feature = sys.modules["shibokensupport.feature"]
    assert hook.install() is True
    fast = feature._mod_uses_pyside
    for module in (coach.ui.main_window, coach.ui.theme, coach.domain.text, inspect, sys):
        try:
            expected = "PySide6" in inspect.getsource(module)
        except (OSError, TypeError):
            expected = False
        assert fast(module) is expected, module.__name__
