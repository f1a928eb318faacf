"""A TinyDB storage that writes all-or-nothing and notices other processes' writes.

TinyDB rewrites the whole document on every change. Its own ``JSONStorage`` does that
in place (truncate, then write), which a full disk or a kill turns into a broken file;
this storage goes through :func:`atomic_write_bytes` instead. No CachingMiddleware: a
write is on disk when ``write`` returns.

Reads keep the parsed document in memory and reload when the file's (inode, size,
mtime_ns) changes, because the command line may write while the GUI is open. A
signature is only trusted once the file is older than :data:`RACY_NS` (as git does for
its index): a file replaced twice within one timestamp tick with the same size could
otherwise look unchanged. A recent file is re-read and compared by digest instead.
A failed write drops the in-memory copy, since TinyDB has already mutated it.

Except for a file this process has just written (POSIX): it is kept open ("pinned")
while it is recent. An open file's inode cannot be freed, so no other file can reuse
its number; and store files are only ever replaced, never changed in place. So while
the name still leads to the pinned inode and that inode's size, mtime and ctime are
as we wrote them, it holds our bytes, and the next write (often within two seconds: a
set, then the pain score) does not re-read and hash the file. Windows keeps the digest
check: a file held open there could not be replaced by the next write.

One-record writes (:meth:`AtomicJSONStorage.write_record`) append to the file's sidecar
journal instead of replacing it (one fdatasync instead of two syncs; see
:mod:`coach.store.journal`). The document is the base with the journal replayed, and
the journal's signature is part of the file's: another process's append is seen.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import time
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb.storages import Storage

from . import journal as jr
from .atomic import FILE_MODE, POSIX, atomic_write_bytes, fsync_dir, write_all, write_error
from .paths import MONTH_NAME

if TYPE_CHECKING:
    from .docfile import Transaction

RACY_NS = 2_000_000_000
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)
Doc = dict[str, dict[str, Any]]


class DamagedFileError(Exception):
    """Internal: a file does not parse or validate. The store turns it into
    :class:`CorruptStoreError` with the newest backup named."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


MAX_FILE_BYTES = 256 * 1024 * 1024  # five years of history is ~9 MB in all
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
_MONTH_NAME = re.compile(MONTH_NAME)


def read_regular(path: Path, max_bytes: int | None = None) -> bytes:
    """The bytes of ``path`` if it is a regular file no larger than ``max_bytes``;
    DamagedFileError otherwise. A folder, a FIFO or a device in a file's place is
    damage (a FIFO would hang the read), never an I/O failure of the disk."""
    import stat

    max_bytes = MAX_FILE_BYTES if max_bytes is None else max_bytes
    st = os.stat(path)
    if stat.S_ISDIR(st.st_mode):
        raise DamagedFileError(path, "it is a folder, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise DamagedFileError(path, "it is not a regular file")
    if st.st_size > max_bytes:
        raise DamagedFileError(path, f"it is larger than {max_bytes // 2**20} MB")
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise DamagedFileError(path, f"it is larger than {max_bytes // 2**20} MB")
    return data


def load_json(path: Path, raw: bytes) -> Any:
    """Parse untrusted JSON bytes; every way it can be bad is a DamagedFileError in
    plain words: not UTF-8, not JSON, a number too long, nesting too deep for the parser,
    or text that is not valid Unicode (a lone surrogate escape, which would otherwise
    fail only when written)."""
    if not raw.strip():
        raise DamagedFileError(path, "the file is empty")
    if b"\x00" in raw:
        raise DamagedFileError(path, "the file contains NUL bytes")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise DamagedFileError(path, "the file is not UTF-8 text") from None
    except json.JSONDecodeError:
        raise DamagedFileError(path, "the file is not valid JSON") from None
    except ValueError:  # Python refuses integers of more than 4,300 digits
        raise DamagedFileError(path, "the file holds a number too long to be real") from None
    except RecursionError:
        # Deeper than Python's recursion limit (~1,000 levels). Shallower oddities need no
        # walk of their own (it would cost half the parse): records are rebuilt by the
        # domain, and a write that still meets one is refused in AtomicJSONStorage.write.
        raise DamagedFileError(path, "the file is nested too deeply to be a store file") from None
    if _SURROGATE_ESCAPE.search(raw):  # rare: only a hand-edited file escapes these
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise DamagedFileError(path, "the file holds text that is not valid Unicode") from None
    return data


def _numeric_keys(table: dict[str, Any]) -> bool:
    """Every key a distinct TinyDB document id ("1", "2"...), checked without a loop in
    Python: this runs over every record of every file read. ("01" beside "1" would be
    one record to TinyDB, and one of the two would vanish on the next write.)"""
    if not table:
        return True
    joined = "".join(table)
    return (
        joined.isascii()
        and joined.isdigit()
        and "" not in table
        and len(set(map(int, table))) == len(table)
    )


def parse_document(path: Path, raw: bytes) -> Doc:
    """Parse ``raw`` as a TinyDB document (an object of objects) or raise DamagedFileError."""
    return check_document(path, load_json(path, raw))


def check_document(path: Path, data: Any, name: str | None = None) -> Doc:
    """``data`` if it is shaped like a TinyDB document, else DamagedFileError. For JSON
    already parsed, such as one file inside a single-file backup (``name`` is then the
    file's name inside the backup; it defaults to ``path``'s).

    A month file must hold exactly the table its name promises (``pain-2026-11.json``
    holds ``pain``): ``{}`` or a ``sessions`` table there is damage, not an empty month,
    or a restore would silently drop a month of records. Record keys must be TinyDB's
    whole-number document ids."""
    if not isinstance(data, dict):
        raise DamagedFileError(path, "the top level is not an object")
    for table_name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(d, dict) for d in table.values()):
            raise DamagedFileError(path, f"table {table_name!r} is not an object of records")
        if not _numeric_keys(table):
            raise DamagedFileError(
                path, f"table {table_name!r} has record keys that are not distinct numbers"
            )
    month = _MONTH_NAME.fullmatch(name if name is not None else Path(path).name)
    if month and list(data) != [month.group(1)]:
        found = ", ".join(repr(t) for t in data) or "no table"
        raise DamagedFileError(
            path, f"it should hold one {month.group(1)!r} table but holds {found}"
        )
    return data


def encode_document(data: Doc) -> bytes:
    """Compact UTF-8 JSON. No check for cycles (JSON-made data has none, and one would
    raise RecursionError, which a write turns into a refusal): it is a tenth of the cost
    of encoding a month, paid on every write."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), check_circular=False).encode(
        "utf-8"
    )


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)
# {table: {document id: b'"id":{...}'}}: each record as it appears in the file.
Fragments = dict[str, dict[str, bytes]]


def encode_record(key: str, record: dict[str, Any]) -> bytes:
    """``"key":{record}`` as :func:`encode_document` writes it inside its table."""
    return _ENCODER.encode(key).encode("utf-8") + b":" + _ENCODER.encode(record).encode("utf-8")


def encode_fragments(data: Doc) -> Fragments:
    """Each record of ``data`` encoded on its own: :func:`join_fragments` of the result
    is byte for byte ``encode_document(data)``, so a write that changes one record
    encodes only that record (a month file holds ~100 of them)."""
    return {
        table: {key: encode_record(key, record) for key, record in records.items()}
        for table, records in data.items()
    }


def join_fragments(frags: Fragments) -> bytes:
    """The document whose records are ``frags``, as :func:`encode_document` writes it."""
    enc = _ENCODER.encode
    return b"{%b}" % b",".join(
        b"%b:{%b}" % (enc(table).encode("utf-8"), b",".join(recs.values()))
        for table, recs in frags.items()
    )


class AtomicJSONStorage(Storage):
    """One JSON file; ``validator`` turns the document into domain objects (or raises
    ``ValueError``) and its result is kept as :attr:`parsed` until the file changes."""

    def __init__(
        self,
        path: Path,
        validator: Callable[[Doc], Any] | None = None,
        txn: Transaction | None = None,
    ) -> None:
        self.path = Path(path)
        self.validator = validator
        self._txn = txn
        self._checked_in: int | None = None
        self._data: Doc | None = None
        self._sig: tuple[int, int, int] | None = None
        self._digest: bytes | None = None
        self._loaded = False
        self._parsed: Any = None
        self._parsed_ok = False
        self._valid = False
        self._frags: Fragments | None = None  # per-record encodings of _data, if known
        self._pin: weakref.finalize | None = None  # closes the pinned file's descriptor
        self._pin_stat: tuple[int, int, int, int] | None = None
        self._pin_fd = -1
        # The sidecar journal (coach.store.journal): its signature as last seen, whether
        # that signature can be trusted (False after reading a torn tail), the base's
        # digest it must name, a running hash of base + journal (for _digest), and
        # the descriptor appends go through (POSIX keeps it open; Windows could not
        # then remove the journal when another process compacts).
        self.journal_path = jr.journal_path(self.path)
        self._jsig: tuple[int, int, int, int] | None = None
        self._jtrusted = True
        self._jlive = False  # a journal extending the current base is on disk
        self._jtorn = False
        self._jgood = 0
        self._jcount = 0
        self._bdigest: bytes | None = None
        self._jhash: Any = None
        self._jfd = -1
        self._jfin: weakref.finalize | None = None
        self._appended = False
        self.external_changes = 0  # bumped when the file changed under us
        self.version = 0  # bumped whenever the in-memory document changes

    # -- reading ---------------------------------------------------------------
    def _stat(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.path)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns)

    def _jstat(self) -> tuple[int, int, int, int] | None:
        try:
            st = os.stat(self.journal_path)
        except FileNotFoundError:
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)

    def refresh(self) -> bool:
        """Reload if the file or its journal changed on disk; return True when the
        content changed.

        A journal signature we recorded from a journal that checked out to its end can
        be trusted at once: others change a journal only under the write lock, by
        appending (it grows), by cutting a torn tail (there is none) or by replacing the
        base (the base's own check sees that)."""
        token = self._txn.token if self._txn else None
        if token is not None and self._loaded and self._checked_in == token:
            return False
        self._checked_in = token
        sig = self._stat()
        jsig = self._jstat()
        racy = sig is not None and time.time_ns() - sig[2] < RACY_NS
        if self._loaded and sig == self._sig and jsig == self._jsig and self._jtrusted:
            if not racy:
                self._unpin()
                return False
            if self._pinned_unchanged():
                return False
        self._unpin()
        self._close_journal()
        if sig is None:
            data, digest = None, None
            self._set_journal(None, jr.Journal(stale=jsig is not None), None, jsig)
        else:
            raw = read_regular(self.path)
            bdigest = jr.base_digest(raw)
            jraw = jr.read_journal(self.path) if jsig is not None else None
            journal = jr.parse(self.path, jraw, bdigest) if jraw is not None else None
            digest = self._set_journal(bdigest, journal, jraw, jsig)
            if self._loaded and digest == self._digest:
                self._sig = sig
                return False
            data = parse_document(self.path, raw)
            if journal is not None and journal.ops:
                data = check_document(self.path, jr.replay(data, journal.ops))
        changed = self._loaded
        self._data, self._sig, self._digest, self._loaded = data, sig, digest, True
        self._frags = None
        self._parsed_ok = False
        self._valid = False
        self.version += 1
        if changed:
            self.external_changes += 1
        return changed

    def _set_journal(
        self,
        bdigest: bytes | None,
        journal: jr.Journal | None,
        jraw: bytes | None,
        jsig: tuple[int, int, int, int] | None,
    ) -> bytes | None:
        """Record what was read of the journal; return the digest of base + journal."""
        self._bdigest = bdigest
        self._jsig = jsig
        live = journal is not None and not journal.stale and jraw is not None and journal.good > 0
        self._jlive = live
        self._jtorn = journal is not None and journal.torn
        self._jtrusted = not self._jtorn
        self._jgood = journal.good if journal is not None else 0
        self._jcount = len(journal.ops) if journal is not None else 0
        if not live or bdigest is None:
            self._jhash = None
            return bdigest
        self._jhash = hashlib.blake2b(bdigest, digest_size=16)
        self._jhash.update(jraw[: journal.good])  # type: ignore[index, union-attr]
        return self._jhash.copy().digest()

    def read(self) -> Doc | None:
        self.refresh()
        return self._data

    def last_read(self) -> Doc | None:
        """The document as last seen, without asking the disk again (loads it once)."""
        if not self._loaded:
            self.refresh()
        return self._data

    @property
    def parsed(self) -> Any:
        """The validator's view of the current document (validated once per change)."""
        self.refresh()
        if not self._parsed_ok:
            data = self._data or {}
            try:
                self._parsed = self.validator(data) if self.validator else data
            except ValueError as exc:
                raise DamagedFileError(self.path, str(exc)) from None
            self._parsed_ok = self._valid = True
        return self._parsed

    def is_loaded(self) -> bool:
        """The document has been read once (it may have changed on disk since)."""
        return self._loaded

    def is_parsed(self) -> bool:
        """The validator's view is at hand for the document as last read (no disk check)."""
        return self._loaded and self._parsed_ok

    def ensure_valid(self) -> None:
        """Validate before the first write after a load, so a file holding a record the
        domain refuses is never rewritten. Our own writes add only domain-made records,
        so a file stays valid across them without being parsed again."""
        self.refresh()
        if not self._valid:
            self.parsed  # noqa: B018 - raises DamagedFileError

    # -- writing ---------------------------------------------------------------
    def write(self, data: Doc) -> None:
        """Write the whole document (TinyDB's way in: it may have changed any record in
        place, so every record is encoded again)."""
        try:
            raw = encode_document(data)
        except (RecursionError, ValueError):  # a hand-edited oddity kept in a record
            self.forget()
            raise DamagedFileError(self.path, "it holds a value that cannot be saved") from None
        self._commit(data, raw, None)

    def write_record(self, table: str, key: str, record: dict[str, Any] | None) -> None:
        """Write the current document with one record replaced, added (``record``) or
        removed (``None``), encoding only that record: as one journal line (see
        :mod:`coach.store.journal`), or, for a new file or a full journal, as a whole
        write in which the others keep the bytes they were last written or read with.
        The document in memory is never mutated in place (a new table dict replaces the
        old), which is what makes the cached encodings trustworthy. Call after
        :meth:`ensure_valid` inside the write lock."""
        data = self._data or {}
        if self._sig is not None and self._bdigest is not None and self._jcount < jr.MAX_RECORDS:
            # The everyday path: one journal line; no per-record encodings are needed
            # (they are dropped, and a compaction encodes the document whole).
            try:
                entry = jr.encode_entry(table, key, record)
            except (RecursionError, ValueError):
                self.forget()
                raise DamagedFileError(self.path, "it holds a value that cannot be saved") from None
            if self._jgood + len(entry) <= jr.MAX_BYTES:
                new_table = dict(data.get(table, {}))
                if record is None:
                    new_table.pop(key, None)
                else:
                    new_table[key] = record
                self._append(entry)
                self._data, self._frags = {**data, table: new_table}, None
                self._parsed_ok = False
                self.version += 1
                return
        # A new file, or a journal past its bound: one whole write (a compaction).
        try:
            if self._frags is None:
                self._frags = encode_fragments(data)
            encoded = None if record is None else encode_record(key, record)
        except (RecursionError, ValueError):
            self.forget()
            raise DamagedFileError(self.path, "it holds a value that cannot be saved") from None
        new_table = dict(data.get(table, {}))
        new_frag = dict(self._frags.get(table, {}))
        if record is None:
            new_table.pop(key, None)
            new_frag.pop(key, None)
        else:
            new_table[key] = record
            new_frag[key] = encoded  # type: ignore[assignment]
        frags = {**self._frags, table: new_frag}
        self._commit({**data, table: new_table}, join_fragments(frags), frags)

    def compact(self) -> bool:
        """Fold the journal into the base (one whole write); call inside the write
        lock. True if there was a journal to fold."""
        self.refresh()
        if not self._jlive and self._jsig is None:
            return False
        data = self._data
        if data is None:
            return False
        raw = join_fragments(self._frags) if self._frags else encode_document(data)
        self._commit(data, raw, self._frags)
        return True

    def appended(self) -> bool:
        """This process appended to the journal since the file was last written whole
        (what :meth:`Store.close` folds in; a command that only read leaves files be)."""
        return self._appended

    # -- the journal (see coach.store.journal) ------------------------------------
    def _append(self, entry: bytes) -> None:
        """Append ``entry`` durably: one write and one fdatasync to an open journal; a
        new journal (none yet, or a stale one) also syncs its folder, once. A torn tail
        left by a killed writer is cut first. On failure the journal is cut back to
        what it held, so a refused write leaves no record behind."""
        start = self._jgood if self._jlive else 0
        created = False
        try:
            if not self._jlive:
                self._close_journal()
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self.journal_path)  # stale, or a header a kill cut short
                entry = jr.header(self._bdigest) + entry  # type: ignore[arg-type]
                flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND
                self._jfd = os.open(self.journal_path, flags | _NOFOLLOW | _BINARY, FILE_MODE)
                created = True
            elif self._jfd < 0:
                flags = os.O_WRONLY | os.O_APPEND | _NOFOLLOW | _BINARY
                self._jfd = os.open(self.journal_path, flags)
            fd = self._jfd
            if self._jtorn:
                os.ftruncate(fd, start)
            write_all(fd, entry)
            if created:
                os.fsync(fd)
                fsync_dir(self.journal_path.parent)
            else:
                jr.fdatasync(fd)
            st = os.fstat(fd)
        except OSError as exc:
            self._undo_append(start, created)
            self.forget()
            raise write_error(exc, self.path) from None
        except BaseException:
            self._undo_append(start, created)
            self.forget()
            raise
        if created:
            self._jhash = hashlib.blake2b(self._bdigest, digest_size=16)  # type: ignore[arg-type]
            self._jcount = 0
        self._jhash.update(entry)
        self._digest = self._jhash.copy().digest()
        self._jsig = (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        self._jlive, self._jtorn, self._jtrusted = True, False, True
        self._jgood = st.st_size
        self._jcount += 1
        self._appended = True
        if POSIX:
            if self._jfin is None or not self._jfin.alive:
                self._jfin = weakref.finalize(self, os.close, fd)
        else:
            self._close_journal()

    def _undo_append(self, start: int, created: bool) -> None:
        """Best effort after a failed append: the line that was refused must not be
        read back later as saved."""
        fd = self._jfd
        if fd < 0:
            return
        try:
            if created:
                os.unlink(self.journal_path)
            else:
                os.ftruncate(fd, start)
                jr.fdatasync(fd)
        except OSError:
            pass
        self._close_journal()

    def _close_journal(self) -> None:
        if self._jfin is not None and self._jfin.alive:
            self._jfin()  # closes the descriptor once
        elif self._jfd >= 0:
            with contextlib.suppress(OSError):
                os.close(self._jfd)
        self._jfin = None
        self._jfd = -1

    def _commit(self, data: Doc, raw: bytes, frags: Fragments | None) -> None:
        """Replace the whole file (which removes its journal: see atomic_write_bytes)."""
        self._unpin()
        self._close_journal()
        try:
            fd = atomic_write_bytes(self.path, raw, keep_open=True)
        except BaseException:
            self.forget()
            raise
        self._data, self._sig, self._loaded = data, self._pin_written(fd), True
        self._digest = self._bdigest = jr.base_digest(raw)
        self._jsig, self._jlive, self._jtorn, self._jtrusted = None, False, False, True
        self._jgood = self._jcount = 0
        self._jhash = None
        self._appended = False
        self._frags = frags
        self._parsed_ok = False
        self.version += 1

    # -- pinning (see the module docstring) -------------------------------------
    def _pin_written(self, fd: int | None) -> tuple[int, int, int] | None:
        """Keep ``fd`` (the file just written, now at our path) as the pin and return its
        signature; without one (Windows) only stat the path."""
        if fd is None:
            return self._stat()
        try:
            st = os.fstat(fd)
        except OSError:
            os.close(fd)
            return self._stat()
        self._pin = weakref.finalize(self, os.close, fd)  # also closed if never unpinned
        self._pin_fd = fd
        self._pin_stat = (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
        return (st.st_ino, st.st_size, st.st_mtime_ns)

    def _pinned_unchanged(self) -> bool:
        """The path's signature matched ours: is it still the pinned, unmodified file?"""
        if self._pin is None or not self._pin.alive or self._pin_stat is None:
            return False
        try:
            st = os.fstat(self._pin_fd)
        except OSError:
            return False
        return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns) == self._pin_stat

    def release(self) -> None:
        """Close the pinned file, if any, keeping the document in memory (the next
        check of a recent file then re-reads it), and the journal's descriptor."""
        self._unpin()
        self._close_journal()

    def _unpin(self) -> None:
        if self._pin is not None:
            self._pin()  # closes the descriptor once
            self._pin = None
            self._pin_stat = None

    def forget(self) -> None:
        """Drop the in-memory copy; the next read goes to disk."""
        self._unpin()
        self._close_journal()
        self._jsig, self._jlive, self._jtorn, self._jtrusted = None, False, False, False
        self._jgood = self._jcount = 0
        self._jhash = self._bdigest = None
        self._appended = False
        self._data, self._sig, self._digest, self._loaded = None, None, None, False
        self._frags = None
        self._parsed_ok = False
        self._valid = False
        self.external_changes += 1
        self.version += 1

    def close(self) -> None:
        self.forget()
