"""Every boundary the app applies, tested exactly at the edge.

Each test here was written against a bug planted by hand that left the rest of the suite
green (issue 7): a folder fsync dropped after the rename, the right side of a per-side
exercise taking the exercise's base dose instead of the slot's override, thinning counts
off by one, a formula-start character missing from the CSV quoting set, the lock waiting
its default time instead of the caller's, an emptied ``coach.json`` read as a new store
while backups exist, and pain advice only above the threshold instead of at it.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from helpers.engine import engine_for, exercise, routine, wait
from helpers.store import T0, folder_digest, pain

from coach.csv_export import PAIN_HEADER, render_csv, safe_cell, write_csv_export
from coach.domain.dose import HoldDose, RepsDose
from coach.domain.exercise import ExerciseSlot
from coach.domain.pain import PainEntry
from coach.domain.pain.trend import flare_ups, rolling_mean
from coach.domain.routine import Routine
from coach.domain.session.engine import PainLogged, PhaseKind
from coach.domain.session.plan import build_plan
from coach.store import CorruptStoreError, Store, StoreLockedError, atomic
from coach.store import backups as bk
from coach.store.lock import DEFAULT_TIMEOUT_MS
from coach.store.paths import StorePaths

posix_only = pytest.mark.skipif(os.name != "posix", reason="folders can be fsynced on POSIX only")


# -- atomic writes: file fsync before the rename, folder fsync after it ------------------
class SyncLog:
    """Records, in order, each fsync (by the path its descriptor was opened on) and each
    replace, by wrapping the real calls: the write itself still happens."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, str]] = []
        self._paths: dict[int, str] = {}
        real_open, real_fsync, real_replace = os.open, os.fsync, os.replace

        def open_(path, flags, *args, **kw):
            fd = real_open(path, flags, *args, **kw)
            self._paths[fd] = os.fspath(path)
            return fd

        def fsync(fd):
            self.calls.append(("fsync", self._paths.get(fd, "?")))
            return real_fsync(fd)

        def replace(src, dst, *args, **kw):
            self.calls.append(("replace", f"{os.fspath(src)} -> {os.fspath(dst)}"))
            return real_replace(src, dst, *args, **kw)

        monkeypatch.setattr(os, "open", open_)
        monkeypatch.setattr(os, "fsync", fsync)
        monkeypatch.setattr(os, "replace", replace)


@posix_only
def test_an_atomic_write_syncs_the_file_then_renames_then_syncs_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "coach.json"
    target.write_bytes(b"old")
    log = SyncLog(monkeypatch)
    atomic.atomic_write_bytes(target, b"new")
    tmp = str(atomic.temp_path_for(target))
    assert log.calls == [
        ("fsync", tmp),  # the bytes are on disk before the name points at them
        ("replace", f"{tmp} -> {target}"),
        ("fsync", str(tmp_path)),  # the rename itself survives a power cut
    ]
    assert target.read_bytes() == b"new"


@posix_only
def test_every_store_write_syncs_its_file_and_then_its_folder(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A whole-file write: fsync, replace, folder fsync. A one-record write appends to
    the file's journal: the append that creates it fsyncs it and then its folder, a
    later one fdatasyncs it (see coach/store/journal.py)."""
    store = Store.open(data_dir)
    store.pain.add(pain(4))  # the day's snapshot is taken: later writes are plain writes
    log = SyncLog(monkeypatch)
    real_fdatasync = os.fdatasync
    monkeypatch.setattr(
        os,
        "fdatasync",
        lambda fd: (log.calls.append(("fdatasync", log._paths.get(fd, "?"))), real_fdatasync(fd)),
    )
    store.pain.add(pain(5, at=T0 + timedelta(minutes=1)))
    store.pain.add(pain(6, at=T0 + timedelta(minutes=2)))
    store.settings.set("units", "metric")
    journal = str(next((data_dir / "history").glob("pain-*.json")).with_suffix(".json.journal"))
    syncs = [c for c in log.calls if c[0] != "replace"]
    assert syncs[:3] == [
        ("fsync", journal),  # the new journal's first line is on disk...
        ("fsync", str(data_dir / "history")),  # ...and so is its name
        ("fdatasync", journal),  # the next line: one sync
    ]
    replaces = [i for i, (kind, _) in enumerate(log.calls) if kind == "replace"]
    assert len(replaces) == 1  # coach.json, written whole by TinyDB
    for i in replaces:
        src, dst = log.calls[i][1].split(" -> ")
        assert log.calls[i - 1] == ("fsync", src)
        assert log.calls[i + 1] == ("fsync", str(Path(dst).parent))
    store.close()


# -- the plan: both sides of a per-side slot take the slot's dose -------------------------
def test_both_sides_of_a_per_side_slot_take_the_slots_override_not_the_base_dose() -> None:
    base = exercise("clam-shell", RepsDose(sets=2, reps=30, tempo_s=2.0, rest_s=20), per_side=True)
    hold = exercise("side-plank", HoldDose(sets=1, hold_s=20), per_side=True)
    r = Routine(
        id="progressed",
        name="Progressed",
        slots=(
            ExerciseSlot(base, RepsDose(sets=2, reps=12, tempo_s=1.5, rest_s=20)),
            ExerciseSlot(hold, HoldDose(sets=1, hold_s=45)),
        ),
    )
    plan = build_plan(r)
    by_side = {(s.exercise.id, s.set_index, s.side): s for s in plan.steps}
    assert set(by_side) == {
        ("clam-shell", 1, "left"), ("clam-shell", 1, "right"),
        ("clam-shell", 2, "left"), ("clam-shell", 2, "right"),
        ("side-plank", 1, "left"), ("side-plank", 1, "right"),
    }  # fmt: skip
    for (ex, _, _side), step in by_side.items():
        work = plan.phases[step.first_phase]
        assert work.kind is PhaseKind.WORK
        if ex == "clam-shell":
            assert step.planned == 12 and work.reps == 12
            assert work.tempo_s == 1.5 and work.duration_s == 18.0
        else:
            assert step.planned == 45 and work.duration_s == 45.0


def test_a_session_records_the_override_dose_on_both_sides() -> None:
    slot_ex = exercise("side-plank", HoldDose(sets=1, hold_s=20), per_side=True)
    r = Routine(
        id="progressed",
        name="Progressed",
        slots=(ExerciseSlot(slot_ex, HoldDose(sets=1, hold_s=45)),),
        get_ready_s=0,
    )
    engine, clock = engine_for(r)
    engine.start()
    wait(engine, clock, 45 + 5 + 45 + 1)
    assert [(s.side, s.planned, s.done) for s in engine.record.sets] == [
        ("left", 45, 45),
        ("right", 45, 45),
    ]
    assert engine.record.finished


# -- backups: exactly 14 daily, 8 weekly, 12 monthly --------------------------------------
def _thin_days(tmp_path: Path, days: list[date]) -> set[date]:
    paths = StorePaths(tmp_path)
    for d in days:
        (paths.backups / f"auto-{d.isoformat()}").mkdir(parents=True)
    bk.thin(paths)
    return {date.fromisoformat(p.name[5:]) for p in paths.backups.iterdir()}


WEEK47_SUNDAY = (
    date(2026, 11, 22),
    # W47 and W46 are among the 14 daily ones; the other six Sundays stay for the weekly
    # rule alone (none is the newest day of its month).
    [date(2026, 11, 8), date(2026, 11, 1), date(2026, 10, 25), date(2026, 10, 18),
     date(2026, 10, 11), date(2026, 10, 4)],
    # The newest day of each of the 12 newest months; November's is today (daily).
    [date(2026, 10, 31), date(2026, 9, 30), date(2026, 8, 31), date(2026, 7, 31),
     date(2026, 6, 30), date(2026, 5, 31), date(2026, 4, 30), date(2026, 3, 31),
     date(2026, 2, 28), date(2026, 1, 31), date(2025, 12, 31)],
)  # fmt: skip
WEEK10_WEDNESDAY = (
    date(2026, 3, 4),
    # W10, W09 and W08 end inside the daily span (19 Feb .. 4 Mar); W07 .. W03 do not.
    [date(2026, 2, 15), date(2026, 2, 8), date(2026, 2, 1), date(2026, 1, 25),
     date(2026, 1, 18)],
    # March (today) and February (28 Feb) are daily; ten older month ends remain.
    [date(2026, 1, 31), date(2025, 12, 31), date(2025, 11, 30), date(2025, 10, 31),
     date(2025, 9, 30), date(2025, 8, 31), date(2025, 7, 31), date(2025, 6, 30),
     date(2025, 5, 31), date(2025, 4, 30)],
)  # fmt: skip


@pytest.mark.parametrize(
    ("today", "weekly_only", "monthly_only"),
    [WEEK47_SUNDAY, WEEK10_WEDNESDAY],
    ids=["on-a-sunday", "on-a-wednesday"],
)
def test_thinning_keeps_exactly_14_days_8_weeks_and_12_months(
    tmp_path: Path, today: date, weekly_only: list[date], monthly_only: list[date]
) -> None:
    """Worked out by hand, so a count off by one in any rule (or a rule gone) shows: a
    total such as "at least 8 weeks" is already met by the daily and monthly snapshots."""
    kept = _thin_days(tmp_path, [today - timedelta(days=n) for n in range(400)])
    daily = {today - timedelta(days=n) for n in range(14)}
    assert kept - daily - set(monthly_only) == set(weekly_only)
    assert kept - daily - set(weekly_only) == set(monthly_only)
    assert kept == daily | set(weekly_only) | set(monthly_only)


# -- CSV: every character that starts a formula is quoted ---------------------------------
FORMULA_STARTS = ["=", "+", "-", "@", "\t", "\r"]
FORMULA_NAMES = ["equals", "plus", "minus", "at", "tab", "carriage-return"]


@pytest.mark.parametrize("first", FORMULA_STARTS, ids=FORMULA_NAMES)
def test_a_cell_starting_with_any_formula_character_is_quoted(first: str) -> None:
    value = f'{first}HYPERLINK("http://x")'
    assert safe_cell(value) == "'" + value
    text = render_csv(("note",), [(value,)])
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows == [["note"], ["'" + value]]


@pytest.mark.parametrize(
    "text",
    ["plain", "1-2", " =1", "a=b", "'=quoted", ""],
    ids=["plain", "digit-first", "space-first", "equals-inside", "quote-first", "empty"],
)
def test_text_not_starting_with_a_formula_character_is_left_alone(text: str) -> None:
    assert safe_cell(text) == text


def test_a_pain_note_starting_with_a_formula_character_is_quoted_in_the_file(
    tmp_path: Path,
) -> None:
    at = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    notes = [f"{c}1+1" for c in FORMULA_STARTS if c not in "\t\r"]
    entries = [
        PainEntry(score=1, at=at + timedelta(minutes=i), note=n) for i, n in enumerate(notes)
    ]
    written = write_csv_export(tmp_path, entries, [])
    with written[0].open(encoding="utf-8", newline="") as fh:
        got = [row[PAIN_HEADER.index("note")] for row in list(csv.reader(fh))[1:]]
    assert got == ["'" + n for n in notes]


# -- the write lock honours the caller's timeout ------------------------------------------
HOLDER = """
import sys
from pathlib import Path
from coach.store.lock import WriteLock
with WriteLock(Path(sys.argv[1])).hold():
    print("locked", flush=True)
    sys.stdin.read()
"""


def test_a_short_lock_timeout_gives_up_long_before_the_default(data_dir: Path) -> None:
    """300 ms asked for: the write fails in well under the 3 s default. The bound is
    loose on purpose (2 s) so a slow or busy machine cannot fail it; ignoring the
    caller's timeout takes the full 3 s and does."""
    store = Store.open(data_dir, lock_timeout_ms=300)
    store.pain.add(pain(1))
    before = folder_digest(data_dir)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir / "coach.lock")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        t0 = time.monotonic()
        with pytest.raises(StoreLockedError):
            store.pain.add(pain(2))
        waited = time.monotonic() - t0
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
        holder.stdout.close()
    assert 0.25 <= waited < DEFAULT_TIMEOUT_MS / 1000 * 2 / 3
    assert folder_digest(data_dir) == before
    store.close()


# -- an emptied coach.json is damage when anything else could be lost --------------------
def _emptied_with_backups_only(data_dir: Path) -> None:
    store = Store.open(data_dir)
    store.settings.set("units", "metric")  # takes the day's snapshot; no history files
    store.close()
    assert bk.list_backups(StorePaths(data_dir)) and not (data_dir / "history").exists()


def _emptied_with_history_only(data_dir: Path) -> None:
    store = Store.open(data_dir)
    store.pain.add(pain(4))
    store.close()
    shutil.rmtree(data_dir / "backups")


@pytest.mark.parametrize("make", [_emptied_with_backups_only, _emptied_with_history_only])
def test_an_emptied_coach_json_beside_backups_or_history_is_damage_not_a_new_store(
    data_dir: Path, make
) -> None:
    make(data_dir)
    (data_dir / "coach.json").write_bytes(b"")
    before = folder_digest(data_dir)
    with pytest.raises(CorruptStoreError) as caught:
        Store.open(data_dir)
    assert caught.value.path == data_dir / "coach.json"
    assert folder_digest(data_dir) == before  # still empty: never replaced by a new store


# -- pain advice: at the threshold advises stopping, one below does not --------------------
def _running_engine(threshold: int):
    r = routine(exercise("clam-shell", RepsDose(sets=1, reps=30, tempo_s=2.0)), threshold=threshold)
    engine, clock = engine_for(r)
    engine.start()
    wait(engine, clock, 5 + 10)  # ten seconds into the set
    return engine


@pytest.mark.parametrize("threshold", range(1, 11))
def test_pain_exactly_at_the_threshold_pauses_and_advises_stopping(threshold: int) -> None:
    engine = _running_engine(threshold)
    assert engine.pain(threshold) == [PainLogged(threshold, "clam-shell", True)]
    assert engine.view().paused


@pytest.mark.parametrize("threshold", range(2, 11))
def test_pain_one_below_the_threshold_is_logged_and_the_session_goes_on(threshold: int) -> None:
    engine = _running_engine(threshold)
    assert engine.pain(threshold - 1) == [PainLogged(threshold - 1, "clam-shell", False)]
    assert not engine.view().paused


# -- pain trend: the 7-day window, the 2-point flare-up and the 3-day merge -----------------
def _day(n: int) -> date:
    return date(2026, 10, 1) + timedelta(days=n)


def _entries(scores: dict[int, int]) -> list[PainEntry]:
    return [
        PainEntry(score=s, at=datetime(2026, 10, 1, 9, 0, tzinfo=UTC) + timedelta(days=n))
        for n, s in sorted(scores.items())
    ]


def test_the_rolling_mean_covers_exactly_the_seven_days_ending_each_day() -> None:
    got = dict(rolling_mean({_day(0): 7.0, _day(6): 0.0, _day(7): 0.0, _day(8): 3.0}))
    assert got[_day(6)] == 3.5  # day 0 is 6 days back: inside the window
    assert got[_day(7)] == 0.0  # day 0 is 7 days back: out of it
    assert got[_day(8)] == 1.0  # (0 + 0 + 3) / 3


def test_a_pain_two_points_above_the_week_before_is_a_flare_up_one_point_is_not() -> None:
    """Farrar et al. 2001: a change of 2 points on the 0-10 scale is meaningful."""
    week = {n: 2 for n in range(7)}
    [flare] = flare_ups(_entries({**week, 7: 4}))
    assert (flare.day, flare.peak, flare.baseline) == (_day(7), 4, 2.0)
    assert flare_ups(_entries({**week, 7: 3})) == []


def test_the_baseline_is_the_mean_worst_pain_of_the_seven_days_before() -> None:
    # Day 0 (8 days back) is out of the window; yesterday (day 7) is in it.
    scores = {0: 10, **{n: 2 for n in range(1, 7)}, 7: 0, 8: 4}
    [flare] = flare_ups(_entries(scores))
    assert (flare.day, flare.peak, flare.baseline) == (_day(8), 4, 1.71)  # 12 / 7


@pytest.mark.parametrize(("second", "episodes"), [(10, 1), (11, 2)], ids=["3-days", "4-days"])
def test_flare_days_at_most_three_days_apart_are_one_episode(second: int, episodes: int) -> None:
    found = flare_ups(_entries({**{n: 2 for n in range(7)}, 7: 5, second: 6}))
    assert len(found) == episodes
    assert (found[0].day, found[-1].last_day) == (_day(7), _day(second))


# -- the session's end: the after-session answers are checked before anything ends --------
def test_an_impossible_after_session_pain_is_refused_before_the_session_ends() -> None:
    engine = _running_engine(5)
    with pytest.raises(ValueError, match="pain_after"):
        engine.finish(11, "")
    assert not engine.record.finished and not engine.view().paused
