"""CSV export cell by cell, as a physio's spreadsheet reads it: yes/no for skipped sets,
durations to a tenth, an unfinished session said in words, temp files beside the target.

Written for mutants of ``coach/csv_export.py`` that ``make mutate`` found surviving:
each assertion here failed with one of them planted.
"""

from __future__ import annotations

import csv
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from coach.csv_export import SESSION_HEADER, SET_HEADER, write_csv_export
from coach.domain.record import EndReason, SessionRecord, SetRecord

TZ = timezone(timedelta(hours=1))
AT = datetime(2026, 11, 20, 18, 30, tzinfo=TZ)


def _rows(path: Path, header: tuple[str, ...]) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == header
    return [dict(zip(header, r, strict=True)) for r in rows[1:]]


def _session(**kw) -> SessionRecord:
    sets = (
        SetRecord("clam-shell", 1, 30, 30, side="left", duration_s=61.47, at=AT),
        SetRecord("clam-shell", 1, 30, 12, side="right", duration_s=20.04, skipped=True, at=AT),
    )
    fields = dict(
        routine_id="it-band-strength",
        routine_name="IT-band strength",
        routine_snapshot="abc123",
        started_at=AT,
        sets=sets,
    )
    fields.update(kw)
    return SessionRecord(**fields)


def test_sets_say_yes_or_no_for_skipped_and_give_seconds_to_a_tenth(tmp_path: Path) -> None:
    written = write_csv_export(tmp_path, [], [_session()])
    rows = _rows(written[2], SET_HEADER)
    assert [(r["side"], r["done"], r["skipped"], r["duration_s"]) for r in rows] == [
        ("left", "30", "no", "61.5"),
        ("right", "12", "yes", "20.0"),
    ]


def test_a_finished_session_gives_its_minutes_to_a_tenth(tmp_path: Path) -> None:
    ended = _session(
        ended_at=AT + timedelta(minutes=35, seconds=20), end_reason=EndReason.STOPPED_FOR_PAIN
    )
    [row] = _rows(write_csv_export(tmp_path, [], [ended])[1], SESSION_HEADER)
    assert row["ended_at"] == "2026-11-20T19:05:20+01:00"
    assert row["end_reason"] == "stopped-for-pain"
    assert row["duration_min"] == "35.3"
    assert (row["sets_done"], row["sets_skipped"]) == ("1", "1")


def test_a_session_still_in_progress_is_said_so_with_no_end_or_duration(tmp_path: Path) -> None:
    [row] = _rows(write_csv_export(tmp_path, [], [_session()])[1], SESSION_HEADER)
    assert (row["ended_at"], row["end_reason"], row["duration_min"]) == ("", "in progress", "")


def test_the_files_are_written_beside_their_targets_then_renamed_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A temp file elsewhere (say /tmp on another disk) could not be renamed atomically."""
    folder = tmp_path / "export"
    renames: list[tuple[Path, Path]] = []
    real_replace = os.replace

    def replace(src, dst):
        renames.append((Path(src), Path(dst)))
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    written = write_csv_export(folder, [], [_session()])
    assert [dst for _, dst in renames] == written
    assert all(src.parent == folder and src.name.startswith(".") for src, _ in renames)
    assert sorted(p.name for p in folder.iterdir()) == ["pain.csv", "sessions.csv", "sets.csv"]
