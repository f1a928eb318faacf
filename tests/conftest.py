"""Shared test set-up: offscreen Qt, a fresh data folder per test, the `gui` marker.

QT_QPA_PLATFORM must be set before Qt loads, or pytest aborts on a machine with no
display. Every test that asks for ``qtbot`` or ``qapp`` is marked ``gui`` so that
``pytest -m "not gui"`` runs the Qt-free core alone.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Never a deadline: a test must not depend on the machine's speed. CI replays the same
# examples every run (derandomize), so a red CI is reproducible and never a dice roll;
# `HYPOTHESIS_PROFILE=dev` (the default) explores new examples on every local run.
settings.register_profile("dev", deadline=None, print_blob=True)
settings.register_profile(
    "ci",
    deadline=None,
    derandomize=True,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

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
    """QSettings and QStandardPaths write under HOME/XDG dirs: a fresh home per test, so
    no setting one test makes can leak into the next, whatever the order."""
    home = tmp_path_factory.mktemp("home")  # beside tmp_path, not in it
    config = home / ".config"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "run"))
    (home / "run").mkdir(mode=0o700)
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:  # Qt caches the settings folder on first use: point it anew
        QSettings = qtcore.QSettings
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """No background import may outlive the interpreter (see coach.ui.preload)."""
    preload = sys.modules.get("coach.ui.preload")
    if preload is not None:
        preload.finish_imports()
