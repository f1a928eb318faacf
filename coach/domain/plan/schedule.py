"""When a routine is planned: on chosen weekdays, every N days, or N times a week.

A :class:`Schedule` is one version of a person's plan for a routine, in force from
``start`` to ``end`` (inclusive). Which version applies on a given day, and pauses, are
:class:`coach.domain.plan.versions.RoutinePlan`'s business; a routine file may also
carry a schedule, which is only ever a suggestion (see :mod:`.suggested`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any, Literal

from ..message import Msg, join
from ..validation import check_int, check_list, fail

ScheduleKind = Literal["weekdays", "every_n_days", "per_week"]
KINDS = ("weekdays", "every_n_days", "per_week")
DAY_NAMES = (
    Msg("Mon"),
    Msg("Tue"),
    Msg("Wed"),
    Msg("Thu"),
    Msg("Fri"),
    Msg("Sat"),
    Msg("Sun"),
)
LEGACY_START = date(2020, 1, 1)  # what routine files without a start date meant


@dataclass(frozen=True)
class Schedule:
    """``times`` are the times of day for reminders and calendar export; there may be
    fewer than ``times_per_day`` (a time is optional), never more."""

    kind: ScheduleKind = "every_n_days"
    weekdays: frozenset[int] = frozenset()  # 0 = Monday
    every_n_days: int = 1
    per_week: int = 3
    times_per_day: int = 1
    start: date = LEGACY_START
    end: date | None = None
    times: tuple[time, ...] = ()

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            fail(
                "schedule.kind",
                Msg(
                    "must be weekdays, every_n_days or per_week, got {value}", value=repr(self.kind)
                ),
            )
        if not isinstance(self.weekdays, frozenset):
            object.__setattr__(self, "weekdays", frozenset(self.weekdays))
        for day in self.weekdays:
            check_int("schedule.weekdays", day, 0, 6)
        if self.kind == "weekdays" and not self.weekdays:
            fail("schedule.weekdays", Msg("pick at least one weekday"))
        check_int("schedule.every_n_days", self.every_n_days, 1, 31)
        check_int("schedule.per_week", self.per_week, 1, 7)
        check_int("schedule.times_per_day", self.times_per_day, 1, 6)
        for name in ("start", "end"):
            value = getattr(self, name)
            if (value is not None or name == "start") and (
                not isinstance(value, date) or isinstance(value, datetime)
            ):
                fail(f"schedule.{name}", Msg("must be a date"))
        if self.end is not None and self.end < self.start:
            fail("schedule.end", Msg("must not be before the start"))
        if not isinstance(self.times, tuple):
            object.__setattr__(self, "times", tuple(self.times))
        if len(self.times) > self.times_per_day:
            fail(
                "schedule.times",
                Msg("at most {n} times for this many a day", n=self.times_per_day),
            )
        for at in self.times:
            if not isinstance(at, time) or at.tzinfo is not None:
                fail("schedule.times", Msg("must be local times of day like 08:00"))
        object.__setattr__(self, "times", tuple(sorted(set(self.times))))

    def covers(self, day: date) -> bool:
        """Whether ``day`` lies between the start and the end date."""
        return self.start <= day and (self.end is None or day <= self.end)

    def planned_on(self, day: date) -> int:
        """How many times the routine is planned on ``day`` (0 on a day off). A
        "N times a week" schedule plans no particular day: see ``per_week``."""
        if not self.covers(day) or self.kind == "per_week":
            return 0
        return self.times_per_day if self.in_rhythm(day) else 0

    def in_rhythm(self, day: date) -> bool:
        """Whether ``day`` falls on the weekly or every-N-days rhythm, ignoring the start
        and end dates (the demo history keeps the rhythm before a schedule begins)."""
        if self.kind == "weekdays":
            return day.weekday() in self.weekdays
        if self.kind == "per_week":
            return True
        return (day - self.start).days % self.every_n_days == 0

    def describe(self) -> str:
        """Plain words for lists and the command line: "every other day, twice a day"."""
        if self.kind == "weekdays":
            rhythm = (
                Msg("daily")
                if len(self.weekdays) == 7
                else join((DAY_NAMES[d] for d in sorted(self.weekdays)), ", ")
            )
        elif self.kind == "per_week":
            rhythm = Msg("{n}× a week, any days", n=self.per_week)
        elif self.every_n_days == 1:
            rhythm = Msg("daily")
        elif self.every_n_days == 2:
            rhythm = Msg("every other day")
        else:
            rhythm = Msg("every {n} days", n=self.every_n_days)
        parts = [rhythm]
        if self.times_per_day > 1:
            n = self.times_per_day
            parts.append(Msg("twice a day") if n == 2 else Msg("{n}× a day", n=n))
        if self.times:
            times = ", ".join(f"{t:%H:%M}" for t in self.times)
            parts.append(Msg("at {times}", times=times))
        return join(parts, " · ")

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "weekdays": sorted(self.weekdays),
            "every_n_days": self.every_n_days,
            "per_week": self.per_week,
            "times_per_day": self.times_per_day,
            "times": [f"{t:%H:%M}" for t in self.times],
            "start": self.start.isoformat(),
            "end": self.end.isoformat() if self.end else None,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Schedule:
        if not isinstance(data, dict):
            fail("schedule", Msg("must be an object"))
        start = parse_date("schedule.start", data.get("start", LEGACY_START.isoformat()))
        end = parse_date("schedule.end", data["end"]) if data.get("end") else None
        return cls(
            kind=data.get("kind", "every_n_days"),
            weekdays=frozenset(
                check_int("schedule.weekdays", day, 0, 6)
                for day in check_list("schedule.weekdays", data.get("weekdays", []))
            ),
            every_n_days=data.get("every_n_days", 1),
            per_week=data.get("per_week", 3),
            times_per_day=data.get("times_per_day", 1),
            times=tuple(
                parse_time("schedule.times", t)
                for t in check_list("schedule.times", data.get("times", []))
            ),
            start=start,
            end=end,
        )


def parse_date(field: str, value: Any) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        fail(field, Msg("must be a date like 2026-11-21, got {value}", value=repr(value)))
        raise  # unreachable


def parse_time(field: str, value: Any) -> time:
    """A local time of day written HH:MM (seconds and zones are refused)."""
    if not isinstance(value, str) or len(value) != 5 or value[2] != ":":
        fail(field, Msg("must be a time like 08:00, got {value}", value=repr(value)))
    try:
        return time.fromisoformat(value)
    except ValueError:
        fail(field, Msg("must be a time like 08:00, got {value}", value=repr(value)))
        raise  # unreachable
