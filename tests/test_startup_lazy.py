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
import subprocess
import sys
from pathlib import Path

import pytest
from helpers.gui import TODAY, local

from coach.domain.pain import PainEntry
from coach.store import Store

NOT_BEFORE_SHOW = (
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
import json, sys
from pathlib import Path
from coach.app import make_application, _language_and_theme
from coach.store import Store
from coach.ui.hub import DataHub
from coach.ui.main_window import MainWindow

app = make_application()
_language_and_theme()
store = Store.open(Path(sys.argv[1]))
window = MainWindow(DataHub(store))
window.resize(1200, 800)
window.show()
before = sorted(m for m in sys.modules if m.split(".")[0] in ("pyqtgraph", "numpy", "jsonschema")
                or m.startswith("coach."))
app.processEvents()  # the first paint...
deadline = __import__("time").monotonic() + 30
while not all(window.views.is_built(n) for n in window.views):  # ...then the views, in steps
    app.processEvents()
    if __import__("time").monotonic() > deadline:
        break
built = {n: window.views.is_built(n) for n in window.views}
print(json.dumps({"before": before, "built": built}))
store.close()
"""


@pytest.fixture
def filled(data_dir: Path) -> Path:
    store = Store.open(data_dir)
    for i in range(3):
        store.pain.add(PainEntry(score=4 - i, at=local(TODAY, 8 + i)))
    store.close()
    return data_dir


def run_probe(data_dir: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_window_shows_before_the_chart_report_editor_and_other_views_are_imported(filled):
    result = run_probe(filled)
    loaded = set(result["before"])
    eager = [m for m in NOT_BEFORE_SHOW if any(x == m or x.startswith(m + ".") for x in loaded)]
    assert eager == [], f"imported before the window showed: {eager}"
    assert "coach.ui.today_view" in loaded  # the probe did look at a real start


def test_every_view_is_built_after_the_first_paint_without_a_click(filled):
    result = run_probe(filled)
    assert {"today", "progress", "calendar", "routines"} <= set(result["built"])
    assert [name for name, built in result["built"].items() if not built] == []
