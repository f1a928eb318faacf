"""Each level of the ladder as a routine the player runs: the built-in "Return to run:
week 1" (level 1's 8 × 1 min run / 2 min walk, with its warm-up and cool-down walks) with
its walk/run intervals set to the level's. A level's routine the person saved (edited in
the Routines view) is theirs and is used as it is."""

from __future__ import annotations

from dataclasses import replace

from coach.domain.dose import IntervalsDose
from coach.domain.routine import Routine

from .levels import FLAT_ONLY_UP_TO, Level

TEMPLATE_ID = "return-to-run-week-1"  # level 1 itself
INTERVALS_ID = "walk-run"


def level_routine_id(lvl: Level) -> str:
    return TEMPLATE_ID if lvl.number == 1 else f"return-to-run-level-{lvl.number}"


def level_routine(lvl: Level, template: Routine) -> Routine:
    """The routine for ``lvl`` made from ``template`` (level 1: the template itself)."""
    if lvl.number == 1:
        return template
    dose = IntervalsDose(
        repeats=lvl.repeats,
        work_s=lvl.run_s,
        recover_s=lvl.walk_s,
        work_label="Run",
        recover_label="Walk",
    )
    slots = []
    for slot in template.slots:
        if slot.exercise.id == INTERVALS_ID:
            exercise = replace(slot.exercise, dose=dose)
            if lvl.continuous:
                exercise = replace(
                    exercise,
                    name="Easy continuous run",
                    summary="Run easily, at a pace you could talk at",
                )
            slot = replace(slot, exercise=exercise, dose_override=None)
        slots.append(slot)
    ground = (
        "Flat ground only: avoid hills and downhill."
        if lvl.number <= FLAT_ONLY_UP_TO
        else "Mostly flat; add gentle hills only while the knee stays quiet."
    )
    return replace(
        template,
        id=level_routine_id(lvl),
        name=f"Return to run: level {lvl.number}",
        slots=tuple(slots),
        builtin=False,
        description=(
            f"{lvl.text()}, between a 5 min brisk walk and a 5 min cool-down walk. {ground} "
            "Stop at the first pain at the outer knee and walk home; do not run through it. "
            "Worse the next morning means the load was too high: step back."
        ),
    )
