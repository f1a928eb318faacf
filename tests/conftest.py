"""Shared test set-up: offscreen Qt, a fresh data folder per test, the `gui` marker.

QT_QPA_PLATFORM must be set before Qt loads, or pytest aborts on a machine with no
display. Every test that asks for ``qtbot`` or ``qapp`` is marked ``gui`` so that
``pytest -m "not gui"`` runs the Qt-free core alone.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test touch the real user's data folder or settings.
os.environ.pop("REHAB_COACH_DATA", None)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder for one test (the store creates it)."""
    return tmp_path / "data"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """QSettings and QStandardPaths write under HOME/XDG dirs; keep them per test run."""
    home = tmp_path_factory.getbasetemp() / "home"
    home.mkdir(exist_ok=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
