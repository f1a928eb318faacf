"""``run add | list | import | delete``: the run log from a terminal or a script.

A run is logged by hand (distance and time) or read from a watch's GPX, TCX or FIT file.
Every value and every file is checked before the store is opened; ``run import`` of
several files writes all of them or none. Each new run is checked against the
single-run cap (110% of the longest run in the 30 days before it; see
:mod:`coach.domain.running.caps`) and a run past it is said so, with the numbers.
"""

from __future__ import annotations

import re
from argparse import Namespace
from datetime import datetime
from pathlib import Path

from coach.domain.running.caps import overrun, overruns
from coach.domain.running.files import RunFileError, read_run_file
from coach.domain.running.runs import Run, Terrain
from coach.domain.validation import MAX_TEXT

from .common import CliError, clip, data_dir_of, escape_control, list_command, open_store
from .pain import parse_at, parse_choice, parse_score

_DISTANCE = re.compile(r"\s*([0-9]+(?:\.[0-9]+)?)\s*(km|m|mi)?\s*", re.IGNORECASE)
_NUMBER = re.compile(r"[0-9]{1,4}")
METRES = {"km": 1000.0, "m": 1.0, "mi": 1609.344}
MIN_PREFIX = 6


def parse_distance(text: str) -> float:
    """Metres from ``5``, ``5km``, ``3200m`` or ``2.5mi`` (a bare number is km)."""
    m = _DISTANCE.fullmatch(text)
    if not m:
        raise CliError(f"distance must be like 3.2km, 3200m or 2mi, got {text!r}")
    metres = float(m.group(1)) * METRES[(m.group(2) or "km").lower()]
    if not 0 < metres <= 300_000:
        raise CliError(f"distance must be more than 0 and at most 300 km, got {text!r}")
    return metres


def parse_duration(text: str) -> float:
    """Seconds from ``25`` (minutes), ``25:30`` (min:s) or ``1:05:00`` (h:min:s)."""
    parts = text.strip().split(":")
    problem = CliError(f"time must be minutes like 25, 25:30 or 1:05:00, got {text!r}")
    if not 1 <= len(parts) <= 3 or not all(_NUMBER.fullmatch(p) for p in parts):
        raise problem
    numbers = [int(p) for p in parts]
    if any(n > 59 for n in numbers[1:]):
        raise problem
    if len(numbers) == 1:
        total = numbers[0] * 60
    elif len(numbers) == 2:
        total = numbers[0] * 60 + numbers[1]
    else:
        total = numbers[0] * 3600 + numbers[1] * 60 + numbers[2]
    if not 0 < total <= 48 * 3600:
        raise CliError(f"time must be more than 0 and at most 48 hours, got {text!r}")
    return float(total)


def _clock(seconds: float) -> str:
    s = round(seconds)
    return (
        f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"
    )


def run_from_args(args: Namespace, now: datetime) -> Run:
    note = args.note or ""
    if len(note) > MAX_TEXT:
        raise CliError(f"--note is too long ({len(note)} characters, at most {MAX_TEXT})")
    fields: dict[str, object] = {
        "started_at": parse_at(args.at, now),
        "distance_m": parse_distance(args.distance),
        "duration_s": parse_duration(args.duration),
        "note": note,
        "terrain": parse_choice("--terrain", args.terrain, Terrain) or "flat",
        "surface": (args.surface or "").strip(),
    }
    for option in ("during", "after"):
        value = getattr(args, option)
        if value is not None:
            fields[f"pain_{option}"] = parse_score(value)
    try:
        return Run(**fields)  # type: ignore[arg-type]
    except ValueError as exc:
        raise CliError(str(exc)) from None


def _say_cap(run: Run, history: list[Run]) -> None:
    flag = overrun(run, history)
    if flag is not None:
        print(f"  note: {flag.text()}")


def _describe(run: Run) -> str:
    when = run.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{run.km:.2f} km in {_clock(run.duration_s)} on {when} (id {run.id[:8]})"


def cmd_run_add(args: Namespace) -> int:
    run = run_from_args(args, datetime.now().astimezone())
    with open_store(data_dir_of(args)) as store:
        history = store.runs.list()
        store.runs.add(run)
    print(f"logged run: {_describe(run)}")
    _say_cap(run, history)
    return 0


def _minute(run: Run) -> datetime:
    return run.started_at.replace(second=0, microsecond=0)


def cmd_run_import(args: Namespace) -> int:
    """Read every file first; write all runs only if every file is a run."""
    runs = []
    for name in args.files:
        try:
            runs.append(read_run_file(Path(name)))
        except RunFileError as exc:
            raise CliError(f"{exc}; nothing was imported") from None
    with open_store(data_dir_of(args)) as store:
        history = store.runs.list()
        # The same run from two files (a watch's FIT and its GPX export) starts at the
        # same minute; it is logged once.
        known = {_minute(r) for r in history}
        new = []
        for run in runs:
            if _minute(run) not in known:
                known.add(_minute(run))
                new.append(run)
        for run in new:
            store.runs.add(run)
    for name, run in zip(args.files, runs, strict=True):
        if run in new:
            print(f"imported {escape_control(Path(name).name)}: {_describe(run)}")
            _say_cap(run, history + [r for r in new if r.started_at < run.started_at])
        else:
            print(f"skipped {escape_control(Path(name).name)}: already in the log")
    return 0


def _row(run: Run, flags: dict) -> tuple[object, ...]:
    when = run.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
    pain = (
        ""
        if run.pain_during is None and run.pain_after is None
        else (
            f"{'?' if run.pain_during is None else run.pain_during} → "
            f"{'?' if run.pain_after is None else run.pain_after}"
        )
    )
    over = "over cap" if run.id in flags else ""
    return (run.id[:8], when, f"{run.km:.2f}", _clock(run.duration_s), run.terrain.value,
            pain, over, clip(run.note, 30))  # fmt: skip


def cmd_run_list(args: Namespace) -> int:
    flags: dict = {}

    def fetch(store, start, end):
        everything = store.runs.list()
        flags.update(overruns(everything))
        return [r for r in everything if (start is None or r.day >= start)
                and (end is None or r.day <= end)]  # fmt: skip

    def to_json(run: Run) -> dict:
        flag = flags.get(run.id)
        return {**run.to_dict(), "over_cap": None if flag is None else flag.text()}

    return list_command(
        args,
        fetch,
        noun="runs",
        header=("id", "when", "km", "time", "terrain", "pain", "cap", "note"),
        row=lambda r: _row(r, flags),
        to_json=to_json,
    )


def cmd_run_delete(args: Namespace) -> int:
    wanted = args.id.strip()
    if len(wanted) < MIN_PREFIX:
        raise CliError(f"give at least {MIN_PREFIX} characters of the run's id (see run list)")
    with open_store(data_dir_of(args)) as store:
        matches = [r for r in store.runs.list() if r.id.startswith(wanted)]
        if not matches:
            raise CliError(f"no run with an id starting {escape_control(wanted)!r}")
        if len(matches) > 1:
            raise CliError(f"{len(matches)} runs have ids starting {wanted!r}; give more of it")
        store.runs.delete(matches[0].id)
    print(f"deleted run: {_describe(matches[0])}")
    return 0
