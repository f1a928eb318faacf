"""Schedules a routine file suggests (the IT-band strength routine every other day, the
stretches twice a day): offered to the person, never imposed.

A routine's own ``schedule`` field is only this suggestion; what counts is the plan
the person accepts (:class:`~coach.domain.plan.versions.RoutinePlan`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from ..routine import Routine
from .schedule import Schedule
from .versions import RoutinePlan


def suggestions(routines: Iterable[Routine]) -> list[tuple[Routine, Schedule]]:
    """Routines whose file suggests a schedule, in library order."""
    return [(r, r.schedule) for r in routines if r.schedule is not None]


def suggested_plan(
    routine: Routine, start: date, *, keep_rhythm: bool = False
) -> RoutinePlan | None:
    """The routine's suggested schedule as a plan from ``start`` (None: no suggestion).

    ``keep_rhythm`` starts an every-N-days schedule on its first in-rhythm day from
    ``start`` (so generated demo history, which follows the file's rhythm, lines up);
    otherwise the rhythm starts on ``start`` itself, as a person expects."""
    schedule = routine.schedule
    if schedule is None:
        return None
    first = start
    if keep_rhythm:
        while not schedule.in_rhythm(first):
            first += timedelta(days=1)
    return RoutinePlan(routine.id, (replace(schedule, start=first, end=None),))
