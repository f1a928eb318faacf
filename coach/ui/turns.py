"""How long work spread over event-loop turns waits between two of its steps.

Not 0. A step that re-arms a zero-delay timer (``QTimer.singleShot(0, ...)`` or a
repeating timer of interval 0) is run again in the same pass of the event loop about
half the time, before the timers, input and paints that fell due during it: two 10 ms
steps became one 20 ms stall (measured with a 1 ms timer beside a chain of 10 ms
steps: 9 of 20 gaps over 15 ms at 0, none at 1). One millisecond puts the next step
behind whatever came due meanwhile, and costs a warm-up of a hundred steps 0.1 s.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject

NEXT_TURN_MS = 1


def in_turns(
    context: QObject, steps: list[Callable[[], object]], then: Callable[[], object] | None = None
) -> None:
    """Run ``steps`` one per event-loop turn, then ``then``; nothing more once
    ``context`` is gone (the window closed meanwhile). A step that returns ``AGAIN``
    has more to do and is called again on the next turn."""
    from PySide6.QtCore import QTimer

    from coach.ui.hub import AGAIN

    def next_step() -> None:
        if steps:
            if steps[0]() != AGAIN:
                steps.pop(0)
            QTimer.singleShot(NEXT_TURN_MS, context, next_step)
        elif then is not None:
            then()

    next_step()
