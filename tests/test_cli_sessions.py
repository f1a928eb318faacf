"""``session list``, ``session show`` and the CSV export count sets against the planned
sets and give left and right side by side; ``routine show`` says the rests the player uses."""

from __future__ import annotations

import csv

import pytest
from helpers.cli import assert_one_line_error, run
from helpers.engine import engine_for, wait

from coach.csv_export import SESSION_HEADER, SET_HEADER
from coach.domain.library import builtin_routines
from coach.domain.record import EndReason
from coach.store import Store


@pytest.fixture
def stopped(data_dir):
    """The IT-band strength routine stopped (no time) after the left side leg raise,
    with a note holding a control character."""
    routine = next(r for r in builtin_routines() if r.id == "it-band-strength")
    engine, clock = engine_for(routine)
    engine.start()
    wait(engine, clock, 5 + 30)
    engine.set_done()
    engine.stop(EndReason.STOPPED_NO_TIME)
    record = engine.finish(3, "knee ok\x1b[31m")
    store = Store.open(data_dir)
    store.sessions.save(record)
    store.close()
    return record


def test_session_list_counts_against_the_planned_sets(stopped, data_dir, capsys):
    result = run(capsys, data_dir, "session", "list")
    assert result.code == 0
    [row] = [line for line in result.out.splitlines() if "IT-band strength" in line]
    assert "1 of 23 done, 22 not reached" in row and "stopped-no-time" in row
    assert row.startswith(stopped.id[:8])


def test_session_list_json_gives_counts_and_left_and_right(stopped, data_dir, capsys):
    [data] = run(capsys, data_dir, "session", "list", "--json").json()
    assert data["counts"] == {"planned": 23, "done": 1, "skipped": 0, "not_reached": 22}
    assert data["outcome"] == "stopped (no time) after 1 of 23 sets (4%)"
    first = data["exercises"][0]
    assert first["name"] == "Side leg raise"
    left, right = first["sides"]
    assert (left["side"], left["sets_done"], left["amount_done"]) == ("left", 1, 30)
    assert (right["side"], right["sets_not_reached"], right["amount_done"]) == ("right", 1, 0)


def test_session_show_prints_each_exercise_left_and_right(stopped, data_dir, capsys):
    result = run(capsys, data_dir, "session", "show", stopped.id[:8])
    assert result.code == 0
    out = result.out
    assert "ended: stopped (no time) after 1 of 23 sets (4%)" in out
    assert "sets: 1 done, 0 skipped, 22 not reached of 23 planned" in out
    assert "\x1b" not in out and "knee ok\\x1b[31m" in out  # typed text shown escaped
    [line] = [x for x in out.splitlines() if x.startswith("Side leg raise")]
    assert "1/1 sets, 30/30 reps" in line and "0/1 sets, 0/30 reps" in line
    [shuffle] = [x for x in out.splitlines() if x.startswith("Side shuffle")]
    assert shuffle.rstrip().endswith("0/5 sets, 0/100 reps")


def test_session_show_json_is_the_list_entry(stopped, data_dir, capsys):
    shown = run(capsys, data_dir, "session", "show", stopped.id, "--json").json()
    [listed] = run(capsys, data_dir, "session", "list", "--json").json()
    assert shown == listed


def test_session_show_of_an_unknown_id_is_one_plain_line(stopped, data_dir, capsys):
    result = run(capsys, data_dir, "session", "show", "nope")
    assert_one_line_error(result, 1)
    assert "no session with id 'nope'" in result.err


def test_an_id_with_control_characters_is_echoed_escaped_once(stopped, data_dir, capsys):
    """The refused id is shown with its escape character as \\x1b, the way every other
    listing shows it, not doubled to \\\\x1b by a repr of the already escaped text."""
    result = run(capsys, data_dir, "session", "show", "x\x1b]52;c;aGk=\x07")
    assert_one_line_error(result, 1)
    assert "no session with id 'x\\x1b]52;c;aGk=\\x07'" in result.err
    assert "\x1b" not in result.err


def test_csv_counts_planned_sets_and_gives_each_set_its_session_end(
    stopped, data_dir, capsys, tmp_path
):
    assert run(capsys, data_dir, "export-csv", str(tmp_path / "out")).code == 0
    with (tmp_path / "out" / "sessions.csv").open(encoding="utf-8", newline="") as fh:
        [session] = list(csv.DictReader(fh))
    assert list(session) == list(SESSION_HEADER)
    assert (session["sets_planned"], session["sets_done"], session["sets_not_reached"]) == (
        "23",
        "1",
        "22",
    )
    with (tmp_path / "out" / "sets.csv").open(encoding="utf-8", newline="") as fh:
        [one] = list(csv.DictReader(fh))
    assert list(one) == list(SET_HEADER)
    assert (one["side"], one["done"], one["planned"], one["session_end_reason"]) == (
        "left",
        "30",
        "30",
        "stopped-no-time",
    )


def test_routine_show_gives_the_rest_the_player_uses(data_dir, capsys):
    out = run(capsys, data_dir, "routine", "show", "it-band-strength").out
    [line] = [x for x in out.splitlines() if "Side leg raise" in x]
    assert "rest" not in line  # one set per side: no rest between sets happens
    assert "rest between exercises 45 s" in out
    stretch = run(capsys, data_dir, "routine", "show", "it-band-stretch").out
    assert "3 × 30 s hold per side, rest 15 s between sets" in stretch
