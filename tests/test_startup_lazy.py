"""Only what the first screen shows is loaded before the window appears.

A person opening the app waits for every module imported before the window shows;
the chart library (pyqtgraph and numpy), the report renderer, the other views, the
routine editor, the schema checker and the store's restore and migration code are
not needed for Today, and each costs tens to hundreds of milliseconds. Checked in a
fresh interpreter through ``sys.modules``, so it fails on an eager import whatever
the machine's speed; and the views then do appear once the window has painted.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.gui import TODAY, local

from coach.domain.pain import PainEntry
from coach.store import Store

NOT_BEFORE_SHOW = (
    # The frame shows before the store is opened and Today is built (issue 16):
    "tinydb",
    "coach.store.store",
    "coach.ui.today_view",
    "coach.ui.player",
    "coach.commands.parser",  # the command tree: a plain start parses the app's options only
    "coach.commands.report",
    "pyqtgraph",
    "numpy",
    "coach.render",
    "jsonschema",
    "coach.store.restore",
    "coach.store.migrations",
    "coach.ui.progress_view",
    "coach.ui.calendar_view",
    "coach.ui.routines_view",
    "coach.ui.routine_editor.editor",
    "coach.ui.report_dialog",
    "coach.ui.plan.plan_dialog",
)

PROBE = """
import json, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
import coach.cli

data = Path(sys.argv[1])
backup = data / "backups" / ("auto-" + __import__("datetime").date.today().isoformat())
result = {}
real_show = QMainWindow.show

def show(window):
    real_show(window)
    result["before"] = sorted(
        m for m in sys.modules
        if m.split(".")[0] in ("pyqtgraph", "numpy", "jsonschema") or m.startswith("coach.")
    )
    result["backup_before_show"] = backup.exists()
    built = window.views.is_built("progress")
    result["chart_before_show"] = built and window.progress.chart is not None
    deadline = time.monotonic() + 30

    def wait():  # the first paint, then the views in steps, and the day's backup
        built = {n: window.views.is_built(n) for n in window.views}
        drawn = window.views.is_built("progress") and not window.progress.loading()
        if (all(built.values()) and backup.exists() and drawn) or time.monotonic() > deadline:
            result["built"] = built
            result["backup_after"] = backup.exists()
            result["view"] = window.current_view()
            result["attached"] = window.is_attached()
            result["start_buttons"] = len(window.today.start_buttons)
            progress = window.progress
            result["chart_shown"] = progress.stack.currentWidget() is progress.chart
            result["status_shown"] = progress.status.isVisible()
            window.close()
        else:
            QTimer.singleShot(20, wait)

    QTimer.singleShot(0, wait)

QMainWindow.show = show
code = coach.cli.main(["--data-dir", str(data)])
print(json.dumps({**result, "code": code}))
"""


@pytest.fixture
def filled(data_dir: Path) -> Path:
    store = Store.open(data_dir)
    for i in range(3):
        store.pain.add(PainEntry(score=4 - i, at=local(TODAY, 8 + i)))
    store.close()
    shutil.rmtree(data_dir / "backups")  # those writes took today's: start as on a new day
    return data_dir


def run_probe(data_dir: Path) -> dict:
    """Start the app as a person does (``coach.cli.main``) and report what was imported
    when the window showed, then what was built once it had painted."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    # A crash shows the child's own stacks (faulthandler), not only its exit signal.
    assert out.returncode == 0, f"the app exited with {out.returncode}:\n{out.stderr[-6000:]}"
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_window_shows_before_the_chart_report_editor_and_other_views_are_imported(filled):
    result = run_probe(filled)
    loaded = set(result["before"])
    eager = [m for m in NOT_BEFORE_SHOW if any(x == m or x.startswith(m + ".") for x in loaded)]
    assert eager == [], f"imported before the window showed: {eager}"
    assert "coach.ui.main_window" in loaded  # the probe did look at a real start


def test_after_the_frame_paints_the_records_arrive_and_today_shows_them(filled):
    result = run_probe(filled)
    assert result["code"] == 0
    assert result["attached"] is True
    assert result["view"] == "today"
    assert result["start_buttons"] > 0  # the routines, read from the store


def test_every_view_is_built_after_the_first_paint_without_a_click(filled):
    result = run_probe(filled)
    assert {"today", "progress", "calendar", "routines"} <= set(result["built"])
    assert [name for name, built in result["built"].items() if not built] == []


def test_the_days_backup_is_taken_after_the_window_shows_not_before(filled):
    result = run_probe(filled)
    assert result["code"] == 0
    assert result["backup_before_show"] is False
    assert result["backup_after"] is True


def test_a_start_on_the_remembered_progress_view_draws_its_chart_after_the_window_shows(
    filled,
):
    """Closed on Progress, the app opens on it; the chart library is not what the window
    waits for: the view shows its status line, then the chart with the entries."""
    conf = Path(os.environ["XDG_CONFIG_HOME"]) / "RehabCoach" / "rehab-coach.conf"
    conf.parent.mkdir(parents=True, exist_ok=True)
    conf.write_text("[window]\nview=progress\n")
    result = run_probe(filled)
    assert result["view"] == "progress"
    assert result["chart_before_show"] is False  # its library was still loading
    assert result["chart_shown"] is True and result["status_shown"] is False
