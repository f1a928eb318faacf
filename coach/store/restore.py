"""Restoring a backup and starting over after damage, both without losing files.

``restore`` validates the whole backup first (parse, migrate in memory, domain
checks), writes it into a staging folder, records the plan in
``restore-pending.json`` and then renames: the current files go aside into
``replaced-YYYYmmdd-HHMMSS/`` and the staged ones take their place. If the process
dies part way, the next ``Store.open`` finds the plan and finishes it (every step is
an idempotent rename), so the folder never ends up half old and half new. The current
store is never read, so this works when it is damaged.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
from pathlib import Path

from coach.domain.clock import wall_now

from .atomic import TEMP_MARK, atomic_write_bytes, ensure_private_dir, fsync_dir, plain_reason
from .backups import (
    checked_when_made,
    list_backups,
    read_backup,
    relative_names,
    stamp,
    verify_file,
)
from .errors import CorruptStoreError, StoreError, StoreTooNewError
from .journal import journal_path, read_merged
from .lock import WriteLock
from .migrations import migrate
from .paths import HISTORY_DIR, MAIN_FILE, PENDING, StorePaths, history_not_a_folder
from .records import SCHEMA_VERSION, schema_version_of, validate_documents
from .storage import DamagedFileError, encode_document, load_json, read_regular

log = logging.getLogger(__name__)


def restore(paths: StorePaths, source: Path) -> Path:
    """Replace the store in ``paths`` by the backup ``source``; return where the old
    files were kept. Raises StoreError in plain words and changes nothing on bad input."""
    try:
        docs = read_backup(source)
        version = schema_version_of(docs[MAIN_FILE])
        if version > SCHEMA_VERSION:
            raise StoreTooNewError(source, version, SCHEMA_VERSION)
        docs = migrate(docs)
        validate_documents(docs)
    except ValueError as exc:
        raise StoreError(f"Cannot restore from {source}: {exc}. Nothing was changed.") from None
    try:
        ensure_private_dir(paths.root)
        with WriteLock(paths.lock).hold():
            now = stamp(wall_now())
            staging = paths.root / f".restore{TEMP_MARK}{now}"
            plan = {"staging": staging.name, "aside": _unused_name(paths.root, f"replaced-{now}")}
            shutil.rmtree(staging, ignore_errors=True)
            try:
                ensure_private_dir(staging / HISTORY_DIR)
                for rel, doc in docs.items():
                    atomic_write_bytes(staging / rel, encode_document(doc))
                atomic_write_bytes(paths.root / PENDING, json.dumps(plan).encode())
            except BaseException:
                # Before the plan is on disk nothing has moved; a half-written copy
                # would only hold on to the space a full disk lacks.
                shutil.rmtree(staging, ignore_errors=True)
                raise
            aside = _roll_forward(paths)
    except OSError as exc:
        raise StoreError(f"Could not restore: {plain_reason(exc)}.") from None
    log.info("restored %s from a backup; previous files in %s", paths.root, aside)
    return aside


def _unused_name(folder: Path, name: str) -> str:
    """``name``, or ``name-2``, ``name-3``... when a restore within the same second
    already kept its files there: rolling forward moves nothing into a folder that
    holds them, and a plan that cannot finish would keep the store from opening."""
    candidate, n = name, 1
    while (folder / candidate).exists():
        n += 1
        candidate = f"{name}-{n}"
    return candidate


_STAGING_NAME = re.compile(r"\.restore\.tmp-[0-9]{8}-[0-9]{6}")
_ASIDE_NAME = re.compile(r"replaced-[0-9]{8}-[0-9]{6}(-[0-9]{1,4})?")


class DamagedPlanError(CorruptStoreError):
    """``restore-pending.json`` cannot be followed; nothing was moved."""

    def __init__(self, path: Path, reason: str) -> None:
        StoreError.__init__(
            self,
            f"The unfinished-restore note {path} {reason}, so it was not followed and nothing "
            "was moved; run `rehab-coach restore --empty` to set it aside (your data stays "
            "as it is) or restore a backup.",
        )
        self.path = Path(path)
        self.newest_backup = None
        self.detail = reason


def read_plan(paths: StorePaths) -> tuple[Path, Path]:
    """The staging and aside folders named in the plan, both confined to the data folder.

    The plan is a file in the folder, so anyone who can write there could plant one: it
    may only name folders by the names ``restore`` itself gives them, directly inside the
    data folder and not symlinks, so following it never touches a path outside."""
    plan_path = paths.root / PENDING
    if plan_path.is_symlink():
        raise DamagedPlanError(plan_path, "is a link elsewhere")
    try:
        plan = load_json(plan_path, read_regular(plan_path, max_bytes=4096))
    except DamagedFileError as exc:
        reason = exc.detail.removeprefix("the file ").removeprefix("it ")
        raise DamagedPlanError(plan_path, reason) from None
    if not isinstance(plan, dict):
        raise DamagedPlanError(plan_path, "is not a restore plan")
    staging, aside = plan.get("staging"), plan.get("aside")
    if not (isinstance(staging, str) and _STAGING_NAME.fullmatch(staging)):
        raise DamagedPlanError(plan_path, "names a staging folder outside the data folder")
    if not (isinstance(aside, str) and _ASIDE_NAME.fullmatch(aside)):
        raise DamagedPlanError(plan_path, "names a folder outside the data folder")
    for name in (staging, aside):
        if (paths.root / name).is_symlink():
            raise DamagedPlanError(plan_path, f"names {name}, which is a link elsewhere")
    return paths.root / staging, paths.root / aside


def _roll_forward(paths: StorePaths) -> Path:
    staging, aside = read_plan(paths)
    ensure_private_dir(aside)
    for name in (HISTORY_DIR, MAIN_FILE):
        current, kept = paths.root / name, aside / name
        if current.exists() and not kept.exists() and (staging / name).exists():
            os.replace(current, kept)
    # coach.json's journal goes aside with it (history's journals went with the folder):
    # left here it would be stale, yet would name a restored file with the same bytes.
    main_journal = journal_path(paths.root / MAIN_FILE)
    if main_journal.exists() and (staging / MAIN_FILE).exists():
        os.replace(main_journal, aside / main_journal.name)
    for name in (HISTORY_DIR, MAIN_FILE):
        if (staging / name).exists():
            os.replace(staging / name, paths.root / name)
    fsync_dir(paths.root)
    shutil.rmtree(staging, ignore_errors=True)
    os.unlink(paths.root / PENDING)
    fsync_dir(paths.root)
    return aside


def finish_pending_restore(paths: StorePaths, lock: WriteLock) -> None:
    """Complete a restore that was interrupted (called by ``Store.open``)."""
    if not (paths.root / PENDING).exists():
        return
    with lock.hold():
        if (paths.root / PENDING).exists():
            log.warning("finishing an interrupted restore in %s", paths.root)
            _roll_forward(paths)


def damaged_files(paths: StorePaths) -> list[Path]:
    """Every store file that does not parse or validate, checked in full."""
    bad: list[Path] = [paths.history] if history_not_a_folder(paths) else []
    for rel, path in relative_names(paths).items():
        try:
            verify_file(path, rel, read_merged(path))
        except (DamagedFileError, ValueError):
            bad.append(path)
    return bad


def newest_good_backup(paths: StorePaths) -> Path | None:
    """The newest backup that would restore, newest first: one checked when it was
    made, else one that verifies now. A snapshot holding the same damage would only
    fail again."""
    return next(
        (b for b in list_backups(paths) if checked_when_made(b) or backup_verifies(b)), None
    )


def backup_verifies(source: Path) -> bool:
    """True when ``source`` would restore: it reads, migrates and validates in full."""
    try:
        docs = read_backup(source)
        if schema_version_of(docs[MAIN_FILE]) > SCHEMA_VERSION:
            return False
        validate_documents(migrate(docs))
    except (ValueError, OSError):
        return False
    return True


def start_empty(paths: StorePaths) -> Path:
    """Move every damaged file aside as ``NAME.damaged-YYYYmmdd-HHMMSS``; return where
    the first went. Undamaged files stay, so damage in one month loses only that month
    (and a damaged ``coach.json`` only settings, saved routines and live sessions)."""
    try:
        with WriteLock(paths.lock).hold():
            bad = damaged_files(paths)
            if (paths.root / PENDING).exists() or (paths.root / PENDING).is_symlink():
                try:
                    read_plan(paths)
                except DamagedPlanError:
                    bad.insert(0, paths.root / PENDING)
            if not bad:
                raise StoreError(f"The data in {paths.root} is not damaged; nothing was moved.")
            suffix = f".damaged-{stamp(wall_now())}"
            moved = []
            for path in bad:
                target = path.with_name(path.name + suffix)
                os.replace(path, target)
                moved.append(target)
                log.warning("moved damaged file aside: %s", target)
                journal = journal_path(path)  # its records go aside with it, untouched
                if journal.exists() or journal.is_symlink():
                    os.replace(journal, journal.with_name(journal.name + suffix))
            fsync_dir(paths.root)
    except OSError as exc:
        raise StoreError(f"Could not move the damaged data aside: {plain_reason(exc)}.") from None
    return moved[0]
