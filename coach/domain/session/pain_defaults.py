"""What the player's pain prompt is already set to, so logging pain mid-set is one key.

The side is the side being exercised (a per-side set), else "both"; the place is the
routine's target area. Routines do not name one yet, so every routine of this app
(built for IT-band syndrome) points at the outer knee, the first of the common
locations, unless a routine carries its own ``target_area``.
"""

from __future__ import annotations

from ..pain import COMMON_LOCATIONS, Side
from ..routine import Routine

DEFAULT_AREA = COMMON_LOCATIONS[0]  # "outer knee": where IT-band syndrome hurts


def target_area(routine: Routine | None) -> str:
    """Where pain during ``routine`` is most likely felt (the prompt's default place)."""
    area = getattr(routine, "target_area", "") if routine is not None else ""
    return area if isinstance(area, str) and area.strip() else DEFAULT_AREA


def side_of(exercised: str | None) -> Side:
    """The prompt's default side: the one being exercised, or both when none is."""
    return Side(exercised) if exercised in ("left", "right") else Side.BOTH
