"""Where do the GUI's stalls come from? A sampling probe for the stall benchmarks.

Runs ``bench_gui_open``'s child or ``bench_player`` in this process with two watchers:
a 1 ms timer on the GUI thread that notes when the event loop turned, and a thread that
samples the GUI thread's Python stack every half millisecond. For each gap longer than
``--over`` ms it prints the frames most often on the stack during the gap, so a stall
reads as "62 % in ProgressView._draw → PainChart.set_data" rather than a bare number.
Time spent in Qt's C++ (painting, layout) shows as the Python frame that called into it
(``processEvents``, ``exec``) or the Python override Qt called back (``paintEvent``).

    QT_QPA_PLATFORM=offscreen python benchmarks/stall_probe.py gui [--over 16]
    QT_QPA_PLATFORM=offscreen python benchmarks/stall_probe.py player [--over 16]

The figures are inflated a little by the sampler itself; use the benchmarks for figures
and this for where to look.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import date
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


class Sampler(threading.Thread):
    """Samples one thread's stack every ``interval`` seconds into ``samples``."""

    def __init__(self, target_id: int, interval: float = 0.0005) -> None:
        super().__init__(name="stall-sampler", daemon=True)
        self.target_id = target_id
        self.interval = interval
        self.samples: list[tuple[float, tuple[str, ...]]] = []
        self.running = True

    def run(self) -> None:
        while self.running:
            frame = sys._current_frames().get(self.target_id)
            stack = []
            while frame is not None:
                code = frame.f_code
                name = Path(code.co_filename).name
                stack.append(f"{name}:{code.co_name}:{frame.f_lineno}")
                frame = frame.f_back
            self.samples.append((time.perf_counter(), tuple(reversed(stack))))
            time.sleep(self.interval)


def phase_at(phases: list[tuple[float, str]], t: float) -> str:
    """The benchmark's phase at ``t`` (the last one begun before it)."""
    return next((name for start, name in reversed(phases) if start <= t), "before the first phase")


def report(
    ticks: list[tuple[float, str]], sampler: Sampler, over_ms: float, top: int,
    phases: list[tuple[float, str]],
) -> None:  # fmt: skip
    """Each gap over ``over_ms`` with the phase it fell in (what the benchmark was doing)
    and its most sampled frames (own and inclusive)."""
    gaps = [
        (b - a, a, b, doing or phase_at(phases, a))
        for (a, doing), (b, _) in pairwise(ticks)
        if b - a > over_ms / 1e3
    ]
    gaps.sort(reverse=True)
    print(f"# {len(gaps)} gaps over {over_ms} ms")
    for gap, _a, _b, doing in gaps:
        print(f"#   {gap * 1000:5.1f} ms  in {doing}")
    samples = sampler.samples
    for gap, a, b, doing in gaps[:top]:
        inside = [s for t, s in samples if a < t < b]
        print(f"\n== gap {gap * 1000:.1f} ms in {doing} ({len(inside)} samples)")
        if not inside:
            continue
        leaf = Counter(s[-1] for s in inside if s)
        inclusive: Counter[str] = Counter()
        for s in inside:
            inclusive.update(set(s))
        project = [
            (frame, n)
            for frame, n in inclusive.most_common()
            if "site-packages" not in frame and not frame.startswith("<")
        ]
        print("  inclusive (project frames):")
        for frame, n in project[:18]:
            print(f"    {100 * n / len(inside):5.1f}%  {frame}")
        print("  leaf:")
        for frame, n in leaf.most_common(8):
            print(f"    {100 * n / len(inside):5.1f}%  {frame}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("which", choices=("gui", "player"))
    parser.add_argument("--over", type=float, default=16.0)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--store", type=Path, help="reuse a store made by make_big_store.py")
    args = parser.parse_args()
    sys.setswitchinterval(0.0005)

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from coach.app import make_application

    app = QApplication.instance() or make_application()
    import bench_gui_open
    import bench_player

    ticks: list[tuple[float, str]] = []  # (time, the player benchmark's doing or "")

    def tick() -> None:
        doing = bench_player.WATCHES[-1].phase() if bench_player.WATCHES else ""
        ticks.append((time.perf_counter(), doing))

    watch = QTimer()
    watch.setTimerType(Qt.TimerType.PreciseTimer)
    watch.setInterval(1)
    watch.timeout.connect(tick)
    watch.start()
    sampler = Sampler(threading.main_thread().ident or 0)
    sampler.start()

    with tempfile.TemporaryDirectory(prefix="rehab-probe-") as tmp:
        data = args.store
        if data is None:
            from make_big_store import generate

            data = Path(tmp) / "data"
            generate(data, date.today(), years=5)
        if args.which == "gui":
            bench_gui_open.child(data, time.monotonic())
        else:
            sys.argv = [sys.argv[0]]
            bench_player.main()
    sampler.running = False
    watch.stop()
    del app
    report(ticks, sampler, args.over, args.top, bench_gui_open.PHASES)


if __name__ == "__main__":
    main()
