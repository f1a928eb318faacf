"""A pain diary entry on the 0–10 numeric rating scale (NRS)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from ..message import Msg
from ..validation import check_aware, check_int, check_text, fail, parse_datetime


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


class Context(StrEnum):
    """When the pain was felt. "before", "during" and "after" are the three points around
    a session; "morning" is the next-morning check that tells whether yesterday's load
    was too high (the 24-hour pain-monitoring model)."""

    REST = "rest"
    BEFORE = "before"
    DURING = "during"
    AFTER = "after"
    MORNING = "morning"

    def text(self) -> str:
        """When, in words: "at rest", "next morning"."""
        return CONTEXT_WORDS[self]


CONTEXT_WORDS = {
    Context.REST: Msg("at rest"),
    Context.BEFORE: Msg("before exercise"),
    Context.DURING: Msg("during exercise"),
    Context.AFTER: Msg("after exercise"),
    Context.MORNING: Msg("next morning"),
}


COMMON_LOCATIONS = (
    "outer knee",
    "outer hip",
    "outer thigh",
    "front of knee",
    "glute",
    "lower back",
)


def _new_id() -> str:
    return uuid.uuid4().hex


def parse_enum(enum: type[StrEnum], field_name: str, value: Any) -> Any:
    try:
        return enum(value)
    except ValueError:
        choices = ", ".join(m.value for m in enum)  # type: ignore[attr-defined]
        fail(
            field_name,
            Msg("must be one of {choices}, got {value}", choices=choices, value=repr(value)),
        )


@dataclass(frozen=True)
class PainEntry:
    score: int
    at: datetime
    location: str = "outer knee"
    side: Side = Side.BOTH
    context: Context = Context.REST
    note: str = ""
    session_id: str | None = None
    exercise_id: str | None = None
    id: str = field(default_factory=_new_id)

    def __post_init__(self) -> None:
        check_int("score", self.score, 0, 10)
        check_aware("at", self.at)
        check_text("location", self.location, max_len=60, required=True)
        object.__setattr__(self, "side", parse_enum(Side, "side", self.side))
        object.__setattr__(self, "context", parse_enum(Context, "context", self.context))
        check_text("note", self.note)
        check_text("id", self.id, max_len=64, required=True)
        for name in ("session_id", "exercise_id"):
            value = getattr(self, name)
            if value is not None:
                check_text(name, value, max_len=64, required=True)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "score": self.score,
            "at": self.at.isoformat(),
            "location": self.location,
            "side": self.side.value,
            "context": self.context.value,
            "note": self.note,
            "session_id": self.session_id,
            "exercise_id": self.exercise_id,
        }

    @classmethod
    def from_dict(cls, data: Any) -> PainEntry:
        if not isinstance(data, dict):
            fail("pain", Msg("must be an object"))
        try:
            return cls(
                id=data["id"],
                score=data["score"],
                at=parse_datetime("at", data["at"]),
                location=data.get("location", "outer knee"),
                side=data.get("side", "both"),
                context=data.get("context", "rest"),
                note=data.get("note", ""),
                session_id=data.get("session_id"),
                exercise_id=data.get("exercise_id"),
            )
        except KeyError as exc:
            fail(str(exc.args[0]), Msg("is missing"))
            raise
