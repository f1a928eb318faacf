"""A session "done on paper": done away from the computer and ticked off afterwards.

It is recorded as such (never dressed up as a played session with sets) and counts as
done in adherence, because the person did the work; the report can still tell it apart.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..validation import check_slug, check_text, fail
from .schedule import parse_date


def _new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class PaperSession:
    routine_id: str
    day: date
    note: str = ""
    id: str = field(default_factory=_new_id)

    def __post_init__(self) -> None:
        check_slug("paper.routine_id", self.routine_id)
        check_text("paper.note", self.note)
        check_text("paper.id", self.id, max_len=64, required=True)
        if not isinstance(self.day, date):
            fail("paper.day", "must be a date")

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "routine_id": self.routine_id,
            "day": self.day.isoformat(),
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: Any) -> PaperSession:
        if not isinstance(data, dict):
            fail("paper", "must be an object")
        return cls(
            id=data.get("id"),
            routine_id=data.get("routine_id"),
            day=parse_date("paper.day", data.get("day")),
            note=data.get("note", ""),
        )
