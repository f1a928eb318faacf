"""The repositories the app talks to: routines, pain, sessions, runs, settings.

Each write is one transaction (write lock, first-of-day backup, atomic file write);
each read comes from the parsed in-memory copy, reloaded when a file changed on disk.
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from tinydb import where

from coach.domain.clock import wall_now
from coach.domain.pain import COMMON_LOCATIONS, PainEntry
from coach.domain.pain.capture import session_pain_entries
from coach.domain.record import SessionHeader, SessionRecord
from coach.domain.routine import Routine
from coach.domain.routines.names import check_routine_names
from coach.domain.routines.versions import (
    RoutineVersion,
    Source,
    next_version,
    version_of_snapshot,
)
from coach.domain.running.runs import Run

from .history import remove, upsert
from .paths import month_key
from .records import PAIN, ROUTINES, SESSIONS, SETTINGS, VERSIONS, parse_pain
from .storage import DamagedFileError

if TYPE_CHECKING:
    from .store import Store

log = logging.getLogger(__name__)
HIDDEN_KEY = "hidden_routines"


def builtin_routines() -> list[Routine]:
    """The library's routines (it caches them). Imported on first use: the library
    loads jsonschema, which opening the store for a pain entry does not need."""
    from coach.domain.library import builtin_routines as load

    return load()


def _in_range(day: date, start: date | None, end: date | None) -> bool:
    return (start is None or day >= start) and (end is None or day <= end)


class RoutineRepo:
    def __init__(self, store: Store) -> None:
        self._s = store

    def list(self, include_hidden: bool = False) -> list[Routine]:
        """Built-ins in library order, a saved routine replacing a built-in with its id,
        then the user's own routines by name. Built-ins the person hid are left out
        (so nothing plans them) unless ``include_hidden``."""
        with self._s.guard():
            saved = dict(self._s.main.parsed.routines)
            hidden = set() if include_hidden else self.hidden()
        merged = [saved.pop(r.id, r) for r in builtin_routines() if r.id not in hidden]
        return merged + sorted(saved.values(), key=lambda r: r.name.casefold())

    def hidden(self) -> set[str]:
        """Ids of the built-in routines the person hid."""
        with self._s.guard():
            value = self._s.main.parsed.settings.get(HIDDEN_KEY, [])
        return {v for v in value if isinstance(v, str)} if isinstance(value, list) else set()

    def set_hidden(self, routine_id: str, hide: bool) -> None:
        """Hide a built-in routine from lists and plans, or show it again. Its sessions
        and versions stay; ``get`` still finds it."""
        with self._s.transaction():
            ids = self.hidden()
            ids = ids | {routine_id} if hide else ids - {routine_id}
            upsert_setting(self._s, HIDDEN_KEY, sorted(ids))

    def get(self, routine_id: str) -> Routine | None:
        return next((r for r in self.list(include_hidden=True) if r.id == routine_id), None)

    def find(self, name_or_id: str) -> Routine | None:
        routines = self.list(include_hidden=True)
        wanted = name_or_id.strip().casefold()
        return next((r for r in routines if r.id == name_or_id), None) or next(
            (r for r in routines if r.name.casefold() == wanted), None
        )

    def save(
        self, routine: Routine, source: Source = Source.SAVED, at: datetime | None = None
    ) -> RoutineVersion | None:
        """Save the routine and, in the same write, its version: a new number when the
        prescription changed, else the newest version reworded. Returns the version
        written (``None`` when nothing about the routine changed).

        Raises ``ValueError`` for an id or name that would garble a screen."""
        check_routine_names(routine)
        with self._s.transaction():
            history = self._s.versions.parsed.get(routine.id, [])
            version = next_version(history, routine, at or wall_now(), source)
            if version is not None:  # the version first: a crash between leaves it unused
                upsert(self._s.versions, VERSIONS, version.to_dict())
            upsert(self._s.main, ROUTINES, routine.to_dict())
            return version

    def history(self, routine_id: str) -> list[RoutineVersion]:
        """Every kept version of the routine, oldest first."""
        with self._s.guard():
            return list(self._s.versions.parsed.get(routine_id, []))

    def known_ids(self) -> set[str]:
        """Ids in use or once used (a deleted routine's versions keep its id), so a new
        routine never inherits another's history."""
        with self._s.guard():
            kept = set(self._s.versions.parsed)
        return kept | {r.id for r in self.list(include_hidden=True)}

    def version_of(self, record: SessionRecord) -> RoutineVersion | None:
        """The version a session ran, found by its routine snapshot; ``None`` for a
        session older than the versions the store keeps."""
        return version_of_snapshot(self.history(record.routine_id), record.routine_snapshot)

    def note_used(self, record: SessionRecord) -> None:
        """Keep the routine a session runs as a version, if no version holds it yet (a
        built-in, or a routine saved before versions were kept). Call inside a write."""
        try:
            history = self._s.versions.parsed.get(record.routine_id, [])
        except DamagedFileError:
            # The session is what matters now; the damaged file is reported when the
            # History is opened or the store verified, and is never written over.
            log.warning("routine versions file damaged; a session was saved without its version")
            return
        if version_of_snapshot(history, record.routine_snapshot) is not None:
            return
        routine = self.get(record.routine_id)
        if routine is None or routine.snapshot_id() != record.routine_snapshot:
            return  # edited since the session began; nothing true to keep
        version = next_version(history, routine, record.started_at, Source.USED)
        if version is not None:
            upsert(self._s.versions, VERSIONS, version.to_dict())

    def delete(self, routine_id: str) -> bool:
        """Remove a saved routine (a built-in comes back if this one overrode it)."""
        with self._s.transaction():
            return remove(self._s.main, ROUTINES, routine_id)


class PainRepo:
    def __init__(self, store: Store) -> None:
        self._s = store
        self._files = store.pain_files

    def add(self, entry: PainEntry) -> None:
        """Add an entry, or replace the one with its id (also when its time moved to
        another month: the new copy is written first, then the old one removed)."""
        with self._s.transaction():
            self._files.put(month_key(entry.at), entry.to_dict())

    def list(self, start: date | None = None, end: date | None = None) -> list[PainEntry]:
        with self._s.guard():
            entries = self._files.records(self._files.months_in(start, end))
        return sorted((e for e in entries if _in_range(e.at.date(), start, end)), key=_at)

    def count(self) -> int:
        with self._s.guard():
            return self._files.count()

    def delete(self, entry_id: str) -> bool:
        with self._s.transaction():
            month = self._files.find_month(entry_id)
            return month is not None and self._files.remove(month, entry_id)

    def get(self, entry_id: str) -> PainEntry | None:
        with self._s.guard():
            month = self._files.find_month(entry_id)
            if month is None:
                return None
            return next((e for e in self._files.file(month).parsed if e.id == entry_id), None)

    def usual_location(self, before: datetime) -> str:
        """Where the person's latest entry of the 60 days before ``before`` hurt: the
        default for entries the app writes for them."""
        day = before.date()
        recent = [e for e in self.list(day - timedelta(days=60), day) if e.at < before]
        return recent[-1].location if recent else COMMON_LOCATIONS[0]

    def ids_starting(self, prefix: str) -> list[str]:
        """Ids that begin with ``prefix`` (the short ids ``pain list`` shows), read from
        each month's id index without parsing the entries."""
        with self._s.guard():
            return [
                entry_id
                for month in self._files.months()
                for entry_id in self._files.file(month).index(PAIN)
                if isinstance(entry_id, str) and entry_id.startswith(prefix)
            ]


def _at(entry: PainEntry) -> Any:
    return entry.at


class RunRepo:
    """The run log: one ``history/runs-YYYY-MM.json`` per month, like the pain diary."""

    def __init__(self, store: Store) -> None:
        self._s = store
        self._files = store.run_files

    def add(self, run: Run) -> None:
        """Add a run, or replace the one with its id (moving months if its day moved)."""
        with self._s.transaction():
            self._files.put(month_key(run.started_at), run.to_dict())

    def list(self, start: date | None = None, end: date | None = None) -> list[Run]:
        with self._s.guard():
            runs = self._files.records(self._files.months_in(start, end))
        return sorted((r for r in runs if _in_range(r.day, start, end)), key=lambda r: r.started_at)

    def delete(self, run_id: str) -> bool:
        with self._s.transaction():
            month = self._files.find_month(run_id)
            return month is not None and self._files.remove(month, run_id)


class SessionRepo:
    """Sessions in progress live in ``coach.json``; finished ones move to history.

    The move writes the history file first and then drops the live copy, so a crash
    in between leaves the record twice; readers prefer the history copy."""

    def __init__(self, store: Store) -> None:
        self._s = store
        self._files = store.session_files

    def save(self, record: SessionRecord) -> int:
        """Save the record and, in the same transaction, its before/after pain scores as
        diary entries (see :mod:`coach.domain.pain.capture`); returns how many entries
        were written (0 when they are already there with those scores)."""
        data = record.to_dict()
        with self._s.transaction():
            self._s.routines.note_used(record)
            written = self._capture_pain(record)
            if record.finished:
                self._files.upsert(month_key(record.started_at), data)
                remove(self._s.main, SESSIONS, record.id)  # writes only if it was live
            else:
                upsert(self._s.main, SESSIONS, data)
                month = month_key(record.started_at)
                if self._files.has_month(month):
                    self._files.remove(month, record.id)
        return written

    def _capture_pain(self, record: SessionRecord) -> int:
        """Write the implied before/after entries that are missing or whose score changed.

        An entry the person already has for that session and context (by its fixed id,
        or one logged by hand with the session's id) is kept with their edits; only its
        score follows the record. Looked up in the entry's own month only, so a save
        after every set costs one small file's index, never a scan of the history."""
        if record.pain_before is None and record.pain_after is None:
            return 0
        pain = self._s.pain
        files = self._s.pain_files
        written = 0
        location: str | None = None
        for entry in session_pain_entries(record, COMMON_LOCATIONS[0]):
            month = month_key(entry.at)
            existing = None
            if files.has_month(month):
                # The raw records first, parsing only the few that may match: after a
                # pain write (a journal line) the month's parsed view is stale, and
                # parsing a month again after every set cost more than the write itself.
                # Same answer as the parsed view: candidates in file order, by time.
                maybe = {
                    doc_id: r
                    for doc_id, r in files.raw(month).items()
                    if r.get("id") == entry.id or r.get("session_id") == record.id
                }
                try:
                    candidates = parse_pain({PAIN: maybe})
                except ValueError as exc:  # as the parsed view would report it
                    raise DamagedFileError(files.file(month).path, str(exc)) from None
                existing = next(
                    (
                        e
                        for e in candidates
                        if e.id == entry.id
                        or (e.session_id == record.id and e.context == entry.context)
                    ),
                    None,
                )
            if existing is not None:
                if existing.score != entry.score:
                    pain.add(replace(existing, score=entry.score))
                    written += 1
                continue
            if location is None:
                location = pain.usual_location(record.started_at)
            pain.add(replace(entry, location=location))
            written += 1
        return written

    def _live(self) -> list[SessionRecord]:
        """Live copies whose history copy does not exist (see the class docstring)."""
        on_disk = set(self._files.months())
        settled: dict[str, set[str]] = {}
        out = []
        for record in self._s.main.parsed.sessions.values():
            month = month_key(record.started_at)
            if month in on_disk:
                if month not in settled:
                    settled[month] = {d.get("id") for d in self._files.raw(month).values()}
                if record.id in settled[month]:
                    continue
            out.append(record)
        return out

    def list(self, start: date | None = None, end: date | None = None) -> list[SessionRecord]:
        with self._s.guard():
            records = self._files.records(self._files.months_in(start, end)) + self._live()
        wanted = (r for r in records if _in_range(r.day, start, end))
        return sorted(wanted, key=lambda r: r.started_at)

    def headers(self, start: date | None = None, end: date | None = None) -> list[SessionHeader]:
        """Who did which routine when, as :meth:`list` would give it but without
        parsing the sets of months not read yet (see :class:`SessionHeader`)."""
        with self._s.guard():
            out = self._month_headers(self._files.months_in(start, end))
        wanted = (h for h in out if _in_range(h.day, start, end))
        return sorted(wanted, key=lambda h: h.started_at)

    def _month_headers(self, months: list[str]) -> list[SessionHeader]:
        """The headers of ``months``' sessions and of the live copies (under the guard):
        from the parsed records where a month is parsed, else from its raw documents,
        five to ten times cheaper than parsing the month's sets."""
        out: list[SessionHeader] = []
        for month in months:
            file = self._files.file(month)
            if file.storage.is_parsed():
                out.extend(SessionHeader.of(r) for r in file.parsed)
                continue
            try:
                out.extend(map(SessionHeader.from_dict, self._files.raw(month).values()))
            except ValueError as exc:  # the store's one-line message, as a full read says
                raise DamagedFileError(file.path, str(exc)) from None
        out.extend(SessionHeader.of(r) for r in self._live())
        return out

    def get(self, session_id: str) -> SessionRecord | None:
        with self._s.guard():
            record = self._s.main.parsed.sessions.get(session_id)
            if record is not None and record in self._live():
                return record
            month = self._files.find_month(session_id)
            if month is None:
                return None
            return next((r for r in self._files.file(month).parsed if r.id == session_id), None)

    def last_done(self, months: list[str] | None = None) -> dict[str, date]:
        """The day each routine was last done (a session that ended, for any reason).

        ``months`` limits the history read to those months (sessions in progress are
        always read), so a view can read five years a month per event-loop turn
        instead of in one stall of a second; see :meth:`history_months`. Only the
        sessions' headers are read (1–2 ms a month at five years, against 5–10 ms for
        the whole month): a damaged set is reported by the view that shows it."""
        with self._s.guard():
            records = self._month_headers(self._files.months() if months is None else months)
        out: dict[str, date] = {}
        for record in sorted(records, key=lambda r: r.started_at):
            if record.finished:
                out[record.routine_id] = record.day
        return out

    def history_months(self) -> list[str]:
        """Months with a sessions file, newest first."""
        with self._s.guard():
            return self._files.months()[::-1]

    def unfinished(self) -> list[SessionRecord]:
        with self._s.guard():
            return sorted((r for r in self._live() if not r.finished), key=lambda r: r.started_at)


class SettingsRepo:
    def __init__(self, store: Store) -> None:
        self._s = store

    def get(self, key: str, default: Any = None) -> Any:
        with self._s.guard():
            return self._s.main.parsed.settings.get(key, default)

    def set(self, key: str, value: Any) -> None:
        try:
            json.dumps(value)
        except (TypeError, ValueError):
            raise ValueError(f"setting {key}: the value cannot be saved as JSON") from None
        with self._s.transaction():
            upsert_setting(self._s, key, value)


def upsert_setting(store: Store, key: str, value: Any) -> None:
    table = store.main.table(SETTINGS)
    if table.contains(where("key") == key):
        table.update({"value": value}, where("key") == key)
    else:
        table.insert({"key": key, "value": value})
