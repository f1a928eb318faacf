"""Which reminders are due: the schedule's times of day, and the next-morning check.

Pure: the caller says what time it is now and when it last looked, and shows what comes
back. A time is reminded once, only on a day the routine is planned (not paused, not
already done that many times), and never for a routine the person muted. Times are
the person's local wall-clock times.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..record import SessionRecord
from ..routine import Routine
from .paper import PaperSession
from .versions import RoutinePlan

MORNING_CHECK = "morning-check"


@dataclass(frozen=True)
class Reminder:
    routine_id: str  # MORNING_CHECK for the next-morning pain check
    at: datetime
    text: str


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def due_reminders(
    plans: Iterable[RoutinePlan],
    routines: Iterable[Routine],
    sessions: Iterable[SessionRecord],
    since: datetime,
    now: datetime,
    *,
    paper: Iterable[PaperSession] = (),
    muted: Iterable[str] = (),
    morning_check: time | None = None,
) -> list[Reminder]:
    """Reminders whose time falls in (``since``, ``now``] (naive local datetimes).

    ``sessions`` and ``paper`` should cover the week of ``now`` and the day before it:
    they say what is already done and which session of the week this is."""
    names = {r.id: r.name for r in routines}
    muted_ids = set(muted)
    done: dict[tuple[date, str], int] = {}
    for s in sessions:
        if s.finished:
            key = (s.started_at.astimezone().date(), s.routine_id)
            done[key] = done.get(key, 0) + 1
    for p in paper:
        done[p.day, p.routine_id] = done.get((p.day, p.routine_id), 0) + 1
    out: list[Reminder] = []
    day = since.date()
    while day <= now.date():
        monday = day - timedelta(days=day.weekday())
        week = [monday + timedelta(days=n) for n in range(day.weekday() + 1)]
        for plan in plans:
            rid = plan.routine_id
            schedule = plan.schedule_on(day)
            if rid in muted_ids or schedule is None or not schedule.times:
                continue
            if plan.paused_on(day) or rid not in names:
                continue
            this_week = sum(done.get((d, rid), 0) for d in week)
            if schedule.kind == "per_week":
                target = schedule.per_week * schedule.times_per_day
                planned = schedule.times_per_day if this_week < target else 0
            else:
                planned = schedule.planned_on(day)
            today_done = done.get((day, rid), 0)
            for slot, at in enumerate(schedule.times[:planned]):
                moment = datetime.combine(day, at)
                if since < moment <= now and today_done <= slot:
                    nth = ordinal(this_week + 1)
                    text = f"Time for {names[rid]} ({nth} session this week)"
                    out.append(Reminder(rid, moment, text))
        if morning_check is not None:
            moment = datetime.combine(day, morning_check)
            yesterday = day - timedelta(days=1)
            if since < moment <= now and any(k[0] == yesterday for k in done):
                text = "Next-morning check: how does it feel after yesterday's session?"
                out.append(Reminder(MORNING_CHECK, moment, text))
        day += timedelta(days=1)
    return sorted(out, key=lambda r: r.at)
