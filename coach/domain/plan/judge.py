"""Judging each day of a routine's plan: planned, open, done, partial, missed, paused,
or done although not planned; "N times a week" days gathered into week targets.

Walks each schedule version's own days once, with the pauses as a set, so five years
of a plan is a few thousand steps.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from .status import EPS, DayStatus, Done, RoutineDay, WeekTarget
from .versions import RoutinePlan

ONE_DAY = timedelta(days=1)
Buckets = dict[tuple[str, date, date], "WeekBucket"]  # (routine, Monday, version start)


def judge_plan(
    plan: RoutinePlan,
    start: date,
    end: date,
    today: date,
    done_on: dict[tuple[date, str], list[Done]],
    entries: dict[date, list[RoutineDay]],
    buckets: Buckets,
    seen: set[tuple[date, str]],
) -> None:
    """Add ``plan``'s day entries from ``start`` to ``end`` to ``entries``, put its
    "N a week" days into ``buckets`` and note in ``seen`` every (day, routine) judged."""
    rid = plan.routine_id
    paused = paused_days(plan, start, end)
    for schedule in plan.versions:
        day = max(start, schedule.start)
        last = end if schedule.end is None else min(end, schedule.end)
        per_week = schedule.kind == "per_week"
        while day <= last:
            items = done_on.get((day, rid), ())
            if day in paused:
                if per_week or items or schedule.planned_on(day):
                    seen.add((day, rid))
                    entries[day].append(unplanned_day(day, rid, items, DayStatus.PAUSED))
            elif per_week:
                monday = day - timedelta(days=day.weekday())
                bucket = buckets.get((rid, monday, schedule.start))
                if bucket is None:
                    target = schedule.per_week * schedule.times_per_day
                    bucket = buckets[rid, monday, schedule.start] = WeekBucket(target, day)
                bucket.covered += 1
                bucket.last = day
                if items:
                    bucket.done += sum(c for c, _ in items)
                    seen.add((day, rid))
                    entries[day].append(unplanned_day(day, rid, items, DayStatus.EXTRA))
            else:
                planned = schedule.planned_on(day)
                if planned:
                    seen.add((day, rid))
                    entries[day].append(judge_day(day, rid, planned, items, today))
            day += ONE_DAY


def paused_days(plan: RoutinePlan, start: date, end: date) -> set[date]:
    days: set[date] = set()
    for pause in plan.pauses:
        day, last = max(start, pause.start), min(end, pause.end)
        while day <= last:
            days.add(day)
            day += ONE_DAY
    return days


def unplanned_day(day: date, rid: str, items, status: DayStatus) -> RoutineDay:
    """A day that plans nothing for the routine: what was done is shown, not judged."""
    total = sum(c for c, _ in items)
    return RoutineDay(day, rid, 0, total, status, len(items), sum(1 for _, p in items if p))


def judge_day(day: date, rid: str, planned: int, items, today: date) -> RoutineDay:
    if not items:
        status = (
            DayStatus.PLANNED
            if day > today
            else DayStatus.OPEN
            if day == today
            else DayStatus.MISSED
        )
        return RoutineDay(day, rid, planned, 0.0, status)
    ranked = sorted(items, key=lambda item: (-item[0], item[1]))[:planned]
    done = min(float(planned), sum(c for c, _ in ranked))
    full = done >= planned - EPS
    on_paper = sum(1 for _, p in ranked if p)
    if full:
        status = DayStatus.DONE_ON_PAPER if on_paper else DayStatus.DONE
    elif day > today:
        status = DayStatus.PLANNED
    elif day == today:
        status = DayStatus.OPEN
    else:
        status = DayStatus.PARTIAL if done > EPS else DayStatus.MISSED
    return RoutineDay(day, rid, planned, done, status, len(items), on_paper)


@dataclass
class WeekBucket:
    """Days of one week an "N a week" schedule covers, and the credit done on them."""

    per_week: int
    last: date
    covered: int = 0
    done: float = 0.0


def week_targets_of(
    buckets: dict[tuple[str, date, date], WeekBucket], today: date
) -> Iterable[WeekTarget]:
    for (rid, monday, _version), bucket in sorted(buckets.items()):
        target = int(bucket.per_week * bucket.covered / 7 + 0.5)
        if target <= 0:
            continue
        done = min(float(target), bucket.done)
        judged = done >= target - EPS or bucket.last < today
        yield WeekTarget(rid, monday, bucket.last, target, done, judged)
