"""How much of a session was done, as a share from 0 to 1: the one place adherence asks.

A partial session (stopped, sets skipped or not reached) counts as sets done / sets
planned. The count of planned sets belongs to the session-record subject; until its
shared counting function is on main this adapter counts them itself from the routine's
phase plan, so switching over is a one-line change here.
"""

from __future__ import annotations

from collections.abc import Callable

from ..record import EndReason, SessionRecord
from ..routine import Routine
from ..session.plan import build_plan

Completion = Callable[[SessionRecord], float]


def planned_sets(routine: Routine) -> int:
    """Per-side sets the routine plans (the unit a SetRecord describes)."""
    return len(build_plan(routine).steps)


def session_completion(session: SessionRecord, routine: Routine | None) -> float:
    """1.0 for a completed session; done / planned sets for one that ended early;
    0.0 for one still in progress (it is not judged until it ends)."""
    if session.end_reason is None:
        return 0.0
    if session.end_reason == EndReason.COMPLETED:
        return 1.0
    planned = planned_sets(routine) if routine is not None else len(session.sets)
    if planned <= 0:
        return 0.0
    return min(1.0, session.sets_done / planned)


def completion_for(routines: dict[str, Routine]) -> Completion:
    """A completion function that knows the routines (planned sets cached per routine)."""
    cache: dict[str, int] = {}

    def completion(session: SessionRecord) -> float:
        if session.end_reason is None:
            return 0.0
        if session.end_reason == EndReason.COMPLETED:
            return 1.0
        rid = session.routine_id
        if rid not in cache:
            routine = routines.get(rid)
            cache[rid] = planned_sets(routine) if routine is not None else len(session.sets)
        planned = cache[rid]
        return min(1.0, session.sets_done / planned) if planned > 0 else 0.0

    return completion
