"""``export-csv``, ``backup`` and ``restore``: getting data out and back in.

``restore --empty`` is only for a damaged store: the store moves each damaged file
aside (kept, renamed) and refuses when nothing is damaged, so a healthy history is
never thrown away by one command.
"""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from coach.csv_export import CSV_FILES, write_csv_export

from .common import (
    CliError,
    check_output_file,
    data_dir_of,
    escape_control,
    file_action,
    open_store,
    refuse_inside_data_dir,
)


def cmd_export_csv(args: Namespace) -> int:
    """All three files or none: every target is checked before anything is written
    (existing ones need ``--force``), and the writer renames them in only once all
    three are on disk."""
    folder = Path(args.dir)
    data_dir = data_dir_of(args)
    refuse_inside_data_dir(folder, data_dir)
    if folder.exists() and not folder.is_dir():
        raise CliError(f"cannot write {folder}: it is a file, not a folder")
    targets = [folder / name for name in CSV_FILES]
    if any(t.is_dir() for t in targets):
        found = next(t for t in targets if t.is_dir())
        raise CliError(f"cannot write {found}: it is a folder")
    existing = [t.name for t in targets if t.exists()]
    if existing and not args.force:
        raise CliError(
            f"{folder} already holds {', '.join(existing)}; add --force to overwrite them"
        )
    with open_store(data_dir) as store:
        pain = store.pain.list()
        sessions = store.sessions.list()
    with file_action("write", folder):
        written = write_csv_export(folder, pain, sessions)
    sets = sum(len(s.sets) for s in sessions)
    print(
        f"wrote {len(pain)} pain entries, {len(sessions)} sessions and {sets} sets "
        f"to {escape_control(', '.join(str(p) for p in written))}"
    )
    return 0


def cmd_backup(args: Namespace) -> int:
    dest = Path(args.file) if args.file else None
    data_dir = data_dir_of(args)
    if dest is not None:
        check_output_file(dest, args.force, data_dir)
    with open_store(data_dir) as store:
        path = store.backup(dest)  # a failed write is a one-line StoreError already
    print(f"backup written to {escape_control(path)}")
    return 0


def _summary(data_dir: Path) -> str:
    with open_store(data_dir) as store:
        pain = store.pain.count()
        sessions = len(store.sessions.list())
        own = sum(1 for r in store.routines.list() if not r.builtin)
    return f"{pain} pain entries, {sessions} sessions, {own} routines of your own"


def cmd_restore(args: Namespace) -> int:
    from coach.store import Store

    data_dir = data_dir_of(args)
    if args.empty:
        if not data_dir.is_dir():
            raise CliError(f"there is no store in {data_dir}; nothing to replace")
        moved = Store.start_empty(data_dir)  # refuses (StoreError) when nothing is damaged
        print(
            f"moved the damaged data aside (first file: {moved}); "
            f"the rest of {data_dir} is kept and opens again"
        )
        return 0
    backup = Path(args.file)
    if not backup.exists():  # a single file, or a snapshot folder in backups/
        raise CliError(f"cannot restore {backup}: no such file or folder")
    aside = Store.restore(data_dir, backup)  # unreadable or bad: a one-line StoreError
    print(
        f"restored {escape_control(backup)}: {_summary(data_dir)}; "
        f"the previous files are kept in {escape_control(aside)}"
    )
    return 0
