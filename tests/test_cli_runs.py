"""``rehab-coach run add | list | import | delete``: the run log from a terminal.

A run is logged by hand or from a watch's file, checked against the single-run cap as it
goes in; every refusal leaves the data folder byte-identical, and an import of several
files writes all of them or none."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from helpers import runfiles as rf
from helpers.cli import assert_one_line_error, folder_digest, run

FIXTURES = Path(__file__).parent / "fixtures" / "runs"


@pytest.fixture
def store_dir(data_dir, capsys):
    result = run(capsys, data_dir, "run", "add", "5km", "30", "--at", "2026-11-02T08:00")
    assert result.code == 0
    return data_dir


def test_a_run_by_hand_is_confirmed_and_listed_with_its_pain(store_dir, capsys):
    result = run(
        capsys, store_dir, "run", "add", "3.2km", "25:30", "--at", "2026-11-20T07:30",
        "--during", "2", "--after", "1", "--terrain", "rolling", "--note", "easy loop",
    )  # fmt: skip
    assert result.code == 0
    assert "logged run: 3.20 km in 25:30 on 2026-11-20 07:30" in result.out
    listed = run(capsys, store_dir, "run", "list", "--from", "2026-11-20").out
    row = next(line for line in listed.splitlines() if "2026-11-20" in line)
    assert "3.20" in row and "25:30" in row and "rolling" in row and "2 → 1" in row
    assert "easy loop" in row


def test_a_run_past_the_single_run_cap_is_said_so_with_the_numbers(store_dir, capsys):
    result = run(capsys, store_dir, "run", "add", "6.5km", "38", "--at", "2026-11-10T08:00")
    assert result.code == 0
    assert "Over the single-run cap: 130% of the longest distance (5.0 km)" in result.out
    listed = run(capsys, store_dir, "run", "list", "--json").json()
    flagged = {r["started_at"][:10]: r["over_cap"] for r in listed}
    assert flagged["2026-11-02"] is None
    assert "130%" in flagged["2026-11-10"]


def test_a_watch_file_is_imported_once_even_from_two_formats(store_dir, capsys):
    result = run(
        capsys, store_dir, "run", "import",
        str(FIXTURES / "morning-run.fit"), str(FIXTURES / "morning-run.gpx"),
    )  # fmt: skip
    assert result.code == 0
    assert "imported morning-run.fit: 5.00 km in 30:00" in result.out
    assert "skipped morning-run.gpx: already in the log" in result.out
    assert len(run(capsys, store_dir, "run", "list", "--json").json()) == 2


def test_one_bad_file_imports_nothing(store_dir, capsys, tmp_path):
    bad = tmp_path / "bomb.gpx"
    bad.write_text('<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "a">]><gpx>&a;</gpx>')
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "run", "import", str(FIXTURES / "morning-run.fit"), str(bad))
    assert_one_line_error(result, 1)
    assert "bomb.gpx: refused" in result.err and "nothing was imported" in result.err
    assert folder_digest(store_dir) == before


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("add", "0km", "20"), "distance must be more than 0"),
        (("add", "5 furlongs", "20"), "distance must be like"),
        (("add", "5km", "25:75"), "time must be minutes like"),
        (("add", "5km", "0"), "time must be more than 0"),
        (("add", "5km", "30", "--during", "11"), "score must be a whole number from 0 to 10"),
        (("add", "5km", "30", "--terrain", "moon"), "--terrain must be one of"),
        (("delete", "abc"), "at least 6 characters"),
        (("delete", "ffffffffff"), "no run with an id starting"),
    ],
)
def test_bad_input_is_one_plain_line_and_changes_nothing(store_dir, capsys, argv, message):
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "run", *argv)
    assert_one_line_error(result, 1)
    assert message in result.err
    assert folder_digest(store_dir) == before


def test_delete_by_the_start_of_the_id(store_dir, capsys):
    run_id = run(capsys, store_dir, "run", "list", "--json").json()[0]["id"]
    result = run(capsys, store_dir, "run", "delete", run_id[:8])
    assert result.code == 0 and "deleted run: 5.00 km" in result.out
    assert run(capsys, store_dir, "run", "list").out.strip() == "no runs"


def test_a_run_file_in_a_new_folder_refused_creates_no_store(tmp_path, capsys):
    folder = tmp_path / "new"
    path = tmp_path / "empty.fit"
    path.write_bytes(b"")
    assert_one_line_error(run(capsys, folder, "run", "import", str(path)), 1)
    assert not folder.exists()


def test_the_run_log_survives_a_backup_and_restore(store_dir, capsys, tmp_path):
    backup = tmp_path / "b.json"
    assert run(capsys, store_dir, "backup", str(backup)).code == 0
    assert run(capsys, store_dir, "run", "add", "4km", "25", "--at", "2026-11-05T08:00").code == 0
    assert run(capsys, store_dir, "restore", str(backup)).code == 0
    runs = run(capsys, store_dir, "run", "list", "--json").json()
    assert [r["distance_m"] for r in runs] == [5000.0]


def test_a_month_of_runs_holding_another_table_is_damage_not_empty(store_dir, capsys):
    month = store_dir / "history" / "runs-2026-11.json"
    month.write_text('{"pain": {}}')
    result = run(capsys, store_dir, "run", "list")
    assert_one_line_error(result, 1)
    assert "runs-2026-11.json" in result.err


def test_files_the_tests_write_import_like_a_watchs(data_dir, capsys, tmp_path):
    path = tmp_path / "track.tcx"
    path.write_text(rf.tcx(rf.track(seconds=900, speed_mps=2.5)))
    result = run(capsys, data_dir, "run", "import", str(path))
    assert result.code == 0 and "2.25 km in 15:00" in result.out


# -- the ladder, gated on the pain light --------------------------------------------------
def _days_ago(n: int) -> str:
    return (datetime.now() - timedelta(days=n)).strftime("%Y-%m-%dT07:30")


def test_pain_during_and_after_a_run_reaches_the_diary_and_leaves_with_the_run(data_dir, capsys):
    assert run(capsys, data_dir, "run", "add", "2km", "24", "--at", _days_ago(2),
               "--during", "3", "--after", "1").code == 0  # fmt: skip
    diary = run(capsys, data_dir, "pain", "list", "--json").json()
    assert sorted((e["context"], e["score"]) for e in diary) == [("after", 1), ("during", 3)]
    run_id = run(capsys, data_dir, "run", "list", "--json").json()[0]["id"]
    assert {e["session_id"] for e in diary} == {run_id}
    assert run(capsys, data_dir, "run", "delete", run_id).code == 0
    assert run(capsys, data_dir, "pain", "list", "--json").json() == []


def test_before_the_first_run_the_readiness_check_is_asked_for(data_dir, capsys):
    out = run(capsys, data_dir, "run", "next").out
    assert "Before your first run, check you are ready" in out
    assert "Level 1: 8 × 1 min run / 2 min walk on flat ground" in out
    answer = run(capsys, data_dir, "run", "ready", "--walking", "yes", "--stairs", "no",
                 "--brisk-walk", "yes")  # fmt: skip
    assert answer.code == 0
    assert "not yet: Can you go up and down stairs without that pain?" in answer.out
    assert run(capsys, data_dir, "run", "next", "--json").json()["ready"] is False


@pytest.mark.parametrize(
    ("during", "after", "level", "words"),
    [
        ("2", "1", 2, "Move up to level 2"),  # green: within 5 during, nothing worse after
        ("6", "3", 1, "Repeat level 1"),  # amber: above the acceptable 5 once
        ("8", "6", 1, "Step back to level 1 after a rest day"),  # red: at the stop level 7+
    ],
)
def test_the_light_after_a_run_day_decides_the_next_level(
    data_dir, capsys, during, after, level, words
):
    argv = ("run", "add", "2km", "24", "--at", _days_ago(1), "--during", during, "--after", after)
    assert run(capsys, data_dir, *argv).code == 0
    assert run(capsys, data_dir, "pain", "add", "1", "--context", "morning").code == 0
    out = run(capsys, data_dir, "run", "next").out
    assert words in out and "Rule:" in out
    shown = run(capsys, data_dir, "run", "next", "--json").json()
    assert shown["level"] == level
    assert shown["decision"]["run_day"] == _days_ago(1)[:10]  # recorded once, kept


def test_a_green_light_waits_for_the_morning_check_before_moving_up(data_dir, capsys):
    argv = ("run", "add", "2km", "24", "--at", _days_ago(1), "--during", "2", "--after", "1")
    assert run(capsys, data_dir, *argv).code == 0
    out = run(capsys, data_dir, "run", "next").out
    assert "Log how the knee feels this morning" in out
    assert run(capsys, data_dir, "run", "next", "--json").json()["decision"] is None
    assert run(capsys, data_dir, "pain", "add", "1", "--context", "morning").code == 0
    assert run(capsys, data_dir, "run", "next", "--json").json()["level"] == 2


def test_an_override_is_recorded_beside_the_decision_it_overrides(data_dir, capsys):
    argv = ("run", "add", "2km", "24", "--at", _days_ago(1), "--during", "8", "--after", "6")
    assert run(capsys, data_dir, *argv).code == 0
    assert run(capsys, data_dir, "run", "next").code == 0
    assert run(capsys, data_dir, "run", "level", "3").code == 0
    shown = run(capsys, data_dir, "run", "next", "--json").json()
    assert shown["level"] == 3
    assert shown["decision"]["overridden"] is True
    assert shown["decision"]["light"] == "red"
    assert "why" not in shown["decision"]
    assert run(capsys, data_dir, "run", "level", "2", "--reason", "physio: hold").code == 0
    assert run(capsys, data_dir, "run", "next", "--json").json()["decision"]["why"] == (
        "physio: hold"
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("level", "0"), "level must be a whole number from 1 to 10"),
        (("level", "eleven"), "level must be a whole number from 1 to 10"),
        (
            ("ready", "--walking", "maybe", "--stairs", "yes", "--brisk-walk", "yes"),
            "--walking must be yes or no",
        ),
    ],
)
def test_bad_ladder_input_changes_nothing(store_dir, capsys, argv, message):
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "run", *argv)
    assert_one_line_error(result, 1)
    assert message in result.err
    assert folder_digest(store_dir) == before


def test_the_caps_are_a_setting_that_run_next_and_run_list_follow(store_dir, capsys):
    """5 km on 2 Nov, then 6.5 km on 10 Nov: 130% is over the 110% cap and within 130%."""
    assert run(capsys, store_dir, "run", "add", "6.5km", "38", "--at", "2026-11-10T08:00").code == 0
    assert run(capsys, store_dir, "run", "list", "--json").json()[1]["over_cap"]
    result = run(capsys, store_dir, "run", "caps", "--single-run", "130", "--weekly", "20")
    assert result.code == 0 and "single-run cap: 130%" in result.out
    assert all(
        r["over_cap"] is None for r in run(capsys, store_dir, "run", "list", "--json").json()
    )
    shown = run(capsys, store_dir, "run", "next", "--json").json()
    assert shown["rules"] == {"single_run_percent": 130, "weekly_percent": 20}
    assert run(capsys, store_dir, "run", "caps", "--defaults").code == 0
    assert "110%" in run(capsys, store_dir, "run", "caps").out


@pytest.mark.parametrize(
    "argv",
    [("--single-run", "99"), ("--single-run", "151"), ("--weekly", "31"), ("--weekly", "ten"),
     ("--single-run", "1.5")],
)  # fmt: skip
def test_a_bad_cap_is_refused_in_one_line_with_the_store_unchanged(store_dir, capsys, argv):
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "run", "caps", *argv)
    assert_one_line_error(result, 1)
    assert "whole percent" in result.err
    assert folder_digest(store_dir) == before


def test_run_list_flags_hills_and_downhill_at_the_early_levels(store_dir, capsys):
    argv = ("run", "add", "3km", "20", "--at", "2026-11-05T08:00", "--terrain", "downhill")
    assert run(capsys, store_dir, *argv).code == 0
    listed = {
        r["started_at"][:10]: r for r in run(capsys, store_dir, "run", "list", "--json").json()
    }
    assert "avoid hills and downhill in the early levels" in listed["2026-11-05"]["early_ground"]
    assert listed["2026-11-02"]["early_ground"] is None  # flat
    row = next(line for line in run(capsys, store_dir, "run", "list").out.splitlines()
               if "2026-11-05" in line)  # fmt: skip
    assert "downhill (level 1!)" in row
