"""The clock of the current phase: when it started, when it ends, and the pause.

Remaining time is ``end - now``; a pause stores the instant it began and a resume moves
start and end later by the paused span, so time left is frozen exactly while paused and
no timer tick is ever counted.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

EPS = 1e-9  # float slack when comparing clock readings with planned ends


@dataclass
class PhaseTimer:
    start_t: float = 0.0
    end_t: float | None = None  # None: a self-paced phase with no planned end
    paused_at: float | None = None
    count_next: int = 0  # the next of 3, 2, 1 still to announce; 0 = none

    def begin(self, at: float, duration_s: float | None, *, countdown: bool) -> None:
        """Start a phase at ``at`` (the previous phase's true end, not the late tick);
        a paused session stays paused with the new phase's full time."""
        self.start_t = at
        self.end_t = at + duration_s if duration_s is not None else None
        if self.paused_at is not None:
            self.paused_at = at
        self.count_next = first_countdown(duration_s) if countdown else 0

    @property
    def paused(self) -> bool:
        return self.paused_at is not None

    def effective(self, now: float) -> float:
        """The instant the phase clock reads: frozen at the pause while paused."""
        return self.paused_at if self.paused_at is not None else now

    def elapsed(self, now: float) -> float:
        t = self.effective(now)
        if self.end_t is not None:
            t = min(t, self.end_t)
        return max(0.0, t - self.start_t)

    def remaining(self, now: float) -> float | None:
        if self.end_t is None:
            return None
        return max(0.0, self.end_t - self.effective(now))

    @property
    def duration(self) -> float | None:
        return None if self.end_t is None else self.end_t - self.start_t

    def due(self, now: float) -> bool:
        """The phase is running and its planned end has come."""
        return self.paused_at is None and self.end_t is not None and self.end_t - now <= EPS

    def pause(self, at: float) -> None:
        if self.paused_at is None:
            self.paused_at = at

    def resume(self, now: float) -> None:
        if self.paused_at is None:
            return
        shift = now - self.paused_at
        self.start_t += shift
        if self.end_t is not None:
            self.end_t += shift
        self.paused_at = None

    def extend(self, seconds: float, now: float) -> None:
        if self.end_t is None:
            return
        self.end_t += seconds
        self.count_next = first_countdown(self.end_t - self.effective(now))

    def stop(self) -> None:
        self.end_t = None
        self.paused_at = None
        self.count_next = 0

    def countdown(self, now: float) -> int:
        """The lowest of 3, 2, 1 crossed since the last call (0 if none), so a late
        tick gives one beep, not three."""
        left = self.remaining(now)
        crossed = 0
        while left is not None and self.count_next >= 1 and left <= self.count_next + EPS:
            crossed = self.count_next
            self.count_next -= 1
        return crossed


def first_countdown(seconds: float | None) -> int:
    """The first of 3, 2, 1 to announce: only numbers shorter than the phase itself."""
    if seconds is None:
        return 0
    return max(0, min(3, math.ceil(seconds - EPS) - 1))
