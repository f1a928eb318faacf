"""Helpers for the store tests: sample records, a folder fingerprint, and the crash writer.

Run as a script (``python tests/helpers/store.py zygote DIR``), it becomes a small fork
server for the crash test: it imports the store once, then for each ``go`` line on
stdin forks a writer child that writes to ``DIR`` and prints ``ack <kind> <id> <n>``
after each write returns. The test SIGKILLs the child at a random moment; the zygote
reaps it and prints ``done <pid>`` only after every line the child wrote, so the test
knows it has seen every acknowledgement. Forking skips ~100 ms of interpreter start
per round, which keeps 200+ kills well under a minute.
"""

from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

if __name__ == "__main__":  # run as a script from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from coach.domain.pain import PainEntry
from coach.domain.record import EndReason, SessionRecord, SetRecord

TZ = timezone(timedelta(hours=1))
T0 = datetime(2026, 11, 2, 7, 30, tzinfo=TZ)


def pain(score: int = 3, at: datetime = T0, **kw) -> PainEntry:
    return PainEntry(score=score, at=at, **kw)


def session(started: datetime = T0, sets: int = 0, finished: bool = False, **kw) -> SessionRecord:
    done = tuple(
        SetRecord("clam-shell", i + 1, 30, 30, side="left", at=started + timedelta(minutes=i))
        for i in range(sets)
    )
    rec = SessionRecord("it-band-strength", "IT-band strength", "abc", started, sets=done, **kw)
    if finished:
        rec = replace(rec, ended_at=started + timedelta(hours=1), end_reason=EndReason.COMPLETED)
    return rec


def folder_digest(root: Path) -> dict[str, str]:
    """path → sha256 of every file under ``root`` (the lock file excluded)."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != "coach.lock"
    }


def _writer(data_dir: Path, seed: int) -> None:
    """Write forever: pain entries, sets of a live session, finishing it, and a setting
    now and then (the one write that goes through TinyDB's in-place update, between
    the one-record writes of the others)."""
    from coach.store import Store

    store = Store.open(data_dir)
    day = T0 + timedelta(days=seed % 60)
    live = session(started=day, id=f"s{seed:05d}")
    n = 0
    while True:
        n += 1
        if n % 7 == 0:
            store.settings.set("crash-test", f"{seed}-{n}")
            ack = f"ack setting crash-test {seed}-{n}\n"
        elif n % 3 == 0:
            entry = pain(n % 11, at=day + timedelta(minutes=n), id=f"p{seed:05d}-{n:04d}")
            store.pain.add(entry)
            ack = f"ack pain {entry.id} 0\n"
        else:
            done = SetRecord("clam-shell", len(live.sets) + 1, 30, 30, at=day)
            live = live.with_set(done)
            if n % 10 == 0:
                live = replace(
                    live, ended_at=day + timedelta(hours=1), end_reason=EndReason.COMPLETED
                )
            store.sessions.save(live)
            ack = f"ack session {live.id} {len(live.sets)} {int(live.finished)}\n"
            if live.finished:
                live = session(started=day + timedelta(hours=2), id=f"s{seed:05d}-{n}")
        os.write(1, ack.encode())


def zygote(data_dir: Path) -> None:
    import coach.store.store  # noqa: F401 - pay the import once, before forking (coach.store is lazy)
    from coach.store import journal

    # A tiny bound makes every few appends a compaction, so kills land inside those too.
    journal.MAX_RECORDS = int(os.environ.get("CRASH_JOURNAL_MAX_RECORDS", journal.MAX_RECORDS))

    for line in sys.stdin:
        seed = int(line.split()[1])
        pid = os.fork()
        if pid == 0:
            try:
                _writer(data_dir, seed)
            except BaseException as exc:  # say why, so a failing test explains itself
                reason = " ".join(f"{type(exc).__name__}: {exc}".split())
                os.write(1, f"error {reason}\n".encode())
            finally:
                os._exit(1)
        os.write(1, f"pid {pid}\n".encode())
        os.waitpid(pid, 0)
        os.write(1, f"done {pid}\n".encode())


if __name__ == "__main__":
    zygote(Path(sys.argv[2]))
