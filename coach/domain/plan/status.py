"""What a day holds for one routine: its status and the credit done, as adherence
judges it (see :mod:`.adherence` for the rules)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

EPS = 1e-9
Done = tuple[float, bool]  # a session's completion (0-1), and whether it was on paper


class DayStatus(StrEnum):
    PLANNED = "planned"  # still to come
    OPEN = "open"  # today, not all done yet
    DONE = "done"
    DONE_ON_PAPER = "done-on-paper"
    PARTIAL = "partial"
    MISSED = "missed"
    PAUSED = "paused"
    EXTRA = "extra"  # done on a day it was not planned (as needed, a day off, N a week)


JUDGED = frozenset({DayStatus.DONE, DayStatus.DONE_ON_PAPER, DayStatus.PARTIAL, DayStatus.MISSED})
DONE_STATUSES = frozenset({DayStatus.DONE, DayStatus.DONE_ON_PAPER})


@dataclass(frozen=True, slots=True)
class RoutineDay:
    """One routine on one day. ``planned`` is times planned (0 for extra and paused
    days and for "N a week" schedules); ``done`` the credit for them, at most
    ``planned`` (for an extra day, the sessions' summed completion)."""

    day: date
    routine_id: str
    planned: int
    done: float
    status: DayStatus
    sessions: int = 0
    on_paper: int = 0

    @property
    def judged(self) -> bool:
        return self.status in JUDGED


@dataclass(frozen=True)
class WeekTarget:
    """An "N times a week" schedule's target for the part of one week it covers."""

    routine_id: str
    week_start: date
    last_day: date  # the last covered day: judged once it is over
    target: int
    done: float
    judged: bool
