"""The plan as an iCalendar file (RFC 5545) a person can import into their calendar.

One recurring event per schedule version still in force (today or later) and per time
of day; a schedule without times becomes an all-day event. Times are in the local time
zone, named by its IANA id and described by a VTIMEZONE, so a calendar shows 08:00 on
both sides of a daylight-saving change. Paused days are left out (EXDATE).

Written with ``icalendar`` (a runtime dependency: the RFC's folding, escaping and the
VTIMEZONE built from the tz database are not worth writing by hand).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..routine import Routine
from ..session.plan import build_plan
from .schedule import Schedule
from .versions import RoutinePlan

PRODID = "-//Rehab Coach//rehab-coach//EN"
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def local_zone_name() -> str | None:
    """The IANA name of this computer's time zone (``TZ``, then ``/etc/localtime``), or
    None when it cannot be told (events are then written in floating local time)."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    with contextlib.suppress(OSError):
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    for name in candidates:
        if ("/" in name) or name == "UTC":
            try:
                ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
            return name
    return None


def _first_on_rhythm(schedule: Schedule, start: date) -> date:
    day = start
    for _ in range(400):
        if schedule.kind == "per_week" or schedule.in_rhythm(day):
            return day
        day += timedelta(days=1)
    return start


def _rule(schedule: Schedule, first: date) -> dict:
    if schedule.kind == "weekdays":
        return {"FREQ": "WEEKLY", "BYDAY": [BYDAY[d] for d in sorted(schedule.weekdays)]}
    if schedule.kind == "per_week":
        return {"FREQ": "WEEKLY", "BYDAY": [BYDAY[first.weekday()]]}
    return {"FREQ": "DAILY", "INTERVAL": schedule.every_n_days}


def _minutes(routine: Routine) -> int:
    """The routine's estimated length, to the next 5 minutes (at least 10)."""
    seconds = build_plan(routine).total_s
    return max(10, 5 * -(-int(seconds) // 300))


def calendar_bytes(
    plans: Iterable[RoutinePlan],
    routines: Iterable[Routine],
    today: date,
    zone: str | None = "local",
    now: datetime | None = None,
) -> tuple[bytes, int]:
    """The .ics file's bytes and the number of events in it. ``zone`` is an IANA name,
    "local" for this computer's, or None for floating local times."""
    from icalendar import Calendar, Event

    tz_name = local_zone_name() if zone == "local" else zone
    tz = ZoneInfo(tz_name) if tz_name else None
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    by_id = {r.id: r for r in routines}
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Rehab Coach plan")
    count = 0
    for plan in plans:
        routine = by_id.get(plan.routine_id)
        if routine is None:
            continue
        for schedule in plan.versions:
            if schedule.end is not None and schedule.end < today:
                continue
            first = _first_on_rhythm(schedule, max(schedule.start, today))
            if schedule.end is not None and first > schedule.end:
                continue
            times = schedule.times or (None,)
            for at in times:
                event = Event()
                key = at.strftime("%H%M") if at else "day"
                event.add("uid", f"{plan.routine_id}-{schedule.start}-{key}@rehab-coach")
                event.add("dtstamp", stamp)
                title = routine.name
                if schedule.kind == "per_week":
                    title += f" ({schedule.per_week}× this week)"
                event.add("summary", title)
                event.add("description", f"{schedule.describe()}. Planned in Rehab Coach.")
                rule = _rule(schedule, first)
                if at is None:
                    event.add("dtstart", first)
                    event.add("dtend", first + timedelta(days=1))
                    if schedule.end:
                        rule["UNTIL"] = schedule.end
                else:
                    start = datetime.combine(first, at, tz)
                    event.add("dtstart", start)
                    event.add("duration", timedelta(minutes=_minutes(routine)))
                    if schedule.end:
                        last = datetime.combine(schedule.end, at, tz)
                        rule["UNTIL"] = last.astimezone(UTC) if tz else last
                event.add("rrule", rule)
                skipped = _paused_days(plan, schedule, first)
                if skipped:
                    event.add(
                        "exdate",
                        [d if at is None else datetime.combine(d, at, tz) for d in skipped],
                    )
                cal.add_component(event)
                count += 1
    if tz_name:
        cal.add_missing_timezones()
    return cal.to_ical(), count


def _paused_days(plan: RoutinePlan, schedule: Schedule, first: date) -> list[date]:
    days = []
    for pause in plan.pauses:
        day = max(pause.start, first)
        while day <= pause.end and (schedule.end is None or day <= schedule.end):
            if schedule.kind != "per_week" and schedule.in_rhythm(day):
                days.append(day)
            day += timedelta(days=1)
    return days
