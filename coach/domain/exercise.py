"""An exercise and its place in a routine."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .dose import Dose, dose_from_dict, dose_to_dict
from .message import Msg
from .routines.pictures import reference_problem
from .validation import check_slug, check_text, fail, problem_parts, refield


@dataclass(frozen=True)
class Exercise:
    """What to do and how much.

    ``summary`` is the one line the player shows from across the room; ``instructions``
    is the full text shown on demand.
    """

    id: str
    name: str
    summary: str
    dose: Dose
    instructions: str = ""
    equipment: tuple[str, ...] = ()
    per_side: bool = False
    picture: str = ""  # a reference (see coach.domain.routines.pictures), never a path

    def __post_init__(self) -> None:
        check_slug("exercise.id", self.id)
        check_text("exercise.name", self.name, max_len=80, required=True)
        check_text("exercise.summary", self.summary, max_len=160, required=True)
        check_text("exercise.instructions", self.instructions, max_len=4000)
        if isinstance(self.equipment, str) or not isinstance(self.equipment, tuple | list):
            fail("exercise.equipment", Msg("must be a list of items"))
        if not isinstance(self.equipment, tuple):
            object.__setattr__(self, "equipment", tuple(self.equipment))
        for i, item in enumerate(self.equipment):
            check_text(f"exercise.equipment[{i}]", item, max_len=60, required=True)
        if not isinstance(self.per_side, bool):
            fail("exercise.per_side", Msg("must be true or false"))
        problem = reference_problem(self.picture)
        if problem:
            fail("exercise.picture", problem)

    def to_dict(self) -> dict[str, Any]:
        data = {
            "id": self.id,
            "name": self.name,
            "summary": self.summary,
            "instructions": self.instructions,
            "equipment": list(self.equipment),
            "per_side": self.per_side,
            "dose": dose_to_dict(self.dose),
        }
        # Only when there is one: a routine without pictures keeps the exact dict (and
        # so the snapshot hash its sessions point at) it had before pictures existed.
        if self.picture:
            data["picture"] = self.picture
        return data

    @classmethod
    def from_dict(cls, data: Any) -> Exercise:
        if not isinstance(data, dict):
            fail("exercise", Msg("must be an object"))
        try:
            dose = dose_from_dict(data.get("dose"))
        except ValueError as exc:
            raise refield(exc, f"exercise.{problem_parts(exc)[0]}") from None
        try:
            return cls(
                id=data["id"],
                name=data["name"],
                summary=data.get("summary") or data["name"],
                instructions=data.get("instructions", ""),
                equipment=data.get("equipment", ()),
                per_side=data.get("per_side", False),
                picture=data.get("picture", ""),
                dose=dose,
            )
        except KeyError as exc:
            fail(f"exercise.{exc.args[0]}", Msg("is missing"))
            raise  # unreachable; keeps type checkers calm


@dataclass(frozen=True)
class ExerciseSlot:
    """An exercise as it stands in one routine, with an optional dose override.

    The override is how progression is recorded ("more reps, tighter band") without
    editing the exercise itself.
    """

    exercise: Exercise
    dose_override: Dose | None = field(default=None)
    note: str = ""

    def __post_init__(self) -> None:
        check_text("slot.note", self.note, max_len=500)

    @property
    def dose(self) -> Dose:
        return self.dose_override or self.exercise.dose

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"exercise": self.exercise.to_dict()}
        if self.dose_override is not None:
            data["dose_override"] = dose_to_dict(self.dose_override)
        if self.note:
            data["note"] = self.note
        return data

    @classmethod
    def from_dict(cls, data: Any) -> ExerciseSlot:
        if not isinstance(data, dict) or "exercise" not in data:
            fail("slot", Msg("must be an object with an exercise"))
        override = data.get("dose_override")
        try:
            dose_override = dose_from_dict(override) if override is not None else None
        except ValueError as exc:
            field = problem_parts(exc)[0].replace("dose", "dose_override", 1)
            raise refield(exc, field) from None
        return cls(
            exercise=Exercise.from_dict(data["exercise"]),
            dose_override=dose_override,
            note=data.get("note", ""),
        )
