"""Adherence and the calendar on a five-year store. Prints BENCH lines.

Builds the 5-year store of ``make_big_store.py`` in a temporary folder and gives it a
plan from its first day (IT-band strength every other day, then three times a week
from the middle on, stretches twice a day, a two-week pause), then measures:

- ``adherence_5y``: :func:`adherence` over the whole history, sessions already read
  (goal < 50 ms); ``adherence_5y_first_cpu`` the very first call, which also counts
  every session's sets once;
- ``adherence_5y_with_reads``: the same, reading the sessions from the store first;
- ``calendar_month_view``: the calendar's refresh (store reads, adherence for the year
  strip and month, cells) and a repaint of the window (goal < 50 ms);
- ``calendar_month_switch``: next month, refreshed and repainted (goal < 50 ms);
- ``calendar_year_strip``: the year heatmap's repaint alone (goal < 100 ms).

Each figure is the median of several runs, as wall-clock time and as CPU time
(``_cpu``: steadier when other work shares the machine).

    python benchmarks/bench_plan.py [--years 5] [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from make_big_store import generate

from coach.domain.plan.adherence import adherence
from coach.domain.plan.schedule import Schedule
from coach.store import Store


def bench(name: str, value: float, unit: str) -> None:
    print(f"BENCH {name} {value:.2f} {unit}", flush=True)


def timed(name: str, action, runs: int) -> None:
    """Print the median wall-clock and CPU milliseconds of ``action()`` over ``runs`` runs
    (after one warm-up). On a busy machine the CPU time is the steadier figure."""
    action()
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    bench(name, statistics.median(wall), "ms")
    bench(f"{name}_cpu", statistics.median(cpu), "ms")


def give_plan(store: Store, first: date, today: date) -> None:
    middle = first + (today - first) / 2
    store.plans.set_schedule("it-band-strength", Schedule(every_n_days=2), first)
    store.plans.set_schedule("it-band-strength", Schedule(kind="per_week", per_week=3), middle)
    store.plans.set_schedule("it-band-stretch", Schedule(times_per_day=2), first)
    store.plans.pause("it-band-strength", middle + timedelta(30), middle + timedelta(44))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    today = date.today()
    first = today - timedelta(days=365 * args.years)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        print(f"# store: {generate(root, today, years=args.years)}", flush=True)
        store = Store.open(root)
        give_plan(store, first, today)
        plans, routines = store.plans.list(), store.routines.list()
        sessions = store.sessions.list(first, today)
        print(f"# sessions: {len(sessions)}", flush=True)

        def judge(rows=sessions) -> None:
            adherence(plans, rows, first, today, today, routines=routines)

        t0 = time.process_time()
        judge()  # the first call counts every session's sets; later calls remember them
        bench("adherence_5y_first_cpu", (time.process_time() - t0) * 1000, "ms")
        timed("adherence_5y", judge, args.runs)
        timed(
            "adherence_5y_with_reads", lambda: judge(store.sessions.list(first, today)), args.runs
        )
        gui(store, today, args.runs)
        store.close()


def gui(store: Store, today: date, runs: int) -> None:
    from PySide6.QtWidgets import QApplication

    from coach.ui.hub import DataHub
    from coach.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(DataHub(store))
    window.resize(1280, 800)
    window.show()
    window.show_view("calendar")
    app.processEvents()
    view = window.calendar

    def month_view() -> None:
        view.refresh()
        window.repaint()

    timed("calendar_month_view", month_view, runs)
    months = iter(range(10_000))

    def switch() -> None:
        # alternate forwards and back so every run switches to a month of history
        if next(months) % 2:
            view.calendar.showPreviousMonth()
        else:
            view.calendar.showNextMonth()
        window.repaint()

    view.calendar.setCurrentPage(today.year, today.month)
    view.calendar.showPreviousMonth()
    timed("calendar_month_switch", switch, runs)
    timed("calendar_year_strip", view.year.repaint, runs)
    window.close()


if __name__ == "__main__":
    main()
