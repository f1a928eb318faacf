"""Store benchmarks at five years of use; prints ``BENCH <name> <value> <unit>`` lines.

Builds the store of ``make_big_store.py`` in a temporary folder, then measures what
issue 2 sets goals for: opening and loading what the main window shows (< 150 ms),
p50/p95 of the two everyday writes (goal: p95 < 3 × this disk's fsync floor; they are
journal appends, see ``coach/store/journal.py``), what folding a journal into its file
costs, the size on disk, and the cost of the first-of-day backup.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from make_big_store import generate

from coach.domain.clock import wall_now
from coach.domain.pain import PainEntry
from coach.domain.record import SetRecord
from coach.store import Store
from coach.store import backups as bk
from coach.store import storage as storage_module
from coach.store.atomic import atomic_write_bytes
from coach.store.paths import month_key
from coach.store.storage import encode_document

WRITES = 100


def bench(name: str, value: float, unit: str) -> None:
    print(f"BENCH {name} {value:.2f} {unit}", flush=True)


def ms(seconds: float) -> float:
    return seconds * 1000.0


def pct(values: list[float], q: float) -> float:
    return sorted(values)[min(len(values) - 1, round(q * (len(values) - 1)))]


def open_and_load(root: Path) -> float:
    """What the main window needs: routines, today's plan inputs, counts, 90 days."""
    t0 = time.perf_counter()
    store = Store.open(root)
    today = date.today()
    store.routines.list()
    store.sessions.unfinished()
    store.settings.get("units")
    store.pain.count()
    store.pain.list(today - timedelta(days=90), today)
    store.sessions.list(today - timedelta(days=90), today)
    elapsed = time.perf_counter() - t0
    store.close()
    return elapsed


COLD = """
import sys, time
t0 = time.perf_counter()
sys.path[:0] = [sys.argv[1], sys.argv[2]]
from bench_store import open_and_load
t1 = time.perf_counter()
load = open_and_load(__import__("pathlib").Path(sys.argv[3]))
print((t1 - t0) * 1000, load * 1000)
"""


def cold_open(root: Path) -> tuple[float, float]:
    """(imports, open + load) in a fresh interpreter (the page cache is warm); the
    first load there includes reading and schema-checking the built-in routines."""
    here = Path(__file__).resolve().parent
    out = subprocess.run(
        [sys.executable, "-c", COLD, str(here), str(here.parent), str(root)],
        capture_output=True,
        text=True,
        check=True,
    )
    imports, load = out.stdout.split()
    return float(imports), float(load)


def fsync_floor(folder: Path, n: int = 50) -> float:
    times = []
    path = folder / "fsync-probe"
    for _ in range(n):
        t0 = time.perf_counter()
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.write(fd, b"x" * 4096)
        os.fsync(fd)
        os.close(fd)
        times.append(time.perf_counter() - t0)
    path.unlink()
    return statistics.median(times)


class AtomicCpu:
    """Wraps the storage's ``atomic_write_bytes`` to add up the CPU time spent inside
    it, so a write's CPU can be split into the replace (syscalls) and our Python."""

    def __init__(self) -> None:
        self.inside = 0.0
        self._real = storage_module.atomic_write_bytes

    def __call__(self, path: Path, data: bytes, **kw: bool) -> int | None:
        c0 = time.process_time()
        try:
            return self._real(path, data, **kw)
        finally:
            self.inside += time.process_time() - c0

    def __enter__(self) -> AtomicCpu:
        storage_module.atomic_write_bytes = self  # type: ignore[assignment]
        return self

    def __exit__(self, *exc: object) -> None:
        storage_module.atomic_write_bytes = self._real


def timed_writes(name: str, make, folder: Path, floors: list[float]) -> list[float]:
    """Time ``WRITES`` writes (``make(i)`` prepares the i-th and returns it as a call),
    each paired with one fsync probe taken just before it (appended to ``floors``), so
    the floor is measured under the same load as the writes; print p50, p95, CPU and
    the CPU outside the atomic replace; return the wall times."""
    walls, cpu, py = [], [], []
    with AtomicCpu() as inside:
        for i in range(WRITES):
            write = make(i)
            floors.append(fsync_floor(folder, 1))
            inside.inside = 0.0
            t0, c0 = time.perf_counter(), time.process_time()
            write()
            walls.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
            py.append(cpu[-1] - inside.inside)
    bench(f"{name}_p50", ms(statistics.median(walls)), "ms")
    bench(f"{name}_p95", ms(pct(walls, 0.95)), "ms")
    bench(f"{name}_cpu_p50", ms(statistics.median(cpu)), "ms")
    # CPU outside the atomic replace: encoding, look-ups, checks (our Python).
    bench(f"{name}_python_cpu_p50", ms(statistics.median(py)), "ms")
    return walls


def write_breakdown(store: Store, folder: Path, n: int = 50) -> None:
    """Where a write's time goes: the lock cycle (two flock calls), the atomic
    replace of a month-sized file (file fsync + folder fsync), and the rest. The
    journal line is what one record appended to an open file and fdatasync'ed costs
    here: the floor of the "smaller documents per write" design of issue 16."""
    lock, atomic, journal = [], [], []
    blob = (store.paths.history / f"pain-{month_key(date.today())}.json").read_bytes()
    record = b"x" * 400  # a pain entry with its frame
    sync = getattr(os, "fdatasync", os.fsync)
    fd = os.open(folder / "journal-probe", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for _ in range(n):
            t0 = time.perf_counter()
            with store.lock.hold():
                pass
            lock.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            atomic_write_bytes(folder / "probe.json", blob)
            atomic.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            os.write(fd, record)
            sync(fd)
            journal.append(time.perf_counter() - t0)
    finally:
        os.close(fd)
    bench("write_part_lock_cycle_p50", ms(statistics.median(lock)), "ms")
    bench("write_part_atomic_replace_p50", ms(statistics.median(atomic)), "ms")
    bench("write_part_atomic_replace_p95", ms(pct(atomic, 0.95)), "ms")
    bench("write_part_journal_append_p50", ms(statistics.median(journal)), "ms")
    bench("write_part_journal_append_p95", ms(pct(journal, 0.95)), "ms")


def compaction(store: Store, n: int = 5, records: int = 32) -> None:
    """What folding a journal into its month file costs (one whole write: encode, file
    fsync, replace, journal removal, folder fsync), off the everyday write path: a
    write pays it once per ``journal.MAX_RECORDS`` appends, and ``Store.close`` once."""
    times = []
    month = month_key(date.today())
    for _ in range(n):
        for i in range(records):
            store.pain.add(PainEntry(score=i % 11, at=wall_now(), note="bench"))
        storage = store.pain_files.file(month).storage
        t0 = time.perf_counter()
        with store.transaction():
            storage.compact()
        times.append(time.perf_counter() - t0)
    bench("journal_compaction_p50", ms(statistics.median(times)), "ms")
    bench("journal_compaction_max", ms(max(times)), "ms")


def single_file_layout(root: Path, folder: Path) -> None:
    """The rejected layout, for comparison: everything in one TinyDB file."""
    docs = [json.loads(p.read_bytes()) for p in sorted(root.rglob("*.json"))]
    merged: dict = {}
    for doc in docs:
        for table, records in doc.items():
            merged.setdefault(table, {}).update(
                {f"{len(merged.get(table, {})) + i}": r for i, r in enumerate(records.values())}
            )
    target = folder / "one-file.json"
    writes = []
    for _ in range(5):
        t0 = time.perf_counter()
        atomic_write_bytes(target, encode_document(merged))
        writes.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    json.loads(target.read_bytes())
    bench("single_file_layout_parse", ms(time.perf_counter() - t0), "ms")
    bench("single_file_layout_write_p50", ms(statistics.median(writes)), "ms")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        t0 = time.perf_counter()
        counts = generate(root, date.today())
        bench("store_generate", time.perf_counter() - t0, "s")
        bench("store_sessions", counts["sessions"], "records")
        bench("store_pain_entries", counts["pain"], "records")
        size = sum(f.stat().st_size for f in root.rglob("*.json"))
        bench("store_size", size / 1e6, "MB")
        bench("store_files", counts["files"], "files")

        imports, load = cold_open(root)
        bench("new_process_imports", imports, "ms")
        bench("new_process_open_load", load, "ms")
        runs = [open_and_load(root) for _ in range(7)]
        bench("store_open_load_first", ms(runs[0]), "ms")
        bench("store_open_load_p50", ms(statistics.median(runs)), "ms")

        store = Store.open(root)
        t0 = time.perf_counter()
        store.sessions.list()
        store.pain.list()
        bench("list_all_history_first", ms(time.perf_counter() - t0), "ms")
        t0 = time.perf_counter()
        store.verify()
        bench("verify_all_files", ms(time.perf_counter() - t0), "ms")
        store.close()

        floor = fsync_floor(Path(tmp))
        bench("fsync_floor_p50", ms(floor), "ms")

        store = Store.open(root)
        store.pain.add(PainEntry(score=1, at=wall_now()))  # takes today's backup
        floors: list[float] = []

        def pain_add(i: int):
            entry = PainEntry(score=i % 11, at=wall_now(), note="bench")
            return lambda: store.pain.add(entry)

        adds = timed_writes("pain_add", pain_add, Path(tmp), floors)
        live = store.sessions.unfinished()[0]

        def set_save(i: int):
            nonlocal live
            done = SetRecord("side-leg-raise", i % 100 + 1, 30, 30, at=wall_now())
            live = replace(live, sets=(*live.sets, done))
            record = live
            return lambda: store.sessions.save(record)

        saves = timed_writes("session_set_save", set_save, Path(tmp), floors)
        worst = max(pct(adds, 0.95), pct(saves, 0.95))
        bench("write_p95_over_fsync_floor", worst / floor, "x")
        bench("fsync_floor_interleaved_p50", ms(statistics.median(floors)), "ms")
        bench("write_p95_over_interleaved_fsync_floor", worst / statistics.median(floors), "x")
        write_breakdown(store, Path(tmp))
        compaction(store)

        backup_times, write_with_backup = [], []
        for _ in range(5):
            shutil.rmtree(root / "backups", ignore_errors=True)
            t0 = time.perf_counter()
            bk.auto_backup(store.paths, date.today())
            backup_times.append(time.perf_counter() - t0)
            shutil.rmtree(root / "backups", ignore_errors=True)
            store._backup_day = None  # as on the first write of a new day
            t0 = time.perf_counter()
            store.pain.add(PainEntry(score=2, at=wall_now()))
            write_with_backup.append(time.perf_counter() - t0)
        bench("first_of_day_backup_p50", ms(statistics.median(backup_times)), "ms")
        # A normal day: yesterday's snapshot exists, so only files that changed since
        # are verified before they go into today's.
        normal_days = []
        for _ in range(5):
            shutil.rmtree(root / "backups", ignore_errors=True)
            bk.snapshot(store.paths, f"auto-{date.today() - timedelta(days=1)}")
            store.pain.add(PainEntry(score=3, at=wall_now()))
            t0 = time.perf_counter()
            bk.auto_backup(store.paths, date.today())
            normal_days.append(time.perf_counter() - t0)
        bench("day_backup_after_yesterdays_p50", ms(statistics.median(normal_days)), "ms")
        bench("first_write_of_day_p50", ms(statistics.median(write_with_backup)), "ms")

        t0 = time.perf_counter()
        out = store.backup(Path(tmp) / "single.json")
        bench("single_file_backup", ms(time.perf_counter() - t0), "ms")
        bench("single_file_backup_size", out.stat().st_size / 1e6, "MB")
        store.close()
        single_file_layout(root, Path(tmp))


if __name__ == "__main__":
    main()
