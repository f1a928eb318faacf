"""``pain add`` and ``pain list``: the pain diary from a terminal or a script.

Every value is checked here, before the store is opened, and each refusal says in
plain words what is accepted. Value problems exit with 1 (argparse's own structure
errors exit with 2).
"""

from __future__ import annotations

import re
from argparse import Namespace
from datetime import datetime, timedelta

from coach.domain.pain import Context, PainEntry, Side
from coach.domain.validation import MAX_TEXT

from .common import CliError, clip, data_dir_of, escape_control, list_command, open_store

_WHOLE = re.compile(r"[0-9]{1,3}")
EARLIEST = datetime(1970, 1, 2).astimezone()
FUTURE_SLACK = timedelta(days=1)


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


def entry_from_args(args: Namespace, now: datetime) -> PainEntry:
    """Build and validate the entry; raises CliError with the reason."""
    score = parse_score(args.score)
    side = parse_choice("--side", args.side, Side)
    context = parse_choice("--context", args.context, Context)
    at = parse_at(args.at, now)
    note = args.note or ""
    if len(note) > MAX_TEXT:
        raise CliError(f"--note is too long ({len(note)} characters, at most {MAX_TEXT})")
    fields: dict[str, object] = {"score": score, "at": at, "note": note}
    if args.location is not None:
        fields["location"] = args.location.strip()
    if side:
        fields["side"] = side
    if context:
        fields["context"] = context
    try:
        return PainEntry(**fields)  # type: ignore[arg-type]
    except ValueError as exc:
        field, _, message = str(exc).partition(": ")
        raise CliError(f"--{field} {message}" if message else str(exc)) from None


def cmd_pain_add(args: Namespace) -> int:
    entry = entry_from_args(args, datetime.now().astimezone())
    with open_store(data_dir_of(args)) as store:
        store.pain.add(entry)
    when = entry.at.strftime("%Y-%m-%d %H:%M")
    print(
        f"added pain {entry.score}/10 ({escape_control(entry.location)}, {entry.side.value}, "
        f"{entry.context.value}) at {when}"
    )
    return 0


def _row(e: PainEntry) -> tuple[object, ...]:
    when = e.at.strftime("%Y-%m-%d %H:%M")
    return (when, e.score, e.location, e.side.value, e.context.value, clip(e.note, 40))


def cmd_pain_list(args: Namespace) -> int:
    return list_command(
        args,
        lambda store, start, end: store.pain.list(start, end),
        noun="pain entries",
        header=("when", "score", "location", "side", "context", "note"),
        row=_row,
    )
