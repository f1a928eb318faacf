"""Schema versions and the steps between them.

A store is a set of documents keyed by their path relative to the data folder
(``coach.json``, ``history/pain-2026-11.json``...). Each step in :data:`MIGRATIONS`
is a pure function from the documents at version ``n`` to those at ``n + 1``, so it
can be tested on fixtures without touching a disk. The store backs the files up
before running any step and writes ``coach.json`` last, so a migration killed half
way is simply run again (steps merge by record id and are idempotent).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from coach.domain.plan.schedule import Schedule
from coach.domain.plan.versions import RoutinePlan
from coach.domain.routine import Routine
from coach.domain.routines.versions import Source, next_version

from .paths import HISTORY_DIR, MAIN_FILE, VERSIONS_FILE, month_key
from .records import (
    META,
    PAIN,
    PAPER,
    PLANS,
    ROUTINES,
    SCHEMA_VERSION,
    SESSIONS,
    SETTINGS,
    VERSIONS,
    schema_version_of,
)

Doc = dict[str, dict[str, Any]]
Docs = dict[str, Doc]


def history_name(kind: str, month: str) -> str:
    return f"{HISTORY_DIR}/{kind}-{month}.json"


def _month_of(text: Any, what: str) -> str:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise ValueError(f"{what}: is not an ISO date-time: {text!r}") from None
    return month_key(moment)


def merge_records(table: dict[str, dict[str, Any]], records: list[dict[str, Any]]) -> dict:
    """Add ``records`` to a TinyDB table, replacing ones with the same ``id``."""
    by_id = {r.get("id"): r for r in table.values()}
    for record in records:
        by_id[record.get("id")] = record
    return {str(i): r for i, r in enumerate(by_id.values(), start=1)}


def _v0_to_v1(docs: Docs) -> Docs:
    """v0: one file with ``pain`` and ``sessions`` tables and no ``_meta``.
    v1: settled history (pain, finished sessions) split into monthly files."""
    main = docs[MAIN_FILE]
    out: Docs = {k: v for k, v in docs.items() if k != MAIN_FILE}
    buckets: dict[str, list[dict[str, Any]]] = {}
    for doc_id, entry in main.get(PAIN, {}).items():
        month = _month_of(entry.get("at"), f"pain record {doc_id}.at")
        buckets.setdefault(history_name(PAIN, month), []).append(entry)
    live: list[dict[str, Any]] = []
    for doc_id, record in main.get(SESSIONS, {}).items():
        if record.get("end_reason"):
            month = _month_of(record.get("started_at"), f"sessions record {doc_id}.started_at")
            buckets.setdefault(history_name(SESSIONS, month), []).append(record)
        else:
            live.append(record)
    for name, records in buckets.items():
        kind = PAIN if "/pain-" in name else SESSIONS
        existing = out.get(name, {}).get(kind, {})
        out[name] = {kind: merge_records(existing, records)}
    out[MAIN_FILE] = {
        META: {"1": {"schema_version": 1}},
        SETTINGS: main.get(SETTINGS, {}),
        ROUTINES: main.get(ROUTINES, {}),
        SESSIONS: merge_records({}, live),
    }
    return out


def _first_session_day(docs: Docs) -> date | None:
    """The local day of the earliest recorded session, finished or not."""
    days = []
    for rel, doc in docs.items():
        if rel == MAIN_FILE or "/sessions-" in rel:
            for record in doc.get(SESSIONS, {}).values():
                try:
                    days.append(datetime.fromisoformat(record.get("started_at")).date())
                except (TypeError, ValueError):
                    continue  # validation after the migration names the damaged record
    return min(days) if days else None


def _schedules_in_force(docs: Docs) -> dict[str, Schedule]:
    """Routine id -> the schedule each routine carried (a saved routine wins over the
    built-in with its id), as the calendar applied them before v2."""
    from coach.domain.library import builtin_routines

    found = {r.id: r.schedule for r in builtin_routines() if r.schedule is not None}
    for record in docs[MAIN_FILE].get(ROUTINES, {}).values():
        sched = record.get("schedule")
        rid = record.get("id")
        if not isinstance(rid, str):
            continue
        found.pop(rid, None)
        if sched:
            found[rid] = Schedule.from_dict(sched)
    return found


def _v1_to_v2(docs: Docs) -> Docs:
    """v2: schedules live in the person's plan (``plans``), versioned, and sessions done
    on paper have a table (``paper``). Before v2 every routine's built-in schedule was
    imposed from 2020-01-01, so a new person saw years of "missed" days. Now a schedule
    that was in force starts at the person's first recorded session; a store with no
    session gets no plan at all (nothing is imposed: a routine is "as needed")."""
    main = dict(docs[MAIN_FILE])
    first = _first_session_day(docs)
    plans: dict[str, dict[str, Any]] = {}
    if first is not None:
        for rid, schedule in sorted(_schedules_in_force(docs).items()):
            start = max(first, schedule.start)
            if schedule.end is not None and schedule.end < start:
                continue
            plan = RoutinePlan(rid, (replace(schedule, start=start),))
            plans[str(len(plans) + 1)] = {"id": rid, **plan.to_dict()}
    main[PLANS] = plans
    main.setdefault(PAPER, {})
    main[META] = {"1": {"schema_version": 2}}
    return {**docs, MAIN_FILE: main}


def _v2_to_v3(docs: Docs) -> Docs:
    """v3 keeps routine versions in ``history/routine-versions.json``. Each of the person's
    own routines starts with version 1, what it holds now (marked as kept from before
    versions), so the sessions that ran it find their dose; older edits were never kept
    and cannot be recovered. Built-ins get their versions when a session next uses them.
    Pain and session files are not touched."""
    main = docs[MAIN_FILE]
    existing = docs.get(VERSIONS_FILE, {}).get(VERSIONS, {})
    records = []
    for doc_id, data in main.get(ROUTINES, {}).items():
        try:
            routine = Routine.from_dict(data)
        except ValueError as exc:
            raise ValueError(f"routines record {doc_id}: {exc}") from None
        version = next_version([], routine, None, Source.BEFORE)
        if version is not None:
            records.append(version.to_dict())
    out = dict(docs)
    # An interrupted run is simply repeated: records merge by id.
    if records or existing:  # no own routines: no file until a version is kept
        out[VERSIONS_FILE] = {VERSIONS: merge_records(existing, records)}
    out[MAIN_FILE] = {**main, META: {"1": {"schema_version": 3}}}
    return out


MIGRATIONS: dict[int, Callable[[Docs], Docs]] = {0: _v0_to_v1, 1: _v1_to_v2, 2: _v2_to_v3}


def migrate(docs: Docs) -> Docs:
    """Run every step from the documents' version up to :data:`SCHEMA_VERSION`."""
    version = schema_version_of(docs[MAIN_FILE])
    while version < SCHEMA_VERSION:
        docs = MIGRATIONS[version](docs)
        version += 1
        found = schema_version_of(docs[MAIN_FILE])
        if found != version:  # a step that forgets to stamp its version is a bug
            raise RuntimeError(f"migration to {version} left version {found}")
    return docs
