"""The session engine: walks a routine phase by phase from an injected monotonic clock.

Time left is always ``end - clock.now()``; nothing counts ticks, so a UI that redraws
late still shows the truth, a stalled event loop neither shortens nor stretches a hold,
and a jump longer than ``sleep_gap_s`` (the laptop slept) pauses the session where it
was instead of racing through the phases it missed. Every call returns a list of
events (see :mod:`coach.domain.session.events`) that the player turns into cues and
store writes.
"""

from __future__ import annotations

from dataclasses import replace

from ..pain import parse_enum
from ..record import EndReason, SessionRecord
from ..validation import check_int
from .core import EngineCore
from .events import (
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
from .view import build_view, done_view, progress_at

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


class SessionEngine(EngineCore):
    """The state machine behind the player.

    ``record`` is what has been done so far (``end_reason`` is ``None`` until the
    session ends); it is replaced, never mutated, so the UI can save the instance it
    received in a ``SetRecorded`` event. Construct it as
    ``SessionEngine(routine, clock, *, wall=wall_now, resume_from=None, sleep_gap_s=5.0)``;
    ``resume_from`` (an unfinished record of the same routine) continues at the first
    set/side not in it, after a get-ready countdown.
    """

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
        reason = parse_enum(EndReason, "reason", reason)
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
