"""How long the Running view takes to draw on five years of runs.

Generates a store with ``make_big_store.py --runs`` (five years of daily use, plus a
run every other day: about 913 runs, with pain during and after), opens it, readies
the view, and reports:

- ``running_view_draw_5y``: one refresh of the view (the runs, the ladder's decision,
  the caps of every run, the weekly chart arrays and the log) and its paint, with the
  store's files already read, as on every later visit or change (best of 5; goal
  < 100 ms);
- ``running_view_first_show_5y``: the first show, reading the run and pain months
  from disk and importing nothing (pyqtgraph is imported before the clock starts, as
  the Progress view's background import has done by then).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_running_view.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> int:
    from make_big_store import generate
    from PySide6.QtWidgets import QApplication

    import coach.ui.running.chart  # noqa: F401  (as preloaded in the app)
    from coach.store import Store
    from coach.ui.hub import DataHub
    from coach.ui.running.view import RunningView

    app = QApplication.instance() or QApplication(sys.argv)
    today = date.today()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        counts = generate(folder, today, 5, runs=True)
        store = Store.open(folder)
        answers = dict.fromkeys(("walking", "stairs", "brisk_walk"), True)
        store.settings.set("running.readiness", {"day": today.isoformat(), "answers": answers})
        hub = DataHub(store, today=lambda: today)
        view = RunningView(hub)
        view.resize(1280, 760)
        t0 = time.perf_counter()
        view.show()
        view.grab()
        app.processEvents()
        first = time.perf_counter() - t0
        times = []
        for _ in range(5):
            view._drawn = None  # as after a change: every figure computed again
            t0 = time.perf_counter()
            view.refresh()
            view.grab()
            times.append(time.perf_counter() - t0)
        runs = len(view.runs)
        view.close()
        store.close()
    print(f"runs: {runs} (store: {counts})", file=sys.stderr)
    print(f"BENCH running_view_draw_5y {min(times) * 1000:.0f} ms")
    print(f"BENCH running_view_first_show_5y {first * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
