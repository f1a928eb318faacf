"""A person's plan for one routine: the schedules it had over time, and its pauses.

Changing a schedule never rewrites the past: the version in force ends the day before
the change, and the new one starts on the day of the change. So a day is always judged
against the plan that was in force on it. A routine with no version covering a day is
"as needed" on that day and can never be missed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from ..validation import check_list, check_slug, fail
from .schedule import Schedule, parse_date


@dataclass(frozen=True)
class Pause:
    """Days off the plan (an injury flare, a holiday), both ends included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            fail("pause.end", "must not be before the start")

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat()}

    @classmethod
    def from_dict(cls, data: Any) -> Pause:
        if not isinstance(data, dict):
            fail("pause", "must be an object")
        return cls(
            parse_date("pause.start", data.get("start")), parse_date("pause.end", data.get("end"))
        )


@dataclass(frozen=True)
class RoutinePlan:
    """``versions`` are sorted by start and never overlap (checked)."""

    routine_id: str
    versions: tuple[Schedule, ...] = ()
    pauses: tuple[Pause, ...] = ()

    def __post_init__(self) -> None:
        check_slug("plan.routine_id", self.routine_id)
        object.__setattr__(self, "versions", tuple(sorted(self.versions, key=lambda s: s.start)))
        object.__setattr__(self, "pauses", tuple(sorted(self.pauses, key=lambda p: p.start)))
        for before, after in zip(self.versions, self.versions[1:], strict=False):
            if before.end is None or before.end >= after.start:
                fail("plan.versions", f"schedules from {before.start} and {after.start} overlap")

    def schedule_on(self, day: date) -> Schedule | None:
        """The schedule in force on ``day``, or None (as needed)."""
        for version in reversed(self.versions):
            if version.start <= day:
                return version if version.covers(day) else None
        return None

    def paused_on(self, day: date) -> bool:
        return any(p.covers(day) for p in self.pauses)

    def planned_on(self, day: date) -> int:
        """Times planned on ``day``: 0 when paused, as needed, or a day off."""
        schedule = self.schedule_on(day)
        if schedule is None or self.paused_on(day):
            return 0
        return schedule.planned_on(day)

    def current(self, today: date) -> Schedule | None:
        """The schedule in force today, else the next one to start (None: as needed)."""
        now = self.schedule_on(today)
        if now is not None:
            return now
        return next((v for v in self.versions if v.start > today), None)

    @property
    def first_day(self) -> date | None:
        return self.versions[0].start if self.versions else None

    def with_schedule(self, schedule: Schedule | None, start: date) -> RoutinePlan:
        """From ``start`` on, follow ``schedule`` (None: as needed). Versions that began
        before ``start`` end the day before it; ones that would begin later are dropped."""
        kept: list[Schedule] = []
        for version in self.versions:
            if version.start >= start:
                continue
            if version.end is None or version.end >= start:
                version = replace(version, end=start - timedelta(days=1))
            kept.append(version)
        if schedule is not None:
            if schedule.end is not None and schedule.end < start:
                fail("schedule.end", "must not be before the start")
            kept.append(replace(schedule, start=start))
        return replace(self, versions=tuple(kept))

    def with_pause(self, pause: Pause) -> RoutinePlan:
        return replace(self, pauses=(*self.pauses, pause))

    def to_dict(self) -> dict[str, Any]:
        return {
            "routine_id": self.routine_id,
            "versions": [v.to_dict() for v in self.versions],
            "pauses": [p.to_dict() for p in self.pauses],
        }

    @classmethod
    def from_dict(cls, data: Any) -> RoutinePlan:
        if not isinstance(data, dict):
            fail("plan", "must be an object")
        return cls(
            routine_id=data.get("routine_id"),
            versions=tuple(
                Schedule.from_dict(v) for v in check_list("plan.versions", data.get("versions", []))
            ),
            pauses=tuple(
                Pause.from_dict(p) for p in check_list("plan.pauses", data.get("pauses", []))
            ),
        )
