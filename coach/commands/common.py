"""Pieces every command shares: plain-words errors, date parsing, the store, tables.

Commands check all their input *before* opening the store, so a refused command
never creates or touches anything on disk.
"""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.domain.text import escape_control
from coach.store.paths import inside_data_dir

if TYPE_CHECKING:
    from coach.store import Store


# for commands: show stored text with controls escaped; test an output path
__all__ = ["escape_control", "inside_data_dir"]


class CliError(Exception):
    """A data problem told to the person in one line; the command exits with 1."""


class UsageError(Exception):
    """The command line itself is wrong (argparse); the command exits with 2."""


def os_error_message(exc: OSError, verb: str = "write", path: Path | str | None = None) -> str:
    """ "cannot write /x/y: permission denied" from an OSError, without errno noise."""
    target = path if path is not None else (exc.filename or "the file")
    reason = (exc.strerror or os.strerror(exc.errno)) if exc.errno else str(exc)
    if exc.errno == errno.ENOSPC:
        reason = "the disk is full"
    return f"cannot {verb} {target}: {(reason or 'failed').lower()}"


@contextmanager
def file_action(verb: str, path: Path) -> Iterator[None]:
    """Turn an OSError while reading or writing ``path`` into a one-line CliError.

    The message names ``path`` as the person typed it, not whatever temporary file
    name the failing call happened to use."""
    try:
        yield
    except OSError as exc:
        raise CliError(os_error_message(exc, verb, path)) from None


def parse_day(option: str, text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise CliError(f"{option} must be a date like 2026-11-21, got {text!r}") from None


def parse_range(start_text: str | None, end_text: str | None) -> tuple[date | None, date | None]:
    """The inclusive ``--from``/``--to`` pair, refused when it is backwards."""
    start = parse_day("--from", start_text)
    end = parse_day("--to", end_text)
    if start and end and start > end:
        raise CliError(f"--from ({start}) is after --to ({end})")
    return start, end


def data_dir_of(args: Any) -> Path:
    from coach.store.paths import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None))


@contextmanager
def open_store(data_dir: Path) -> Iterator[Store]:
    """Open the store for one command and always close it. A command that fails on a
    folder this opening created leaves no store behind (nothing on disk changes)."""
    from coach.store import Store

    store = Store.open(data_dir)
    try:
        yield store
    except BaseException:
        store.discard_if_unused()
        raise
    finally:
        store.close()


def list_command(
    args: Any,
    fetch: Callable[[Store, date | None, date | None], Sequence[Any]],
    *,
    noun: str,
    header: Sequence[str],
    row: Callable[[Any], Sequence[Any]],
    to_json: Callable[[Any], Any] = lambda r: r.to_dict(),
) -> int:
    """``pain list`` and ``session list``: the records between ``--from`` and ``--to``,
    as a JSON array (``--json``, each record by ``to_json``) or a table, or one line
    saying there are none."""
    start, end = parse_range(args.start, args.end)
    with open_store(data_dir_of(args)) as store:
        records = fetch(store, start, end)
    if args.json:
        print(json.dumps([to_json(r) for r in records], indent=2))
    elif not records:
        print(f"no {noun}" + (" in that range" if start or end else ""))
    else:
        print(table(header, [row(r) for r in records]))
    return 0


def refuse_inside_data_dir(path: Path, data_dir: Path | None) -> None:
    """Every command that writes a file calls this first: only the store writes in the
    data folder, so ``routine export X <data>/history/pain-2026-11.json --force`` must
    not replace a month of entries."""
    if data_dir is not None and inside_data_dir(path, data_dir):
        raise CliError(
            f"{path} is inside the data folder {data_dir}, which only Rehab Coach itself "
            "writes; choose a place outside it"
        )


def check_output_file(path: Path, force: bool, data_dir: Path | None = None) -> None:
    """Refuse, before the store is opened, a file to be written that is inside the data
    folder (pass ``data_dir``), exists (without ``--force``), is a folder, or whose
    folder does not exist."""
    refuse_inside_data_dir(path, data_dir)
    if path.exists() and not force:
        raise CliError(f"{path} already exists; add --force to overwrite it")
    if path.is_dir():
        raise CliError(f"{path} is a folder; give a file name")
    if not path.parent.is_dir():
        raise CliError(f"cannot write {path}: the folder {path.parent} does not exist")


def clip(text: str, width: int) -> str:
    text = " ".join(escape_control(t) for t in text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A plain left-aligned text table; numbers are right-aligned."""
    cells = [[("" if v is None else escape_control(v)) for v in row] for row in rows]
    widths = [len(h) for h in header]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    numeric = [
        bool(rows) and all(isinstance(r[i], int | float) for r in rows) for i in range(len(header))
    ]

    def line(values: Sequence[str]) -> str:
        parts = [
            v.rjust(w) if num else v.ljust(w)
            for v, w, num in zip(values, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    out = [line(header), line(["-" * w for w in widths])]
    out.extend(line(row) for row in cells)
    return "\n".join(out)
