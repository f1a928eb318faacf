"""A machine without the system library Qt's sound module needs (``libpulse.so.0`` on
a bare Debian), for the tests of what the app does there."""

from __future__ import annotations

import sys

import pytest

from coach.ui.cues import multimedia


@pytest.fixture
def no_sound_library(monkeypatch):
    """Importing PySide6.QtMultimedia fails, as it does when libpulse is missing."""
    monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    multimedia.cache_clear()
    yield
    multimedia.cache_clear()  # the next test finds the module again
