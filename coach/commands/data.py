"""``export-csv``, ``backup`` and ``restore``: getting data out and back in.

``restore --empty`` is only for a damaged store: on a healthy one it would throw
away the person's history with a single command, so it is refused there.
"""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from coach.csv_export import write_csv_export

from .common import CliError, data_dir_of, file_action, open_store, refuse_existing


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
        refuse_existing(dest, args.force)
        if not dest.parent.is_dir():
            raise CliError(f"cannot write {dest}: the folder {dest.parent} does not exist")
    with open_store(data_dir_of(args)) as store, file_action("write", dest or Path("backup")):
        path = store.backup(dest)
    print(f"backup written to {path}")
    return 0


def _summary(data_dir: Path) -> str:
    with open_store(data_dir) as store:
        pain = store.pain.count()
        sessions = len(store.sessions.list())
        own = sum(1 for r in store.routines.list() if not r.builtin)
    return f"{pain} pain entries, {sessions} sessions, {own} routines of your own"


def cmd_restore(args: Namespace) -> int:
    from coach.store import CorruptStoreError, Store
    from coach.store.paths import MAIN_FILE

    data_dir = data_dir_of(args)
    if args.empty:
        if not (data_dir / MAIN_FILE).exists():
            raise CliError(f"there is no store in {data_dir} yet; nothing to replace")
        try:
            with open_store(data_dir):
                pass
        except CorruptStoreError:
            moved = Store.start_empty(data_dir)
            print(f"started an empty store in {data_dir}; the damaged file is kept as {moved}")
            return 0
        raise CliError(
            f"the store in {data_dir} is not damaged; --empty only replaces a damaged store "
            "(use `rehab-coach restore FILE` to go back to a backup)"
        )
    backup = Path(args.file)
    if not backup.is_file():
        raise CliError(f"cannot restore {backup}: no such file")
    with file_action("read", backup):
        Store.restore(data_dir, backup)
    print(f"restored {backup}: {_summary(data_dir)}")
    return 0
