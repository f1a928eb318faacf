"""Pain rules: every threshold the traffic light and the trend summary use.

The bands of the pain-monitoring model vary by clinic, so each number is a setting a
physio can change (Settings → Pain rules), stored in the store under
:data:`SETTINGS_KEY`, with these defaults:

- ``acceptable`` 5: pain during exercise may reach this and still be fine, if it settles
  by the next morning (Silbernagel et al., Am J Sports Med 2007). A routine's own stop
  level replaces it during that routine's sessions when it is lower.
- ``stop`` 7: pain during exercise at or above this is a red light at once.
- ``morning_amber`` 1 and ``morning_red`` 2: next-morning pain this many points above
  the person's usual is amber; *more than* ``morning_red`` above is red (worse the next
  morning means the load was too high).
- ``rest_rise`` 2: resting pain whose 7-day mean rose by at least this many points over
  the 7 days before is red.
- ``baseline_days`` 14: the person's usual is the median of their resting, before and
  morning scores in this many days before the session.
- ``meaningful_points`` 2 and ``meaningful_percent`` 30: a change of at least either is
  clinically meaningful (Farrar et al., Pain 2001); smaller is "about the same".
- ``progress_after`` 3: green sessions in a row of a routine before its next dose step
  is suggested (:mod:`coach.domain.routines.progression`); amber or red never progress.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from ..message import Msg
from ..validation import check_int, fail

SETTINGS_KEY = "pain_rules"

# (name, lowest, highest, plain label) — the order the settings dialog shows them in
LIMITS: dict[str, tuple[int, int, str]] = {
    "acceptable": (0, 10, Msg("Acceptable pain during exercise")),
    "stop": (1, 10, Msg("Stop level (red at once)")),
    "morning_amber": (1, 10, Msg("Next-morning rise for amber")),
    "morning_red": (1, 10, Msg("Next-morning rise above which it is red")),
    "rest_rise": (1, 10, Msg("Rise in resting pain over a week for red")),
    "baseline_days": (3, 60, Msg("Days that set your usual pain")),
    "meaningful_points": (1, 10, Msg("Meaningful change (points)")),
    "meaningful_percent": (1, 100, Msg("Meaningful change (percent)")),
    "progress_after": (1, 20, Msg("Green sessions in a row before a dose step")),
}


@dataclass(frozen=True)
class PainRules:
    """The thresholds; invalid combinations are refused with a field-named ValueError."""

    acceptable: int = 5
    stop: int = 7
    morning_amber: int = 1
    morning_red: int = 2
    rest_rise: int = 2
    baseline_days: int = 14
    meaningful_points: int = 2
    meaningful_percent: int = 30
    progress_after: int = 3

    def __post_init__(self) -> None:
        for name, (lo, hi, _label) in LIMITS.items():
            check_int(f"pain_rules.{name}", getattr(self, name), lo, hi)
        if self.stop <= self.acceptable:
            fail("pain_rules.stop", Msg("must be above the acceptable level"))
        if self.morning_red < self.morning_amber:
            fail("pain_rules.morning_red", Msg("must not be below the rise for amber"))

    def acceptable_for(self, routine_stop: int | None) -> int:
        """The acceptable level during a routine's session: the routine's own stop level
        when it is lower (3 for the IT-band routine: don't train through pain)."""
        if routine_stop is None:
            return self.acceptable
        return min(self.acceptable, routine_stop)

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> PainRules:
        """Rules from a stored setting; missing keys take their defaults, unknown keys
        are ignored (a newer version may add some)."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            fail("pain_rules", Msg("must be an object"))
        known = {f.name for f in fields(cls)}
        return replace(cls(), **{k: v for k, v in data.items() if k in known})


DEFAULT_RULES = PainRules()
