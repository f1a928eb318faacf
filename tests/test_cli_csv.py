"""CSV export as a spreadsheet user meets it: headers, ISO times, no formula injection."""

from __future__ import annotations

import csv
import errno
import os
from datetime import UTC, datetime, timedelta, timezone

import pytest
from helpers.cli import sample_session

from coach.csv_export import (
    PAIN_HEADER,
    SESSION_HEADER,
    SET_HEADER,
    safe_cell,
    write_csv_export,
)
from coach.domain.pain import PainEntry

TZ = timezone(timedelta(hours=-5))


def _read(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_three_files_with_headers_one_row_per_record(tmp_path):
    at = datetime(2026, 11, 20, 18, 30, tzinfo=TZ)
    pain = [PainEntry(score=4, at=at, note="after 5 km, ünïcode ✓")]
    sessions = [sample_session(at, sets=3), sample_session(at + timedelta(days=2), sets=2)]
    written = write_csv_export(tmp_path / "out" / "nested", pain, sessions)
    assert [p.name for p in written] == ["pain.csv", "sessions.csv", "sets.csv"]

    pain_rows = _read(written[0])
    assert tuple(pain_rows[0]) == PAIN_HEADER and len(pain_rows) == 2
    row = dict(zip(PAIN_HEADER, pain_rows[1], strict=True))
    assert row["at"] == "2026-11-20T18:30:00-05:00"
    assert row["score"] == "4" and row["note"] == "after 5 km, ünïcode ✓"

    sessions_rows = _read(written[1])
    assert tuple(sessions_rows[0]) == SESSION_HEADER and len(sessions_rows) == 3
    first = dict(zip(SESSION_HEADER, sessions_rows[1], strict=True))
    assert first["end_reason"] == "completed" and first["duration_min"] == "35.0"

    set_rows = _read(written[2])
    assert tuple(set_rows[0]) == SET_HEADER and len(set_rows) == 1 + 3 + 2
    assert {r[0] for r in set_rows[1:]} == {s.id for s in sessions}


def test_formula_like_text_is_quoted(tmp_path):
    at = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    notes = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\tTab", "plain"]
    pain = [PainEntry(score=1, at=at + timedelta(minutes=i), note=n) for i, n in enumerate(notes)]
    written = write_csv_export(tmp_path, pain, [sample_session(at, note="=cmd|' /C calc'!A0")])
    got = [r[PAIN_HEADER.index("note")] for r in _read(written[0])[1:]]
    assert got == ["'" + n for n in notes[:-1]] + ["plain"]
    assert _read(written[1])[1][SESSION_HEADER.index("notes")] == "'=cmd|' /C calc'!A0"


def test_numbers_and_negative_offsets_are_not_mangled():
    assert safe_cell(3) == 3
    assert safe_cell(None) == ""
    assert safe_cell("2026-11-20T08:00:00-05:00") == "2026-11-20T08:00:00-05:00"


def test_empty_store_still_gets_headers(tmp_path):
    written = write_csv_export(tmp_path, [], [])
    assert [len(_read(p)) for p in written] == [1, 1, 1]
    assert written[0].read_bytes().startswith(b"id,at,score")


def test_an_export_that_fails_part_way_leaves_the_earlier_export_whole(tmp_path, monkeypatch):
    at = datetime(2026, 11, 20, 18, 30, tzinfo=TZ)
    folder = tmp_path / "out"
    write_csv_export(folder, [PainEntry(score=4, at=at)], [sample_session(at)])
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    real_fdopen = os.fdopen
    opened = []

    def full_on_the_third(fd, *args, **kwargs):
        opened.append(fd)
        if len(opened) == 3:
            os.close(fd)
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_fdopen(fd, *args, **kwargs)

    monkeypatch.setattr(os, "fdopen", full_on_the_third)
    later = [PainEntry(score=s, at=at) for s in range(5)]
    with pytest.raises(OSError):
        write_csv_export(folder, later, [sample_session(at), sample_session(at)])
    monkeypatch.undo()
    # not a new pain.csv beside an old sets.csv, and no temp files
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
