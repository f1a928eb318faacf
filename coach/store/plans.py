"""The person's plan: one versioned :class:`RoutinePlan` per routine, and the sessions
they ticked off as done on paper. Both live in ``coach.json`` (a few records a month).

Every change goes through :class:`RoutinePlan`'s own methods, so the past is never
rewritten: setting a new schedule ends the old one the day before.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from coach.domain.plan.paper import PaperSession
from coach.domain.plan.schedule import Schedule
from coach.domain.plan.versions import Pause, RoutinePlan

from .history import remove, upsert
from .records import PAPER, PLANS

if TYPE_CHECKING:
    from coach.domain.plan.adherence import Adherence

    from .store import Store


class PlanRepo:
    def __init__(self, store: Store) -> None:
        self._s = store

    def list(self) -> list[RoutinePlan]:
        with self._s.guard():
            return sorted(self._s.main.parsed.plans.values(), key=lambda p: p.routine_id)

    def get(self, routine_id: str) -> RoutinePlan:
        """The routine's plan (an empty one, "as needed", when it has none)."""
        with self._s.guard():
            return self._s.main.parsed.plans.get(routine_id) or RoutinePlan(routine_id)

    def save(self, plan: RoutinePlan) -> None:
        with self._s.transaction():
            upsert(self._s.main, PLANS, {"id": plan.routine_id, **plan.to_dict()})

    def set_schedule(self, routine_id: str, schedule: Schedule | None, start: date) -> RoutinePlan:
        """Follow ``schedule`` from ``start`` on (None: as needed from then on)."""
        with self._s.transaction():
            plan = self.get(routine_id).with_schedule(schedule, start)
            self.save(plan)
            return plan

    def pause(self, routine_id: str, start: date, end: date) -> RoutinePlan:
        with self._s.transaction():
            plan = self.get(routine_id).with_pause(Pause(start, end))
            self.save(plan)
            return plan

    def adherence(self, start: date, end: date, today: date | None = None) -> Adherence:
        """Adherence from ``start`` to ``end`` read from this store: the plans, the
        sessions, the sessions done on paper and the routines, judged with ``today``
        (default: the real today) still open. The PDF report, the command line and any
        other caller that has a store should use this, so every figure is the same."""
        from coach.domain.plan.adherence import adherence

        store = self._s
        return adherence(
            self.list(),
            store.sessions.list(start, end),
            start,
            end,
            today or date.today(),
            paper=self.paper(start, end),
            routines=store.routines.list(),
        )

    def is_empty(self) -> bool:
        """No routine has ever had a schedule: the person has not set up a plan."""
        return not any(p.versions for p in self.list())

    # -- done on paper -------------------------------------------------------------
    def paper(self, start: date | None = None, end: date | None = None) -> list[PaperSession]:
        with self._s.guard():
            found = self._s.main.parsed.paper.values()
        return sorted(
            (
                p
                for p in found
                if (start is None or p.day >= start) and (end is None or p.day <= end)
            ),
            key=lambda p: (p.day, p.routine_id),
        )

    def add_paper(self, session: PaperSession) -> None:
        with self._s.transaction():
            upsert(self._s.main, PAPER, session.to_dict())

    def delete_paper(self, paper_id: str) -> bool:
        with self._s.transaction():
            return remove(self._s.main, PAPER, paper_id)
