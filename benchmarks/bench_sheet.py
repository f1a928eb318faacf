"""Routine-sheet benchmarks: the Print sheet… button paints the PDF on the GUI thread in
one go, so it must stay well under the 50 ms a stall may take; and its file size.

Cases: the built-in IT-band strength routine (10 exercises, four line drawings), and a
100-exercise routine with long texts (17 pages) to see how it grows.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from coach.app import make_application
from coach.domain.library import builtin_routines
from coach.domain.routines.sheet import build_sheet
from coach.render.routine_sheet import write_sheet
from coach.resources import asset_path


def shipped(ref: str) -> Path | None:
    path = asset_path("pictures", ref.removeprefix("asset:"))
    return path if path.is_file() else None


def long_routine():
    base = builtin_routines()[0]
    slots = []
    for i in range(100):
        slot = base.slots[i % len(base.slots)]
        ex = replace(slot.exercise, id=f"ex-{i}", name=f"{slot.exercise.name} variation {i}")
        slots.append(replace(slot, exercise=ex, note="keep the knee over the second toe"))
    return replace(base, slots=tuple(slots))


def measure(name: str, routine, runs: int = 9) -> None:
    sheet = build_sheet(routine, date.today())
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "sheet.pdf"
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            pages = write_sheet(sheet, out, "a4", shipped)
            times.append((time.perf_counter() - start) * 1000)
        print(f"BENCH sheet_{name}_ms {statistics.median(times):.1f} ms")
        print(f"BENCH sheet_{name}_pages {pages} pages")
        print(f"BENCH sheet_{name}_size {out.stat().st_size / 1024:.0f} KiB")


def main() -> None:
    make_application()
    measure("strength", builtin_routines()[0])
    measure("100_exercises", long_routine(), runs=3)


if __name__ == "__main__":
    main()
