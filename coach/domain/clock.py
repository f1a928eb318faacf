"""Clocks the session engine reads time from.

Time left in a phase is ``end - clock.now()``; nothing counts timer ticks. Tests pass
a :class:`FakeClock` and run an hour of routine in milliseconds; the app passes
:class:`SystemClock`, whose monotonic time does not jump when the wall clock is set.
"""

from __future__ import annotations

import time
from datetime import datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Monotonic seconds; only differences are meaningful."""
        ...


class SystemClock:
    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock a test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self._t = start

    def now(self) -> float:
        return self._t

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go back")
        self._t += seconds


def wall_now() -> datetime:
    """The local wall time with its UTC offset, for records a person reads later."""
    return datetime.now().astimezone()
