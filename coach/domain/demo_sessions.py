"""Session records for the demo history, set by set as the player would write them.

Walks the same plan the session engine walks (exercise → set → side, left first, with
its get-ready, rests and side switches) and records the same units (reps for a reps
dose, seconds otherwise; for intervals the planned work seconds), so demo records look
exactly like real ones in the report and the CSV.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime

from .dose import Dose, IntervalsDose, RepsDose
from .record import EndReason, PlannedExercise, SessionRecord, SetRecord
from .routine import Routine
from .session.plan import Plan, WorkStep, build_plan, planned_exercises

SELF_PACED_REP_S = 2.2  # a demo person's pace (the engine's estimate is plan's)


class SessionFactory:
    def __init__(self, rng: random.Random, at: Callable[[date, float], datetime]) -> None:
        self.rng = rng
        self.at = at
        # Planning and hashing a routine per session would be the slow part.
        self._plans: dict[str, Plan] = {}
        self._snapshots: dict[str, str] = {}
        self._planned: dict[str, tuple[PlannedExercise, ...]] = {}

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
        plan = self._plan(routine)
        clock = hour * 3600
        sets: list[SetRecord] = []
        passed = 0  # phases already on the clock
        for step in plan.steps:
            if stop_after is not None and step.slot_index >= stop_after:
                if reason == EndReason.STOPPED_FOR_PAIN:
                    clock += routine.rest_between_exercises_s + 20
                    sets.append(self._set(step, step.planned // 2, 20.0, day, clock))
                break
            for phase in plan.phases[passed : step.first_phase]:  # get ready, rest, switch
                clock += phase.duration_s or 0.0
            passed = step.last_phase + 1
            dose = routine.slots[step.slot_index].dose
            done = self._done(dose, step.planned, progress)
            length = self._length(dose, done)
            clock += length
            sets.append(self._set(step, done, round(length, 1), day, clock))
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
            plan=self._planned_of(routine),
        )

    def _set(self, step: WorkStep, done: int, length: float, day: date, clock: float) -> SetRecord:
        """The record of ``step`` as finished ``clock`` seconds into ``day``."""
        at = self.at(day, clock / 3600)
        return SetRecord(
            step.exercise.id,
            step.set_index,
            step.planned,
            done,
            step.unit,
            step.side,
            length,
            at=at,
        )

    def _plan(self, routine: Routine) -> Plan:
        if routine.id not in self._plans:
            self._plans[routine.id] = build_plan(routine)
        return self._plans[routine.id]

    def _planned_of(self, routine: Routine) -> tuple[PlannedExercise, ...]:
        if routine.id not in self._planned:
            self._planned[routine.id] = planned_exercises(routine)
        return self._planned[routine.id]

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
