"""Per-exercise completion: which exercises of a routine actually get done.

An exercise skipped in every session is worth a word with the physio; the report
and the command line print these figures from :func:`exercise_completion`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ..record import SessionRecord
from ..routine import Routine


@dataclass(frozen=True)
class ExerciseCompletion:
    """How often an exercise was actually done in the sessions of its routine (an
    exercise skipped every time is worth a word with the physio)."""

    routine_id: str
    exercise_id: str
    name: str
    sessions: int  # played sessions of the routine in the range
    done_in: int  # of which at least one set of this exercise was done
    sets_done: int
    sets_skipped: int

    @property
    def ratio(self) -> float | None:
        return self.done_in / self.sessions if self.sessions else None


def exercise_completion(
    sessions: Iterable[SessionRecord], routines: dict[str, Routine]
) -> Iterable[ExerciseCompletion]:
    """Per routine (by id) and exercise (in the routine's order, then any others the
    records name): in how many played sessions at least one set was done."""
    by_routine: dict[str, list[SessionRecord]] = defaultdict(list)
    for s in sessions:
        if s.sets:
            by_routine[s.routine_id].append(s)
    for rid in sorted(by_routine):
        played = by_routine[rid]
        routine = routines.get(rid)
        order: dict[str, str] = {}
        if routine is not None:
            order = {slot.exercise.id: slot.exercise.name for slot in routine.slots}
        for s in played:
            for rec in s.sets:
                order.setdefault(rec.exercise_id, rec.exercise_id)
        for ex_id, name in order.items():
            done_in = sets_done = sets_skipped = 0
            for s in played:
                mine = [r for r in s.sets if r.exercise_id == ex_id]
                done_sets = sum(1 for r in mine if not r.skipped)
                sets_done += done_sets
                sets_skipped += sum(1 for r in mine if r.skipped)
                done_in += 1 if done_sets else 0
            yield ExerciseCompletion(
                rid, ex_id, name, len(played), done_in, sets_done, sets_skipped
            )
