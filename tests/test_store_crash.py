"""Killing a writer at any moment loses nothing it acknowledged and breaks nothing.

A writer process adds pain entries, appends sets to a live session, finishes
sessions (which moves them from ``coach.json`` to a history file, two files) and
changes a setting now and then (TinyDB's whole-document write, between the
one-record writes of ``AtomicJSONStorage.write_record``), printing
an acknowledgement after each write returns. It is SIGKILLed at random moments, 200
times in a row on the same store; after each kill the store must open (no damage
reported for the torn tail of a killed append) and hold every acknowledged write.
One-record writes are journal appends, so kills land mid-append; the second run folds
the journal into its file every two appends, so kills also land mid-compaction
(between its replace and the journal's removal, too).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coach.store import Store

HELPER = Path(__file__).parent / "helpers" / "store.py"
ROUNDS = 200

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the crash writer forks (POSIX only)"),
]


def _check(
    data_dir: Path,
    pain_ids: set[str],
    sessions: dict[str, tuple[int, int]],
    setting: list[str],
) -> None:
    store = Store.open(data_dir)
    try:
        if setting:  # the last acknowledged value, or a newer one not yet acknowledged
            value = store.settings.get("crash-test")
            assert value is not None, "an acknowledged setting was lost"
            assert _order(value) >= _order(setting[-1]), f"setting went back to {value}"
        stored_pain = {e.id for e in store.pain.list()}
        missing = pain_ids - stored_pain
        assert not missing, f"acknowledged pain entries lost: {sorted(missing)[:3]}"
        listed = store.sessions.list()
        stored = {r.id: r for r in listed}
        assert len(stored) == len(listed), "a session is listed twice"
        unfinished = {r.id for r in store.sessions.unfinished()}
        for sid, (n_sets, finished) in sessions.items():
            rec = stored.get(sid)
            assert rec is not None, f"acknowledged session {sid} lost"
            assert len(rec.sets) >= n_sets, f"session {sid} lost acknowledged sets"
            if finished:
                assert rec.finished, f"session {sid} lost its end"
                assert sid not in unfinished
        if sessions:
            last = next(reversed(sessions))
            assert store.sessions.get(last) == stored[last]
    finally:
        store.close()


@pytest.mark.parametrize("max_records", [None, 2], ids=["appends", "compactions"])
def test_sigkill_at_random_moments_loses_no_acknowledged_write(
    data_dir: Path, max_records: int | None
) -> None:
    rng = random.Random(20261122)
    env = dict(os.environ)
    if max_records is not None:
        env["CRASH_JOURNAL_MAX_RECORDS"] = str(max_records)
    zygote = subprocess.Popen(
        [sys.executable, str(HELPER), "zygote", str(data_dir)],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        bufsize=1,
    )
    assert zygote.stdin and zygote.stdout
    pain_ids: set[str] = set()
    sessions: dict[str, tuple[int, int]] = {}
    setting: list[str] = []
    kills = 0
    try:
        for round_no in range(ROUNDS):
            zygote.stdin.write(f"go {round_no}\n")
            zygote.stdin.flush()
            pid = int(zygote.stdout.readline().split()[1])
            wait_acks = rng.randint(0, 6)
            seen = 0
            while seen < wait_acks:
                line = zygote.stdout.readline().split()
                if line[0] != "ack":
                    pytest.fail(f"writer ended early: {line}; lock: {_lock_state(data_dir)}")
                seen += 1
                _record(line, pain_ids, sessions, setting)
            time.sleep(rng.uniform(0, 0.004))
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:  # it ended on its own: say why
                rest = []
                for line in iter(zygote.stdout.readline, ""):
                    if line.startswith("done"):
                        break
                    rest.append(line)
                pytest.fail(f"writer ended early: {[r for r in rest if not r.startswith('ack')]}")
            kills += 1
            for line in iter(zygote.stdout.readline, ""):
                parts = line.split()
                if parts[0] == "done":
                    break
                if parts[0] == "error":
                    pytest.fail(f"writer failed: {line}")
                _record(parts, pain_ids, sessions, setting)
            _check(data_dir, pain_ids, sessions, setting)
    finally:
        zygote.stdin.close()
        zygote.wait(timeout=10)
        zygote.stdout.close()
    assert kills == ROUNDS
    assert pain_ids and sessions and setting


def _lock_state(data_dir: Path) -> str:
    lock = data_dir / "coach.lock"
    if not lock.exists():
        return "no lock file"
    age = time.time() - lock.stat().st_mtime
    return f"{lock.read_bytes()[:80]!r}, {age:.1f} s old"


def _order(value: str) -> tuple[int, int]:
    """Settings values are ``<round>-<n>``: later rounds and later writes sort higher."""
    seed, n = value.split("-")
    return int(seed), int(n)


def _record(
    parts: list[str],
    pain_ids: set[str],
    sessions: dict[str, tuple[int, int]],
    setting: list[str],
) -> None:
    if parts[1] == "setting":
        setting.append(parts[3])
    elif parts[1] == "pain":
        pain_ids.add(parts[2])
    else:
        old = sessions.get(parts[2], (0, 0))
        sessions[parts[2]] = (max(old[0], int(parts[3])), max(old[1], int(parts[4])))
