"""``session list``: what was done, when, how far, and how it hurt."""

from __future__ import annotations

import json
from argparse import Namespace

from coach.domain.record import SessionRecord

from .common import data_dir_of, open_store, parse_range, table


def _pain(before: int | None, after: int | None) -> str:
    if before is None and after is None:
        return ""
    show = lambda v: "?" if v is None else str(v)  # noqa: E731
    return f"{show(before)} → {show(after)}"


def _row(s: SessionRecord) -> tuple[object, ...]:
    minutes = round((s.ended_at - s.started_at).total_seconds() / 60) if s.ended_at else None
    done = sum(1 for x in s.sets if not x.skipped)
    return (
        s.started_at.strftime("%Y-%m-%d %H:%M"),
        s.routine_name,
        "" if minutes is None else f"{minutes} min",
        f"{done}/{len(s.sets)}",
        s.end_reason.value if s.end_reason else "in progress",
        _pain(s.pain_before, s.pain_after),
    )


def cmd_session_list(args: Namespace) -> int:
    start, end = parse_range(args.start, args.end)
    with open_store(data_dir_of(args)) as store:
        sessions = store.sessions.list(start, end)
    if args.json:
        print(json.dumps([s.to_dict() for s in sessions], indent=2))
        return 0
    if not sessions:
        print("no sessions" + (" in that range" if start or end else ""))
        return 0
    header = ("started", "routine", "length", "sets done", "ended", "pain")
    print(table(header, [_row(s) for s in sessions]))
    return 0
