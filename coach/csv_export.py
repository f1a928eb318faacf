"""CSV export of the raw records: ``pain.csv``, ``sessions.csv`` and ``sets.csv``.

The files are for a spreadsheet or a physio's own analysis, so each has a header
row, UTF-8 text and ISO 8601 times with their UTC offsets. A cell a spreadsheet would
run as a formula (text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return) is prefixed with a quote: a note such as ``=HYPERLINK(...)`` stays a note.

The files are written to temporary names and renamed into place only when all three
are written, so a failed export leaves no half-written file and no mix of old and new.
Nothing here imports Qt or the store: the caller passes the records, which lets the GUI
reuse it.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from coach.domain.pain import PainEntry
from coach.domain.record import SessionRecord
from coach.domain.session.counts import set_counts

PAIN_HEADER = (
    "id", "at", "score", "location", "side", "context", "note", "session_id", "exercise_id",
)  # fmt: skip
# Set counts are out of the sets the routine planned (coach.domain.session.counts):
# done + skipped + not_reached = planned, the same figures every screen shows.
SESSION_HEADER = (
    "id", "routine_id", "routine_name", "started_at", "ended_at", "end_reason",
    "duration_min", "sets_planned", "sets_done", "sets_skipped", "sets_not_reached",
    "pain_before", "pain_after", "notes",
)  # fmt: skip
SET_HEADER = (
    "session_id", "routine_id", "session_end_reason", "exercise_id", "set_index", "side",
    "planned", "done", "unit", "duration_s", "skipped", "at",
)  # fmt: skip
CSV_FILES = ("pain.csv", "sessions.csv", "sets.csv")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """Neutralise text a spreadsheet would evaluate; numbers and empties pass through."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def pain_rows(entries: Iterable[PainEntry]) -> Iterator[tuple[Any, ...]]:
    for e in entries:
        yield (
            e.id, e.at.isoformat(), e.score, e.location, e.side.value, e.context.value,
            e.note, e.session_id, e.exercise_id,
        )  # fmt: skip


def _reason(s: SessionRecord) -> str:
    return s.end_reason.value if s.end_reason else "in progress"


def session_rows(sessions: Iterable[SessionRecord]) -> Iterator[tuple[Any, ...]]:
    for s in sessions:
        minutes = round((s.ended_at - s.started_at).total_seconds() / 60, 1) if s.ended_at else None
        c = set_counts(s)
        yield (
            s.id, s.routine_id, s.routine_name, s.started_at.isoformat(),
            s.ended_at.isoformat() if s.ended_at else None, _reason(s),
            minutes, c.planned, c.done, c.skipped, c.not_reached,
            s.pain_before, s.pain_after, s.notes,
        )  # fmt: skip


def set_rows(sessions: Iterable[SessionRecord]) -> Iterator[tuple[Any, ...]]:
    for s in sessions:
        for x in s.sets:
            yield (
                s.id, s.routine_id, _reason(s), x.exercise_id, x.set_index, x.side,
                x.planned, x.done, x.unit, round(x.duration_s, 1), x.skipped,
                x.at.isoformat() if x.at else None,
            )  # fmt: skip


def render_csv(header: tuple[str, ...], rows: Iterable[tuple[Any, ...]]) -> str:
    """The whole file as text (records are small: years of use fit in a few MB)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return buf.getvalue()


def _write_temp(path: Path, text: str) -> Path:
    """``text`` in a temporary file beside ``path`` (removed again if writing fails)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def write_csv_export(
    folder: Path, pain: Iterable[PainEntry], sessions: Iterable[SessionRecord]
) -> list[Path]:
    """Write the three files into ``folder`` (created if missing); return their paths.

    All three are rendered before any is written, so bad records fail before the
    folder is touched. ``OSError`` (unwritable folder, full disk) reaches the caller.
    """
    sessions = list(sessions)
    files = {
        "pain.csv": render_csv(PAIN_HEADER, pain_rows(pain)),
        "sessions.csv": render_csv(SESSION_HEADER, session_rows(sessions)),
        "sets.csv": render_csv(SET_HEADER, set_rows(sessions)),
    }
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    # All three are written before any is renamed in, and each old file is kept (a hard
    # link) until all three are in, so a failure part way puts the old ones back: never a
    # new pain.csv beside an old sets.csv.
    temps: dict[Path, Path] = {}
    kept: dict[Path, Path | None] = {}
    try:
        for name, text in files.items():
            temps[folder / name] = _write_temp(folder / name, text)
        for path, tmp in temps.items():
            kept[path] = _keep_old(path)
            os.replace(tmp, path)
    except BaseException:
        for path, old in kept.items():
            if old is not None:
                os.replace(old, path)
            else:
                path.unlink(missing_ok=True)
        raise
    finally:
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)
        for old in kept.values():
            if old is not None:
                old.unlink(missing_ok=True)
    return list(temps)


def _keep_old(path: Path) -> Path | None:
    """A second name for the file at ``path`` (None if there is none), to put it back."""
    if not path.exists():
        return None
    old = path.with_name(f".{path.name}.{os.getpid()}.old")
    old.unlink(missing_ok=True)
    try:
        os.link(path, old)
    except OSError:  # a file system without hard links
        shutil.copy2(path, old)
    return old
