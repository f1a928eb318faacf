"""The next-morning check: which session, if any, to ask "How is it this morning?" about.

Worse the next morning means the load was too high, so the morning after a session day
is the one reading the traffic light needs most. The app asks once, on the first start
on the day after a session day, or, if it has been running since before that day, at the
morning time the person chose in My plan (``TIME_KEY``, else 08:00); the answer is a
``morning`` entry tied to that session.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, time, timedelta
from typing import Any

from ..record import EndReason, SessionRecord
from .entry import Context, PainEntry

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


def morning_check_due(
    sessions: Iterable[SessionRecord],
    entries: Iterable[PainEntry],
    today: date,
    asked: str | None,
) -> SessionRecord | None:
    """Yesterday's last finished session, unless it was asked about already (``asked``
    is the stored id) or this morning's pain is already in the diary (a ``morning``
    entry for it or written today)."""
    yesterday = today - timedelta(days=1)
    done = [
        s
        for s in sessions
        if s.day == yesterday and s.finished and s.end_reason is not EndReason.INTERRUPTED
    ]
    if not done:
        return None
    last = max(done, key=lambda s: s.started_at)
    if asked == last.id:
        return None
    ids = {s.id for s in done}
    for e in entries:
        if e.context is Context.MORNING and (e.session_id in ids or e.at.date() == today):
            return None
    return last
