"""Where the data lives: the data folder and the names of the files inside it.

Precedence for the folder: ``--data-dir`` > ``$REHAB_COACH_DATA`` > Qt's AppDataLocation
for this organisation/application (e.g. ``~/.local/share/RehabCoach/rehab-coach``).
QStandardPaths needs the names set on QCoreApplication, which works without an
application instance, so the command line can resolve the folder without a GUI.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from coach import APP_ID, ORG_NAME

ENV_VAR = "REHAB_COACH_DATA"
MAIN_FILE = "coach.json"
LOCK_FILE = "coach.lock"
PENDING = "restore-pending.json"  # an interrupted restore's plan (see restore.py)
HISTORY_DIR = "history"
# Every version of every routine: written when a routine is saved, not on each set, so it
# lives apart from coach.json (which a session rewrites after every set).
VERSIONS_FILE = f"{HISTORY_DIR}/routine-versions.json"
BACKUP_DIR = "backups"
# Pictures the person added to exercises, one file per picture named by its hash.
PICTURES_DIR = "pictures"
# The kinds of settled history, one file per month and kind; every pattern that names a
# history file is built from this one tuple.
HISTORY_KINDS = ("pain", "sessions", "runs")
MONTH_NAME = rf"({'|'.join(HISTORY_KINDS)})-([0-9]{{4}})-([0-9]{{2}})\.json"
_MONTH_FILE = re.compile(MONTH_NAME)


def resolve_data_dir(cli_value: str | None) -> Path:
    """The data folder for this run (not created here)."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_ID)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    if not location:
        return Path.home() / f".{APP_ID}"
    return Path(location)


def inside_data_dir(path: Path | str, data_dir: Path | str) -> bool:
    """True when ``path`` is the data folder or anything in it, once both are resolved
    (symlinks followed, ``..`` removed): a link elsewhere that leads back in counts.
    Every place that writes a file the person chose (CLI or GUI) refuses such a path:
    only the store writes in the data folder."""
    try:
        target = Path(path).expanduser().resolve()
        root = Path(data_dir).expanduser().resolve()
    except (OSError, RuntimeError):  # a symlink loop: not a place to write either
        return True
    return target == root or root in target.parents


def month_key(moment: date | datetime) -> str:
    """``2026-11`` for a date or an aware datetime (its own local calendar)."""
    return f"{moment.year:04d}-{moment.month:02d}"


@dataclass(frozen=True)
class StorePaths:
    """The layout of one data folder.

    ``coach.json`` holds what changes often and is small (settings, the user's
    routines, sessions in progress); settled history is split per month and kind
    under ``history/`` so adding a pain entry rewrites one small file.
    """

    root: Path

    @property
    def main(self) -> Path:
        return self.root / MAIN_FILE

    @property
    def lock(self) -> Path:
        return self.root / LOCK_FILE

    @property
    def history(self) -> Path:
        return self.root / HISTORY_DIR

    @property
    def backups(self) -> Path:
        return self.root / BACKUP_DIR

    @property
    def versions(self) -> Path:
        return self.root / VERSIONS_FILE

    def month_file(self, kind: str, month: str) -> Path:
        return self.history / f"{kind}-{month}.json"

    def month_names(self, kind: str) -> dict[str, str]:
        """``{"2026-11": "pain-2026-11.json"}`` for history files of ``kind``, oldest first.
        Names, not paths: this runs on every write and pathlib is slow."""
        try:
            names = os.listdir(self.history)
        except (FileNotFoundError, NotADirectoryError):
            return {}
        prefix = kind + "-"
        found = {}
        for name in names:
            if name.startswith(prefix):
                m = _MONTH_FILE.fullmatch(name)
                if m and m.group(1) == kind:
                    found[f"{m.group(2)}-{m.group(3)}"] = name
        return dict(sorted(found.items()))

    def month_files(self, kind: str) -> dict[str, Path]:
        """``{"2026-11": path}`` for every history file of ``kind`` on disk, oldest first."""
        history = self.history
        return {month: history / name for month, name in self.month_names(kind).items()}

    def data_files(self) -> list[Path]:
        """Every file that holds records: the main file, all history files and the
        routine versions."""
        files = [self.main] if self.main.exists() else []
        for kind in HISTORY_KINDS:
            files += list(self.month_files(kind).values())
        if self.versions.exists():
            files.append(self.versions)
        return files


def history_not_a_folder(paths: StorePaths) -> bool:
    """``history`` exists but is a file (or a link to one): every month would read as
    empty, so it is damage, moved aside like a damaged file by ``restore --empty``."""
    return (paths.history.exists() or paths.history.is_symlink()) and not paths.history.is_dir()
