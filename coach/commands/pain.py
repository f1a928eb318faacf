"""``pain add``, ``list``, ``edit`` and ``delete``: the pain diary from a terminal or a script.

Every value is checked here, before the store is opened, and each refusal says in
plain words what is accepted. Value problems exit with 1 (argparse's own structure
errors exit with 2).
"""

from __future__ import annotations

import re
from argparse import Namespace
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from coach.domain.pain import Context, PainEntry, Side
from coach.domain.validation import MAX_TEXT

from .common import CliError, clip, data_dir_of, escape_control, list_command, open_store

if TYPE_CHECKING:
    from coach.store import Store

_WHOLE = re.compile(r"[0-9]{1,3}")
EARLIEST = datetime(1970, 1, 2).astimezone()
FUTURE_SLACK = timedelta(days=1)
SHORT_ID = 8  # what ``pain list`` shows; edit and delete take it or any longer prefix
MIN_PREFIX = 4


def parse_score(text: str) -> int:
    stripped = text.strip()
    if not _WHOLE.fullmatch(stripped) or int(stripped) > 10:
        raise CliError(f"score must be a whole number from 0 to 10, got {text!r}")
    return int(stripped)


def parse_choice(option: str, text: str | None, choices: type[Side] | type[Context]) -> str | None:
    if text is None:
        return None
    value = text.strip().lower()
    allowed = [c.value for c in choices]
    if value not in allowed:
        raise CliError(f"{option} must be one of {', '.join(allowed)}, got {text!r}")
    return value


def parse_at(text: str | None, now: datetime) -> datetime:
    """An ISO date-time; a naive one is local time. Refuses more than a day ahead."""
    if text is None:
        return now
    try:
        at = datetime.fromisoformat(text.strip())
        at = at.astimezone() if at.tzinfo is None else at
        too_early = at < EARLIEST
    except (ValueError, OverflowError, OSError):
        raise CliError(
            f"--at must be an ISO date and time like 2026-11-21T08:30, got {text!r}"
        ) from None
    if too_early:
        raise CliError(f"--at is too far in the past: {text!r}")
    if at - now > FUTURE_SLACK:
        raise CliError(f"--at is more than a day in the future: {text!r}")
    return at


def _changes(args: Namespace, now: datetime) -> dict[str, object]:
    """The fields the options give (score, side, context, time, location, note), checked."""
    fields: dict[str, object] = {}
    if args.score is not None:
        fields["score"] = parse_score(args.score)
    if args.at is not None:
        fields["at"] = parse_at(args.at, now)
    if args.note is not None:
        if len(args.note) > MAX_TEXT:
            raise CliError(f"--note is too long ({len(args.note)} characters, at most {MAX_TEXT})")
        fields["note"] = args.note
    if args.location is not None:
        fields["location"] = args.location.strip()
    side = parse_choice("--side", args.side, Side)
    if side:
        fields["side"] = side
    context = parse_choice("--context", args.context, Context)
    if context:
        fields["context"] = context
    return fields


def _build(make, fields: dict[str, object]) -> PainEntry:
    try:
        return make(**fields)
    except ValueError as exc:
        field, _, message = str(exc).partition(": ")
        raise CliError(f"--{field} {message}" if message else str(exc)) from None


def entry_from_args(args: Namespace, now: datetime) -> PainEntry:
    """Build and validate the entry; raises CliError with the reason."""
    fields = _changes(args, now)
    fields.setdefault("at", now)
    return _build(PainEntry, fields)


def cmd_pain_add(args: Namespace) -> int:
    entry = entry_from_args(args, datetime.now().astimezone())
    with open_store(data_dir_of(args)) as store:
        store.pain.add(entry)
    print(f"added {_describe(entry)}")
    return 0


def _describe(entry: PainEntry) -> str:
    when = entry.at.strftime("%Y-%m-%d %H:%M")
    return (
        f"pain {entry.score}/10 ({escape_control(entry.location)}, {entry.side.value}, "
        f"{entry.context.value}) at {when}, id {entry.id[:SHORT_ID]}"
    )


def _resolve(store: Store, given: str) -> PainEntry:
    """The entry whose id is ``given`` or starts with it; one plain line if none or many."""
    wanted = given.strip()
    entry = store.pain.get(wanted) or store.pain.get(wanted.lower())
    if entry is not None:
        return entry
    matches = sorted(
        {*store.pain.ids_starting(wanted), *store.pain.ids_starting(wanted.lower())}
        if len(wanted) >= MIN_PREFIX
        else set()
    )
    if len(matches) > 1:
        raise CliError(
            f"id {escape_control(given)!r} matches {len(matches)} entries; give more of it"
        )
    found = store.pain.get(matches[0]) if matches else None
    if found is None:
        raise CliError(
            f"no pain entry has the id {escape_control(given)!r} (see: rehab-coach pain list)"
        )
    return found


def _check_id(given: str) -> None:
    text = given.strip()
    if not MIN_PREFIX <= len(text) <= 64 or escape_control(text) != text or " " in text:
        raise CliError(
            f"ID must be the id pain list shows (at least {MIN_PREFIX} of its letters "
            f"and digits), got {escape_control(given)!r}"
        )


def cmd_pain_edit(args: Namespace) -> int:
    _check_id(args.id)
    fields = _changes(args, datetime.now().astimezone())
    if not fields:
        raise CliError(
            "nothing to change: give --score, --location, --side, --context, --note or --at"
        )
    with open_store(data_dir_of(args)) as store:
        old = _resolve(store, args.id)
        new = _build(lambda **f: replace(old, **f), fields)
        store.pain.add(new)
    print(f"changed {_describe(new)}")
    return 0


def cmd_pain_delete(args: Namespace) -> int:
    _check_id(args.id)
    with open_store(data_dir_of(args)) as store:
        entry = _resolve(store, args.id)
        store.pain.delete(entry.id)
    print(f"deleted {_describe(entry)}")
    return 0


def _row(e: PainEntry) -> tuple[object, ...]:
    when = e.at.strftime("%Y-%m-%d %H:%M")
    return (
        e.id[:SHORT_ID],
        when,
        e.score,
        e.location,  # the table shows control characters escaped
        e.side.value,
        e.context.value,
        clip(e.note, 40),
    )


def cmd_pain_list(args: Namespace) -> int:
    return list_command(
        args,
        lambda store, start, end: store.pain.list(start, end),
        noun="pain entries",
        header=("id", "when", "score", "location", "side", "context", "note"),
        row=_row,
    )
