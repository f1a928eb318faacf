"""When a routine is planned: on weekdays, or every N days, some times a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from ..validation import check_int, check_list, fail

ScheduleKind = Literal["weekdays", "every_n_days"]


@dataclass(frozen=True)
class Schedule:
    kind: ScheduleKind = "every_n_days"
    weekdays: frozenset[int] = frozenset()  # 0 = Monday
    every_n_days: int = 1
    times_per_day: int = 1
    start: date = date(2020, 1, 1)
    end: date | None = None

    def __post_init__(self) -> None:
        if self.kind not in ("weekdays", "every_n_days"):
            fail("schedule.kind", f"must be weekdays or every_n_days, got {self.kind!r}")
        if not isinstance(self.weekdays, frozenset):
            object.__setattr__(self, "weekdays", frozenset(self.weekdays))
        for day in self.weekdays:
            check_int("schedule.weekdays", day, 0, 6)
        if self.kind == "weekdays" and not self.weekdays:
            fail("schedule.weekdays", "pick at least one weekday")
        check_int("schedule.every_n_days", self.every_n_days, 1, 31)
        check_int("schedule.times_per_day", self.times_per_day, 1, 6)
        for name in ("start", "end"):
            value = getattr(self, name)
            if (value is not None or name == "start") and (
                not isinstance(value, date) or isinstance(value, datetime)
            ):
                fail(f"schedule.{name}", "must be a date")
        if self.end is not None and self.end < self.start:
            fail("schedule.end", "must not be before the start")

    def planned_on(self, day: date) -> int:
        """How many times the routine is planned on ``day`` (0 when it is a day off)."""
        if day < self.start or (self.end is not None and day > self.end):
            return 0
        return self.times_per_day if self.in_rhythm(day) else 0

    def in_rhythm(self, day: date) -> bool:
        """Whether ``day`` falls on the weekly or every-N-days rhythm, ignoring the start
        and end dates (the demo history keeps the rhythm before a schedule begins)."""
        if self.kind == "weekdays":
            return day.weekday() in self.weekdays
        return (day - self.start).days % self.every_n_days == 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "weekdays": sorted(self.weekdays),
            "every_n_days": self.every_n_days,
            "times_per_day": self.times_per_day,
            "start": self.start.isoformat(),
            "end": self.end.isoformat() if self.end else None,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Schedule:
        if not isinstance(data, dict):
            fail("schedule", "must be an object")
        start = _parse_date("schedule.start", data.get("start", "2020-01-01"))
        end = _parse_date("schedule.end", data["end"]) if data.get("end") else None
        return cls(
            kind=data.get("kind", "every_n_days"),
            weekdays=frozenset(
                check_int("schedule.weekdays", day, 0, 6)
                for day in check_list("schedule.weekdays", data.get("weekdays", []))
            ),
            every_n_days=data.get("every_n_days", 1),
            times_per_day=data.get("times_per_day", 1),
            start=start,
            end=end,
        )


def _parse_date(field: str, value: Any) -> date:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        fail(field, f"must be a date like 2026-11-21, got {value!r}")
        raise  # unreachable
