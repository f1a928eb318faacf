"""Session-engine benchmarks on a fake clock; prints ``BENCH <name> <value> <unit>`` lines.

Plays the built-in IT-band strength routine (about 31 minutes of routine: 23 sets/sides,
rests and switches) the way the player does: a ``tick()`` and a ``view()`` every 50 ms
of fake time, "set done" 40 s into each self-paced set. Reports:

- ``engine_full_itband_sim_ms``: wall time for the whole simulated session (median of
  ``--runs``), ticks and redraw views included, routine loading excluded;
- ``engine_tick_us``: mean cost of one ``tick()`` over every tick of the session;
- ``engine_view_us``: mean cost of one ``view()`` (what a redraw asks for);
- ``engine_ticks``: how many ticks one session took.

    python benchmarks/bench_engine.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coach.domain.clock import FakeClock
from coach.domain.library import builtin_routines
from coach.domain.session.engine import PhaseKind, SessionEngine, WorkMode

STEP_S = 0.05  # the player's 20 Hz refresh
SELF_PACED_S = 40.0


def bench(name: str, value: float, unit: str) -> None:
    print(f"BENCH {name} {value:.2f} {unit}", flush=True)


def one_session(routine) -> tuple[float, int, int, int]:
    """Returns (total seconds, ticks, ns in tick(), ns in view()); one view per tick."""
    clock = FakeClock()
    engine = SessionEngine(routine, clock)
    perf = time.perf_counter_ns
    ticks = tick_ns = view_ns = 0
    began = perf()
    engine.start()
    view = engine.view()
    while view.kind is not PhaseKind.DONE:
        if view.mode is WorkMode.SELF_PACED_REPS and view.elapsed_s >= SELF_PACED_S:
            engine.set_done()
        clock.advance(STEP_S)
        t0 = perf()
        engine.tick()
        t1 = perf()
        view = engine.view()
        t2 = perf()
        ticks += 1
        tick_ns += t1 - t0
        view_ns += t2 - t1
    total = (perf() - began) / 1e9
    assert engine.record.end_reason == "completed"
    return total, ticks, tick_ns, view_ns


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    routine = next(r for r in builtin_routines() if r.id == "it-band-strength")
    results = [one_session(routine) for _ in range(max(1, args.runs))]
    totals = [r[0] for r in results]
    ticks = sum(r[1] for r in results)
    bench("engine_full_itband_sim_ms", statistics.median(totals) * 1000, "ms")
    bench("engine_tick_us", sum(r[2] for r in results) / ticks / 1000, "us")
    bench("engine_view_us", sum(r[3] for r in results) / ticks / 1000, "us")
    bench("engine_ticks", results[0][1], "ticks")


if __name__ == "__main__":
    main()
