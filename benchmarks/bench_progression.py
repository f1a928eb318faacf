"""The dose-step suggestion at five years of use; prints ``BENCH <name> <value> <unit>``.

Today asks :func:`coach.store.progression.suggestions` on every refresh, so it must stay
well inside Today's own 15–25 ms at five years. Builds the store of ``make_big_store.py``
(≈6,000 pain entries, ≈2,000 sessions) and measures the median of repeated calls, warm
(the months parsed once, as the app has them after start-up), plus the pure judging of
three sessions.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_progression.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from make_big_store import generate

from coach.domain.pain.light import LOOKBACK_DAYS
from coach.domain.routines.progression import verdicts
from coach.store import Store
from coach.store.progression import suggestions

RUNS = 20


def bench(name: str, value: float, unit: str) -> None:
    print(f"BENCH {name} {value:.2f} {unit}", flush=True)


def median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        action()
        times.append((time.perf_counter() - t0) * 1000.0)
    return statistics.median(times)


def main() -> None:
    today = date.today()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        generate(root, today)
        store = Store.open(root)
        try:
            suggestions(store, today)  # parse the months once
            bench(
                "progression_suggestions_5y_warm",
                median_ms(lambda: suggestions(store, today)),
                "ms",
            )
            since = today - timedelta(days=LOOKBACK_DAYS)
            sessions = store.sessions.list(since, today)
            entries = store.pain.list(since, today)
            mine = [s for s in sessions if s.routine_id == sessions[-1].routine_id]
            bench(
                "progression_verdicts_3_sessions",
                median_ms(lambda: verdicts(mine, sessions, entries, last=3)),
                "ms",
            )
        finally:
            store.close()


if __name__ == "__main__":
    main()
