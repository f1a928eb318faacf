"""The session count at five years of use; prints ``BENCH <name> <value> <unit>`` lines.

Every screen and command counts sets with ``coach.domain.session.counts``, so its cost
over a whole history bounds the report and ``session list``. Builds the store of
``make_big_store.py`` (about 2,000 sessions of 23 sets each) in a temporary folder and
measures: set_counts and exercise_tallies over every session, ``session list`` and
``session list --json`` end to end (store open included), and the bytes the kept plan
adds to one stored session.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from make_big_store import generate

from coach.cli import main
from coach.domain.session.counts import exercise_tallies, set_counts
from coach.store import Store


def bench(name: str, value: float, unit: str) -> None:
    print(f"BENCH {name} {value:.2f} {unit}", flush=True)


def best_of(fn, runs: int = 5) -> float:
    """The fastest of ``runs`` timings in ms (the least disturbed by other work)."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000.0)
    return min(times)


def cli(*argv: str) -> None:
    with contextlib.redirect_stdout(io.StringIO()):
        assert main(list(argv)) == 0


def run() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "store"
        generate(root, date.today())
        store = Store.open(root)
        sessions = store.sessions.list()
        store.close()
        bench("counts_sessions", len(sessions), "sessions")
        bench("set_counts_all", best_of(lambda: [set_counts(s) for s in sessions]), "ms")
        bench(
            "exercise_tallies_all", best_of(lambda: [exercise_tallies(s) for s in sessions]), "ms"
        )
        bench(
            "session_list_cli",
            best_of(lambda: cli("session", "list", "--data-dir", str(root)), 3),
            "ms",
        )
        bench(
            "session_list_json_cli",
            best_of(lambda: cli("session", "list", "--json", "--data-dir", str(root)), 3),
            "ms",
        )
        plan = json.dumps([p.to_dict() for p in sessions[0].plan], separators=(",", ":"))
        whole = json.dumps(sessions[0].to_dict(), separators=(",", ":"))
        bench("plan_bytes_per_session", len(plan), "bytes")
        bench("session_bytes", len(whole), "bytes")


if __name__ == "__main__":
    run()
