"""Generate a store holding five years of daily use, for benchmarks.

About 2,000 finished sessions of the 10-exercise IT-band routine with one record per
set and side (23 per session), about 6,000 pain entries, and one session in progress.
Files are written directly in the store's layout (one fsync per file, not per record)
so generation takes seconds; ``Store.open`` then validates them like any other store.

    python benchmarks/make_big_store.py DIR [--years 5] [--seed 1]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time as _time
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coach.domain.library import builtin_routines
from coach.domain.pain import Context, PainEntry, Side
from coach.domain.record import EndReason, SessionRecord, SetRecord
from coach.domain.running.runs import Run, Terrain
from coach.domain.session.plan import planned_exercises
from coach.store.atomic import atomic_write_bytes, ensure_private_dir
from coach.store.migrations import merge_records
from coach.store.paths import StorePaths, month_key
from coach.store.records import new_main_document
from coach.store.storage import encode_document

LOCATIONS = ("outer knee", "outer hip", "outer thigh", "glute")


def _routine_plan() -> tuple[str, str, str, list[tuple[str, int, int, bool]], Any]:
    """(id, name, snapshot, [(exercise_id, sets, reps, per_side)], the record's plan) of
    the IT-band routine."""
    r = next(x for x in builtin_routines() if x.id == "it-band-strength")
    plan = [(s.exercise.id, s.dose.sets, s.dose.reps, s.exercise.per_side) for s in r.slots]
    return r.id, r.name, r.snapshot_id(), plan, planned_exercises(r)


def _session(rng: random.Random, start: datetime, plan: Any, finished: bool) -> SessionRecord:
    rid, name, snap, exercises, planned = plan
    sets, t = [], start
    for ex_id, n_sets, reps, per_side in exercises:
        for set_index in range(1, n_sets + 1):
            for side in ("left", "right") if per_side else (None,):
                t += timedelta(seconds=rng.randint(40, 90))
                done = reps if rng.random() > 0.1 else rng.randint(0, reps)
                sets.append(
                    SetRecord(ex_id, set_index, reps, done, "reps", side, rng.uniform(30, 80), at=t)
                )
    return SessionRecord(
        routine_id=rid,
        routine_name=name,
        routine_snapshot=snap,
        started_at=start,
        sets=tuple(sets),
        ended_at=t if finished else None,
        end_reason=EndReason.COMPLETED if finished else None,
        pain_before=rng.randint(0, 5),
        pain_after=rng.randint(0, 5) if finished else None,
        notes="felt fine" if rng.random() < 0.2 else "",
        plan=planned,
    )


def big_runs(today: date, years: int = 5, seed: int = 1) -> list[Run]:
    """A run every other day for ``years`` (about 913 at five years), walk/run levels
    growing from 2 to 8 km with some long ones over the cap, and pain during and after."""
    rng = random.Random(seed)
    tz = datetime.now().astimezone().tzinfo
    runs = []
    day = today - timedelta(days=365 * years)
    while day < today:
        km = 2 + 6 * ((today - day).days % 400) / 400 + (2.5 if rng.random() < 0.05 else 0)
        minutes = km * rng.uniform(5.5, 7.0)
        runs.append(
            Run(
                started_at=datetime.combine(day, time(7, rng.randint(0, 59)), tz),
                distance_m=round(km * 1000),
                duration_s=round(minutes * 60),
                terrain=rng.choice(list(Terrain)),
                pain_during=rng.randint(0, 4),
                pain_after=rng.randint(0, 5),
            )
        )
        day += timedelta(days=2)
    return runs


def generate(
    root: Path, today: date, years: int = 5, seed: int = 1, runs: bool = False
) -> dict[str, int]:
    """Write the store into ``root`` (which should not hold one yet); return counts.
    ``runs`` adds a run every other day (:func:`big_runs`), for the Running view."""
    rng = random.Random(seed)
    tz = datetime.now().astimezone().tzinfo
    paths = StorePaths(root)
    ensure_private_dir(paths.history)
    plan = _routine_plan()
    files: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    n_sessions = n_pain = 0
    day = today - timedelta(days=365 * years)
    while day < today:
        for hour in (7, 18)[: (rng.random() < 0.9) + (rng.random() < 0.2)]:  # ≈1.1 a day
            start = datetime.combine(day, time(hour, rng.randint(0, 59)), tz)
            rec = _session(rng, start, plan, True)
            files[("sessions", month_key(day))].append(rec.to_dict())
            n_sessions += 1
        for _ in range(rng.choice((2, 3, 3, 4, 4, 4))):
            at = datetime.combine(day, time(rng.randint(6, 22), rng.randint(0, 59)), tz)
            entry = PainEntry(
                score=rng.randint(0, 7),
                at=at,
                location=rng.choice(LOCATIONS),
                side=rng.choice(list(Side)),
                context=rng.choice(list(Context)),
                note="after a long walk" if rng.random() < 0.1 else "",
            )
            files[("pain", month_key(day))].append(entry.to_dict())
            n_pain += 1
        day += timedelta(days=1)
    n_runs = 0
    if runs:
        for run in big_runs(today, years, seed):
            files[("runs", month_key(run.started_at))].append(run.to_dict())
            n_runs += 1
    for (kind, month), records in files.items():
        doc = {kind: merge_records({}, records)}
        atomic_write_bytes(paths.month_file(kind, month), encode_document(doc))
    main = new_main_document()
    live = _session(rng, datetime.combine(today, time(7, 0), tz), plan, False)
    main["sessions"] = merge_records({}, [live.to_dict()])
    main["settings"] = merge_records({}, [{"key": "units", "value": "metric"}])
    atomic_write_bytes(paths.main, encode_document(main))
    # A person's files were last written when their last session ended, not a moment
    # ago: a file changed in the last 2 s is re-read and hashed on every access (another
    # process may have replaced it within the clock's granularity), which would charge
    # the first seconds of a benchmark for a store no one uses.
    an_hour_ago = _time.time() - 3600
    for path in [paths.main, *paths.history.iterdir()]:
        os.utime(path, (an_hour_ago, an_hour_ago))
    counts = {"sessions": n_sessions, "pain": n_pain, "files": len(files) + 1}
    return {**counts, "runs": n_runs} if runs else counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", action="store_true", help="a run every other day too")
    args = parser.parse_args()
    if (args.dir / "coach.json").exists():
        parser.error(f"{args.dir} already holds a store")
    counts = generate(args.dir, date.today(), args.years, args.seed, runs=args.runs)
    print(", ".join(f"{k}: {v}" for k, v in counts.items()))


if __name__ == "__main__":
    main()
