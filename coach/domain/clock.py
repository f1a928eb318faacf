"""Clocks the session engine reads time from.

Time left in a phase is ``end - clock.now()``; nothing counts timer ticks. Tests pass
a :class:`FakeClock` and run an hour of routine in milliseconds; the app passes
:class:`SystemClock`, whose monotonic time does not jump when the wall clock is set
but does count the time the computer spent asleep.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Monotonic seconds; only differences are meaningful."""
        ...


# time.monotonic() stands still while the computer is suspended on Linux
# (CLOCK_MONOTONIC) and macOS (mach time), so the engine would never see a sleep and a
# hold would carry on after waking instead of pausing. These clocks keep counting
# through a suspend; Windows' monotonic() already does.
_SLEEP_COUNTING = {"linux": "CLOCK_BOOTTIME", "darwin": "CLOCK_MONOTONIC"}


class SystemClock:
    """Monotonic seconds that include time spent asleep, so the engine's sleep gap
    (``sleep_gap_s``) notices a suspend and pauses the session."""

    def __init__(self) -> None:
        name = _SLEEP_COUNTING.get(sys.platform)
        self._clock_id: int | None = getattr(time, name, None) if name else None

    def now(self) -> float:
        if self._clock_id is None:
            return time.monotonic()
        return time.clock_gettime(self._clock_id)


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
