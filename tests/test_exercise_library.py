"""The exercise library lists every exercise once, with the routine it comes from."""

from __future__ import annotations

from dataclasses import replace

from coach.domain.library import builtin_routines
from coach.domain.routines.library import exercise_library


def test_each_exercise_is_listed_once_from_the_first_routine_that_has_it():
    builtins = builtin_routines()
    copy = replace(builtins[0], id="mine", name="Mine")
    entries = exercise_library([*builtins, copy])
    ids = [e.exercise.id for e in entries]
    assert len(ids) == len(set(ids))
    assert len(ids) == len({s.exercise.id for r in builtins for s in r.slots})
    clam = next(e for e in entries if e.exercise.name == "Clam shell")
    assert clam.source == "IT-band strength" and clam.exercise.dose.describe() == "30 reps"
