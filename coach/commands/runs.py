"""``run add | list | import | delete``: the run log from a terminal or a script.

A run is logged by hand (distance and time) or read from a watch's GPX, TCX or FIT file.
Every value and every file is checked before the store is opened; ``run import`` of
several files writes all of them or none. Each new run is checked against the
single-run cap (110% of the longest run in the 30 days before it by default, a setting:
``run caps``; see :mod:`coach.domain.running.caps`) and a run past it is said so, with
the numbers.
"""

from __future__ import annotations

import json
import re
from argparse import Namespace
from datetime import date, datetime, timedelta
from pathlib import Path

from coach.domain.running.caps import overrun, overruns
from coach.domain.running.files import RunFileError, read_run_file
from coach.domain.running.rules import LIMITS, RunningRules
from coach.domain.running.runs import Run, Terrain
from coach.domain.running.runs import pain_entries as run_pain_entries
from coach.domain.validation import MAX_TEXT
from coach.store.running_rules import load_running_rules, save_running_rules

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


def _say_cap(run: Run, history: list[Run], rules: RunningRules) -> None:
    flag = overrun(run, history, ratio=rules.ratio)
    if flag is not None:
        print(f"  note: {flag.text()}")


def _describe(run: Run) -> str:
    when = run.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{run.km:.2f} km in {_clock(run.duration_s)} on {when} (id {run.id[:8]})"


def cmd_run_add(args: Namespace) -> int:
    run = run_from_args(args, datetime.now().astimezone())
    with open_store(data_dir_of(args)) as store:
        history = store.runs.list()
        rules = load_running_rules(store)
        store.runs.add(run)
        for entry in run_pain_entries(run):
            store.pain.add(entry)
    print(f"logged run: {_describe(run)}")
    _say_cap(run, history, rules)
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
        rules = load_running_rules(store)
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
            _say_cap(run, history + [r for r in new if r.started_at < run.started_at], rules)
        else:
            print(f"skipped {escape_control(Path(name).name)}: already in the log")
    return 0


def _row(run: Run, flags: dict, ground_flags_of: dict) -> tuple[object, ...]:
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
    ground = ground_flags_of.get(run.id)
    terrain = run.terrain.value + (f" (level {ground.level}!)" if ground else "")
    return (run.id[:8], when, f"{run.km:.2f}", _clock(run.duration_s), terrain,
            pain, over, clip(run.note, 30))  # fmt: skip


def cmd_run_list(args: Namespace) -> int:
    """The runs, each with its over-cap sentence and, for hills or downhill at levels
    1-6, the seeds' "avoid hills and downhill in the early levels"."""
    from coach.domain.running.ground import ground_flags

    flags: dict = {}
    ground: dict = {}

    def fetch(store, start, end):
        everything = store.runs.list()
        flags.update(overruns(everything, ratio=load_running_rules(store).ratio))
        try:
            steps = _steps(store)
        except CliError:  # a damaged plan must not hide the log: count from level 1
            steps = []
        ground.update(ground_flags(everything, steps))
        return [r for r in everything if (start is None or r.day >= start)
                and (end is None or r.day <= end)]  # fmt: skip

    def to_json(run: Run) -> dict:
        flag = flags.get(run.id)
        early = ground.get(run.id)
        return {**run.to_dict(), "over_cap": None if flag is None else flag.text(),
                "early_ground": None if early is None else early.text()}  # fmt: skip

    return list_command(
        args,
        fetch,
        noun="runs",
        header=("id", "when", "km", "time", "terrain", "pain", "cap", "note"),
        row=lambda r: _row(r, flags, ground),
        to_json=to_json,
    )


def cmd_run_delete(args: Namespace) -> int:
    wanted = args.id.strip()
    if len(wanted) < MIN_PREFIX:
        raise CliError(f"give at least {MIN_PREFIX} characters of the run's id (see run list)")
    with open_store(data_dir_of(args)) as store:
        matches = [r for r in store.runs.list() if r.id.startswith(wanted)]
        if not matches:
            raise CliError(f"no run with an id starting '{escape_control(wanted)}'")
        if len(matches) > 1:
            raise CliError(f"{len(matches)} runs have ids starting {wanted!r}; give more of it")
        store.runs.delete(matches[0].id)
        for entry in store.pain.list(matches[0].day, matches[0].day + timedelta(days=1)):
            if entry.session_id == matches[0].id:  # its pain entries go with it
                store.pain.delete(entry.id)
    print(f"deleted run: {_describe(matches[0])}")
    return 0


# -- the ladder: next run, override, readiness -----------------------------------------
def _steps(store) -> list:
    from coach.domain.running.progress import SETTINGS_KEY, load_steps

    try:
        return load_steps(store.settings.get(SETTINGS_KEY))
    except ValueError as exc:
        raise CliError(f"the running plan in coach.json is damaged ({exc})") from None


def _save_steps(store, steps: list) -> None:
    from coach.domain.running.progress import SETTINGS_KEY

    store.settings.set(SETTINGS_KEY, [s.to_dict() for s in steps])


def cmd_run_next(args: Namespace) -> int:
    """The next run: the level, the decision the pain light made after the last run
    day (recorded the first time it is shown), the single-run cap and the weekly guide."""
    from coach.domain.pain import Context
    from coach.domain.running.levels import FLAT_ONLY_UP_TO
    from coach.domain.running.next_run import morning_checked, next_run
    from coach.domain.running.progress import READINESS_KEY, last_run_day
    from coach.domain.running.readiness import readiness_from
    from coach.store.pain_light import light_on

    today = date.today()
    with open_store(data_dir_of(args)) as store:
        runs = store.runs.list()
        steps = _steps(store)
        light = light_on(store, today)
        run_day = last_run_day(runs, today)
        mornings = [
            e.at.astimezone().date()
            for e in (store.pain.list(run_day + timedelta(days=1), today) if run_day else [])
            if e.context == Context.MORNING
        ]
        morning = morning_checked(runs, mornings, today)
        rules = load_running_rules(store)
        plan = next_run(steps, runs, today, light.level.value, light.reason, morning, rules)
        if plan.due is not None:
            _save_steps(store, [*steps, plan.due])
        ready_raw = store.settings.get(READINESS_KEY)
    lvl, cap, guide, last = plan.level, plan.cap, plan.guide, plan.last
    ready = readiness_from(ready_raw)
    if args.json:
        print(json.dumps({
            "level": lvl.number,
            "session": lvl.text(),
            "flat_only": lvl.number <= FLAT_ONLY_UP_TO,
            "decision": None if last is None else last.to_dict(),
            "cap": None if cap is None else {"distance_m": round(cap.distance_m),
                                             "duration_s": round(cap.duration_s),
                                             "text": cap.text()},
            "weekly_guide": {"distance_m": round(guide.guide_m), "text": guide.text()},
            "rules": rules.to_dict(),
            "ready": None if ready is None else ready.ready,
        }, indent=2, ensure_ascii=False))  # fmt: skip
        return 0
    if not runs and (ready is None or not ready.ready):
        print("Before your first run, check you are ready: rehab-coach run ready --walking "
              "yes|no --stairs yes|no --brisk-walk yes|no")  # fmt: skip
        if ready is not None:
            print(ready.advice())
            for question in ready.missing():
                print(f"  not yet: {question}")
    print(lvl.text() + (" on flat ground (avoid hills and downhill)"
                        if lvl.number <= FLAT_ONLY_UP_TO else ""))  # fmt: skip
    if plan.waiting_for_morning:
        print("Log how the knee feels this morning to decide the next level: "
              "rehab-coach pain add SCORE --context morning")  # fmt: skip
    if last is not None:
        when = f"{last.run_day:%a} {last.run_day.day} {last.run_day:%b}"
        note = " (your choice)" if last.decision.overridden else ""
        print(f"After your run on {when}: {last.decision.text()}{note}")
        print(f"  Rule: {last.decision.rule}")
        if plan.rest_today:
            print("  Rest today; run tomorrow at the earliest.")
    print("Today: " + (cap.text() if cap else "no run in the last 30 days, so no cap from "
                       "them: keep to the level's session"))  # fmt: skip
    print("Week: " + guide.text())
    return 0


def cmd_run_level(args: Namespace) -> int:
    """Override the ladder: the person chooses the level; the override is recorded."""
    from coach.domain.running.levels import LEVELS, level
    from coach.domain.running.progress import with_override

    text = args.level.strip()
    if not text.isdigit() or not 1 <= int(text) <= len(LEVELS):
        raise CliError(f"level must be a whole number from 1 to {len(LEVELS)}, got {text!r}")
    why = (getattr(args, "reason", None) or "").strip()
    if len(why) > 200 or any(not c.isprintable() for c in why):
        raise CliError("--reason must be one line of at most 200 characters")
    with open_store(data_dir_of(args)) as store:
        steps = with_override(_steps(store), int(text), date.today(), why)
        _save_steps(store, steps)
    print(f"level set by you: {level(int(text)).text()} (recorded with the last decision)")
    return 0


def cmd_run_ready(args: Namespace) -> int:
    """The readiness check before the first run: three yes/no answers, recorded."""
    from coach.domain.running.progress import READINESS_KEY
    from coach.domain.running.readiness import Readiness

    answers = {}
    for key, option in (("walking", "--walking"), ("stairs", "--stairs"),
                        ("brisk_walk", "--brisk-walk")):  # fmt: skip
        value = (getattr(args, key) or "").strip().lower()
        if value not in ("yes", "no"):
            raise CliError(f"{option} must be yes or no, got {value!r}")
        answers[key] = value == "yes"
    check = Readiness(date.today(), answers)
    with open_store(data_dir_of(args)) as store:
        store.settings.set(READINESS_KEY, {"day": check.day.isoformat(), "answers": answers})
    print(check.advice())
    for question in check.missing():
        print(f"  not yet: {question}")
    return 0


def _percent(option: str, text: str | None, name: str) -> int | None:
    if text is None:
        return None
    lo, hi, _label = LIMITS[name]
    value = text.strip().removesuffix("%").strip()
    if not value.isdigit() or not lo <= int(value) <= hi:
        raise CliError(f"{option} must be a whole percent from {lo} to {hi}, got {text!r}")
    return int(value)


def cmd_run_caps(args: Namespace) -> int:
    """Show the caps' percentages, or set them (kept in the store, like the pain rules):
    every value is checked before the store is opened."""
    single = _percent("--single-run", args.single_run, "single_run_percent")
    weekly = _percent("--weekly", args.weekly, "weekly_percent")
    with open_store(data_dir_of(args)) as store:
        rules = RunningRules() if args.defaults else load_running_rules(store)
        changes = {
            k: v
            for k, v in (("single_run_percent", single), ("weekly_percent", weekly))
            if v is not None
        }
        if changes or args.defaults:
            rules = RunningRules(**{**rules.to_dict(), **changes})
            save_running_rules(store, rules)
    print(f"single-run cap: {rules.single_run_percent}% of the longest run in the last 30 days")
    print(f"weekly guide: about {rules.weekly_percent}% more than the week before "
          "(guidance only, a weaker signal)")  # fmt: skip
    return 0
