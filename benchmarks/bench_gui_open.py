"""How fast the main window opens on five years of data, and how long the GUI stalls.

Generates a store with ``make_big_store.py`` (about 2,000 sessions with per-set
records and 6,000 pain entries), then starts a fresh Python process that opens it the
way ``run_gui`` does and reports:

- ``gui_open_to_window_shown``: from just before the process is started to the main
  window shown and painted (interpreter start, imports, store open, first view);
- ``gui_stall_after_show_max``: the longest gap between ticks of a 1 ms timer in the
  1.5 s after the window shows (pyqtgraph is imported on a thread meanwhile);
- ``gui_switch_to_<view>_max``: the slowest switch to each view (click to painted)
  while each view is visited three times (the first visit of a view reads its data);
- ``gui_stall_<what>_max``: the longest timer gap while switching views, while a pain
  entry is added with Progress visible, and while "All" reads five years a month at a
  time; ``_cpu_max`` is the same gap in the GUI thread's own CPU time, which other
  processes on a busy machine cannot inflate;
- ``gui_progress_all_loaded``: from clicking "All" until five years are drawn.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_gui_open.py [--years 5] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST_CLICK_MS = 1500
# (perf_counter, what the benchmark does from then on): stall_probe.py names each long
# gap by the phase it fell in; nothing here reads it
PHASES: list[tuple[float, str]] = []


def phase(name: str) -> None:
    PHASES.append((time.perf_counter(), name))


sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def child(data_dir: Path, t0: float) -> None:
    """Runs in the fresh process: open the window, then measure stalls."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    from coach.app import OpenRecords, freeze_startup_objects, make_application
    from coach.ui.hub import DataHub
    from coach.ui.main_window import VIEW_NAMES, MainWindow

    app = make_application()
    # As run_gui starts: the frame, and the store opened after its first paint, so
    # the stalls after show include the steps that bring the records in.
    hub = DataHub(None)
    window = MainWindow(hub)
    records = OpenRecords(window, data_dir)
    window.frame_painted.connect(records.start)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.repaint()
    shown = time.monotonic()
    print(f"SHOWN {shown - t0:.6f}", flush=True)

    clock = QElapsedTimer()
    clock.start()
    gaps: list[float] = []  # wall time between ticks
    cpu_gaps: list[float] = []  # this thread's CPU time between ticks (load-independent)
    last = [clock.nsecsElapsed(), time.thread_time()]

    def tick() -> None:
        now, cpu = clock.nsecsElapsed(), time.thread_time()
        gaps.append((now - last[0]) / 1e6)
        cpu_gaps.append((cpu - last[1]) * 1000)
        last[:] = [now, cpu]

    def measured() -> tuple[float, float]:
        result = (max(gaps, default=0.0), max(cpu_gaps, default=0.0))
        gaps.clear()
        cpu_gaps.clear()
        last[:] = [clock.nsecsElapsed(), time.thread_time()]  # a new span starts now
        return result

    ticker = QTimer()
    ticker.setInterval(1)
    ticker.timeout.connect(tick)
    ticker.start()

    def settle(ms: int) -> None:
        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.0005)

    from PySide6.QtCore import QEvent, QObject

    class PaintSeen(QObject):
        """Notes which views have painted. A switch is timed from the click until the
        event loop paints the view, as a person sees it: a ``repaint()`` forced right
        after the click painted the view before Qt had run the layout the show posted,
        and then again after it, two paints the app itself never makes."""

        def __init__(self) -> None:
            super().__init__()
            self.painted: set[int] = set()

        def eventFilter(self, obj, event) -> bool:  # Qt override
            if event.type() == QEvent.Type.Paint:
                self.painted.add(id(obj))
            return False

    seen = PaintSeen()

    def until_painted(view) -> None:
        seen.painted.discard(id(view))
        end = time.monotonic() + 5
        while id(view) not in seen.painted and time.monotonic() < end:
            app.processEvents()

    switches: dict[str, float] = {}
    phase("after show")
    settle(FIRST_CLICK_MS)  # a person's first click comes about a second after the window
    if not window.is_attached():
        raise SystemExit("the records were not in the window 1.5 s after it showed")
    freeze_startup_objects()  # as run_gui does a few seconds after start
    start_stall = measured()
    phase("view switches")
    for name in VIEW_NAMES:
        window.views[name].installEventFilter(seen)
    for _round in range(3):
        for name in (*VIEW_NAMES[1:], VIEW_NAMES[0]):
            start = time.perf_counter()
            window.nav_buttons[name].click()
            until_painted(window.views[name])
            took = (time.perf_counter() - start) * 1000
            switches[name] = max(switches.get(name, 0.0), took)
            settle(30)
    switch_stall = measured()

    from coach.domain.clock import wall_now
    from coach.domain.pain import PainEntry

    window.nav_buttons["progress"].click()
    settle(30)
    measured()
    phase("pain add")
    hub.add_pain(PainEntry(score=2, at=wall_now(), note=""))
    until_painted(window.progress)  # redrawn on the next turn (ProgressView.mark_stale)
    settle(30)
    pain_stall = measured()

    phase("progress all")
    start = time.perf_counter()
    window.progress.range_buttons.button(2).click()  # "All": older months, one a turn
    while window.progress.loading():
        settle(5)
    all_loaded = (time.perf_counter() - start) * 1000
    all_stall = measured()
    phase("done")
    ticker.stop()
    for key, (wall, cpu) in (
        ("ALLSTALL", all_stall),
        ("STARTSTALL", start_stall),
        ("STALL", switch_stall),
        ("PAINSTALL", pain_stall),
    ):
        print(f"{key} {wall:.3f}", flush=True)
        print(f"{key}CPU {cpu:.3f}", flush=True)
    print(f"ALLLOADED {all_loaded:.3f}", flush=True)
    for name, took in switches.items():
        print(f"SWITCH_{name} {took:.3f}", flush=True)
    print(f"SWITCH {max(switches.values()):.3f}", flush=True)
    window.close()
    records.close()
    if records.store is not None:
        records.store.close()


def run_child(data_dir: Path) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    t0 = time.monotonic()
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(data_dir), f"{t0:.9f}"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if out.returncode != 0:
        sys.stderr.write(out.stderr)
        raise SystemExit(f"child failed with {out.returncode}")
    values = {}
    for line in out.stdout.splitlines():
        key, _, value = line.partition(" ")
        if key[:1].isupper() and value:
            values[key] = float(value)
    return values


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", nargs=2, metavar=("DIR", "T0"))
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), float(args.child[1]))
        return
    from make_big_store import generate

    with tempfile.TemporaryDirectory(prefix="rehab-bench-gui-") as tmp:
        data_dir = Path(tmp) / "data"
        counts = generate(data_dir, date.today(), years=args.years)
        print(f"# store: {counts}", flush=True)
        runs = [run_child(data_dir) for _ in range(args.runs)]
    shown = [r["SHOWN"] * 1000 for r in runs]
    print(f"BENCH gui_open_to_window_shown_median {statistics.median(shown):.0f} ms")
    print(f"BENCH gui_open_to_window_shown_max {max(shown):.0f} ms")

    def worst(key: str) -> float:
        return max(r[key] for r in runs)

    print(f"BENCH gui_stall_after_show_max {worst('STARTSTALL'):.1f} ms")
    for key in sorted(k for k in runs[0] if k.startswith("SWITCH_")):
        name = key.removeprefix("SWITCH_")
        print(f"BENCH gui_switch_to_{name}_max {worst(key):.1f} ms")
    print(f"BENCH gui_view_switch_max {worst('SWITCH'):.1f} ms")
    for label, key in (
        ("views", "STALL"),
        ("pain_add", "PAINSTALL"),
        ("progress_all", "ALLSTALL"),
    ):
        print(f"BENCH gui_stall_{label}_max {worst(key):.1f} ms")
        print(f"BENCH gui_stall_{label}_cpu_max {worst(key + 'CPU'):.1f} ms")
    print(f"BENCH gui_progress_all_loaded {worst('ALLLOADED'):.0f} ms")


if __name__ == "__main__":
    main()
