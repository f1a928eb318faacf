"""The append-only sidecar journal of one store file (issue 16, goal 3).

Replacing a whole file costs two syncs (the temp file, then the folder); appending one
line to a file kept open costs one ``fdatasync``. So saving one record appends
``<length> <crc32> <json>\\n`` to ``NAME.journal`` beside ``NAME``, where the JSON is
``[table, document id, record or null]``; a read is the base file with the journal
replayed over it (a put replaces the record by document id, ``null`` drops it, so replay
is idempotent). Any whole-file write of ``NAME`` (:func:`~coach.store.atomic.atomic_write_bytes`)
removes the journal after the replace: the new base holds everything.

The first line binds the journal to the exact base it extends: ``RCJ1 <blake2b of the
base>``. A journal whose base was replaced since (a compaction killed between its
replace and the removal, a restore) names another digest and is *stale*: the base
already holds, or deliberately drops, its records, so it is ignored and removed by the
next write. A last line cut short (the append a kill interrupted, which was never
acknowledged because the acknowledgement comes after the sync) holds no newline and is
ignored, then cut away under the write lock before the next append. Anything else that
does not check out (a bad line before a newline, a first line that is not a header, a
file that is not a journal at all) is damage, reported like a damaged base file.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import storage as _st
from .atomic import journal_path

MAGIC = b"RCJ1 "
HEADER_LEN = len(MAGIC) + 32 + 1
# Compaction bounds: a journal past either is folded into its base by the next write
# (and Store.close folds what it appended). High enough that compaction is rare on the
# write path: each set saved appends the whole live session (several KB late in a long
# one), and 256 KB meant a compaction every ~30 sets (bench_store's set-save p95 was
# 3-4 times its p50). Low enough that replaying one after a crash stays a few ms.
MAX_RECORDS = 256
MAX_BYTES = 1024 * 1024
MAX_READ = 16 * 1024 * 1024  # anything larger was not written by us
_LINE = re.compile(rb"([0-9]{1,9}) ([0-9a-f]{8}) ")
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)
Op = tuple[str, str, dict[str, Any] | None]


def base_digest(raw: bytes) -> bytes:
    return hashlib.blake2b(raw, digest_size=16).digest()


def header(digest: bytes) -> bytes:
    return MAGIC + digest.hex().encode("ascii") + b"\n"


def encode_entry(table: str, key: str, record: dict[str, Any] | None) -> bytes:
    """One self-checking line; raises ValueError/RecursionError for an unsavable value."""
    payload = _ENCODER.encode([table, key, record]).encode("utf-8")
    return b"%d %08x %b\n" % (len(payload), zlib.crc32(payload), payload)


@dataclass
class Journal:
    """What a journal holds for one base: ``ops`` to replay, ``good`` bytes that check
    out (the place to cut a torn tail at), ``torn`` when bytes follow them, ``stale``
    when it extends another base (then ``ops`` is empty)."""

    ops: list[Op] = field(default_factory=list)
    good: int = 0
    torn: bool = False
    stale: bool = False


def _damaged(base: Path, detail: str) -> Exception:
    name = journal_path(base).name
    return _st.DamagedFileError(base, f"its journal {name} is damaged: {detail}")


def parse(base: Path, raw: bytes, digest: bytes | None) -> Journal:
    """Check ``raw`` (a journal's bytes) against the base whose digest is ``digest``
    (``None``: no base on disk); DamagedFileError names the base file."""
    end = raw.find(b"\n")
    if end < 0:  # the creating write was cut short: nothing in it was acknowledged
        if MAGIC.startswith(raw[: len(MAGIC)]) and len(raw) < HEADER_LEN:
            return Journal(good=0, torn=bool(raw))
        raise _damaged(base, "it is not a Rehab Coach journal")
    head = raw[: end + 1]
    if len(head) != HEADER_LEN or not head.startswith(MAGIC):
        raise _damaged(base, "it is not a Rehab Coach journal")
    try:
        named = bytes.fromhex(head[len(MAGIC) : -1].decode("ascii"))
    except ValueError:
        raise _damaged(base, "it is not a Rehab Coach journal") from None
    if digest is None or named != digest:
        return Journal(good=len(raw), stale=True)
    ops: list[Op] = []
    pos = len(head)
    size = len(raw)
    while pos < size:
        m = _LINE.match(raw, pos)
        op = None
        if m is not None:
            start = m.end()
            stop = start + int(m.group(1))
            payload = raw[start:stop]
            if (
                stop < size
                and raw[stop : stop + 1] == b"\n"
                and zlib.crc32(payload) == int(m.group(2), 16)
            ):
                op = _op(base, payload)
        if op is None:
            if b"\n" in raw[pos:]:  # a complete line that does not check out
                raise _damaged(base, f"a record at byte {pos} does not check out")
            return Journal(ops=ops, good=pos, torn=True)
        ops.append(op)
        pos = stop + 1
    return Journal(ops=ops, good=pos)


def _op(base: Path, payload: bytes) -> Op:
    try:
        table, key, record = json.loads(payload.decode("utf-8"))
    except (ValueError, RecursionError):
        raise _damaged(base, "a record that checks out is not readable") from None
    if not (
        isinstance(table, str)
        and isinstance(key, str)
        and key.isascii()
        and key.isdigit()
        and str(int(key)) == key
        and (record is None or isinstance(record, dict))
    ):
        raise _damaged(base, "a record that checks out has the wrong shape")
    return table, key, record


def replay(data: dict[str, dict[str, Any]], ops: list[Op]) -> dict[str, dict[str, Any]]:
    """``data`` with ``ops`` applied, as a new document (``data`` is not mutated)."""
    out = dict(data)
    copied: set[str] = set()
    for table, key, record in ops:
        if table not in copied:
            out[table] = dict(out.get(table, {}))
            copied.add(table)
        if record is None:
            out[table].pop(key, None)
        else:
            out[table][key] = record
    return out


def read_journal(base: Path) -> bytes | None:
    """The journal's bytes, or None when there is none; damage names the base."""
    jpath = journal_path(base)
    try:
        return _st.read_regular(jpath, MAX_READ)
    except FileNotFoundError:
        return None
    except _st.DamagedFileError as exc:
        raise _damaged(base, exc.detail) from None


def read_merged(path: Path) -> bytes:
    """The bytes of store file ``path`` as a reader must see them: the base when no live
    journal extends it, else the merged document encoded as a whole write would write
    it. For every reader outside :class:`~coach.store.storage.AtomicJSONStorage`
    (backups, verification, migrations), so a backup is a plain, restorable copy."""
    raw = _st.read_regular(path)
    jraw = read_journal(path)
    if jraw is None:
        return raw
    journal = parse(path, jraw, base_digest(raw))
    if not journal.ops:
        return raw
    return _st.encode_document(replay(_st.parse_document(path, raw), journal.ops))


def fdatasync(fd: int) -> None:
    """``fdatasync`` where there is one (Linux), else ``fsync`` (macOS, Windows)."""
    sync = getattr(os, "fdatasync", None) or os.fsync
    sync(fd)
