"""Session records for the demo history, set by set as the player would write them.

Mirrors the order the session engine walks (exercise → set → side, left first) and the
units it records (reps for a reps dose, seconds otherwise; for intervals the planned
work seconds), so demo records look exactly like real ones in the report and the CSV.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime

from .dose import Dose, IntervalsDose, RepsDose
from .plan import SWITCH_S, unit_and_planned
from .record import EndReason, SessionRecord, SetRecord
from .routine import Routine

SELF_PACED_REP_S = 2.2  # a demo person's pace (the engine's estimate is plan's)


class SessionFactory:
    def __init__(self, rng: random.Random, at: Callable[[date, float], datetime]) -> None:
        self.rng = rng
        self.at = at
        self._snapshots: dict[str, str] = {}  # hashing a routine per session is the slow part

    def session(
        self,
        routine: Routine,
        day: date,
        hour: float,
        *,
        stop_after: int | None = None,
        reason: EndReason = EndReason.COMPLETED,
        pain_before: int | None = None,
        pain_after: int | None = None,
        notes: str = "",
        progress: float = 0.0,
    ) -> SessionRecord:
        """One session of ``routine`` starting at ``hour`` on ``day``.

        ``stop_after`` ends it before that slot; when the reason is pain, the first
        side of that slot is recorded half done, which is where the pain struck.
        ``progress`` (0–1) moves reps from ``reps`` towards ``reps_max``.
        """
        clock = hour * 3600 + routine.get_ready_s
        sets: list[SetRecord] = []
        for index, slot in enumerate(routine.slots):
            if stop_after is not None and index >= stop_after:
                if reason == EndReason.STOPPED_FOR_PAIN:
                    unit, planned = unit_and_planned(slot.dose)
                    side = "left" if slot.exercise.per_side else None
                    clock += routine.rest_between_exercises_s + 20
                    sets.append(
                        SetRecord(
                            slot.exercise.id,
                            1,
                            planned,
                            planned // 2,
                            unit,
                            side,
                            20.0,
                            at=self.at(day, clock / 3600),
                        )
                    )
                break
            if index:
                clock += routine.rest_between_exercises_s
            dose = slot.dose
            unit, planned = unit_and_planned(dose)
            sides = ("left", "right") if slot.exercise.per_side else (None,)
            for set_index in range(1, dose.sets + 1):
                if set_index > 1:
                    clock += dose.rest_s
                for side in sides:
                    if side == "right":
                        clock += SWITCH_S
                    done = self._done(dose, planned, progress)
                    length = self._length(dose, done)
                    clock += length
                    sets.append(
                        SetRecord(
                            slot.exercise.id,
                            set_index,
                            planned,
                            done,
                            unit,
                            side,
                            round(length, 1),
                            at=self.at(day, clock / 3600),
                        )
                    )
        return SessionRecord(
            routine_id=routine.id,
            routine_name=routine.name,
            routine_snapshot=self._snapshot(routine),
            started_at=self.at(day, hour),
            sets=tuple(sets),
            ended_at=self.at(day, (clock + 30) / 3600),
            end_reason=reason,
            pain_before=pain_before,
            pain_after=pain_after,
            notes=notes,
            id=f"{self.rng.getrandbits(128):032x}",
        )

    def _snapshot(self, routine: Routine) -> str:
        if routine.id not in self._snapshots:
            self._snapshots[routine.id] = routine.snapshot_id()
        return self._snapshots[routine.id]

    def _done(self, dose: Dose, planned: int, progress: float) -> int:
        if not isinstance(dose, RepsDose):
            return planned
        target = dose.reps
        if dose.reps_max:
            target += round((dose.reps_max - dose.reps) * progress)
        if self.rng.random() < 0.08:  # a tired set now and then
            target -= self.rng.randint(1, 3)
        return max(1, target)

    def _length(self, dose: Dose, done: int) -> float:
        if isinstance(dose, RepsDose):
            per_rep = dose.tempo_s or SELF_PACED_REP_S * self.rng.uniform(0.85, 1.15)
            return done * per_rep
        if isinstance(dose, IntervalsDose):
            return float(dose.repeats * dose.work_s + (dose.repeats - 1) * dose.recover_s)
        return float(done)
