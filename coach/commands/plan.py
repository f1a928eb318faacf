"""``schedule list | set | pause | clear | export`` and ``adherence``: the plan from a
terminal.

Every option is checked before the store is opened. A new schedule starts today unless
``--from`` backdates it on purpose; the schedule it replaces keeps the days it covered,
so past adherence is still judged against the plan in force then.
"""

from __future__ import annotations

import json
from argparse import Namespace
from datetime import date, time, timedelta
from pathlib import Path

from coach.domain.plan.schedule import DAY_NAMES, Schedule
from coach.domain.routine import Routine

from .common import CliError, check_output_file, data_dir_of, open_store, parse_day, table

_DAY_KEYS = {name.lower(): i for i, name in enumerate(DAY_NAMES)}


def shown(text: str) -> str:
    """Text a person typed, with control characters shown escaped, never raw."""
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def _find(store, name: str) -> Routine:
    routine = store.routines.find(name)
    if routine is None:
        raise CliError(f"no routine called {shown(name)!r}; `rehab-coach routine list` shows them")
    return routine


def parse_weekdays(text: str) -> frozenset[int]:
    days = set()
    for part in text.split(","):
        key = part.strip().lower()[:3]
        if key not in _DAY_KEYS:
            raise CliError(
                f"--weekdays takes day names like mon,wed,fri; {shown(part.strip())!r} is not one"
            )
        days.add(_DAY_KEYS[key])
    return frozenset(days)


def parse_times(values: list[str] | None) -> tuple[time, ...]:
    out = []
    for value in values or []:
        try:
            at = time.fromisoformat(value.strip())
        except ValueError:
            at = None
        if at is None or len(value.strip()) != 5:
            raise CliError(f"--at takes a time like 08:00, got {shown(value)!r}")
        out.append(at)
    return tuple(out)


def schedule_from_args(args: Namespace, today: date) -> Schedule:
    """The schedule the options describe (exactly one rhythm is required)."""
    rhythms = [o for o in ("weekdays", "every", "per_week") if getattr(args, o) is not None]
    if len(rhythms) != 1:
        raise CliError("give exactly one of --weekdays, --every or --per-week")
    start = parse_day("--from", args.start) or today
    until = parse_day("--until", args.until)
    kind = {"weekdays": "weekdays", "every": "every_n_days", "per_week": "per_week"}[rhythms[0]]
    try:
        return Schedule(
            kind=kind,
            weekdays=parse_weekdays(args.weekdays) if args.weekdays else frozenset(),
            every_n_days=args.every or 1,
            per_week=args.per_week or 3,
            times_per_day=args.times_per_day,
            times=parse_times(args.at),
            start=start,
            end=until,
        )
    except ValueError as exc:
        raise CliError(_plain(str(exc))) from None


def _plain(message: str) -> str:
    """Domain field names to the options a person typed."""
    for field, option in (
        ("schedule.every_n_days", "--every"),
        ("schedule.per_week", "--per-week"),
        ("schedule.times_per_day", "--times-per-day"),
        ("schedule.times", "--at"),
        ("schedule.end", "--until"),
        ("schedule.weekdays", "--weekdays"),
    ):
        message = message.replace(field, option)
    return message


def cmd_schedule_set(args: Namespace) -> int:
    today = date.today()
    schedule = schedule_from_args(args, today)
    with open_store(data_dir_of(args)) as store:
        routine = _find(store, args.routine)
        plan = store.plans.set_schedule(routine.id, schedule, schedule.start)
    version = plan.versions[-1]
    print(f"{shown(routine.name)}: {version.describe()} · from {version.start}")
    return 0


def cmd_schedule_pause(args: Namespace) -> int:
    start = parse_day("--from", args.start)
    end = parse_day("--to", args.end)
    if start is None or end is None:
        raise CliError("schedule pause needs --from and --to")
    if end < start:
        raise CliError(f"--from ({start}) is after --to ({end})")
    with open_store(data_dir_of(args)) as store:
        routine = _find(store, args.routine)
        if not store.plans.get(routine.id).versions:
            raise CliError(f"{shown(routine.name)} has no schedule to pause (it is as needed)")
        store.plans.pause(routine.id, start, end)
    print(f"{shown(routine.name)}: paused from {start} to {end}")
    return 0


def cmd_schedule_clear(args: Namespace) -> int:
    start = parse_day("--from", args.start) or date.today()
    with open_store(data_dir_of(args)) as store:
        routine = _find(store, args.routine)
        store.plans.set_schedule(routine.id, None, start)
    print(f"{shown(routine.name)}: as needed from {start} (earlier days keep their plan)")
    return 0


def cmd_schedule_list(args: Namespace) -> int:
    today = date.today()
    with open_store(data_dir_of(args)) as store:
        routines = store.routines.list()
        plans = {p.routine_id: p for p in store.plans.list()}
    rows = []
    data = []
    for routine in routines:
        plan = plans.get(routine.id)
        schedule = plan.current(today) if plan else None
        pauses = [p for p in plan.pauses if p.end >= today] if plan else []
        rows.append(
            (
                shown(routine.name),
                schedule.describe() if schedule else "as needed",
                str(schedule.start) if schedule else "",
                str(schedule.end) if schedule and schedule.end else "",
                ", ".join(f"{p.start}…{p.end}" for p in pauses),
            )
        )
        data.append(
            {
                "routine_id": routine.id,
                "name": routine.name,
                "schedule": schedule.to_dict() if schedule else None,
                "plan": plan.to_dict() if plan else None,
            }
        )
    if getattr(args, "json", False):
        print(json.dumps(data, indent=2))
    else:
        print(table(("routine", "schedule", "since", "until", "paused"), rows))
    return 0


def cmd_schedule_export(args: Namespace) -> int:
    from coach.domain.plan.ics import calendar_bytes

    path = Path(args.file)
    check_output_file(path, args.force)
    with open_store(data_dir_of(args)) as store:
        routines = store.routines.list()
        plans = store.plans.list()
    data, count = calendar_bytes(plans, routines, date.today())
    if not count:
        raise CliError("nothing to export: no routine has a schedule from today on")
    from coach.store.atomic import atomic_write_bytes

    atomic_write_bytes(path, data)  # a StoreWriteError is one plain line, exit 1
    print(f"wrote {count} recurring event{'s' if count != 1 else ''} to {path}")
    return 0


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{round(100 * value)}%"


def cmd_adherence(args: Namespace) -> int:
    today = date.today()
    end = parse_day("--to", args.end) or today
    start = parse_day("--from", args.start) or end - timedelta(days=27)
    if start > end:
        raise CliError(f"--from ({start}) is after --to ({end})")
    if (end - start).days > 366 * 30:
        raise CliError("--from and --to may be at most 30 years apart")
    with open_store(data_dir_of(args)) as store:
        routines = store.routines.list()
        result = store.plans.adherence(start, end, today)
    if args.json:
        print(json.dumps(result.to_dict(), indent=2))
        return 0
    print(f"Adherence {start} to {end}: {_describe(result.done, result.planned)}")
    if not result.planned:
        print("nothing planned and due in that range (routines without a schedule are as needed)")
    else:
        print(f"current streak: {result.streak} planned sessions done in a row")
        trend = round(100 * result.score)
        print(f"habit strength (a trend one missed day barely dents): {trend}%")
    print()
    weeks = [
        (f"{w.week_start}", _describe(w.done, w.planned), w.open or "")
        for w in result.weeks
        if w.planned or w.open
    ]
    if weeks:
        print(table(("week of", "planned sessions done", "to come"), weeks))
        print()
    if result.routines:
        rows = [
            (
                shown(r.name),
                r.planned,
                _num(r.done),
                r.missed,
                r.partial,
                _percent(r.ratio),
                r.streak,
            )
            for r in result.routines
        ]
        print(table(("routine", "planned", "done", "missed", "partial", "share", "streak"), rows))
        print()
    if result.exercises:
        names = {r.id: r.name for r in routines}
        rows = [
            (
                shown(names.get(e.routine_id, e.routine_id)),
                shown(e.name),
                f"{e.done_in} of {e.sessions}",
                e.sets_skipped,
            )
            for e in result.exercises
        ]
        print(table(("routine", "exercise", "done in sessions", "sets skipped"), rows))
    return 0


def _describe(done: float, planned: int) -> str:
    if not planned:
        return "nothing due"
    return f"{_num(done)} of {planned} ({round(100 * done / planned)}%)"


def _num(value: float) -> str:
    return f"{round(value, 1):g}"
