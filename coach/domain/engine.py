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
from .record import EndReason, SessionRecord
from .routine import Routine

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


class SessionEngine:
    """The state machine behind the player.

    ``record`` is what has been done so far (``end_reason`` is ``None`` until the
    session ends); it is replaced, never mutated, so the UI can save the instance it
    received in a ``SetRecorded`` event.
    """

    def __init__(
        self,
        routine: Routine,
        clock: Clock,
        *,
        wall: Callable[[], datetime] = wall_now,
        resume_from: SessionRecord | None = None,
        sleep_gap_s: float = 5.0,
    ) -> None:
        raise NotImplementedError

    record: SessionRecord

    def view(self) -> PhaseView:
        """What the player draws now (the first phase, not started, before ``start``)."""
        raise NotImplementedError

    def tick(self) -> list[Event]:
        """Advance phases whose end time passed; the UI calls this ~20 times a second."""
        raise NotImplementedError

    def start(self) -> list[Event]:
        """Start the get-ready countdown (or the first phase when get-ready is 0 s)."""
        raise NotImplementedError

    def pause(self) -> list[Event]:
        """Freeze the clock of the current phase; no-op when not running."""
        raise NotImplementedError

    def resume(self) -> list[Event]:
        """Continue a paused phase with the remaining time it had at the pause."""
        raise NotImplementedError

    def toggle(self) -> list[Event]:
        """Space: start, pause or resume; in a self-paced set it means "set done"."""
        raise NotImplementedError

    def next(self) -> list[Event]:
        """Skip the rest of the current phase; a cut-short work phase is recorded
        with ``skipped=True`` and what was done so far."""
        raise NotImplementedError

    def back(self) -> list[Event]:
        """Like a music player: restart the current work step when it is under way,
        otherwise go to the start of the previous work step."""
        raise NotImplementedError

    def add_rest(self, seconds: int = 15) -> list[Event]:
        """Extend the current REST or TRANSITION phase; no-op in other phases."""
        raise NotImplementedError

    def set_done(self) -> list[Event]:
        """End a self-paced set, recording how long it took; no-op elsewhere."""
        raise NotImplementedError

    def pain(self, score: int) -> list[Event]:
        """Log a 'during' pain; a score at or above the routine's stop threshold
        pauses the session and advises stopping."""
        raise NotImplementedError

    def set_pain_before(self, score: int | None) -> None:
        """Store the "pain right now" score asked before starting (None = skipped)."""
        raise NotImplementedError

    def finish(self, pain_after: int | None, notes: str) -> SessionRecord:
        """Add the after-session pain and note; ends the session first if still running."""
        raise NotImplementedError

    def stop(self, reason: EndReason = EndReason.STOPPED) -> list[Event]:
        """End the session now with ``reason``; the work in progress is recorded as
        skipped with what was done so far."""
        raise NotImplementedError
