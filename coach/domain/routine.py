"""A routine: exercises in order, rests, the pain rule and a schedule."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from .exercise import ExerciseSlot
from .message import Msg
from .plan.schedule import Schedule
from .validation import check_int, check_list, check_slug, check_text, fail, problem_parts, refield

ROUTINE_FORMAT = 1


@dataclass(frozen=True)
class Routine:
    """An ordered list of exercise slots.

    ``pain_stop_threshold`` is the score at which the player advises stopping (the
    pain-monitoring model uses 5; the IT-band routine uses 3 because runners with ITBS
    are told not to train through pain).
    """

    id: str
    name: str
    slots: tuple[ExerciseSlot, ...]
    description: str = ""
    rest_between_exercises_s: int = 60
    get_ready_s: int = 5
    pain_stop_threshold: int = 5
    schedule: Schedule | None = None
    builtin: bool = False
    category: str = "strength"

    def __post_init__(self) -> None:
        check_slug("routine.id", self.id)
        check_text("routine.name", self.name, max_len=80, required=True)
        check_text("routine.description", self.description, max_len=2000)
        check_text("routine.category", self.category, max_len=40)
        if not isinstance(self.slots, tuple):
            object.__setattr__(self, "slots", tuple(self.slots))
        if not self.slots:
            fail("routine.slots", Msg("a routine needs at least one exercise"))
        if len(self.slots) > 100:
            fail("routine.slots", Msg("at most 100 exercises"))
        seen: set[str] = set()
        for i, slot in enumerate(self.slots):
            if slot.exercise.id in seen:
                fail(
                    f"routine.slots[{i}].exercise.id",
                    Msg("{id} appears twice", id=repr(slot.exercise.id)),
                )
            seen.add(slot.exercise.id)
        check_int("routine.rest_between_exercises_s", self.rest_between_exercises_s, 0, 3600)
        check_int("routine.get_ready_s", self.get_ready_s, 0, 60)
        check_int("routine.pain_stop_threshold", self.pain_stop_threshold, 1, 10)

    def slot(self, exercise_id: str) -> ExerciseSlot:
        for slot in self.slots:
            if slot.exercise.id == exercise_id:
                return slot
        raise KeyError(exercise_id)

    def snapshot_id(self) -> str:
        """A short content hash, stored with each session so a later edit of the routine
        does not change what the record says was prescribed."""
        blob = json.dumps(self.to_dict(), sort_keys=True, ensure_ascii=False).encode()
        return hashlib.sha256(blob).hexdigest()[:12]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": ROUTINE_FORMAT,
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "category": self.category,
            "rest_between_exercises_s": self.rest_between_exercises_s,
            "get_ready_s": self.get_ready_s,
            "pain_stop_threshold": self.pain_stop_threshold,
            "schedule": self.schedule.to_dict() if self.schedule else None,
            "builtin": self.builtin,
            "slots": [slot.to_dict() for slot in self.slots],
        }

    @classmethod
    def from_dict(cls, data: Any) -> Routine:
        if not isinstance(data, dict):
            fail("routine", Msg("must be an object"))
        if data.get("format", ROUTINE_FORMAT) != ROUTINE_FORMAT:
            fail("routine.format", Msg("this app reads format {format}", format=ROUTINE_FORMAT))
        slots = check_list("routine.slots", data.get("slots"))
        parsed = []
        for i, slot in enumerate(slots):
            try:
                parsed.append(ExerciseSlot.from_dict(slot))
            except ValueError as exc:
                # Slot messages start "slot." or "slot:"; name the slot by its place instead.
                inner = problem_parts(exc)[0].removeprefix("slot")
                sep = "" if inner.startswith(".") or not inner else "."
                raise refield(exc, f"routine.slots[{i}]{sep}{inner}") from None
        sched = data.get("schedule")
        try:
            return cls(
                id=data["id"],
                name=data["name"],
                slots=tuple(parsed),
                description=data.get("description", ""),
                category=data.get("category", "strength"),
                rest_between_exercises_s=data.get("rest_between_exercises_s", 60),
                get_ready_s=data.get("get_ready_s", 5),
                pain_stop_threshold=data.get("pain_stop_threshold", 5),
                schedule=Schedule.from_dict(sched) if sched else None,
                builtin=bool(data.get("builtin", False)),
            )
        except KeyError as exc:
            fail(f"routine.{exc.args[0]}", Msg("is missing"))
            raise
