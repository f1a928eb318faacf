"""Versions of a routine: what was prescribed, and from when.

A physio changes the dose every week or two. A saved change that alters what is done
(the exercise list, their order, a dose, sides, equipment, the rests, the pain limit)
makes a new numbered version that keeps the whole routine as it was then. A change that
alters only words (the routine's name or description, an exercise's instructions or
note) stays in the same version: the dose a session used did not change.

Sessions keep ``routine_snapshot``, a hash of the routine they ran. Each version lists
every snapshot hash it covered, so a session finds the version it used by that hash,
and the full routine of that day comes back with it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Any

from coach.domain.dose import dose_to_dict
from coach.domain.routine import Routine
from coach.domain.validation import check_int, check_list, check_slug, fail, parse_datetime

MAX_SNAPSHOTS = 200  # hashes kept per version; word-only edits beyond that drop the oldest


class Source(StrEnum):
    """How a version came to be; shown in the History tab."""

    SAVED = "saved"
    IMPORTED = "imported"
    USED = "used"  # a built-in (or older routine) recorded when a session first used it
    BEFORE = "before-versions"  # what the routine was when versions started being kept


def prescription(routine: Routine) -> dict[str, Any]:
    """The part of a routine whose change makes a new version."""
    return {
        "rest_between_exercises_s": routine.rest_between_exercises_s,
        "get_ready_s": routine.get_ready_s,
        "pain_stop_threshold": routine.pain_stop_threshold,
        "slots": [
            {
                "id": s.exercise.id,
                "name": s.exercise.name,
                "per_side": s.exercise.per_side,
                "equipment": list(s.exercise.equipment),
                "dose": dose_to_dict(s.dose),
            }
            for s in routine.slots
        ],
    }


def prescription_key(routine: Routine) -> str:
    blob = json.dumps(prescription(routine), sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(blob).hexdigest()[:16]


@dataclass(frozen=True)
class RoutineVersion:
    """Version ``number`` of a routine; ``routine`` is its latest wording."""

    routine: Routine
    number: int
    snapshots: tuple[str, ...]
    saved_at: datetime | None = None  # None: kept from before versions were recorded
    source: Source = Source.SAVED

    def __post_init__(self) -> None:
        check_int("version.number", self.number, 1, 1_000_000)
        object.__setattr__(self, "source", Source(self.source))
        if not self.snapshots:
            fail("version.snapshots", "needs at least one")

    @property
    def id(self) -> str:
        return f"{self.routine.id}@{self.number}"

    @property
    def routine_id(self) -> str:
        return self.routine.id

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "routine_id": self.routine.id,
            "number": self.number,
            "saved_at": self.saved_at.isoformat() if self.saved_at else None,
            "source": self.source.value,
            "snapshots": list(self.snapshots),
            "routine": self.routine.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Any) -> RoutineVersion:
        if not isinstance(data, dict):
            fail("version", "must be an object")
        try:
            routine = Routine.from_dict(data["routine"])
            check_slug("version.routine_id", data["routine_id"])
            if data["routine_id"] != routine.id:
                fail("version.routine_id", "does not match the routine it holds")
            snaps = check_list("version.snapshots", data["snapshots"])
            if not all(isinstance(s, str) and 0 < len(s) <= 64 for s in snaps):
                fail("version.snapshots", "must be a list of short texts")
            saved = data.get("saved_at")
            try:
                source = Source(data.get("source", Source.SAVED))
            except ValueError:
                fail("version.source", f"unknown source {data.get('source')!r}")
            return cls(
                routine=routine,
                number=data["number"],
                snapshots=tuple(snaps),
                saved_at=parse_datetime("version.saved_at", saved) if saved else None,
                source=source,
            )
        except KeyError as exc:
            fail(f"version.{exc.args[0]}", "is missing")
            raise


def latest(history: Sequence[RoutineVersion]) -> RoutineVersion | None:
    return max(history, key=lambda v: v.number, default=None)


def next_version(
    history: Sequence[RoutineVersion], routine: Routine, at: datetime | None, source: Source
) -> RoutineVersion | None:
    """The version record to write after saving ``routine``, or ``None`` if the newest
    version already holds exactly this routine.

    Same prescription as the newest version → that version, reworded (same number, the
    new snapshot hash added). Otherwise → the next number.
    """
    snap = routine.snapshot_id()
    current = latest(history)
    if current is not None and current.snapshots[-1] == snap:
        return None
    plain = replace(routine, builtin=False, schedule=None)
    if current is not None and prescription_key(current.routine) == prescription_key(routine):
        snaps = (*(s for s in current.snapshots if s != snap), snap)
        return replace(current, routine=plain, snapshots=snaps[-MAX_SNAPSHOTS:])
    number = current.number + 1 if current else 1
    return RoutineVersion(plain, number, (snap,), at, source)


def version_of_snapshot(history: Sequence[RoutineVersion], snapshot: str) -> RoutineVersion | None:
    """The version a session with this ``routine_snapshot`` used (newest wins a tie)."""
    for version in sorted(history, key=lambda v: v.number, reverse=True):
        if snapshot in version.snapshots:
            return version
    return None
