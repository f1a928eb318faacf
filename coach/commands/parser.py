"""The argparse tree for every command DESIGN.md lists.

argparse's own error output (usage plus a message, exit 2) is replaced by a
:class:`UsageError` so the CLI prints a single ``rehab-coach: ...`` line. Every
command and sub-command accepts ``--data-dir``; on the sub-parsers it defaults to
"not given" so a value before the command is not overwritten by the one after it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from .app_options import Parser, app_parser, check_app_options, parse_app_options
from .data import cmd_backup, cmd_export_csv, cmd_restore
from .light import cmd_light
from .pain import cmd_pain_add, cmd_pain_delete, cmd_pain_edit, cmd_pain_list
from .plan import (
    cmd_adherence,
    cmd_schedule_clear,
    cmd_schedule_export,
    cmd_schedule_list,
    cmd_schedule_pause,
    cmd_schedule_set,
)
from .report import cmd_report
from .routines import (
    cmd_routine_export,
    cmd_routine_history,
    cmd_routine_import,
    cmd_routine_list,
    cmd_routine_sheet,
    cmd_routine_show,
    cmd_routine_suggest,
)
from .runs import (
    cmd_run_add,
    cmd_run_caps,
    cmd_run_delete,
    cmd_run_import,
    cmd_run_level,
    cmd_run_list,
    cmd_run_next,
    cmd_run_ready,
)
from .sessions import cmd_session_list, cmd_session_show

Command = Callable[[argparse.Namespace], int]


def _common() -> Parser:
    common = Parser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="data folder to use (default: $REHAB_COACH_DATA, else the app-data folder)",
    )
    return common


def _range_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="start", metavar="DATE", help="first day, e.g. 2026-11-01")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day (inclusive)")
    p.add_argument("--json", action="store_true", help="print a JSON array for scripts")


def _group(sub, name: str, help_text: str, parents: list[Parser]) -> argparse._SubParsersAction:
    group = sub.add_parser(name, help=help_text, description=help_text, parents=parents)
    group.set_defaults(func=None, group=name)
    return group.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser)


def _pain(sub, parents: list[Parser]) -> None:
    actions = _group(sub, "pain", "the pain diary", parents)
    add = actions.add_parser("add", help="log a pain score (0-10)", parents=parents)
    add.add_argument("score", metavar="SCORE", help="whole number from 0 (none) to 10 (worst)")
    add.add_argument("--location", metavar="L", help="where it hurts (default: outer knee)")
    add.add_argument("--side", metavar="SIDE", help="left, right or both")
    add.add_argument("--context", metavar="WHEN", help="rest, before, during, after or morning")
    add.add_argument("--note", metavar="TEXT", help="a note (at most 2,000 characters)")
    add.add_argument("--at", metavar="ISO-DATETIME", help="when (default: now; naive = local)")
    add.set_defaults(func=cmd_pain_add)
    listing = actions.add_parser("list", help="list pain entries", parents=parents)
    _range_options(listing)
    listing.set_defaults(func=cmd_pain_list)
    edit = actions.add_parser("edit", help="change a pain entry", parents=parents)
    edit.add_argument("id", metavar="ID", help="the id pain list shows")
    edit.add_argument("--score", metavar="N", help="whole number from 0 to 10")
    edit.add_argument("--location", metavar="L")
    edit.add_argument("--side", metavar="SIDE", help="left, right or both")
    edit.add_argument("--context", metavar="WHEN", help="rest, before, during, after or morning")
    edit.add_argument("--note", metavar="TEXT")
    edit.add_argument("--at", metavar="ISO-DATETIME")
    edit.set_defaults(func=cmd_pain_edit)
    delete = actions.add_parser("delete", help="delete a pain entry", parents=parents)
    delete.add_argument("id", metavar="ID", help="the id pain list shows")
    delete.set_defaults(func=cmd_pain_delete)


def _light(sub, parents: list[Parser]) -> None:
    light = sub.add_parser(
        "light", help="the day's pain traffic light, its reason and advice", parents=parents
    )
    light.add_argument("--on", metavar="DATE", help="the day to judge (default: today)")
    light.add_argument("--json", action="store_true", help="print a JSON object for scripts")
    light.set_defaults(func=cmd_light)


def _session(sub, parents: list[Parser]) -> None:
    actions = _group(sub, "session", "recorded exercise sessions", parents)
    listing = actions.add_parser("list", help="list sessions", parents=parents)
    _range_options(listing)
    listing.set_defaults(func=cmd_session_list)
    show = actions.add_parser(
        "show", help="one session, each exercise left and right", parents=parents
    )
    show.add_argument("id", metavar="ID", help="the session's id (from `session list --json`)")
    show.add_argument("--json", action="store_true", help="print JSON for scripts")
    show.set_defaults(func=cmd_session_show)


def _routine(sub, parents: list[Parser]) -> None:
    actions = _group(sub, "routine", "the routine library", parents)
    actions.add_parser("list", help="list routines", parents=parents).set_defaults(
        func=cmd_routine_list
    )
    show = actions.add_parser("show", help="show a routine's exercises", parents=parents)
    show.add_argument("name", metavar="NAME", help="routine name or id")
    show.set_defaults(func=cmd_routine_show)
    imp = actions.add_parser("import", help="import a routine file", parents=parents)
    imp.add_argument("file", metavar="FILE")
    clash = imp.add_mutually_exclusive_group()
    clash.add_argument(
        "--rename", action="store_true", help="on an id or name clash, import as a copy"
    )
    clash.add_argument(
        "--replace",
        action="store_true",
        help="on a clash, make the file the next version of your routine",
    )
    imp.set_defaults(func=cmd_routine_import)
    exp = actions.add_parser("export", help="write a routine to a file", parents=parents)
    exp.add_argument("name", metavar="NAME", help="routine name or id")
    exp.add_argument("file", metavar="FILE")
    exp.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    exp.set_defaults(func=cmd_routine_export)
    hist = actions.add_parser("history", help="list a routine's versions", parents=parents)
    hist.add_argument("name", metavar="NAME", help="routine name or id")
    hist.set_defaults(func=cmd_routine_history)
    sheet = actions.add_parser(
        "sheet", help="write a printable sheet with a week to tick, as a PDF", parents=parents
    )
    sheet.add_argument("name", metavar="NAME", help="routine name or id")
    sheet.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help="the PDF")
    sheet.add_argument(
        "--paper", choices=("a4", "letter"), help="paper size (default: from the locale)"
    )
    sheet.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    sheet.set_defaults(func=cmd_routine_sheet)
    sug = actions.add_parser(
        "suggest",
        help="the next dose step after green sessions in a row (all routines, or NAME)",
        parents=parents,
    )
    sug.add_argument("name", metavar="NAME", nargs="?", help="routine name or id")
    sug.add_argument("--json", action="store_true", help="print a JSON array for scripts")
    sug.set_defaults(func=cmd_routine_suggest)


def _schedule(sub, parents: list[Parser]) -> None:
    actions = _group(sub, "schedule", "when each routine is planned", parents)
    listing = actions.add_parser("list", help="each routine's schedule", parents=parents)
    listing.add_argument("--json", action="store_true", help="print JSON for scripts")
    listing.set_defaults(func=cmd_schedule_list)
    put = actions.add_parser(
        "set",
        help="plan a routine (from today, or --from a past date on purpose)",
        parents=parents,
    )
    put.add_argument("routine", metavar="ROUTINE", help="routine name or id")
    put.add_argument("--weekdays", metavar="DAYS", help="e.g. mon,wed,fri")
    put.add_argument("--every", type=int, metavar="N", help="every N days (2 = every other day)")
    put.add_argument("--per-week", type=int, metavar="N", help="N times a week, any days")
    put.add_argument("--times-per-day", type=int, default=1, metavar="N", help="default 1")
    put.add_argument("--at", action="append", metavar="HH:MM", help="a time of day (repeatable)")
    put.add_argument("--from", dest="start", metavar="DATE", help="first day (default: today)")
    put.add_argument("--until", metavar="DATE", help="last day (default: no end)")
    put.set_defaults(func=cmd_schedule_set)
    pause = actions.add_parser(
        "pause", help="pause a routine's plan for some days", parents=parents
    )
    pause.add_argument("routine", metavar="ROUTINE", help="routine name or id")
    pause.add_argument("--from", dest="start", metavar="DATE", required=True, help="first day")
    pause.add_argument("--to", dest="end", metavar="DATE", required=True, help="last day")
    pause.set_defaults(func=cmd_schedule_pause)
    clear = actions.add_parser(
        "clear", help="make a routine 'as needed' (earlier days keep their plan)", parents=parents
    )
    clear.add_argument("routine", metavar="ROUTINE", help="routine name or id")
    clear.add_argument("--from", dest="start", metavar="DATE", help="first day (default: today)")
    clear.set_defaults(func=cmd_schedule_clear)
    export = actions.add_parser(
        "export", help="write the schedules as an iCalendar (.ics) file", parents=parents
    )
    export.add_argument("file", metavar="FILE.ics")
    export.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    export.set_defaults(func=cmd_schedule_export)
    adh = sub.add_parser(
        "adherence", help="planned sessions done, per week, routine and exercise", parents=parents
    )
    _range_options(adh)
    adh.set_defaults(func=cmd_adherence)


def _run(sub, parents: list[Parser]) -> None:
    actions = _group(sub, "run", "the run log (return to running)", parents)
    add = actions.add_parser("add", help="log a run by hand", parents=parents)
    add.add_argument("distance", metavar="DISTANCE", help="e.g. 3.2km, 3200m or 2mi")
    add.add_argument("duration", metavar="TIME", help="minutes: 25, 25:30 or 1:05:00")
    add.add_argument("--at", metavar="ISO-DATETIME", help="when it started (default: now)")
    add.add_argument("--terrain", metavar="T", help="flat, rolling, hills or downhill")
    add.add_argument("--surface", metavar="S", help="e.g. road, trail, track")
    add.add_argument("--during", metavar="N", help="pain during the run, 0-10")
    add.add_argument("--after", metavar="N", help="pain after the run, 0-10")
    add.add_argument("--note", metavar="TEXT", help="a note (at most 2,000 characters)")
    add.set_defaults(func=cmd_run_add)
    listing = actions.add_parser("list", help="list runs", parents=parents)
    _range_options(listing)
    listing.set_defaults(func=cmd_run_list)
    imp = actions.add_parser("import", help="import GPX, TCX or FIT files", parents=parents)
    imp.add_argument("files", metavar="FILE", nargs="+")
    imp.set_defaults(func=cmd_run_import)
    delete = actions.add_parser("delete", help="delete a run", parents=parents)
    delete.add_argument("id", metavar="ID", help="the run's id (at least 6 characters)")
    delete.set_defaults(func=cmd_run_delete)
    nxt = actions.add_parser(
        "next", help="the next run: level, pain-gated decision, caps", parents=parents
    )
    nxt.add_argument("--json", action="store_true", help="print JSON for scripts")
    nxt.set_defaults(func=cmd_run_next)
    lvl = actions.add_parser("level", help="choose your level yourself", parents=parents)
    lvl.add_argument("level", metavar="N", help="1 (8 x 1 min run) to 10 (30 min run)")
    lvl.add_argument("--reason", help="why you chose it (kept with the decision)")
    lvl.set_defaults(func=cmd_run_level)
    ready = actions.add_parser("ready", help="the readiness check before the first run",
                               parents=parents)  # fmt: skip
    for name in ("walking", "stairs", "brisk-walk"):
        ready.add_argument(f"--{name}", metavar="yes|no", required=True,
                           help=f"pain-free {name.replace('-', ' ')}?")  # fmt: skip
    ready.set_defaults(func=cmd_run_ready)
    caps = actions.add_parser(
        "caps", help="show or set the single-run cap and the weekly guide", parents=parents
    )
    caps.add_argument(
        "--single-run",
        metavar="PERCENT",
        help="a run at most this % of the 30-day longest (100-150; default 110)",
    )
    caps.add_argument(
        "--weekly",
        metavar="PERCENT",
        help="weekly guide: this % more than last week (0-30; default 10)",
    )
    caps.add_argument("--defaults", action="store_true", help="restore 110 and 10")
    caps.set_defaults(func=cmd_run_caps)  # fmt: skip


def _data(sub, parents: list[Parser]) -> None:
    csv = sub.add_parser("export-csv", help="write pain, sessions and sets as CSV", parents=parents)
    csv.add_argument("dir", metavar="DIR", help="folder for pain.csv, sessions.csv, sets.csv")
    csv.add_argument("--force", action="store_true", help="overwrite the CSV files if they exist")
    csv.set_defaults(func=cmd_export_csv)
    backup = sub.add_parser("backup", help="write a single-file backup", parents=parents)
    backup.add_argument("file", metavar="FILE", nargs="?", help="default: in backups/")
    backup.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    backup.set_defaults(func=cmd_backup)
    restore = sub.add_parser("restore", help="restore a backup", parents=parents)
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "file", metavar="FILE", nargs="?", help="a backup file (or a snapshot folder in backups/)"
    )
    which.add_argument(
        "--empty", action="store_true", help="start an empty store, keeping a damaged one aside"
    )
    restore.set_defaults(func=cmd_restore)


def _report(sub, parents: list[Parser]) -> None:
    report = sub.add_parser(
        "report", help="write the progress report for a physio as a PDF", parents=parents
    )
    report.add_argument("--from", dest="start", metavar="DATE", required=True, help="first day")
    report.add_argument("--to", dest="end", metavar="DATE", required=True, help="last day")
    report.add_argument("-o", "--output", metavar="FILE.pdf", required=True, help="the PDF")
    report.add_argument("--patient", metavar="NAME", help="printed in the header")
    report.add_argument("--clinician", metavar="NAME", help="printed in the header")
    report.add_argument("--condition", metavar="TEXT", help="printed in the header")
    report.add_argument(
        "--paper", choices=("a4", "letter"), help="paper size (default: from the locale)"
    )
    report.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    report.set_defaults(func=cmd_report)


def build_parser() -> Parser:
    parser = app_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    parents = [_common()]
    _pain(sub, parents)
    _light(sub, parents)
    _session(sub, parents)
    _routine(sub, parents)
    _schedule(sub, parents)

    _run(sub, parents)
    _data(sub, parents)
    _report(sub, parents)
    start = sub.add_parser(
        "start",
        help="open the app straight into the player (today's planned routine by default)",
        parents=parents,
    )
    start.add_argument("start_routine", metavar="ROUTINE", nargs="?", default="")
    start.set_defaults(func=None, group=None, gui=True)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    """Parse ``argv``; raises UsageError for anything argparse or the flag rules refuse."""
    return parse_app_options(argv) or check_app_options(build_parser().parse_args(argv))
