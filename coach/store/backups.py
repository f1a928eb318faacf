"""Backups: the daily automatic snapshot, thinning, and single-file backups.

The automatic snapshot is taken before the first change of each day: every store file
is copied into ``backups/auto-YYYY-MM-DD/``. A copy, not a hard link: our own writes
only ever replace files, but a link shares its bytes with the live file, so an editor
that saves in place, a sync tool or a bad disk block would damage the live file and
its "backup" at once. Copying five years (9 MB) costs tens of milliseconds once a day.
Snapshots are thinned to the newest
of each of the last 14 days, 8 ISO weeks and 12 months that have one.

A single-file backup (``rehab-coach backup FILE``) is one JSON document holding every
store file, which is what a person carries to another machine.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import shutil
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from coach import __version__
from coach.domain.text import escape_control as visible

from .atomic import (
    DIR_MODE,
    FILE_MODE,
    POSIX,
    atomic_write_bytes,
    ensure_private_dir,
    fsync_dir,
    plain_reason,
    write_all,
)
from .paths import HISTORY_DIR, MAIN_FILE, MONTH_NAME, StorePaths

log = logging.getLogger(__name__)

FORMAT = "rehab-coach-backup"
FORMAT_VERSION = 1
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 14, 8, 12
VERIFIED_MARK = ".verified"  # in a snapshot whose files were all checked when it was taken
_AUTO = re.compile(r"auto-([0-9]{4}-[0-9]{2}-[0-9]{2})")
_STAMP = re.compile(r"(\d{8}-\d{6})")
_FILE_NAME = re.compile(rf"coach\.json|history/{MONTH_NAME}")
Docs = dict[str, dict[str, Any]]


def stamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def _sort_key(path: Path) -> str:
    m = _AUTO.fullmatch(path.name)
    if m:  # a day's snapshot sorts as taken at the start of that day
        return m.group(1).replace("-", "") + "-000000"
    s = _STAMP.search(path.name)
    return s.group(1) if s else "00000000-000000"


def list_backups(paths: StorePaths) -> list[Path]:
    """Every backup in ``backups/`` (snapshot folders and single files), newest first."""
    if not paths.backups.is_dir() or paths.backups.is_symlink():
        return []  # a link is not followed (see backups_dir_usable)
    found = [
        p
        for p in paths.backups.iterdir()
        if not p.name.startswith(".") and (p.is_dir() or p.suffix == ".json")
    ]
    return sorted(found, key=lambda p: (_sort_key(p), p.name), reverse=True)


def relative_names(paths: StorePaths) -> dict[str, Path]:
    """``{"coach.json": path, "history/pain-2026-11.json": path, ...}`` for files on disk."""
    return {f.relative_to(paths.root).as_posix(): f for f in paths.data_files()}


def verify_file(path: Path, rel: str, raw: bytes) -> None:
    """Parse and validate one store file in full; DamagedFileError if it is damaged.
    A ``coach.json`` from a newer app is not damage (opening refuses it on its own)."""
    from .records import SCHEMA_VERSION, parse_main, schema_version_of, validate_documents
    from .storage import DamagedFileError, parse_document

    doc = parse_document(path, raw)
    try:
        if rel == MAIN_FILE:
            version = schema_version_of(doc)
            if version == SCHEMA_VERSION:
                parse_main(doc)
        else:
            validate_documents({rel: doc})
    except ValueError as exc:
        raise DamagedFileError(path, str(exc)) from None


def _newest_auto(paths: StorePaths) -> Path | None:
    return next((p for p in list_backups(paths) if _AUTO.fullmatch(p.name)), None)


def snapshot(
    paths: StorePaths, name: str, verify: bool = False, raw: dict[str, bytes] | None = None
) -> Path:
    """Copy every store file into ``backups/name``; the folder appears all at once.

    With ``verify`` each file is checked in full before it goes in (DamagedFileError
    otherwise, and no snapshot): a copy of a damaged month cannot be restored, yet it
    would be offered as the newest backup and thinning would drop older good ones for
    it. Files identical to the previous day's snapshot were checked then, so a normal
    day checks only the month or two that changed. ``raw`` (from :func:`read_raw`, read
    under the lock) is written instead of the files on disk: the app captures the set in
    a few milliseconds and verifies and writes it on a worker thread while the store is
    in use, so later writes cannot slip into the day's "before" copy. A file with a
    journal goes in merged (see :mod:`coach.store.journal`): a backup is plain files."""
    backups_dir_usable(paths)
    ensure_private_dir(paths.backups)
    final = paths.backups / name
    tmp = paths.backups / f".{name}.tmp-{os.getpid()}"
    previous = _newest_auto(paths) if verify else None
    shutil.rmtree(tmp, ignore_errors=True)
    try:
        (tmp / HISTORY_DIR).mkdir(parents=True, mode=DIR_MODE)
        if raw is None:
            raw = read_raw(paths)
        for rel, data in raw.items():
            dst = tmp / rel
            if verify and not _same_bytes(previous, rel, data):
                verify_file(paths.root / rel, rel, data)
            _write_copy(dst, data)
            if POSIX:
                os.chmod(dst, FILE_MODE)
        if verify:
            (tmp / VERIFIED_MARK).touch(mode=FILE_MODE)
        if POSIX:
            os.chmod(tmp, DIR_MODE)
        if final.exists():
            shutil.rmtree(final)
        os.replace(tmp, final)
    except BaseException:
        # A half copy on a full disk would hold on to the space the next write needs.
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    fsync_dir(paths.backups)
    return final


def _write_copy(path: Path, data: bytes) -> None:
    """One file of a snapshot from bytes read earlier (the folder is renamed into place
    and synced as a whole once every file is in)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), FILE_MODE)
    try:
        write_all(fd, data)
    finally:
        os.close(fd)


def checked_when_made(backup: Path) -> bool:
    """A snapshot taken with ``verify`` or a single-file backup (validated before it is
    written): offering it needs no second full check. Restoring it checks it anyway."""
    if backup.is_dir():
        return (backup / VERIFIED_MARK).is_file()
    return backup.name.startswith("manual-")


def _same_bytes(previous: Path | None, rel: str, raw: bytes) -> bool:
    if previous is None:
        return False
    try:
        return (previous / rel).read_bytes() == raw
    except OSError:
        return False


def backups_dir_usable(paths: StorePaths) -> None:
    """Refuse a ``backups`` that is a link: snapshots would be written, chmod'ed and
    thinned wherever it points, outside the data folder."""
    if paths.backups.is_symlink():
        raise OSError(errno.ELOOP, "the backups folder is a link", str(paths.backups))


def auto_backup(paths: StorePaths, today: date, raw: dict[str, bytes] | None = None) -> Path | None:
    """Snapshot before the first change of ``today``; None if there is one already, or
    if a store file is damaged (logged: the snapshot would be useless, see
    :func:`snapshot`; the person hears of the damage when the file is read)."""
    from .storage import DamagedFileError

    name = f"auto-{today.isoformat()}"
    if (paths.backups / name).exists() or not paths.main.exists():
        return None
    try:
        path = snapshot(paths, name, verify=True, raw=raw)
    except DamagedFileError as exc:
        log.warning("daily backup skipped: damaged store file %s", exc.path)
        return None
    thin(paths)
    return path


@dataclass(frozen=True)
class CapturedBackup:
    """The day's snapshot as read under the lock (see ``Store.capture_daily_backup``),
    to be checked and written later: call it, on a worker thread, or hand
    :meth:`payload` to another process, which rebuilds it with :meth:`from_payload`."""

    paths: StorePaths
    today: date
    raw: dict[str, bytes]

    def __call__(self) -> None:
        try:
            auto_backup(self.paths, self.today, self.raw)
        except OSError as exc:  # a full disk: the next write will say so
            log.warning("daily backup failed: %s", plain_reason(exc))

    def payload(self) -> bytes:
        """One JSON line (the folder, the day, each file's name and length), then the
        files' bytes one after another."""
        return b"".join(self.payload_parts())

    def payload_parts(self) -> list[bytes]:
        """:meth:`payload` as its head line and then each file's bytes, for a caller
        that writes it a part at a time: joining eleven megabytes (five years) is a
        5 ms copy of its own."""
        head = {
            "root": str(self.paths.root),
            "today": self.today.isoformat(),
            "files": [[rel, len(data)] for rel, data in self.raw.items()],
        }
        return [json.dumps(head).encode() + b"\n", *self.raw.values()]

    @classmethod
    def from_payload(cls, payload: bytes) -> CapturedBackup:
        """The inverse of :meth:`payload`; ValueError when it is cut short or garbled
        (nothing is then written)."""
        line, _, body = payload.partition(b"\n")
        head = json.loads(line)
        raw, at = {}, 0
        for rel, size in head["files"]:
            if not isinstance(rel, str) or not isinstance(size, int) or at + size > len(body):
                raise ValueError("the backup's payload is cut short")
            raw[rel] = body[at : at + size]
            at += size
        if at != len(body):
            raise ValueError("the backup's payload has bytes left over")
        return cls(StorePaths(Path(head["root"])), date.fromisoformat(head["today"]), raw)


def auto_backup_due(paths: StorePaths, today: date) -> bool:
    """Whether :func:`auto_backup` would take a snapshot for ``today``."""
    return paths.main.exists() and not (paths.backups / f"auto-{today.isoformat()}").exists()


def thin(paths: StorePaths) -> list[Path]:
    """Delete automatic snapshots outside 14 daily / 8 weekly / 12 monthly buckets."""
    autos: list[tuple[date, Path]] = []
    for p in list_backups(paths):
        m = _AUTO.fullmatch(p.name)
        if m:
            autos.append((date.fromisoformat(m.group(1)), p))
    keep: set[Path] = set()
    rules = (
        (KEEP_DAILY, lambda d: d),
        (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda d: (d.year, d.month)),
    )
    for limit, bucket in rules:
        seen: set[Any] = set()
        for day, p in autos:  # newest first: the first one met in a bucket is kept
            key = bucket(day)
            if key not in seen and len(seen) < limit:
                seen.add(key)
                keep.add(p)
    removed = [p for _, p in autos if p not in keep]
    for p in removed:
        shutil.rmtree(p, ignore_errors=True)
    return removed


def read_raw(paths: StorePaths) -> dict[str, bytes]:
    """The bytes of every store file, ``coach.json`` first. Take the write lock around
    this (it is quick) so no file changes half way through the set. A file with a
    journal is read merged, as a backup must hold it."""
    from .journal import read_merged

    return {rel: read_merged(path) for rel, path in relative_names(paths).items()}


def single_file_backup(paths: StorePaths, raw: dict[str, bytes], dest: Path, now: datetime) -> Path:
    """Validate the files read by :func:`read_raw`, then write them all into ``dest``.
    Runs without the lock: validating five years takes ~0.3 s."""
    from .records import validate_documents
    from .storage import DamagedFileError, parse_document

    for rel, data in raw.items():
        try:
            validate_documents({rel: parse_document(paths.root / rel, data)})
        except ValueError as exc:
            raise DamagedFileError(paths.root / rel, str(exc)) from None
    return write_single_file(raw, dest, now)


def write_single_file(raw_files: dict[str, bytes], dest: Path, now: datetime) -> Path:
    """Write one JSON document holding every store file (raw bytes embedded as-is)."""
    head = {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__}
    head["created"] = now.isoformat()
    parts = [json.dumps(head, ensure_ascii=False)[:-1].encode(), b',"files":{']
    parts.append(
        b",".join(json.dumps(name).encode() + b":" + raw for name, raw in raw_files.items())
    )
    parts.append(b"}}")
    dest.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(dest, b"".join(parts))
    return dest


def read_backup(source: Path) -> Docs:
    """The documents in a single-file backup or a snapshot folder; ValueError in plain words.

    Only regular files are read, each up to a size cap: ``restore /dev/zero`` or a FIFO
    is refused at once instead of filling memory or hanging."""
    from .storage import DamagedFileError, check_document, load_json, parse_document, read_regular

    docs: Docs = {}
    try:
        if source.is_dir():
            if not (source / MAIN_FILE).is_file():
                raise ValueError(f"it holds no {MAIN_FILE}")
            files = [source / MAIN_FILE, *sorted((source / HISTORY_DIR).glob("*.json"))]
            for f in files:
                rel = f.relative_to(source).as_posix()
                if _FILE_NAME.fullmatch(rel):
                    try:
                        docs[rel] = parse_document(f, read_regular(f))
                    except DamagedFileError as exc:
                        raise ValueError(f"{rel}: {exc.detail}") from None
        else:
            data = load_json(source, read_regular(source))
            if not isinstance(data, dict) or data.get("format") != FORMAT:
                raise ValueError("it is not a Rehab Coach backup file")
            if data.get("format_version") != FORMAT_VERSION:
                raise ValueError("it was made by a newer Rehab Coach")
            files_in = data.get("files")
            if not isinstance(files_in, dict):
                raise ValueError("it holds no store files")
            for rel, doc in files_in.items():
                if not _FILE_NAME.fullmatch(rel):
                    raise ValueError(f"it names an unexpected file {visible(rel)}")
                try:
                    docs[rel] = check_document(source, doc, rel.rsplit("/", 1)[-1])
                except DamagedFileError as exc:
                    raise ValueError(f"{rel}: {exc.detail}") from None
    except FileNotFoundError:
        raise ValueError("the file does not exist") from None
    except OSError as exc:
        raise ValueError(f"it cannot be read ({plain_reason(exc, 'read')})") from None
    except DamagedFileError as exc:
        raise ValueError(exc.detail.replace("the file", "it", 1)) from None
    if MAIN_FILE not in docs:
        raise ValueError("it holds no coach.json")
    return docs
