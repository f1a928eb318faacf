"""Turning stored documents into domain objects, which is also how they are validated.

A record that fails its domain ``from_dict`` makes the whole file count as damaged:
silently skipping it would look like data loss to the person reading their diary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from coach.domain.pain import PainEntry
from coach.domain.plan.paper import PaperSession
from coach.domain.plan.versions import RoutinePlan
from coach.domain.record import SessionRecord
from coach.domain.routine import Routine
from coach.domain.routines.versions import RoutineVersion
from coach.domain.running.runs import Run

from .paths import MAIN_FILE, VERSIONS_FILE

# 2: schedules per routine, versioned (``plans``), and sessions done on paper (``paper``).
# 3: ``history/routine-versions.json`` keeps every version of a routine a session used or a
# person saved.
SCHEMA_VERSION = 3
META, SETTINGS, ROUTINES, SESSIONS, PAIN = "_meta", "settings", "routines", "sessions", "pain"
PLANS, PAPER = "plans", "paper"  # schedules per routine (versioned); sessions done on paper
VERSIONS = "routine_versions"
RUNS = "runs"
Doc = dict[str, dict[str, Any]]


def schema_version_of(doc: Doc) -> int:
    """0 for a file without ``_meta`` (the single-file layout before versioning)."""
    meta = doc.get(META)
    if not meta:
        return 0
    version = next(iter(meta.values())).get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise ValueError("_meta.schema_version: must be a whole number")
    return version


def new_main_document() -> Doc:
    return {
        META: {"1": {"schema_version": SCHEMA_VERSION}},
        SETTINGS: {},
        ROUTINES: {},
        SESSIONS: {},
        PLANS: {},
        PAPER: {},
    }


@dataclass
class MainView:
    """What ``coach.json`` holds, as domain objects."""

    schema_version: int = SCHEMA_VERSION
    settings: dict[str, Any] = field(default_factory=dict)
    routines: dict[str, Routine] = field(default_factory=dict)
    sessions: dict[str, SessionRecord] = field(default_factory=dict)
    plans: dict[str, RoutinePlan] = field(default_factory=dict)
    paper: dict[str, PaperSession] = field(default_factory=dict)


def _each(doc: Doc, table: str, parse: Any) -> list[Any]:
    out = []
    for doc_id, record in doc.get(table, {}).items():
        try:
            out.append(parse(record))
        except ValueError as exc:
            raise ValueError(f"{table} record {doc_id}: {exc}") from None
    return out


def _setting(record: dict[str, Any]) -> tuple[str, Any]:
    key = record.get("key")
    if not isinstance(key, str) or "value" not in record:
        raise ValueError("a setting needs a text key and a value")
    return key, record["value"]


def parse_main(doc: Doc) -> MainView:
    version = schema_version_of(doc)
    if version != SCHEMA_VERSION:
        raise ValueError(f"_meta.schema_version: expected {SCHEMA_VERSION}, found {version}")
    routines = _each(doc, ROUTINES, Routine.from_dict)
    sessions = _each(doc, SESSIONS, SessionRecord.from_dict)
    plans = _each(doc, PLANS, RoutinePlan.from_dict)
    paper = _each(doc, PAPER, PaperSession.from_dict)
    return MainView(
        schema_version=version,
        settings=dict(_each(doc, SETTINGS, _setting)),
        routines={r.id: r for r in routines},
        sessions={s.id: s for s in sessions},
        plans={p.routine_id: p for p in plans},
        paper={p.id: p for p in paper},
    )


def parse_versions(doc: Doc) -> dict[str, list[RoutineVersion]]:
    """``{routine id: versions, oldest first}``; a missing file means no versions yet."""
    versions: dict[str, list[RoutineVersion]] = {}
    for kept in _each(doc, VERSIONS, RoutineVersion.from_dict):
        versions.setdefault(kept.routine_id, []).append(kept)
    for history in versions.values():
        history.sort(key=lambda v: v.number)
    return versions


def parse_pain(doc: Doc) -> list[PainEntry]:
    return sorted(_each(doc, PAIN, PainEntry.from_dict), key=lambda e: e.at)


def parse_sessions(doc: Doc) -> list[SessionRecord]:
    return sorted(_each(doc, SESSIONS, SessionRecord.from_dict), key=lambda s: s.started_at)


def parse_runs(doc: Doc) -> list[Run]:
    return sorted(_each(doc, RUNS, Run.from_dict), key=lambda r: r.started_at)


def validate_documents(docs: dict[str, dict]) -> None:
    """Parse every document into domain objects; ValueError names the file and record."""
    for rel, doc in docs.items():
        try:
            if rel == MAIN_FILE:
                parse_main(doc)
            elif rel == VERSIONS_FILE:
                parse_versions(doc)
            elif "/pain-" in rel:
                parse_pain(doc)
            elif "/runs-" in rel:
                parse_runs(doc)
            else:
                parse_sessions(doc)
        except ValueError as exc:
            raise ValueError(f"{rel}: {exc}") from None
