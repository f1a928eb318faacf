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
    played: dict[str, int] = defaultdict(int)
    # (routine, exercise) -> [sessions with a set done, sets done, sets skipped]
    tally: dict[tuple[str, str], list[int]] = {}
    for s in sessions:
        if not s.sets:
            continue
        rid = s.routine_id
        played[rid] += 1
        seen: set[str] = set()
        for rec in s.sets:
            counts = tally.get((rid, rec.exercise_id))
            if counts is None:
                counts = tally[rid, rec.exercise_id] = [0, 0, 0]
            if rec.skipped:
                counts[2] += 1
            else:
                counts[1] += 1
                if rec.exercise_id not in seen:
                    seen.add(rec.exercise_id)
                    counts[0] += 1
    for rid in sorted(played):
        routine = routines.get(rid)
        order: dict[str, str] = {}
        if routine is not None:
            order = {slot.exercise.id: slot.exercise.name for slot in routine.slots}
        for r, ex_id in tally:
            if r == rid:
                order.setdefault(ex_id, ex_id)
        for ex_id, name in order.items():
            done_in, sets_done, sets_skipped = tally.get((rid, ex_id), (0, 0, 0))
            yield ExerciseCompletion(
                rid, ex_id, name, played[rid], done_in, sets_done, sets_skipped
            )
