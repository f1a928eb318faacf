"""The store: one data folder, opened, validated, migrated and written safely.

Layout (measured, see ``benchmarks/bench_store.py``): ``coach.json`` holds the schema
version, settings, the user's routines and sessions in progress; settled history is
in ``history/{pain,sessions}-YYYY-MM.json``. Opening validates ``coach.json`` fully,
checks every history file cheaply (not empty, not cut short, no NUL bytes) and parses
the months the main window shows; older months are parsed when first asked for, and a
damaged one raises :class:`CorruptStoreError` then. A damaged file is never written.

Concurrency: see :mod:`coach.store.lock` (a write waits up to 3 s for another
process's write, then fails with :class:`StoreLockedError`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from coach.domain.clock import wall_now

from . import backups as bk
from .atomic import atomic_write_bytes, ensure_private_dir, plain_reason, sweep_temps
from .docfile import DocFile, Transaction
from .errors import CorruptStoreError, StoreError, StoreTooNewError
from .history import MonthFiles, check_sentinels
from .journal import journal_path, read_merged
from .lock import DEFAULT_TIMEOUT_MS, WriteLock
from .paths import MAIN_FILE, PENDING, StorePaths, history_not_a_folder
from .pictures import PictureRepo
from .plans import PlanRepo
from .records import (
    PAIN,
    RUNS,
    SCHEMA_VERSION,
    SESSIONS,
    new_main_document,
    parse_main,
    parse_pain,
    parse_runs,
    parse_sessions,
    parse_versions,
    schema_version_of,
    validate_documents,
)
from .repos import PainRepo, RoutineRepo, RunRepo, SessionRepo, SettingsRepo
from .storage import DamagedFileError, encode_document, parse_document

log = logging.getLogger(__name__)
V0_TABLES = {"pain", "sessions", "routines", "settings", "_default"}


class Store:
    def __init__(self, paths: StorePaths, lock_timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
        self.paths = paths
        self.lock = WriteLock(paths.lock, lock_timeout_ms, keep_open=True)
        self.txn = Transaction()
        self.main = DocFile(paths.main, parse_main, self.txn)
        self.pain_files = MonthFiles(paths, PAIN, parse_pain, self.txn)
        self.session_files = MonthFiles(paths, SESSIONS, parse_sessions, self.txn)
        self.versions = DocFile(paths.versions, parse_versions, self.txn)  # parsed when asked
        self.run_files = MonthFiles(paths, RUNS, parse_runs, self.txn)
        self.routines = RoutineRepo(self)
        self.pain = PainRepo(self)
        self.sessions = SessionRepo(self)
        self.runs = RunRepo(self)
        self.settings = SettingsRepo(self)
        self.plans = PlanRepo(self)
        self.pictures = PictureRepo(self)
        self._backup_day: date | None = None
        self._swept = False
        self._created = False  # open() wrote a new coach.json...
        self._new_folders: list[Path] = []  # ...into these folders it made (outermost first)

    @property
    def data_dir(self) -> Path:
        return self.paths.root

    # -- opening -----------------------------------------------------------------
    @classmethod
    def open(cls, data_dir: Path | str, *, lock_timeout_ms: int = DEFAULT_TIMEOUT_MS) -> Store:
        """Open (creating if missing) the store in ``data_dir``; raise a StoreError if it
        is damaged, too new, or cannot be created."""
        paths = StorePaths(Path(data_dir))
        new_folders = _missing_folders(paths.root)
        try:
            ensure_private_dir(paths.root)
        except OSError as exc:
            raise StoreError(
                f"Cannot use the data folder {paths.root}: {plain_reason(exc)}."
            ) from None
        store = cls(paths, lock_timeout_ms)
        store._new_folders = new_folders
        try:
            with store.guard():
                if (paths.root / PENDING).exists():
                    _restore().finish_pending_restore(paths, store.lock)
                store._load()
        except BaseException:
            store.lock.close()  # no lock file left behind by a store that did not open
            raise
        return store

    def _load(self) -> None:
        if self._blank():
            with self.lock.hold():
                if self._blank():
                    self.main.storage.write(new_main_document())
                    self._created = True
        doc = self.main.storage.read() or {}
        try:
            version = schema_version_of(doc)
        except ValueError as exc:
            raise DamagedFileError(self.paths.main, str(exc)) from None
        if version > SCHEMA_VERSION:
            raise StoreTooNewError(self.paths.main, version, SCHEMA_VERSION)
        if version == 0 and not set(doc) & V0_TABLES and self._has_history():
            # A file with no version is a store from before versioning, and such a store
            # keeps its records in tables of its own. "{}" beside history files is a
            # coach.json that lost its content: damage, never a store to migrate as empty.
            raise DamagedFileError(self.paths.main, "it holds no version and none of its tables")
        if version < SCHEMA_VERSION:
            self._migrate(version)
        self.main.parsed  # noqa: B018 - validates coach.json
        if history_not_a_folder(self.paths):
            raise DamagedFileError(self.paths.history, "it is a file, not the history folder")
        self.pain_files.check_all()
        self.session_files.check_all()
        if self.paths.versions.exists():
            check_sentinels(self.paths.versions)
        self.run_files.check_all()
        # Months are parsed when first read, not here: the first screen reads a week of
        # sessions in full and three months without their sets (the pain light), and
        # the app reads ahead the rest after its first paint. Parsing 90 days here cost
        # 17 ms of a five-year store's start before the window could show.

    def months_to_read_ahead(self, since: date) -> list[tuple[str, str]]:
        """``(kind, month)`` of the pain and session months from ``since`` on that are
        not parsed yet, newest first: what a GUI parses one per event-loop turn after
        the window shows, so the first visit to the calendar or a longer chart range
        does not stall for all of them at once."""
        out = []
        with self.guard():
            for files in (self.session_files, self.pain_files):
                out += [
                    (files.kind, m)
                    for m in files.months_in(since, None)[::-1]
                    if not files.file(m).storage.is_parsed()
                ]
        return out

    def first_month(self) -> date | None:
        """The first day of the oldest month with pain or sessions on disk, from the
        folder's listing (nothing is parsed): where "All" on the chart will begin, known
        before the older months are read."""
        with self.guard():
            oldest = [m[0] for m in (self.pain_files.months(), self.session_files.months()) if m]
        if not oldest:
            return None
        year, month = min(oldest).split("-")
        return date(int(year), int(month), 1)

    def read_ahead(self, kind: str, month: str) -> None:
        """Parse one month now (see :meth:`months_to_read_ahead`). A damaged month is
        left for the view that reads it to report."""
        files = {PAIN: self.pain_files, SESSIONS: self.session_files}[kind]
        try:
            with self.guard():
                files.records([month])
        except StoreError:
            pass

    def months_to_index(self) -> list[tuple[str, str]]:
        """``(kind, month)`` of the pain and run months not read yet, newest first. Adding
        an entry looks its id up in every month (an edit may have moved its time), which
        reads each unread month once: 60-70 ms on the first entry of a session at five
        years, unless a GUI reads them ahead, one per event-loop turn (``index_ahead``)."""
        with self.guard():
            return [
                (files.kind, m)
                for files in (self.pain_files, self.run_files)
                for m in files.months()[::-1]
                if not files.file(m).storage.is_loaded()
            ]

    def index_ahead(self, kind: str, month: str) -> None:
        """Read one month's record ids now (see :meth:`months_to_index`); a damaged file
        is left for the write or view that meets it to report."""
        files = {PAIN: self.pain_files, RUNS: self.run_files}[kind]
        try:
            with self.guard():
                files.file(month).index(kind, fresh=False)
        except StoreError:
            pass

    def _blank(self) -> bool:
        """No coach.json, or an empty one with nothing else that could be lost."""
        main = self.paths.main
        if not main.exists():
            return True
        return (
            main.stat().st_size == 0
            and not bk.list_backups(self.paths)
            and not self.pain_files.months()
            and not self.session_files.months()
            and not self.run_files.months()
        )

    def _has_history(self) -> bool:
        return bool(
            self.pain_files.months() or self.session_files.months() or self.run_files.months()
        )

    def _migrate(self, version: int) -> None:
        """Migrate in memory and validate, back the files up, then write (main last)."""
        with self.lock.hold():
            if schema_version_of(self.main.storage.read() or {}) == SCHEMA_VERSION:
                return  # another process migrated while we waited for the lock
            docs = {
                rel: parse_document(path, read_merged(path))
                for rel, path in bk.relative_names(self.paths).items()
            }
            try:
                from .migrations import migrate

                new = migrate(docs)
                validate_documents(new)
            except ValueError as exc:
                raise DamagedFileError(self.paths.main, str(exc)) from None
            name = f"pre-migration-v{version}-{bk.stamp(wall_now())}"
            backup = bk.snapshot(self.paths, name)
            log.info(
                "migrating %s from schema %d after backup %s", self.paths.main, version, backup
            )
            for rel, doc in new.items():
                if rel != MAIN_FILE and docs.get(rel) != doc:
                    atomic_write_bytes(self.paths.root / rel, encode_document(doc))
            self.main.storage.write(new[MAIN_FILE])

    # -- transactions ------------------------------------------------------------
    @contextmanager
    def guard(self) -> Iterator[None]:
        """Turn internal failures into one-line StoreErrors (CorruptStoreError for damage)."""
        try:
            yield
        except DamagedFileError as exc:
            log.error("damaged store file: %s", exc.path)
            raise CorruptStoreError(exc.path, self.newest_backup(), exc.detail) from None
        except OSError as exc:  # unreadable file, vanished folder, permissions
            log.error("store I/O failed in %s: %s", self.paths.root, type(exc).__name__)
            where = exc.filename or self.paths.root
            raise StoreError(f"Could not use {where}: {plain_reason(exc, 'access')}.") from None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write: hold the lock, take the day's first backup, then let the caller write."""
        with self.guard(), self.lock.hold():
            if not self._swept and not (self.paths.root / PENDING).exists():
                for folder in (self.paths.root, self.paths.history, self.paths.backups):
                    sweep_temps(folder)
                self._swept = True
            today = date.today()
            if self._backup_day != today:
                try:
                    bk.auto_backup(self.paths, today)
                except OSError as exc:  # the write itself will report a full disk
                    log.warning("daily backup failed: %s", plain_reason(exc))
                self._backup_day = today
            outer = self.txn.token is None
            if outer:
                self.txn.begin()
            try:
                yield
            finally:
                if outer:
                    self.txn.end()

    def daily_backup(self) -> None:
        """Take today's snapshot now, if it is not taken yet, so the first write of the
        day (often the first set of a session) does not pay for copying the store."""
        with self.transaction():
            pass

    def capture_daily_backup(self) -> bk.CapturedBackup | None:
        """The day's snapshot in two parts, for the app after its first paint: under the
        lock, read every file's bytes (a few ms) and count the day as backed up; return
        the slow part (checking and writing the copy, 30 ms to 0.3 s), which touches
        only ``backups/`` and may run on a worker thread or, from its payload, in
        another process. None when there is nothing to take or the files cannot be
        read (the first write then tries the usual way)."""
        today = date.today()
        if self._backup_day == today:
            return None
        with self.guard(), self.lock.hold():
            if not bk.auto_backup_due(self.paths, today):
                self._backup_day = today
                return None
            try:
                raw = bk.read_raw(self.paths)
            except (OSError, DamagedFileError) as exc:
                log.warning("start-up backup skipped: %s", type(exc).__name__)
                return None
            self._backup_day = today
        return bk.CapturedBackup(self.paths, today, raw)

    def verify(self) -> None:
        """Parse and validate every file in full (≈0.3 s at five years of history);
        raise CorruptStoreError naming the first damaged one. Reads files afresh and
        touches no cache, so a GUI may run it in a worker thread after start-up."""
        bad = _restore().damaged_files(self.paths)
        if bad:
            log.error("damaged store file: %s", bad[0])
            raise CorruptStoreError(bad[0], self.newest_backup())

    # -- backups -----------------------------------------------------------------
    def list_backups(self) -> list[Path]:
        return bk.list_backups(self.paths)

    def newest_backup(self) -> Path | None:
        """See :func:`coach.store.restore.newest_good_backup`."""
        return _restore().newest_good_backup(self.paths)

    def backup(self, dest: Path | None = None) -> Path:
        """Write a single-file backup of every store file (validated first).

        Takes ~0.4 s at five years, so the GUI should call it from a worker thread; the
        write lock is held only while the files are read (a few ms)."""
        now = wall_now()
        with self.guard():
            if dest is None:
                bk.backups_dir_usable(self.paths)
                ensure_private_dir(self.paths.backups)
                dest = self.paths.backups / f"manual-{bk.stamp(now)}.json"
            with self.lock.hold():
                raw = bk.read_raw(self.paths)
            return bk.single_file_backup(self.paths, raw, Path(dest), now)

    @staticmethod
    def restore(data_dir: Path | str, backup_file: Path | str) -> Path:
        return _restore().restore(StorePaths(Path(data_dir)), Path(backup_file))

    @staticmethod
    def start_empty(data_dir: Path | str) -> Path:
        return _restore().start_empty(StorePaths(Path(data_dir)))

    def close(self) -> None:
        self._fold_journals()
        self.main.storage.close()
        self.versions.storage.close()
        for files in (self.pain_files, self.session_files, self.run_files):
            files.release()
        self.lock.close()

    def _fold_journals(self) -> None:
        """Fold the journals this process appended to into their files (one whole write
        each; see :mod:`coach.store.journal`), so the next start reads plain files. Best
        effort: a journal left behind is read just as well."""
        storages = [self.main.storage, self.versions.storage]
        for files in (self.pain_files, self.session_files, self.run_files):
            storages.extend(files.storages())
        pending = [s for s in storages if s.appended()]
        if not pending:
            return
        try:
            with self.transaction():
                for storage in pending:
                    storage.compact()
        except StoreError as exc:
            log.warning("journals left to fold on the next start: %s", exc)

    def discard_if_unused(self) -> None:
        """Close, and undo what ``open`` created if nothing was written since: a
        command refused after opening a new folder (a typo in ``--data-dir``) leaves
        no empty store behind. A store that holds anything is never touched."""
        self.close()
        if not self._created:
            return
        try:
            with self.lock.hold():
                if (
                    self.paths.main.read_bytes() != encode_document(new_main_document())
                    or journal_path(self.paths.main).exists()
                    or self.paths.history.exists()
                    or self.paths.backups.exists()
                ):
                    return
                self.paths.main.unlink()
            self.lock.close()
            for folder in reversed(self._new_folders):
                folder.rmdir()  # only succeeds while empty (the log may be there)
        except (OSError, StoreError):
            pass  # an empty store left behind is harmless


def _restore():
    """The restore module, imported when first needed: it brings the migrations, which
    opening an up-to-date store does not need (a quarter of the store's import time)."""
    from . import restore

    return restore


def _missing_folders(path: Path) -> list[Path]:
    """``path`` and those of its parents that do not exist yet, outermost first."""
    missing = []
    while not path.exists() and path != path.parent:
        missing.append(path)
        path = path.parent
    return missing[::-1]
