"""The next-morning check: which session or run, if any, to ask "How is it this morning?"
about.

Worse the next morning means the load was too high, so the morning after a session day
is the one reading the traffic light needs most. A run day counts the same (the issue:
"the morning check follows as for sessions"): a run logged by hand or imported from a
watch is asked about the next morning, and the answer is what lets the running ladder
move up. The app asks once, on the first start
on the day after a session day, or, if it has been running since before that day, at the
morning time the person chose in My plan (``TIME_KEY``, else 08:00); the answer is a
``morning`` entry tied to that session.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from ..record import EndReason, SessionRecord
from .entry import Context, PainEntry

if TYPE_CHECKING:  # the running subject imports this package; only the type is needed
    from ..running.runs import Run

SETTINGS_KEY = "morning_check_asked"  # the id of the last session asked about
# "HH:MM", chosen in My plan, which also reminds from the tray at that time (absent: no
# reminder); a running app asks at that time, or at DEFAULT_TIME when none is chosen.
TIME_KEY = "morning_check_time"
DEFAULT_TIME = time(8, 0)


def morning_time(value: Any) -> time:
    """The stored "HH:MM" as a time; anything else gives the default (08:00)."""
    if isinstance(value, str):
        try:
            return time.fromisoformat(value.strip()).replace(second=0, microsecond=0)
        except ValueError:
            pass
    return DEFAULT_TIME


@dataclass(frozen=True)
class MorningDue:
    """What the morning check asks about: yesterday's last finished session or run
    (exactly one of ``session`` and ``run``); ``id`` is what the answer is tied to."""

    id: str
    started_at: datetime
    session: SessionRecord | None = None
    run: Run | None = None


def morning_check_due(
    sessions: Iterable[SessionRecord],
    entries: Iterable[PainEntry],
    today: date,
    asked: str | None,
    runs: Iterable[Run] = (),
) -> MorningDue | None:
    """Yesterday's last finished session or run, unless it was asked about already
    (``asked`` is the stored id) or this morning's pain is already in the diary (a
    ``morning`` entry for any of yesterday's sessions and runs, or written today)."""
    yesterday = today - timedelta(days=1)
    done = [
        MorningDue(s.id, s.started_at, session=s)
        for s in sessions
        if s.day == yesterday and s.finished and s.end_reason is not EndReason.INTERRUPTED
    ]
    done += [MorningDue(r.id, r.started_at, run=r) for r in runs if r.day == yesterday]
    if not done:
        return None
    last = max(done, key=lambda d: d.started_at)
    if asked == last.id:
        return None
    ids = {d.id for d in done}
    for e in entries:
        if e.context is Context.MORNING and (e.session_id in ids or e.at.date() == today):
            return None
    return last
