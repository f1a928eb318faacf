"""The inner workings of the session engine: phase clock, phase changes, set records.

:class:`coach.domain.session.engine.SessionEngine` adds the person's commands on top. The one
rule everything here serves: a phase ends at its planned end time and the next starts
exactly there, whenever the tick that notices it comes, unless the gap since the last
reading is longer than ``sleep_gap_s`` (the computer slept) — then the session pauses
at that last reading instead of racing through what it missed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from ..clock import Clock, wall_now
from ..message import Msg
from ..record import EndReason, SessionRecord
from ..routine import Routine
from ..validation import check_number
from .events import (
    AutoPaused,
    Countdown,
    Event,
    PhaseEnded,
    PhaseKind,
    PhaseStarted,
    RepCounted,
    SessionEnded,
    SetRecorded,
    WorkMode,
)
from .plan import Phase, build_plan, planned_exercises
from .tally import StepTally, record_step
from .timer import PhaseTimer
from .view import build_view, reps_at

ASLEEP = Msg("Paused: the computer was asleep")


class EngineCore:
    """State and time-keeping shared by the engine's commands (no public API here)."""

    record: SessionRecord

    def __init__(
        self,
        routine: Routine,
        clock: Clock,
        *,
        wall: Callable[[], datetime] = wall_now,
        resume_from: SessionRecord | None = None,
        sleep_gap_s: float = 5.0,
    ) -> None:
        self.routine = routine
        self._clock = clock
        self._wall = wall
        self._gap = check_number("sleep_gap_s", sleep_gap_s, 0.1, 3600)
        done: frozenset[tuple[str, int, str | None]] = frozenset()
        if resume_from is not None:
            if resume_from.routine_id != routine.id:
                raise ValueError("session: this session belongs to another routine")
            if resume_from.finished:
                raise ValueError("session: this session has already ended")
            # a record written before plans were kept gets the routine's plan now
            self.record = (
                resume_from
                if resume_from.plan
                else replace(resume_from, plan=planned_exercises(routine))
            )
            done = frozenset((s.exercise_id, s.set_index, s.side) for s in resume_from.sets)
        else:
            self.record = SessionRecord(
                routine_id=routine.id,
                routine_name=routine.name,
                routine_snapshot=routine.snapshot_id(),
                started_at=wall(),
                plan=planned_exercises(routine),
            )
        self._resumed = resume_from is not None
        self._plan = build_plan(routine, done)
        self._idx = self._plan.start_phase
        self._started = False
        self._timer = PhaseTimer()
        self._tally = StepTally()
        self._last_seen = 0.0
        self._reps_told = 0
        # a resumed record may hold every set already (cut off before it ended)
        self._final_progress = 0.0 if self._phase is not None else 1.0

    @property
    def _ended(self) -> bool:
        return self.record.end_reason is not None

    @property
    def _running(self) -> bool:
        return self._started and not self._ended and not self._timer.paused

    @property
    def _phase(self) -> Phase | None:
        phases = self._plan.phases
        return phases[self._idx] if self._idx < len(phases) else None

    def _now(self) -> float:
        now = self._clock.now()
        return max(now, self._last_seen) if self._started else now

    def _sync(self) -> tuple[float, list[Event]]:
        """Bring the phases up to now, or pause at the previous reading after a jump."""
        now = self._now()
        events: list[Event] = []
        if self._running and now - self._last_seen > self._gap:
            self._timer.pause(self._last_seen)
            events.append(AutoPaused(ASLEEP))
        elif self._running:
            events = self._advance(now)
        self._last_seen = now
        return now, events

    def _advance(self, now: float) -> list[Event]:
        """Close each phase whose end has come, at its planned end, where the next one
        starts (no drift); then the reps and 3-2-1 of the phase running now."""
        events: list[Event] = []
        while self._running and self._timer.due(now):
            at = self._timer.end_t
            assert at is not None
            events += self._rep_events(at)
            events += self._close_phase(at, cut=False)
        if self._running:
            events += self._rep_events(now)
            crossed = self._timer.countdown(now)
            if crossed:
                events.append(Countdown(crossed))
        return events

    def _reps_at(self, now: float) -> int:
        phase = self._phase
        if phase is None or phase.reps is None or phase.tempo_s is None:
            return 0
        return reps_at(phase.reps, phase.tempo_s, self._timer.elapsed(now))

    def _rep_events(self, now: float) -> list[Event]:
        phase = self._phase
        if phase is None or phase.mode is not WorkMode.PACED_REPS or phase.reps is None:
            return []
        count = self._reps_at(now)
        events: list[Event] = [
            RepCounted(n, phase.reps) for n in range(self._reps_told + 1, count + 1)
        ]
        self._reps_told = max(self._reps_told, count)
        return events

    def _close_phase(self, at: float, *, cut: bool) -> list[Event]:
        phase = self._phase
        assert phase is not None
        events: list[Event] = [PhaseEnded(phase.kind)]
        if phase.kind is PhaseKind.WORK and phase.step is not None:
            last = self._idx == self._plan.steps[phase.step].last_phase
            events += self._finish_phase(phase, at, cut=cut, last=last)
        return events + self._enter(self._idx + 1, at)

    def _finish_phase(self, phase: Phase, at: float, *, cut: bool, last: bool) -> list[Event]:
        """Add this phase to its work step; record the step after its last phase."""
        elapsed = self._timer.elapsed(at)
        self._tally.add(phase.mode, elapsed, cut=cut)
        if not last or phase.step is None:
            return []
        step = self._plan.steps[phase.step]
        done = self._tally.done(step, phase.mode, elapsed, self._reps_at(at))
        entry, self.record = record_step(self.record, step, self._tally, done, self._wall())
        self._tally.reset()
        return [SetRecorded(entry, self.record)]

    def _enter(self, index: int, at: float) -> list[Event]:
        self._idx = index
        self._reps_told = 0
        phase = self._phase
        if phase is None:
            return self._end(EndReason.COMPLETED)
        timed = phase.mode is not WorkMode.PACED_REPS
        self._timer.begin(at, phase.duration_s, countdown=timed)
        slots = len(self.routine.slots)
        return [PhaseStarted(build_view(self._plan, index, slots, self._timer, at, started=True))]

    def _end(self, reason: EndReason) -> list[Event]:
        if self._phase is None:
            self._final_progress = 1.0
        ended = max(self._wall(), self.record.started_at)
        self.record = replace(self.record, end_reason=reason, ended_at=ended)
        self._idx = len(self._plan.phases)
        self._timer.stop()
        return [PhaseStarted(self.view()), SessionEnded(self.record)]

    def _recent_exercise_id(self) -> str | None:
        """The exercise a pain report is about: the one being done or just done."""
        phase, steps = self._phase, self._plan.steps
        if phase is None:
            return steps[-1].exercise.id if self._started and steps else None
        if phase.step is None:
            return None
        if phase.kind is PhaseKind.WORK:
            return steps[phase.step].exercise.id
        return steps[phase.step - 1].exercise.id if phase.step > 0 else None
