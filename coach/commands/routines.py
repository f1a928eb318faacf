"""``routine list | show | import | export | history | suggest | sheet``: the library from
a terminal.

The routine library (and with it jsonschema, ~40 ms) is imported inside the commands
that read or write routine files: the parser imports this module for every command,
and ``pain add`` must not pay for it.

Import refuses a routine whose id or name is already taken (built-in or the user's
own) unless ``--rename`` (keep both) or ``--replace`` (the file becomes the next
version of the person's routine) says what to do: a physio's file must never silently
overwrite what the person has been doing.
"""

from __future__ import annotations

import json
import textwrap
from argparse import Namespace
from pathlib import Path

from coach.domain.routine import Routine

from .common import (
    CliError,
    check_output_file,
    data_dir_of,
    escape_control,
    file_action,
    open_store,
    table,
)


def shown(name: str) -> str:
    """A routine name quoted for the terminal, control characters escaped."""
    return escape_control(repr(name))


def _find(store, name: str) -> Routine:
    routine = store.routines.find(name)
    if routine is None:
        raise CliError(
            f"no routine called {escape_control(repr(name))}; `rehab-coach routine list` shows them"
        )
    return routine


def cmd_routine_list(args: Namespace) -> int:
    with open_store(data_dir_of(args)) as store:
        routines = store.routines.list(include_hidden=True)
        hidden = store.routines.hidden()
        versions = {r.id: [v.number for v in store.routines.history(r.id)] for r in routines}
    rows = [
        (
            r.id,
            r.name,
            len(r.slots),
            ("built-in, hidden" if r.id in hidden else "built-in") if r.builtin else "yours",
            f"v{versions[r.id][-1]}" if versions[r.id] else "-",
        )
        for r in routines
    ]
    print(table(("id", "name", "exercises", "source", "version"), rows))
    return 0


def describe_routine(routine: Routine) -> str:
    """The text ``routine show`` prints: each exercise with dose, sides and equipment."""
    source = "built-in" if routine.builtin else "your own"
    lines = [f"{routine.name}  ({routine.id}, {source})"]
    if routine.description:
        lines.extend(textwrap.wrap(routine.description, width=88))
    lines.append(
        f"rest between exercises {routine.rest_between_exercises_s} s; "
        f"stop advised at pain {routine.pain_stop_threshold}/10"
    )
    lines.append("")
    for i, slot in enumerate(routine.slots, start=1):
        ex = slot.exercise
        dose = slot.dose.describe() + (" per side" if ex.per_side else "")
        # rest_s is between the sets of one exercise; with one set it never happens, and
        # the rest after the exercise is the routine's (it once read "rest 30 s" where
        # the player rested 45 s)
        rest = (
            f", rest {slot.dose.rest_s} s between sets"
            if slot.dose.rest_s and slot.dose.sets > 1
            else ""
        )
        lines.append(f"{i:>2}. {ex.name}: {dose}{rest}")
        lines.append(f"    equipment: {', '.join(ex.equipment) if ex.equipment else 'none'}")
        if slot.note:
            lines.append(f"    note: {slot.note}")
    return "\n".join(escape_control(line) for line in lines)


def cmd_routine_show(args: Namespace) -> int:
    with open_store(data_dir_of(args)) as store:
        routine = _find(store, args.name)
    print(describe_routine(routine))
    return 0


def cmd_routine_import(args: Namespace) -> int:
    from coach.domain.library import load_routine_file
    from coach.domain.routines.clash import find_clash, renamed, replacing
    from coach.domain.routines.versions import Source

    path = Path(args.file)
    try:
        routine = load_routine_file(path)
    except ValueError as exc:
        raise CliError(f"cannot import {path}: {exc}") from None
    with open_store(data_dir_of(args)) as store:
        existing = store.routines.list()
        taken = find_clash(routine, existing)
        if taken is not None and args.rename:
            routine = renamed(routine, existing)
        elif taken is not None and args.replace:
            try:
                routine = replacing(routine, taken)
            except ValueError as exc:
                raise CliError(f"cannot import {path}: {exc} (use --rename)") from None
        elif taken is not None:
            whose = "a built-in routine" if taken.builtin else "one of your routines"
            what = "id" if taken.id == routine.id else "name"
            hint = "--rename to keep both" + ("" if taken.builtin else " or --replace")
            raise CliError(
                f"cannot import {path}: its {what} is already used by {whose} "
                f"({shown(taken.name)}); import it again with {hint}"
            )
        try:
            version = store.routines.save(routine, Source.IMPORTED)
        except ValueError as exc:
            raise CliError(f"cannot import {path}: {exc}") from None
    if taken is not None and args.replace:
        if version is None:
            print(f"{shown(routine.name)} ({routine.id}) is already exactly as in {path.name}")
        else:
            print(f"replaced {shown(taken.name)} ({routine.id}); now version {version.number}")
    else:
        print(f"imported {shown(routine.name)} ({routine.id}) with {len(routine.slots)} exercises")
    return 0


def cmd_routine_history(args: Namespace) -> int:
    from coach.domain.routines.changes import describe_changes

    with open_store(data_dir_of(args)) as store:
        routine = _find(store, args.name)
        history = store.routines.history(routine.id)
    if not history:
        print(
            f"{escape_control(routine.name)}: no versions kept yet "
            "(one is kept when it is saved or first done)"
        )
        return 0
    print(f"{escape_control(routine.name)}  ({routine.id})")
    previous = None
    for version in history:
        when = version.saved_at.strftime("%Y-%m-%d %H:%M") if version.saved_at else "before"
        print(f"v{version.number}  {when}  {version.source.value}")
        for line in describe_changes(previous, version.routine):
            print(f"    {escape_control(line)}")
        previous = version.routine
    return 0


def _suggestion_json(hit) -> dict:
    from coach.domain.dose import dose_to_dict

    return {
        "routine_id": hit.routine_id,
        "routine": hit.routine_name,
        "builtin": hit.builtin,
        "streak": hit.streak,
        "needed": hit.needed,
        "reason": hit.reason,
        "rule": hit.rule,
        "steps": [
            {
                "exercise_id": s.exercise_id,
                "exercise": s.name,
                "old": dose_to_dict(s.old),
                "new": dose_to_dict(s.new),
                "tighter_band": s.tighter_band,
                "text": s.text(),
            }
            for s in hit.steps
        ],
    }


def cmd_routine_suggest(args: Namespace) -> int:
    """The strength-progression gate: after N green sessions in a row (Settings ▸ Pain
    rules), the next step of a routine's dose; amber or red never suggest. It only
    says; the change is made by saving a new version (the app's editor, or a file)."""
    from datetime import date

    from coach.store.progression import suggestions

    with open_store(data_dir_of(args)) as store:
        routines = [_find(store, args.name)] if args.name else None
        found = suggestions(store, date.today(), routines)
    if args.json:
        print(json.dumps([_suggestion_json(h) for h in found], indent=2, ensure_ascii=False))
        return 0
    if not found:
        print(
            "No dose step suggested: that needs green sessions in a row at the current dose "
            "(the number is in Settings, Pain rules) and a green light today."
        )
        return 0
    for hit in found:
        print(f"{escape_control(hit.routine_name)}: {escape_control(hit.reason)}")
        for step in hit.steps:
            print(f"  {escape_control(step.text())}")
        print(f"  Rule: {hit.rule}")
        if hit.builtin:
            print("  A built-in routine is read-only: duplicate it to edit (Routines view).")
    return 0


def cmd_routine_export(args: Namespace) -> int:
    from coach.domain.library import RoutineFileError, dump_routine_file

    path = Path(args.file)
    check_output_file(path, args.force, data_dir_of(args))
    with open_store(data_dir_of(args)) as store:
        routine = _find(store, args.name)
    try:
        dump_routine_file(routine, path)
    except RoutineFileError as exc:
        reason = exc.message.removeprefix("cannot write: ")
        raise CliError(f"cannot write {path}: {reason.lower()}") from None
    print(f"exported {escape_control(repr(routine.name))} to {path}")
    return 0


def cmd_routine_sheet(args: Namespace) -> int:
    """The printable sheet as a PDF. Every refusal (a file inside the data folder, an
    existing file without ``--force``, a missing or unwritable folder, an unknown
    routine) comes before Qt starts and before anything is written."""
    from datetime import date

    from .report import check_writable, ensure_qt

    path = Path(args.output)
    data_dir = data_dir_of(args)
    check_output_file(path, args.force, data_dir)
    check_writable(path)
    with open_store(data_dir) as store:
        routine = _find(store, args.name)
        from coach.render.sheet_data import sheet_from_store

        sheet = sheet_from_store(store, routine, date.today())
        ensure_qt()
        from coach.render.pages import default_paper
        from coach.render.routine_sheet import write_sheet

        paper = args.paper or default_paper()
        with file_action("write", path):
            pages = write_sheet(sheet, path, paper, store.pictures.path)
    noun = "page" if pages == 1 else "pages"
    print(
        f"wrote {escape_control(path)}: the sheet for {shown(routine.name)}, "
        f"{pages} {noun}, {paper.upper()} paper"
    )
    return 0
