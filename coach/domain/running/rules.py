"""Running rules: the two load caps' numbers, as settings that travel with the data.

Like the pain rules (:mod:`coach.domain.pain.rules`), a physio may set them differently
from the defaults, so they are kept in the store under :data:`SETTINGS_KEY` and edited in
Settings ▸ Running (or ``rehab-coach run caps``):

- ``single_run_percent`` 110: a run may be at most this share of the longest run in the
  last 30 days (the Garmin-RUNSAFE cohort, Br J Sports Med 2025: runs 10–30% longer than
  the 30-day longest raised the overuse-injury risk by about 64%). 100–150: below 100
  would never let a run grow, above 150 is past every risk band the cohort saw.
- ``weekly_percent`` 10: the seeds' "add about 10% a week", shown beside the cap as
  guidance (the weaker signal). 0–30.

Everything that works out a cap reads the ratios from one :class:`RunningRules` value,
so the Running view, ``run next``, ``run list`` and the report always agree.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from ..message import Msg
from ..validation import check_int, fail

SETTINGS_KEY = "running_rules"

# name -> (lowest, highest, plain label), in the order Settings shows them
LIMITS: dict[str, tuple[int, int, str]] = {
    "single_run_percent": (
        100,
        150,
        Msg("Single-run cap (share of the longest run in the last 30 days)"),
    ),
    "weekly_percent": (0, 30, Msg("Weekly guide (more than the week before)")),
}


@dataclass(frozen=True)
class RunningRules:
    """The caps' percentages; a value out of its range is a field-named ValueError."""

    single_run_percent: int = 110
    weekly_percent: int = 10

    def __post_init__(self) -> None:
        for name, (lo, hi, _label) in LIMITS.items():
            check_int(f"running_rules.{name}", getattr(self, name), lo, hi)

    @property
    def ratio(self) -> float:
        """The single-run cap as a factor of the 30-day longest (1.10 by default)."""
        return self.single_run_percent / 100

    @property
    def weekly_ratio(self) -> float:
        """The weekly guide as a factor of last week's distance (1.10 by default)."""
        return 1 + self.weekly_percent / 100

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Any) -> RunningRules:
        """Rules from the stored setting; missing keys take their defaults, unknown keys
        are ignored (a newer version may add some)."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            fail("running_rules", Msg("must be an object"))
        known = {f.name for f in fields(cls)}
        return replace(cls(), **{k: v for k, v in data.items() if k in known})


DEFAULT_RUNNING_RULES = RunningRules()
