"""What one calendar cell shows: planned against done (a ring filled by completion),
the day's worst pain with its number, and flags for a flare-up or a stop for pain.

Built from :func:`.adherence.adherence` so the calendar can never disagree with the
figures beside it or in the report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ..pain import PainEntry
from ..pain.trend import entry_day, flare_ups
from ..record import EndReason, SessionRecord
from .adherence import Adherence, DayStatus, RoutineDay


@dataclass(frozen=True)
class CalendarDay:
    day: date
    entries: tuple[RoutineDay, ...] = ()
    worst_pain: int | None = None
    pain_count: int = 0
    stopped_for_pain: bool = False
    flare: bool = False

    @property
    def planned(self) -> int:
        return sum(e.planned for e in self.entries)

    @property
    def done(self) -> float:
        return sum(e.done for e in self.entries if e.planned)

    @property
    def completion(self) -> float | None:
        """Share of the day's planned sessions done (None: nothing planned)."""
        return self.done / self.planned if self.planned else None

    @property
    def extra(self) -> int:
        """Sessions done beyond the plan (as needed, a day off, "N a week")."""
        return sum(e.sessions for e in self.entries if not e.planned)

    @property
    def sessions(self) -> int:
        return sum(e.sessions for e in self.entries)

    @property
    def paused(self) -> bool:
        return any(e.status == DayStatus.PAUSED for e in self.entries)

    def status_of(self, routine_id: str) -> DayStatus | None:
        return next((e.status for e in self.entries if e.routine_id == routine_id), None)

    @property
    def missed(self) -> bool:
        return any(e.status in (DayStatus.MISSED, DayStatus.PARTIAL) for e in self.entries)


def calendar_days(
    adh: Adherence,
    sessions: Iterable[SessionRecord],
    pain: Iterable[PainEntry],
    start: date | None = None,
    end: date | None = None,
) -> dict[date, CalendarDay]:
    """A cell for every day from ``start`` to ``end`` (default: ``adh``'s range).
    ``pain`` should reach a week before ``start`` so a flare-up on the first days is
    seen (a flare-up is a jump over the week before)."""
    scores: dict[date, list[int]] = defaultdict(list)
    pain_list = list(pain)
    for entry in pain_list:
        scores[entry_day(entry)].append(entry.score)
    flares: set[date] = set()
    for flare in flare_ups(pain_list):
        day = flare.day
        while day <= flare.last_day:
            flares.add(day)
            day += timedelta(days=1)
    for_pain = {s.day for s in sessions if s.end_reason == EndReason.STOPPED_FOR_PAIN}
    out: dict[date, CalendarDay] = {}
    day, last = start or adh.start, end or adh.end
    while day <= last:
        found = scores.get(day, [])
        out[day] = CalendarDay(
            day=day,
            entries=adh.on(day),
            worst_pain=max(found) if found else None,
            pain_count=len(found),
            stopped_for_pain=day in for_pain,
            flare=day in flares,
        )
        day += timedelta(days=1)
    return out
