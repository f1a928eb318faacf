"""Planned against done: weekly adherence and the calendar's day summaries.

What was planned comes from each routine's ``Schedule.planned_on``; what was done from
the finished session records. A session's day is its local start day (``started_at``
in its own UTC offset), and pain days come from :func:`pain.trend.entry_day`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from .pain import PainEntry
from .pain.trend import entry_day
from .record import EndReason, SessionRecord
from .routine import Routine


@dataclass(frozen=True)
class WeekAdherence:
    """Planned and done sessions of a Monday-to-Sunday week (clipped to the range).

    ``ratio`` is ``None`` when nothing was planned: such a week is neither 0 % nor 100 %.
    """

    week_start: date
    planned: int
    done: int
    ratio: float | None


@dataclass(frozen=True)
class DaySummary:
    """One calendar cell. ``planned`` has a routine name per planned time (twice-a-day
    stretches appear twice); ``done`` a name per finished session, planned or not."""

    planned: list[str]
    done: list[str]
    max_pain: int | None
    stopped_for_pain: bool = False
    pain_count: int = 0

    @property
    def missed(self) -> list[str]:
        """Planned sessions with no finished session of that routine to match them."""
        return list((Counter(self.planned) - Counter(self.done)).elements())


def counts_as_done(session: SessionRecord) -> bool:
    """A finished session counts, even one stopped early or for pain: the person showed
    up, and the report shows how far they got. One still in progress does not."""
    return session.end_reason is not None


def weekly_adherence(
    routines: Iterable[Routine],
    sessions: Iterable[SessionRecord],
    start: date,
    end: date,
) -> list[WeekAdherence]:
    """Planned versus done per week from ``start`` to ``end`` (inclusive), using each
    routine's schedule. Extra sessions on a day never push it past 100 %."""
    planned, done = _planned(list(routines), start, end), _done(sessions, start, end)
    weeks: dict[date, list[int]] = {}
    for day in _days(start, end):
        week = day - timedelta(days=day.weekday())
        totals = weeks.setdefault(week, [0, 0])
        for routine_id, count in planned.get(day, {}).items():
            totals[0] += count
            totals[1] += min(count, done.get(day, {}).get(routine_id, 0))
    return [
        WeekAdherence(week, p, d, (d / p) if p else None) for week, (p, d) in sorted(weeks.items())
    ]


def day_summaries(
    routines: Iterable[Routine],
    sessions: Iterable[SessionRecord],
    pain: Iterable[PainEntry],
    start: date,
    end: date,
) -> dict[date, DaySummary]:
    """A summary for every day from ``start`` to ``end`` inclusive (empty days too)."""
    routine_list = list(routines)
    names = {r.id: r.name for r in routine_list}
    session_list = [s for s in sessions if start <= s.day <= end]
    planned = _planned(routine_list, start, end)
    done_names: dict[date, list[str]] = defaultdict(list)
    for_pain: set[date] = set()
    for s in sorted(session_list, key=lambda s: s.started_at):
        if counts_as_done(s):
            done_names[s.day].append(names.get(s.routine_id, s.routine_name))
        if s.end_reason == EndReason.STOPPED_FOR_PAIN:
            for_pain.add(s.day)
    scores: dict[date, list[int]] = defaultdict(list)
    for entry in pain:
        day = entry_day(entry)
        if start <= day <= end:
            scores[day].append(entry.score)
    out: dict[date, DaySummary] = {}
    for day in _days(start, end):
        plan = [names[rid] for rid, n in planned.get(day, {}).items() for _ in range(n)]
        day_scores = scores.get(day, [])
        out[day] = DaySummary(
            planned=plan,
            done=done_names.get(day, []),
            max_pain=max(day_scores) if day_scores else None,
            stopped_for_pain=day in for_pain,
            pain_count=len(day_scores),
        )
    return out


def _days(start: date, end: date) -> Iterable[date]:
    for n in range((end - start).days + 1):
        yield start + timedelta(days=n)


def _planned(routines: list[Routine], start: date, end: date) -> dict[date, dict[str, int]]:
    """Planned times per routine id, for each day that has any."""
    planned: dict[date, dict[str, int]] = {}
    schedules = [(r.id, r.schedule) for r in routines if r.schedule is not None]
    for day in _days(start, end):
        for routine_id, schedule in schedules:
            count = schedule.planned_on(day)
            if count:
                planned.setdefault(day, {})[routine_id] = count
    return planned


def _done(sessions: Iterable[SessionRecord], start: date, end: date) -> dict[date, Counter[str]]:
    """Finished sessions per routine id, for each day that has any."""
    done: dict[date, Counter[str]] = defaultdict(Counter)
    for s in sessions:
        if start <= s.day <= end and counts_as_done(s):
            done[s.day][s.routine_id] += 1
    return done
