"""What a session actually did, written set by set as it goes."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from functools import cached_property
from typing import Any

from .pain.entry import parse_enum
from .validation import (
    check_aware,
    check_int,
    check_list,
    check_number,
    check_text,
    fail,
    parse_datetime,
)

MAX_SET_AMOUNT = 100_000  # the most reps or seconds one set record holds


class EndReason(StrEnum):
    """Why a session ended. The three "stopped" values are the answer to the player's
    one-click "why stop?" question (other reason / it hurts / no time)."""

    COMPLETED = "completed"
    STOPPED = "stopped"
    STOPPED_FOR_PAIN = "stopped-for-pain"
    STOPPED_NO_TIME = "stopped-no-time"
    INTERRUPTED = "interrupted"


MAX_PLAN_EXERCISES = 100  # a routine has at most 100 exercises


@dataclass(frozen=True)
class PlannedExercise:
    """One exercise as the routine prescribed it when the session started.

    Kept on the session record so the counts (done / skipped / not reached out of the
    planned sets) stay true after the routine is edited or deleted. ``planned`` is per
    set and side, in ``unit`` (reps, or seconds of work), like :class:`SetRecord`.
    """

    exercise_id: str
    name: str
    sets: int
    per_side: bool
    planned: int
    unit: str = "reps"

    def __post_init__(self) -> None:
        check_text("plan.exercise_id", self.exercise_id, max_len=64, required=True)
        check_text("plan.name", self.name, max_len=80, required=True)
        check_int("plan.sets", self.sets, 1, 100)
        if not isinstance(self.per_side, bool):
            fail("plan.per_side", "must be true or false")
        check_int("plan.planned", self.planned, 0, MAX_SET_AMOUNT)
        if self.unit not in ("reps", "s"):
            fail("plan.unit", f"must be reps or s, got {self.unit!r}")

    @property
    def sides(self) -> tuple[str | None, ...]:
        return ("left", "right") if self.per_side else (None,)

    def set_keys(self) -> list[tuple[str, int, str | None]]:
        """The set/side keys this exercise plans, in the order they are done."""
        return [(self.exercise_id, n, side) for n in range(1, self.sets + 1) for side in self.sides]

    def to_dict(self) -> dict[str, Any]:
        return {
            "exercise_id": self.exercise_id,
            "name": self.name,
            "sets": self.sets,
            "per_side": self.per_side,
            "planned": self.planned,
            "unit": self.unit,
        }

    @classmethod
    def from_dict(cls, data: Any) -> PlannedExercise:
        if not isinstance(data, dict):
            fail("plan", "must be an object")
        try:
            return cls(
                exercise_id=data["exercise_id"],
                name=data["name"],
                sets=data["sets"],
                per_side=data.get("per_side", False),
                planned=data["planned"],
                unit=data.get("unit", "reps"),
            )
        except KeyError as exc:
            fail(f"plan.{exc.args[0]}", "is missing")
            raise


@dataclass(frozen=True)
class SetRecord:
    """One set (of one side) of one exercise.

    ``planned`` and ``done`` are reps for a reps dose and seconds otherwise, so the
    report can show dose against what was done without knowing the engine.
    """

    exercise_id: str
    set_index: int  # 1-based
    planned: int
    done: int
    unit: str = "reps"  # "reps" or "s"
    side: str | None = None  # "left", "right" or None
    duration_s: float = 0.0
    skipped: bool = False
    at: datetime | None = None

    def __post_init__(self) -> None:
        check_text("set.exercise_id", self.exercise_id, max_len=64, required=True)
        check_int("set.set_index", self.set_index, 1, 100)
        check_int("set.planned", self.planned, 0, MAX_SET_AMOUNT)
        check_int("set.done", self.done, 0, MAX_SET_AMOUNT)
        if self.unit not in ("reps", "s"):
            fail("set.unit", f"must be reps or s, got {self.unit!r}")
        if self.side not in (None, "left", "right"):
            fail("set.side", f"must be left, right or empty, got {self.side!r}")
        check_number("set.duration_s", self.duration_s, 0, MAX_SET_AMOUNT)
        # Stored to the millisecond; keep the same value in memory so a record read
        # back equals the one written.
        object.__setattr__(self, "duration_s", round(float(self.duration_s), 3))
        if not isinstance(self.skipped, bool):
            fail("set.skipped", "must be true or false")
        if self.at is not None:
            check_aware("set.at", self.at)

    def to_dict(self) -> dict[str, Any]:
        """A fresh dict each call (callers may change it), copied from one made once: a
        live session is saved after every set, with all the sets before it."""
        return dict(self._as_dict)

    @cached_property
    def _as_dict(self) -> dict[str, Any]:
        return {
            "exercise_id": self.exercise_id,
            "set_index": self.set_index,
            "side": self.side,
            "planned": self.planned,
            "done": self.done,
            "unit": self.unit,
            "duration_s": round(self.duration_s, 3),
            "skipped": self.skipped,
            "at": self.at.isoformat() if self.at else None,
        }

    @classmethod
    def from_dict(cls, data: Any) -> SetRecord:
        if not isinstance(data, dict):
            fail("set", "must be an object")
        try:
            return cls(
                exercise_id=data["exercise_id"],
                set_index=data["set_index"],
                side=data.get("side"),
                planned=data["planned"],
                done=data["done"],
                unit=data.get("unit", "reps"),
                duration_s=data.get("duration_s", 0.0),
                skipped=data.get("skipped", False),
                at=parse_datetime("set.at", data["at"]) if data.get("at") else None,
            )
        except KeyError as exc:
            fail(f"set.{exc.args[0]}", "is missing")
            raise


_PLAN_FIELDS = ("exercise_id", "name", "sets", "per_side", "planned", "unit")
_plans: dict[tuple[Any, ...], tuple[PlannedExercise, ...]] = {}


def parse_plan(raw: list[Any]) -> tuple[PlannedExercise, ...]:
    """A stored plan. Thousands of sessions of one routine share a few plans, so each
    distinct plan is validated once and the parsed tuple reused (five years of history
    read ~20,000 identical exercise entries)."""
    if not all(isinstance(p, dict) for p in raw):
        return tuple(PlannedExercise.from_dict(p) for p in raw)  # says what is wrong
    try:
        # the type goes into the key, so 1 or 1.0 never reuses a plan parsed from True or 1
        key = tuple((len(p), *((type(p.get(f)), p.get(f)) for f in _PLAN_FIELDS)) for p in raw)
        hash(key)
    except TypeError:  # a list or object where a value belongs: parse to report it
        return tuple(PlannedExercise.from_dict(p) for p in raw)
    plan = _plans.get(key)
    if plan is None:
        plan = tuple(PlannedExercise.from_dict(p) for p in raw)
        if len(_plans) < 1000:
            _plans[key] = plan
    return plan


@dataclass(frozen=True)
class SessionHeader:
    """A session without its sets, plan and notes: which routine (and version), when,
    and how it ended. The pain light and the strength progression read no more than
    this of three months of sessions, and the sets are most of the cost of reading a
    month (about 25 a session), so Today can show both before they are parsed. The
    fields are checked as :class:`SessionRecord` checks them; the rest is checked when
    the month is read in full, and damage there is reported then."""

    id: str
    routine_id: str
    routine_snapshot: str
    started_at: datetime
    ended_at: datetime | None = None
    end_reason: EndReason | None = None

    @property
    def day(self):  # -> date
        return self.started_at.date()

    @property
    def finished(self) -> bool:
        return self.end_reason is not None

    @classmethod
    def of(cls, record: SessionRecord) -> SessionHeader:
        return cls(
            record.id,
            record.routine_id,
            record.routine_snapshot,
            record.started_at,
            record.ended_at,
            record.end_reason,
        )

    @classmethod
    def from_dict(cls, data: Any) -> SessionHeader:
        if not isinstance(data, dict):
            fail("session", "must be an object")
        try:
            started = parse_datetime("session.started_at", data["started_at"])
            ended = data.get("ended_at")
            ended = parse_datetime("session.ended_at", ended) if ended else None
            if ended is not None and ended < started:
                fail("session.ended_at", "must not be before the start")
            reason = data.get("end_reason")
            return cls(
                id=check_text("session.id", data["id"], max_len=64, required=True),
                routine_id=check_text(
                    "session.routine_id", data["routine_id"], max_len=64, required=True
                ),
                routine_snapshot=check_text(
                    "session.routine_snapshot", data.get("routine_snapshot", ""), max_len=64
                ),
                started_at=started,
                ended_at=ended,
                end_reason=(
                    None if reason is None else parse_enum(EndReason, "session.end_reason", reason)
                ),
            )
        except KeyError as exc:
            fail(f"session.{exc.args[0]}", "is missing")
            raise


def _new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class SessionRecord:
    """A session of one routine. ``end_reason`` is ``None`` while it is in progress,
    which is how the app finds a session to offer resuming after a crash.

    ``plan`` is what the routine prescribed at the start (empty in records written
    before it was kept); count sets with :mod:`coach.domain.session.counts`, which
    measures done, skipped and not reached against it.
    """

    routine_id: str
    routine_name: str
    routine_snapshot: str
    started_at: datetime
    sets: tuple[SetRecord, ...] = ()
    ended_at: datetime | None = None
    end_reason: EndReason | None = None
    pain_before: int | None = None
    pain_after: int | None = None
    notes: str = ""
    id: str = field(default_factory=_new_id)
    plan: tuple[PlannedExercise, ...] = ()

    def __post_init__(self) -> None:
        check_text("session.routine_id", self.routine_id, max_len=64, required=True)
        check_text("session.routine_name", self.routine_name, max_len=80, required=True)
        check_aware("session.started_at", self.started_at)
        if self.ended_at is not None:
            check_aware("session.ended_at", self.ended_at)
            if self.ended_at < self.started_at:
                fail("session.ended_at", "must not be before the start")
        if self.end_reason is not None:
            object.__setattr__(
                self, "end_reason", parse_enum(EndReason, "session.end_reason", self.end_reason)
            )
        for name in ("pain_before", "pain_after"):
            value = getattr(self, name)
            if value is not None:
                check_int(f"session.{name}", value, 0, 10)
        check_text("session.notes", self.notes)
        check_text("session.id", self.id, max_len=64, required=True)
        check_text("session.routine_snapshot", self.routine_snapshot, max_len=64)
        if not isinstance(self.sets, tuple):
            object.__setattr__(self, "sets", tuple(self.sets))
        if not isinstance(self.plan, tuple):
            object.__setattr__(self, "plan", tuple(self.plan))
        if len(self.plan) > MAX_PLAN_EXERCISES:
            fail("session.plan", f"at most {MAX_PLAN_EXERCISES} exercises")

    @property
    def finished(self) -> bool:
        return self.end_reason is not None

    @property
    def sets_done(self) -> int:
        """Planned sets done; see :func:`coach.domain.session.counts.set_counts`."""
        from .session.counts import set_counts  # counts reads this module

        return set_counts(self).done

    @property
    def sets_skipped(self) -> int:
        """Planned sets skipped or cut short; see ``set_counts``."""
        from .session.counts import set_counts

        return set_counts(self).skipped

    @property
    def day(self):  # -> date
        return self.started_at.date()

    def with_set(self, record: SetRecord) -> SessionRecord:
        return replace(self, sets=(*self.sets, record))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "routine_id": self.routine_id,
            "routine_name": self.routine_name,
            "routine_snapshot": self.routine_snapshot,
            "started_at": self.started_at.isoformat(),
            "ended_at": self.ended_at.isoformat() if self.ended_at else None,
            "end_reason": self.end_reason.value if self.end_reason else None,
            "pain_before": self.pain_before,
            "pain_after": self.pain_after,
            "notes": self.notes,
            "plan": [p.to_dict() for p in self.plan],
            "sets": [s.to_dict() for s in self.sets],
        }

    @classmethod
    def from_dict(cls, data: Any) -> SessionRecord:
        if not isinstance(data, dict):
            fail("session", "must be an object")
        try:
            return cls(
                id=data["id"],
                routine_id=data["routine_id"],
                routine_name=data["routine_name"],
                routine_snapshot=data.get("routine_snapshot", ""),
                started_at=parse_datetime("session.started_at", data["started_at"]),
                ended_at=(
                    parse_datetime("session.ended_at", data["ended_at"])
                    if data.get("ended_at")
                    else None
                ),
                end_reason=data.get("end_reason"),
                pain_before=data.get("pain_before"),
                pain_after=data.get("pain_after"),
                notes=data.get("notes", ""),
                sets=tuple(
                    SetRecord.from_dict(s) for s in check_list("session.sets", data.get("sets", []))
                ),
                plan=parse_plan(check_list("session.plan", data.get("plan", []))),
            )
        except KeyError as exc:
            fail(f"session.{exc.args[0]}", "is missing")
            raise
