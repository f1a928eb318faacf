"""Hills and downhill in the early levels: the run log's flag.

The seeds: "start with about a mile on flat ground, avoid hills and downhill". Hills and
downhill load the IT band most, so levels 1 to :data:`~.levels.FLAT_ONLY_UP_TO` (6) ask
for flat ground, and a logged run on hills or downhill while the person stood at one of
those levels is marked in the run log and on the chart, with that reason.

The level a run was at is the one in force on its day: the ladder's decisions after
earlier run days (a decision is recorded after its run day, for the runs that follow).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ..message import Msg
from .levels import FLAT_ONLY_UP_TO, LEVELS, Level, level
from .progress import Step
from .runs import Run, Terrain

STEEP = (Terrain.HILLS, Terrain.DOWNHILL)


@dataclass(frozen=True)
class GroundFlag:
    """A run on hills or downhill at an early level."""

    run_id: str
    terrain: Terrain
    level: int

    def text(self) -> Msg:
        if self.terrain is Terrain.HILLS:
            return Msg(
                "Hills at level {level}: avoid hills and downhill in the early levels "
                "(1–{last}), as the seeds advise.",
                level=self.level,
                last=FLAT_ONLY_UP_TO,
            )
        return Msg(
            "Downhill at level {level}: avoid hills and downhill in the early levels "
            "(1–{last}), as the seeds advise.",
            level=self.level,
            last=FLAT_ONLY_UP_TO,
        )


def _in_force(step: Step, day: date) -> bool:
    return step.run_day < day or (step.decision.light == "none" and step.run_day <= day)


def level_on(steps: Sequence[Step], day: date) -> Level:
    """The level in force for a run on ``day``: the last decision made after a run day
    before it (a level set by hand before any run counts from its own day)."""
    found = LEVELS[0]
    for step in steps:
        if _in_force(step, day):
            found = level(step.decision.to_level)
    return found


def ground_flags(runs: Iterable[Run], steps: Sequence[Step]) -> dict[str, GroundFlag]:
    """Every run on hills or downhill at levels 1–6, by run id. One pass over the runs
    by day and the decisions in their order (five years of both cost a few ms)."""
    steep = sorted((r for r in runs if r.terrain in STEEP), key=lambda r: r.started_at)
    out: dict[str, GroundFlag] = {}
    at = LEVELS[0].number
    i = 0
    for run in steep:
        day = run.day
        while i < len(steps) and _in_force(steps[i], day):
            at = level(steps[i].decision.to_level).number
            i += 1
        if at <= FLAT_ONLY_UP_TO:
            out[run.id] = GroundFlag(run.id, run.terrain, at)
    return out
