"""``rehab-coach pain add`` / ``pain list``: what a person typing in a terminal sees.

Every refusal must leave the data folder byte-identical, and ``--json`` must give a
script the same records back.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from helpers.cli import assert_one_line_error, folder_digest, run

from coach.domain.pain import PainEntry


@pytest.fixture
def store_dir(data_dir, capsys):
    """A data folder whose store already holds one entry (so it exists on disk)."""
    assert run(capsys, data_dir, "pain", "add", "2", "--at", "2026-11-01T08:00+01:00").code == 0
    return data_dir


def test_add_confirms_in_one_line_and_the_entry_is_listed(store_dir, capsys):
    result = run(
        capsys, store_dir, "pain", "add", "4", "--location", "outer hip", "--side", "left",
        "--context", "after", "--note", "after 5 km", "--at", "2026-11-20T18:30:00+01:00",
    )  # fmt: skip
    assert result.code == 0
    assert result.out.count("\n") == 1
    assert "4/10" in result.out and "outer hip" in result.out and "2026-11-20 18:30" in result.out

    listed = run(capsys, store_dir, "pain", "list")
    assert listed.code == 0
    row = next(line for line in listed.out.splitlines() if "outer hip" in line)
    assert "left" in row and "after" in row and "after 5 km" in row


def test_naive_at_is_local_time(store_dir, capsys):
    assert run(capsys, store_dir, "pain", "add", "3", "--at", "2026-11-19T07:15").code == 0
    entries = [
        PainEntry.from_dict(d) for d in run(capsys, store_dir, "pain", "list", "--json").json()
    ]
    entry = next(e for e in entries if e.score == 3)
    local = datetime(2026, 11, 19, 7, 15).astimezone()
    assert entry.at == local and entry.at.utcoffset() == local.utcoffset()


def test_json_round_trips_through_from_dict(store_dir, capsys):
    run(capsys, store_dir, "pain", "add", "6", "--note", 'quotes " and ünïcode ✓', "--at",
        "2026-11-10T09:00:00-05:00")  # fmt: skip
    data = run(capsys, store_dir, "pain", "list", "--json").json()
    assert isinstance(data, list) and len(data) == 2
    for item in data:
        assert PainEntry.from_dict(item).to_dict() == item
    assert {d["note"] for d in data} == {"", 'quotes " and ünïcode ✓'}
    assert set(data[0]) == {
        "id", "score", "at", "location", "side", "context", "note", "session_id", "exercise_id",
    }  # fmt: skip


def test_from_and_to_are_inclusive_days(store_dir, capsys):
    for day in ("2026-11-03", "2026-11-04", "2026-11-05"):
        run(capsys, store_dir, "pain", "add", "1", "--at", f"{day}T12:00")
    days = lambda r: sorted(d["at"][:10] for d in r.json())  # noqa: E731
    got = run(
        capsys, store_dir, "pain", "list", "--from", "2026-11-04", "--to", "2026-11-05", "--json"
    )
    assert days(got) == ["2026-11-04", "2026-11-05"]
    assert run(capsys, store_dir, "pain", "list", "--from", "2030-01-01", "--json").json() == []


NOW = datetime.now().astimezone()
BAD_ADDS = {
    "score 11": ["pain", "add", "11"],
    "score -1": ["pain", "add", "-1"],
    "score 7.5": ["pain", "add", "7.5"],
    "score word": ["pain", "add", "seven"],
    "score empty": ["pain", "add", ""],
    "unknown side": ["pain", "add", "3", "--side", "middle"],
    "unknown context": ["pain", "add", "3", "--context", "bedtime"],
    "bad at": ["pain", "add", "3", "--at", "yesterday"],
    "bad offset": ["pain", "add", "3", "--at", "2026-11-20T08:00+25:00"],
    "future at": ["pain", "add", "3", "--at", (NOW + timedelta(days=2)).isoformat()],
    "ancient at": ["pain", "add", "3", "--at", "0001-01-01T00:00"],
    "long note": ["pain", "add", "3", "--note", "x" * 2001],
    "empty location": ["pain", "add", "3", "--location", "  "],
    "long location": ["pain", "add", "3", "--location", "knee" * 20],
}


@pytest.mark.parametrize("argv", BAD_ADDS.values(), ids=BAD_ADDS.keys())
def test_bad_pain_add_is_refused_and_changes_nothing(store_dir, capsys, argv):
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, *argv)
    assert_one_line_error(result, 1)
    assert result.out == ""
    assert folder_digest(store_dir) == before


def test_refusals_say_what_is_accepted(store_dir, capsys):
    score = run(capsys, store_dir, "pain", "add", "12")
    assert "score must be a whole number from 0 to 10" in score.err
    side = run(capsys, store_dir, "pain", "add", "3", "--side", "middle")
    assert "left, right, both" in side.err
    context = run(capsys, store_dir, "pain", "add", "3", "--context", "bedtime")
    assert "rest, before, during, after, morning" in context.err
    future = run(capsys, store_dir, "pain", "add", "3", "--at", "2099-01-01T00:00")
    assert "future" in future.err


def test_bad_pain_add_on_a_new_folder_creates_nothing(data_dir, capsys):
    assert_one_line_error(run(capsys, data_dir, "pain", "add", "99"), 1)
    assert not data_dir.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["--from", "21/11/2026"],
        ["--to", "tomorrow"],
        ["--from", "2026-11-10", "--to", "2026-11-01"],
    ],
)
def test_bad_list_range_is_refused(store_dir, capsys, argv):
    before = folder_digest(store_dir)
    assert_one_line_error(run(capsys, store_dir, "pain", "list", *argv), 1)
    assert folder_digest(store_dir) == before


def test_empty_diary_says_so(data_dir, capsys):
    result = run(capsys, data_dir, "pain", "list")
    assert result.code == 0 and "no pain entries" in result.out
    assert run(capsys, data_dir, "pain", "list", "--json").json() == []


def test_a_sessions_before_and_after_entries_can_be_edited_and_deleted_by_their_listed_id(
    data_dir, capsys
):
    """A session's before and after scores become two diary entries whose ids share the
    session's id; ``pain list`` used to show both as the same eight letters, which edit
    and delete then refused as ambiguous, and the full id (with "-after") was refused as
    not an id, so neither entry could be corrected or removed from the terminal."""
    from helpers.cli import sample_session

    from coach.store import Store

    store = Store.open(data_dir)
    try:
        store.sessions.save(sample_session(datetime(2026, 11, 2, 7, 30).astimezone()))
    finally:
        store.close()
    listed = run(capsys, data_dir, "pain", "list").out.splitlines()[2:]
    ids = {line.split()[0]: line for line in listed}
    assert len(ids) == 2, listed  # two rows, two different ids
    after = next(i for i, line in ids.items() if " after" in line.split(maxsplit=1)[1])
    before = next(i for i, line in ids.items() if " before" in line.split(maxsplit=1)[1])
    assert run(capsys, data_dir, "pain", "edit", after, "--score", "6").code == 0
    assert run(capsys, data_dir, "pain", "delete", before).code == 0
    (entry,) = run(capsys, data_dir, "pain", "list", "--json").json()
    assert (entry["context"], entry["score"]) == ("after", 6)
    full = entry["id"]
    assert run(capsys, data_dir, "pain", "delete", full).code == 0  # the --json id works too
    assert run(capsys, data_dir, "pain", "list", "--json").json() == []
