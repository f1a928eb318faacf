"""``session list``: what was done, when, how far, and how it hurt."""

from __future__ import annotations

from argparse import Namespace

from coach.domain.record import SessionRecord

from .common import list_command


def _pain(before: int | None, after: int | None) -> str:
    if before is None and after is None:
        return ""
    show = lambda v: "?" if v is None else str(v)  # noqa: E731
    return f"{show(before)} → {show(after)}"


def _row(s: SessionRecord) -> tuple[object, ...]:
    minutes = round((s.ended_at - s.started_at).total_seconds() / 60) if s.ended_at else None
    skipped = s.sets_skipped
    sets = f"{s.sets_done} done" + (f", {skipped} skipped" if skipped else "")
    return (
        s.started_at.strftime("%Y-%m-%d %H:%M"),
        s.routine_name,
        "" if minutes is None else f"{minutes} min",
        sets,
        s.end_reason.value if s.end_reason else "in progress",
        _pain(s.pain_before, s.pain_after),
    )


def cmd_session_list(args: Namespace) -> int:
    return list_command(
        args,
        lambda store, start, end: store.sessions.list(start, end),
        noun="sessions",
        header=("started", "routine", "length", "sets", "ended", "pain"),
        row=_row,
    )
