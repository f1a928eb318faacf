"""The walk/run ladder and the pain-gated decision after each run day.

Each level is a walk/run interval session the player already runs (an intervals dose):
from 8 × 1 min run / 2 min walk up to 30 minutes continuous, on flat ground, every other
day at first. After a run day the 24-hour pain model's light decides the next run
(Silbernagel et al. 2007; the light is computed by the pain model, not here):
green — move up a level; amber — repeat the level; red — step back a level and rest a
day. The person may override; the override is recorded with the decision.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..message import Msg


@dataclass(frozen=True)
class Level:
    number: int
    repeats: int
    run_s: int
    walk_s: int

    @property
    def run_minutes(self) -> float:
        return self.repeats * self.run_s / 60

    @property
    def continuous(self) -> bool:
        return self.repeats == 1 and self.walk_s == 0

    def text(self) -> str:
        if self.continuous:
            return Msg(
                "Level {n}: {minutes} min continuous easy run",
                n=self.number,
                minutes=self.run_s // 60,
            )
        return Msg(
            "Level {n}: {repeats} × {run} min run / {walk} min walk",
            n=self.number,
            repeats=self.repeats,
            run=self.run_s // 60,
            walk=self.walk_s // 60,
        )


LEVELS: tuple[Level, ...] = (
    Level(1, 8, 60, 120),
    Level(2, 8, 120, 120),
    Level(3, 6, 180, 120),
    Level(4, 5, 240, 60),
    Level(5, 4, 360, 60),
    Level(6, 3, 540, 60),
    Level(7, 2, 840, 60),
    Level(8, 1, 1200, 0),
    Level(9, 1, 1500, 0),
    Level(10, 1, 1800, 0),
)
FLAT_ONLY_UP_TO = 6  # the seeds: avoid hills and downhill while coming back


def level(number: int) -> Level:
    return LEVELS[max(1, min(number, len(LEVELS))) - 1]


class Action(StrEnum):
    UP = "up"
    REPEAT = "repeat"
    BACK = "back"


@dataclass(frozen=True)
class Decision:
    """What the next run is, why, and by which rule; kept in the history."""

    light: str  # "green" | "amber" | "red", from the pain model
    from_level: int
    to_level: int
    action: Action
    rest_day: bool
    reason: str  # the light's own reason, in plain words ("next morning 5, usual 2")
    rule: str
    overridden: bool = False
    why: str = ""  # the person's own reason for an override, as they typed it

    def text(self) -> str:
        n = self.to_level
        verb = {
            Action.UP: Msg("Move up to level {n}", n=n),
            Action.REPEAT: Msg("Repeat level {n}", n=n),
            Action.BACK: Msg("Step back to level {n}", n=n),
        }[self.action]
        if self.rest_day:
            return Msg("{verb} after a rest day: {reason}.", verb=verb, reason=self.reason)
        return Msg("{verb}: {reason}.", verb=verb, reason=self.reason)


RULES = {
    "green": Msg(
        "green light (pain during within the acceptable level, next morning back to "
        "usual): move up a level at the next run"
    ),
    "amber": Msg("amber light: keep the load, repeat the level"),
    "red": Msg("red light: step back a level and rest a day"),
}


def decide(light: str, current: int, reason: str) -> Decision:
    """The next level after a run day at ``current`` whose light is ``light``."""
    if light not in RULES:
        raise ValueError(f"light must be green, amber or red, got {light!r}")
    top = len(LEVELS)
    current = max(1, min(current, top))
    if light == "green":
        to, action, rest = min(current + 1, top), Action.UP, False
        if to == current:
            action = Action.REPEAT  # the top of the ladder: carry on
    elif light == "amber":
        to, action, rest = current, Action.REPEAT, False
    else:
        to, action, rest = max(current - 1, 1), Action.BACK, True
    return Decision(light, current, to, action, rest, reason, RULES[light])


def override(decision: Decision, to_level: int, why: str = "") -> Decision:
    """The person chose another level (for the reason ``why``); the original light and
    rule stay on record."""
    to = max(1, min(to_level, len(LEVELS)))
    if to > decision.from_level:
        action = Action.UP
    elif to == decision.from_level:
        action = Action.REPEAT
    else:
        action = Action.BACK
    return Decision(
        decision.light,
        decision.from_level,
        to,
        action,
        decision.rest_day and to <= decision.from_level,
        decision.reason,
        decision.rule,
        overridden=True,
        why=why.strip()[:200],
    )
