"""What keeping routine versions costs; prints ``BENCH`` lines.

Versions live in ``history/routine-versions.json``, apart from ``coach.json``, which a
session rewrites after every set (kept inside ``coach.json``, 104 versions made that file
700 KB and a set write ~115 ms instead of ~15 ms). This measures the set write, a routine
save, opening the store and the file sizes with one version and with 104 (two years of a
physio changing the IT-band dose every week).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coach.domain.dose import RepsDose
from coach.domain.library import builtin_routines
from coach.domain.record import SessionRecord, SetRecord
from coach.store import Store
from coach.store.storage import RACY_NS

WRITES = 60
VERSIONS = 104


def bench(name: str, value: float, unit: str) -> None:
    print(f"BENCH {name} {value:.2f} {unit}", flush=True)


def pct(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, round(q * (len(values) - 1)))]


def with_versions(root: Path, count: int):
    store = Store.open(root)
    base = replace(builtin_routines()[0], id="mine", name="Mine", builtin=False)
    routine = base
    for n in range(count):
        slots = list(base.slots)
        slots[1] = replace(slots[1], dose_override=RepsDose(sets=1 + n % 3, reps=10 + n % 40))
        routine = replace(base, slots=tuple(slots), rest_between_exercises_s=30 + n % 60)
        store.routines.save(routine)
    return store, routine


def set_writes(store: Store, routine) -> list[float]:
    start = datetime.now().astimezone() - timedelta(hours=1)
    record = SessionRecord(routine.id, routine.name, routine.snapshot_id(), start)
    times = []
    for i in range(WRITES):
        record = record.with_set(SetRecord("clam-shell", 1 + i % 20, 30, 30, at=start))
        t0 = time.perf_counter()
        store.sessions.save(record)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def main() -> None:
    for count in (1, VERSIONS):
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            store, routine = with_versions(root, count)
            assert len(store.routines.history(routine.id)) == count
            # A file younger than the store's racy window is re-read on every check; a
            # session starts long after its routine was saved, so measure after it.
            time.sleep(RACY_NS / 1e9)
            times = set_writes(store, routine)
            bench(f"set_write_p50_{count}_versions", statistics.median(times), "ms")
            bench(f"set_write_p95_{count}_versions", pct(times, 0.95), "ms")
            t0 = time.perf_counter()
            store.routines.save(replace(routine, rest_between_exercises_s=7))
            bench(f"routine_save_{count}_versions", (time.perf_counter() - t0) * 1000, "ms")
            store.close()
            t0 = time.perf_counter()
            Store.open(root).routines.list()
            bench(f"open_{count}_versions", (time.perf_counter() - t0) * 1000, "ms")
            size = (root / "coach.json").stat().st_size / 1024
            bench(f"coach_json_{count}_versions", size, "KB")
            size = (root / "history" / "routine-versions.json").stat().st_size / 1024
            bench(f"versions_file_{count}_versions", size, "KB")


if __name__ == "__main__":
    main()
