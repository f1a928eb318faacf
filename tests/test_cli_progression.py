"""``rehab-coach routine suggest [NAME] [--json]``: the dose step after green sessions."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from helpers.cli import assert_one_line_error, folder_digest, run

from coach.domain.library import builtin_routines
from coach.domain.pain import Context, PainEntry
from coach.domain.record import EndReason, SessionRecord
from coach.store import Store

STRENGTH = next(r for r in builtin_routines() if r.id == "it-band-strength")


def local(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


def seed(data_dir, mornings=(1, 1, 1)) -> None:
    """Three IT-band sessions in the last week, pain 1 before and 2 after, and the
    next mornings as given (1 is the usual)."""
    today = date.today()
    store = Store.open(data_dir)
    try:
        for back, morning in zip((6, 4, 2), mornings, strict=True):
            day = today - timedelta(days=back)
            start = local(day, 18)
            store.sessions.save(
                SessionRecord(
                    routine_id=STRENGTH.id,
                    routine_name=STRENGTH.name,
                    routine_snapshot=STRENGTH.snapshot_id(),
                    started_at=start,
                    ended_at=start + timedelta(minutes=40),
                    end_reason=EndReason.COMPLETED,
                    pain_before=1,
                    pain_after=2,
                )
            )
            store.pain.add(PainEntry(score=morning, at=local(day + timedelta(days=1), 8),
                                     context=Context.MORNING))  # fmt: skip
    finally:
        store.close()


def test_three_green_sessions_print_the_step_the_rule_and_the_builtin_note(data_dir, capsys):
    seed(data_dir)
    result = run(capsys, data_dir, "routine", "suggest")
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].startswith("IT-band strength: 3 green sessions in a row of IT-band strength")
    assert "  Side leg raise: 30 reps → 33 reps, or a tighter band" in lines
    assert "  Hip hike: 20–25 reps → 22–27 reps" in lines
    assert any(line.startswith("  Rule: after 3 green sessions in a row") for line in lines)
    assert any("duplicate it to edit" in line for line in lines)
    data = run(capsys, data_dir, "routine", "suggest", "it-band strength", "--json").json()
    assert [d["routine_id"] for d in data] == ["it-band-strength"]
    first = data[0]["steps"][0]
    assert (first["old"]["reps"], first["new"]["reps"], first["tighter_band"]) == (30, 33, True)
    assert data[0]["streak"] == 3 and data[0]["needed"] == 3


def test_an_amber_morning_suggests_nothing(data_dir, capsys):
    seed(data_dir, mornings=(1, 1, 3))  # the last next morning 2 above usual: amber
    result = run(capsys, data_dir, "routine", "suggest")
    assert result.code == 0
    assert result.out.startswith("No dose step suggested")
    assert run(capsys, data_dir, "routine", "suggest", "--json").json() == []


@pytest.mark.parametrize("name", ["no such routine"])
def test_an_unknown_routine_is_one_line_and_changes_nothing(data_dir, capsys, name):
    seed(data_dir)
    before = folder_digest(data_dir)
    result = run(capsys, data_dir, "routine", "suggest", name)
    assert_one_line_error(result, 1)
    assert folder_digest(data_dir) == before
