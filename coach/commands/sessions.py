"""``session list`` and ``session show ID``: what was done, when, how far, how it hurt.

Counts come from :mod:`coach.domain.session.counts` (done / skipped / not reached out
of the planned sets), the same figures the app's screens and the report show. ``--json``
gives each record as stored plus ``counts`` and ``exercises`` (left and right side by
side), so a script need not count on its own.
"""

from __future__ import annotations

import json
from argparse import Namespace
from typing import Any

from coach.domain.record import SessionRecord
from coach.domain.session.counts import (
    SideTally,
    exercise_tallies,
    outcome_text,
    set_counts,
)

from .common import CliError, data_dir_of, escape_control, list_command, open_store, table


def _pain(before: int | None, after: int | None) -> str:
    if before is None and after is None:
        return ""
    show = lambda v: "?" if v is None else str(v)  # noqa: E731
    return f"{show(before)} → {show(after)}"


def _minutes(s: SessionRecord) -> int | None:
    return round((s.ended_at - s.started_at).total_seconds() / 60) if s.ended_at else None


def _sets(s: SessionRecord) -> str:
    c = set_counts(s)
    text = f"{c.done} of {c.planned} done"
    if c.skipped:
        text += f", {c.skipped} skipped"
    if c.not_reached:
        text += f", {c.not_reached} not reached"
    return text


SHORT_ID = 8  # the table's id column; ``session show`` takes any unique start of 6+


def _row(s: SessionRecord) -> tuple[object, ...]:
    minutes = _minutes(s)
    return (
        escape_control(s.id[:SHORT_ID]),
        s.started_at.strftime("%Y-%m-%d %H:%M"),
        escape_control(s.routine_name),
        "" if minutes is None else f"{minutes} min",
        _sets(s),
        s.end_reason.value if s.end_reason else "in progress",
        _pain(s.pain_before, s.pain_after),
    )


def session_json(s: SessionRecord) -> dict[str, Any]:
    """The stored record with the counts and each exercise's left/right tally added."""
    c = set_counts(s)
    return {
        **s.to_dict(),
        "counts": {
            "planned": c.planned,
            "done": c.done,
            "skipped": c.skipped,
            "not_reached": c.not_reached,
        },
        "outcome": outcome_text(s),
        "exercises": [t.to_dict() for t in exercise_tallies(s)],
    }


def cmd_session_list(args: Namespace) -> int:
    return list_command(
        args,
        lambda store, start, end: store.sessions.list(start, end),
        noun="sessions",
        header=("id", "started", "routine", "length", "sets", "ended", "pain"),
        row=_row,
        to_json=session_json,
    )


def _side(t: SideTally | None, unit: str) -> str:
    if t is None:
        return "—"
    text = f"{t.sets_done}/{t.sets_planned} sets, {t.amount_done}/{t.amount_planned} {unit}"
    return text + (f", {t.sets_skipped} skipped" if t.sets_skipped else "")


def describe_session(s: SessionRecord) -> str:
    """The text ``session show`` prints: outcome, pain, note, then each exercise with
    left and right (or its one side) done of planned."""
    minutes = _minutes(s)
    lines = [f"{escape_control(s.routine_name)}  {s.started_at:%a %Y-%m-%d %H:%M}  (id {s.id})"]
    lines.append(f"ended: {outcome_text(s)}")
    c = set_counts(s)
    lines.append(
        f"sets: {c.done} done, {c.skipped} skipped, {c.not_reached} not reached "
        f"of {c.planned} planned"
    )
    if minutes is not None:
        lines.append(f"length: {minutes} min")
    pain = _pain(s.pain_before, s.pain_after)
    if pain:
        lines.append(f"pain before → after: {pain}")
    if s.notes:
        lines.append(f"note: {escape_control(s.notes)}")
    tallies = exercise_tallies(s)
    if tallies:
        rows = [
            (
                escape_control(t.name),
                _side(t.side("left"), t.unit) if t.per_side else "",
                _side(t.side("right"), t.unit) if t.per_side else "",
                "" if t.per_side else _side(t.side(None), t.unit),
            )
            for t in tallies
        ]
        lines.append("")
        lines.append(table(("exercise", "left", "right", "not sided"), rows))
    return "\n".join(lines)


def _find(store: Any, wanted: str) -> SessionRecord:
    """The session with id ``wanted``, or the one whose id starts with it (6+ characters)."""
    record = store.sessions.get(wanted)
    if record is not None:
        return record
    if len(wanted) >= 6:
        found = [s for s in store.sessions.list() if s.id.startswith(wanted)]
        if len(found) == 1:
            return found[0]
        if found:
            raise CliError(
                f"{len(found)} sessions have ids starting '{escape_control(wanted)}'; give more"
            )
    raise CliError(
        f"no session with id '{escape_control(wanted)}'; `rehab-coach session list` shows them"
    )


def cmd_session_show(args: Namespace) -> int:
    with open_store(data_dir_of(args)) as store:
        record = _find(store, args.id)
    if args.json:
        print(json.dumps(session_json(record), indent=2))
    else:
        print(describe_session(record))
    return 0
