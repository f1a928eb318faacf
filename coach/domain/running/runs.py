"""One run in the log, logged by hand or read from a watch's GPX, TCX or FIT file."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from functools import cached_property
from typing import Any

from coach.domain.pain import Context, PainEntry
from coach.domain.validation import (
    check_aware,
    check_int,
    check_number,
    check_text,
    fail,
    parse_datetime,
)

MAX_DISTANCE_M = 300_000.0  # 300 km: anything longer is a wrong unit, not a run
MAX_DURATION_S = 48 * 3600


class Terrain(StrEnum):
    """Hills and downhill load the IT band most; the early levels ask for flat ground."""

    FLAT = "flat"
    ROLLING = "rolling"
    HILLS = "hills"
    DOWNHILL = "downhill"


def _new_id() -> str:
    return uuid.uuid4().hex


def _check_optional_score(name: str, value: Any) -> None:
    if value is not None:
        check_int(name, value, 0, 10)


@dataclass(frozen=True)
class Run:
    started_at: datetime
    distance_m: float
    duration_s: float
    moving_s: float | None = None
    ascent_m: float = 0.0
    descent_m: float = 0.0
    terrain: Terrain = Terrain.FLAT
    surface: str = ""
    pain_during: int | None = None
    pain_after: int | None = None
    note: str = ""
    source: str = "hand"  # "hand", or the kind of file it came from: gpx, tcx, fit
    id: str = field(default_factory=_new_id)

    def __post_init__(self) -> None:
        check_aware("started_at", self.started_at)
        check_number("distance_m", self.distance_m, 0, MAX_DISTANCE_M)
        check_number("duration_s", self.duration_s, 1, MAX_DURATION_S)
        if self.moving_s is not None:
            check_number("moving_s", self.moving_s, 0, self.duration_s)
        check_number("ascent_m", self.ascent_m, 0, 20_000)
        check_number("descent_m", self.descent_m, 0, 20_000)
        try:
            object.__setattr__(self, "terrain", Terrain(self.terrain))
        except ValueError:
            fail("terrain", "must be one of flat, rolling, hills, downhill")
        check_text("surface", self.surface, max_len=40)
        _check_optional_score("pain_during", self.pain_during)
        _check_optional_score("pain_after", self.pain_after)
        check_text("note", self.note)
        check_text("source", self.source, max_len=10, required=True)
        check_text("id", self.id, max_len=64, required=True)

    @cached_property
    def day(self) -> date:
        """The local day it started (kept: the caps and the chart ask for it often, and
        ``astimezone`` is slow; a run is never changed, only replaced)."""
        return self.started_at.astimezone().date()

    @property
    def km(self) -> float:
        return self.distance_m / 1000

    @property
    def minutes(self) -> float:
        return (self.moving_s or self.duration_s) / 60

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "started_at": self.started_at.isoformat(),
            "distance_m": round(self.distance_m, 1),
            "duration_s": round(self.duration_s, 1),
            "moving_s": None if self.moving_s is None else round(self.moving_s, 1),
            "ascent_m": round(self.ascent_m, 1),
            "descent_m": round(self.descent_m, 1),
            "terrain": self.terrain.value,
            "surface": self.surface,
            "pain_during": self.pain_during,
            "pain_after": self.pain_after,
            "note": self.note,
            "source": self.source,
        }

    @classmethod
    def from_dict(cls, data: Any) -> Run:
        if not isinstance(data, dict):
            fail("run", "must be an object")
        try:
            return cls(
                id=data["id"],
                started_at=parse_datetime("started_at", data["started_at"]),
                distance_m=data["distance_m"],
                duration_s=data["duration_s"],
                moving_s=data.get("moving_s"),
                ascent_m=data.get("ascent_m", 0.0),
                descent_m=data.get("descent_m", 0.0),
                terrain=data.get("terrain", "flat"),
                surface=data.get("surface", ""),
                pain_during=data.get("pain_during"),
                pain_after=data.get("pain_after"),
                note=data.get("note", ""),
                source=data.get("source", "hand"),
            )
        except KeyError as exc:
            fail(str(exc.args[0]), "is missing")
            raise


def pain_entries(run: Run) -> list[PainEntry]:
    """Pain during and after a run go into the diary too, tied to the run's id, so the
    pain model's light (and the gate on the next level) sees them like a session's."""
    end = run.started_at + timedelta(seconds=run.duration_s)
    found = []
    for score, context, at in (
        (run.pain_during, Context.DURING, run.started_at),
        (run.pain_after, Context.AFTER, end),
    ):
        if score is not None:
            found.append(
                PainEntry(score=score, at=at, context=context, session_id=run.id, note="run")
            )  # fmt: skip
    return found
