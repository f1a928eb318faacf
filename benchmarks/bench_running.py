"""Reading a long run from a watch file, and the caps over five years of runs.

- ``run_import_gpx_3h``: a 3-hour 1 Hz GPX track (10,801 points, ~1 MB) read into a Run
  (goal < 1 s);
- ``run_import_fit_3h`` / ``run_import_tcx_3h``: the same track as FIT and TCX;
- ``run_caps_5y``: the overrun check of every run of five years of runs every other
  day (913 runs), as the run log shows them.

    python benchmarks/bench_running.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from helpers import runfiles as rf

from coach.domain.running.caps import overruns
from coach.domain.running.files import read_run_file
from coach.domain.running.runs import Run


def best_of(n: int, fn) -> float:
    best = float("inf")
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    points = rf.track(seconds=3 * 3600, speed_mps=2.8, hill_m=40)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = {
            "gpx": (folder / "long.gpx", rf.gpx(points).encode()),
            "fit": (folder / "long.fit", rf.fit(points)),
            "tcx": (folder / "long.tcx", rf.tcx(points).encode()),
        }
        for kind, (path, data) in files.items():
            path.write_bytes(data)
            seconds = best_of(3, lambda p=path: read_run_file(p))
            print(f"BENCH run_import_{kind}_3h {seconds * 1000:.0f} ms")
    start = datetime(2021, 12, 1, 7, tzinfo=UTC)
    runs = [
        Run(start + timedelta(days=2 * i), 3000 + (i % 40) * 100, 1200 + (i % 40) * 40)
        for i in range(913)
    ]

    def caps() -> None:
        overruns(runs)

    print(f"BENCH run_caps_5y {best_of(3, caps) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
