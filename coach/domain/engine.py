"""The session engine: walks a routine phase by phase from an injected monotonic clock.

Time left is always ``end - clock.now()``; nothing counts ticks, so a UI that redraws
late still shows the truth, a stalled event loop neither shortens nor stretches a hold,
and a jump longer than ``sleep_gap_s`` (the laptop slept) pauses the session where it
was instead of racing through the phases it missed. Every call returns a list of
events (see :mod:`coach.domain.engine_events`) that the player turns into cues and
store writes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from .clock import Clock, wall_now
from .engine_events import (
    AutoPaused,
    Countdown,
    Event,
    PainLogged,
    PhaseEnded,
    PhaseKind,
    PhaseStarted,
    PhaseView,
    RepCounted,
    SessionEnded,
    SetRecorded,
    WorkMode,
)
from .engine_tally import StepTally, record_step
from .engine_timer import PhaseTimer
from .engine_view import build_view, done_view, progress_at, reps_at
from .plan import Phase, build_plan
from .record import EndReason, SessionRecord
from .routine import Routine
from .validation import check_int

__all__ = [
    "AutoPaused",
    "Countdown",
    "Event",
    "PainLogged",
    "PhaseEnded",
    "PhaseKind",
    "PhaseStarted",
    "PhaseView",
    "RepCounted",
    "SessionEnded",
    "SessionEngine",
    "SetRecorded",
    "WorkMode",
]

BACK_RESTART_S = 3.0  # "back" later than this into a work step restarts it
MAX_ADD_REST_S = 600
ASLEEP = "the computer was asleep"


class SessionEngine:
    """The state machine behind the player.

    ``record`` is what has been done so far (``end_reason`` is ``None`` until the
    session ends); it is replaced, never mutated, so the UI can save the instance it
    received in a ``SetRecorded`` event.
    """

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
        self._gap = float(sleep_gap_s)
        done: frozenset[tuple[str, int, str | None]] = frozenset()
        if resume_from is not None:
            if resume_from.routine_id != routine.id:
                raise ValueError("session: this session belongs to another routine")
            if resume_from.finished:
                raise ValueError("session: this session has already ended")
            self.record = resume_from
            done = frozenset((s.exercise_id, s.set_index, s.side) for s in resume_from.sets)
        else:
            self.record = SessionRecord(
                routine_id=routine.id,
                routine_name=routine.name,
                routine_snapshot=routine.snapshot_id(),
                started_at=wall(),
            )
        self._resumed = resume_from is not None
        self._plan = build_plan(routine, done)
        self._idx = self._plan.start_phase
        self._started = False
        self._timer = PhaseTimer()
        self._tally = StepTally()
        self._last_seen = 0.0
        self._reps_told = 0
        self._final_progress = 0.0

    # ----- public calls -------------------------------------------------------------

    def view(self) -> PhaseView:
        """What the player draws now (the first phase, not started, before ``start``)."""
        if self._phase is None:
            return done_view(len(self.routine.slots), self.record.end_reason, self._final_progress)
        now = self._now()
        slots = len(self.routine.slots)
        return build_view(self._plan, self._idx, slots, self._timer, now, started=self._started)

    def tick(self) -> list[Event]:
        """Advance phases whose end time passed; the UI calls this ~20 times a second."""
        if not self._started or self._ended:
            return []
        return self._sync()[1]

    def start(self) -> list[Event]:
        """Start the get-ready countdown (or the first phase when get-ready is 0 s)."""
        if self._started or self._ended:
            return []
        now = self._clock.now()
        self._started = True
        self._last_seen = now
        if not self._resumed:
            self.record = replace(self.record, started_at=self._wall())
        return self._enter(self._idx, now)

    def pause(self) -> list[Event]:
        """Freeze the clock of the current phase; no-op when not running."""
        now, events = self._sync()
        if self._running:
            self._timer.pause(now)
        return events

    def resume(self) -> list[Event]:
        """Continue a paused phase with the remaining time it had at the pause."""
        now, events = self._sync()
        if self._started and not self._ended:
            self._timer.resume(now)
        return events

    def toggle(self) -> list[Event]:
        """Space: start, pause or resume; in a running self-paced set it means "set done"."""
        if not self._started:
            return self.start()
        if self._ended:
            return []
        if self._timer.paused:
            return self.resume()
        phase = self._phase
        if phase is not None and phase.mode is WorkMode.SELF_PACED_REPS:
            return self.set_done()
        return self.pause()

    def next(self) -> list[Event]:
        """Skip the rest of the current phase; a cut-short work phase is recorded
        with ``skipped=True`` and what was done so far."""
        now, events = self._sync()
        if not self._started or self._ended:
            return events
        at = self._timer.effective(now)
        return events + self._rep_events(at) + self._close_phase(at, cut=True)

    def back(self) -> list[Event]:
        """Like a music player: restart the current work step when it is under way
        (3 s or more), otherwise go to the start of the previous work step. From a
        rest, "previous" is the set just done; redoing it replaces its set record."""
        now, events = self._sync()
        phase = self._phase
        if not self._started or phase is None or phase.step is None:
            return events
        at = self._timer.effective(now)
        steps = self._plan.steps
        if phase.kind is PhaseKind.WORK:
            step = steps[phase.step]
            spent = self._tally.elapsed + self._timer.elapsed(at)
            if spent < BACK_RESTART_S and step.index > 0:
                step = steps[step.index - 1]
            target = step.first_phase
        elif phase.step > 0:
            target = steps[phase.step - 1].first_phase
        else:
            target = self._idx  # get-ready before the first exercise: start it again
        self._tally.reset()
        return events + self._enter(target, at)

    def add_rest(self, seconds: int = 15) -> list[Event]:
        """Extend the current REST or TRANSITION phase; no-op in other phases."""
        check_int("rest", seconds, 1, MAX_ADD_REST_S)
        now, events = self._sync()
        phase = self._phase
        resting = phase is not None and phase.kind in (PhaseKind.REST, PhaseKind.TRANSITION)
        if self._started and resting:
            self._timer.extend(seconds, now)
        return events

    def set_done(self) -> list[Event]:
        """End a self-paced set, recording how long it took; no-op elsewhere."""
        now, events = self._sync()
        phase = self._phase
        if self._started and phase is not None and phase.mode is WorkMode.SELF_PACED_REPS:
            events += self._close_phase(self._timer.effective(now), cut=False)
        return events

    def pain(self, score: int) -> list[Event]:
        """Log a 'during' pain; a score at or above the routine's stop threshold
        pauses the session and advises stopping."""
        check_int("pain", score, 0, 10)
        now, events = self._sync()
        advise = score >= self.routine.pain_stop_threshold
        if advise and self._running:
            self._timer.pause(now)
        return [*events, PainLogged(score, self._recent_exercise_id(), advise)]

    def set_pain_before(self, score: int | None) -> None:
        """Store the "pain right now" score asked before starting (None = skipped)."""
        self.record = replace(self.record, pain_before=score)

    def finish(self, pain_after: int | None, notes: str) -> SessionRecord:
        """Add the after-session pain and note; stops the session first if still running."""
        replace(self.record, pain_after=pain_after, notes=notes)  # validate before ending
        if not self._ended:
            self.stop(EndReason.STOPPED)
        self.record = replace(self.record, pain_after=pain_after, notes=notes)
        return self.record

    def stop(self, reason: EndReason = EndReason.STOPPED) -> list[Event]:
        """End the session now with ``reason``; the work in progress is recorded as
        skipped with what was done so far."""
        reason = EndReason(reason)
        now, events = self._sync()
        if self._ended:
            return events
        phase = self._phase
        if self._started and phase is not None:
            at = self._timer.effective(now)
            elapsed = self._timer.elapsed(at)
            self._final_progress = progress_at(self._plan, self._idx, elapsed)
            if phase.kind is PhaseKind.WORK and self._tally.elapsed + elapsed > 0:
                self._tally.skipped = True
                events += self._finish_phase(phase, at, cut=True, last=True)
        return events + self._end(reason)

    # ----- internals ----------------------------------------------------------------

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
        if self._running:
            if now - self._last_seen > self._gap:
                self._timer.pause(self._last_seen)
                events.append(AutoPaused(ASLEEP))
            else:
                # Each phase ends at its planned end and the next starts there: no drift.
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
        self._last_seen = now
        return now, events

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
