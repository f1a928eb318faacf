"""The exercise library: every exercise of every routine, to add to another routine.

Each exercise comes with its own instructions, equipment and default dose (the dose it
has in the routine it comes from, overrides aside). The same exercise id in several
routines is listed once, from the first routine that has it (built-ins come first).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from coach.domain.exercise import Exercise
from coach.domain.routine import Routine


@dataclass(frozen=True)
class LibraryEntry:
    exercise: Exercise
    source: str  # the routine's name it is listed from


def exercise_library(routines: Iterable[Routine]) -> list[LibraryEntry]:
    """Every distinct exercise, sorted by name."""
    seen: dict[str, LibraryEntry] = {}
    for routine in routines:
        for slot in routine.slots:
            seen.setdefault(slot.exercise.id, LibraryEntry(slot.exercise, routine.name))
    return sorted(seen.values(), key=lambda e: e.exercise.name.casefold())
