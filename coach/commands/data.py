"""``export-csv``, ``backup`` and ``restore``: getting data out and back in.

``restore --empty`` is only for a damaged store: the store moves each damaged file
aside (kept, renamed) and refuses when nothing is damaged, so a healthy history is
never thrown away by one command.
"""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from coach.csv_export import write_csv_export

from .common import CliError, check_output_file, data_dir_of, file_action, open_store


def cmd_export_csv(args: Namespace) -> int:
    folder = Path(args.dir)
    if folder.exists() and not folder.is_dir():
        raise CliError(f"cannot write {folder}: it is a file, not a folder")
    with open_store(data_dir_of(args)) as store:
        pain = store.pain.list()
        sessions = store.sessions.list()
    with file_action("write", folder):
        written = write_csv_export(folder, pain, sessions)
    sets = sum(len(s.sets) for s in sessions)
    print(
        f"wrote {len(pain)} pain entries, {len(sessions)} sessions and {sets} sets "
        f"to {', '.join(str(p) for p in written)}"
    )
    return 0


def cmd_backup(args: Namespace) -> int:
    dest = Path(args.file) if args.file else None
    if dest is not None:
        check_output_file(dest, args.force)
    with open_store(data_dir_of(args)) as store:
        path = store.backup(dest)  # a failed write is a one-line StoreError already
    print(f"backup written to {path}")
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
    print(f"restored {backup}: {_summary(data_dir)}; the previous files are kept in {aside}")
    return 0
