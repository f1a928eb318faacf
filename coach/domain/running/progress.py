"""Where a person stands on the walk/run ladder, kept as a list of decisions.

After each run day the 24-hour pain model's light (computed by
:func:`coach.domain.pain.light.traffic_light`, passed in here) decides the next level
(:func:`coach.domain.running.levels.decide`). Each decision is kept with the run it
followed, its light, reason and rule, and whether the person overrode it, so the history
shows why the plan moved. The current level is the last decision's, or level 1.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..message import Msg, from_data, to_data
from .levels import LEVELS, Action, Decision, Level, decide, level, override
from .runs import Run

SETTINGS_KEY = "running.decisions"
READINESS_KEY = "running.readiness"


@dataclass(frozen=True)
class Step:
    """One decision in the history: the run day it followed, and the decision."""

    run_day: date
    decision: Decision

    def to_dict(self) -> dict[str, Any]:
        d = self.decision
        return {
            "run_day": self.run_day.isoformat(),
            "light": d.light,
            "from_level": d.from_level,
            "to_level": d.to_level,
            "action": d.action.value,
            "rest_day": d.rest_day,
            "reason": d.reason,
            "rule": d.rule,
            "overridden": d.overridden,
            **({"why": d.why} if d.why else {}),
            # the reason's template and fields, so the app can show it in German later
            **({"reason_msg": to_data(d.reason)} if isinstance(d.reason, Msg) else {}),
        }

    @classmethod
    def from_dict(cls, data: Any) -> Step:
        if not isinstance(data, dict):
            raise ValueError("running.decisions: each step must be an object")
        try:
            return cls(
                date.fromisoformat(data["run_day"]),
                Decision(
                    light=str(data["light"]),
                    from_level=_level_number(data["from_level"]),
                    to_level=_level_number(data["to_level"]),
                    action=Action(data["action"]),
                    rest_day=bool(data["rest_day"]),
                    reason=from_data(data.get("reason_msg"), str(data["reason"])),
                    rule=str(data["rule"]),
                    overridden=bool(data.get("overridden", False)),
                    why=str(data.get("why", ""))[:200],
                ),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"running.decisions: a damaged step ({exc})") from None


def _level_number(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= len(LEVELS):
        raise ValueError(f"level must be 1-{len(LEVELS)}")
    return value


def load_steps(raw: Any) -> list[Step]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise ValueError("running.decisions: must be a list")
    return [Step.from_dict(item) for item in raw]


def current_level(steps: Sequence[Step]) -> Level:
    return level(steps[-1].decision.to_level) if steps else LEVELS[0]


def last_run_day(runs: Sequence[Run], today: date) -> date | None:
    past = [r.day for r in runs if r.day < today]
    return max(past) if past else None


def due_decision(
    steps: Sequence[Step],
    runs: Sequence[Run],
    today: date,
    light: str,
    reason: str,
    morning_checked: bool,
) -> Step | None:
    """The decision the last run day is owed, once that day is over and the light has
    something to say (``light`` green, amber or red; ``unknown`` decides nothing).

    Moving up needs the next morning back to usual, so a green light waits for the
    morning check (``morning_checked``: a morning score logged after the run day);
    amber and red need no more to hold or step back."""
    run_day = last_run_day(runs, today)
    if run_day is None or light not in ("green", "amber", "red"):
        return None
    if light == "green" and not morning_checked:
        return None
    if steps and steps[-1].run_day >= run_day:
        return None  # already decided
    return Step(run_day, decide(light, current_level(steps).number, reason))


def with_override(steps: Sequence[Step], to_level: int, today: date, why: str = "") -> list[Step]:
    """The person chose ``to_level`` (for the reason ``why``): the last decision is
    overridden (its light and rule kept), or, before any decision, a first step is
    recorded for today."""
    if steps:
        last = steps[-1]
        return [*steps[:-1], last, Step(last.run_day, override(last.decision, to_level, why))]
    start = Decision("none", 1, 1, Action.REPEAT, False, Msg("set by hand"), Msg("chosen by you"))
    return [Step(today, override(start, to_level, why))]
