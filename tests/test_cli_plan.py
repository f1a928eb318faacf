"""``rehab-coach schedule list | set | pause | clear | export`` and ``adherence``."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from dateutil.rrule import rrulestr
from helpers.cli import assert_one_line_error, folder_digest, run, sample_session
from icalendar import Calendar

from coach.store import Store

TODAY = date.today()


def test_a_new_store_lists_every_routine_as_needed(data_dir, capsys):
    result = run(capsys, data_dir, "schedule", "list")
    assert result.code == 0
    rows = result.out.splitlines()[2:]
    assert rows and all("as needed" in row for row in rows)


def test_set_pause_and_clear_keep_the_past(data_dir, capsys):
    start = TODAY - timedelta(days=10)
    result = run(
        capsys,
        data_dir,
        "schedule",
        "set",
        "IT-band strength",
        "--every",
        "2",
        "--from",
        str(start),
        "--at",
        "07:30",
    )
    assert result.code == 0, result
    assert "every other day · at 07:30 · from " + str(start) in result.out
    paused = run(
        capsys,
        data_dir,
        "schedule",
        "pause",
        "it-band-strength",
        "--from",
        str(TODAY + timedelta(days=3)),
        "--to",
        str(TODAY + timedelta(days=5)),
    )
    assert paused.code == 0, paused
    assert run(capsys, data_dir, "schedule", "clear", "it-band-strength").code == 0
    listed = run(capsys, data_dir, "schedule", "list", "--json").json()
    strength = next(r for r in listed if r["routine_id"] == "it-band-strength")
    assert strength["schedule"] is None  # as needed from today...
    versions = strength["plan"]["versions"]
    assert versions[0]["start"] == str(start)  # ...but the past keeps its plan
    assert versions[0]["end"] == str(TODAY - timedelta(days=1))


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--every", "2", "--per-week", "3"], "exactly one of"),
        (["--weekdays", "mon,someday"], "--weekdays takes day names"),
        (["--every", "40"], "--every: must be between 1 and 31"),
        (["--every", "2", "--at", "8am"], "--at takes a time like 08:00"),
        (["--every", "2", "--at", "08:00", "--at", "09:00"], "--at: at most 1 times"),
        (["--every", "2", "--from", "2026-12-01", "--until", "2026-11-01"], "--until"),
        (["--every", "2", "--from", "soon"], "--from must be a date"),
    ],
)
def test_bad_schedules_are_refused_in_one_line_and_change_nothing(data_dir, capsys, argv, words):
    run(capsys, data_dir, "schedule", "list")
    before = folder_digest(data_dir)
    result = run(capsys, data_dir, "schedule", "set", "it-band-strength", *argv)
    assert_one_line_error(result, 1)
    assert words in result.err
    assert folder_digest(data_dir) == before


def test_an_unknown_routine_leaves_no_store_behind(tmp_path, capsys):
    folder = tmp_path / "new"
    result = run(capsys, folder, "schedule", "set", "no such routine", "--every", "2")
    assert_one_line_error(result, 1)
    assert not folder.exists()


def test_pausing_an_as_needed_routine_is_refused(data_dir, capsys):
    result = run(
        capsys,
        data_dir,
        "schedule",
        "pause",
        "foam-rolling",
        "--from",
        str(TODAY),
        "--to",
        str(TODAY),
    )
    assert_one_line_error(result, 1)
    assert "as needed" in result.err


def test_adherence_counts_the_plan_and_leaves_today_open(data_dir, capsys):
    start = TODAY - timedelta(days=6)
    run(
        capsys,
        data_dir,
        "schedule",
        "set",
        "it-band-strength",
        "--every",
        "1",
        "--from",
        str(start),
    )
    store = Store.open(data_dir)
    store.sessions.save(sample_session(datetime.combine(start, time(9)).astimezone()))
    store.close()
    result = run(capsys, data_dir, "adherence", "--from", str(start), "--to", str(TODAY), "--json")
    assert result.code == 0, result
    data = result.json()
    assert data["planned"] == 6  # today is open, not missed
    assert 0 < data["done"] <= 1
    statuses = {d["day"]: d["status"] for d in data["days"]}
    assert statuses[str(TODAY)] == "open"
    assert statuses[str(start + timedelta(days=1))] == "missed"
    text = run(capsys, data_dir, "adherence", "--from", str(start), "--to", str(TODAY))
    assert text.code == 0 and "IT-band strength" in text.out and "streak" in text.out


def test_adherence_on_a_new_store_is_not_zero_percent(data_dir, capsys):
    result = run(capsys, data_dir, "adherence", "--from", "2026-01-01", "--to", "2026-03-01")
    assert result.code == 0
    assert "nothing due" in result.out and "0%" not in result.out


def test_export_writes_a_calendar_a_real_parser_reads_across_dst(
    data_dir, capsys, tmp_path, monkeypatch
):
    monkeypatch.setenv("TZ", "Europe/Berlin")
    run(
        capsys,
        data_dir,
        "schedule",
        "set",
        "it-band-stretch",
        "--every",
        "1",
        "--times-per-day",
        "2",
        "--at",
        "08:00",
        "--at",
        "20:00",
    )
    run(
        capsys,
        data_dir,
        "schedule",
        "set",
        "it-band-strength",
        "--weekdays",
        "mon,thu",
        "--until",
        str(TODAY + timedelta(days=400)),
    )
    path = tmp_path / "plan.ics"
    result = run(capsys, data_dir, "schedule", "export", str(path))
    assert result.code == 0, result
    assert "3 recurring events" in result.out
    cal = Calendar.from_ical(path.read_bytes())
    zones = [tz["TZID"] for tz in cal.walk("VTIMEZONE")]
    assert zones == ["Europe/Berlin"]
    events = cal.walk("VEVENT")
    stretch = [e for e in events if str(e["SUMMARY"]) == "IT-band stretches"]
    assert sorted(e.decoded("DTSTART").time() for e in stretch) == [time(8), time(20)]
    morning = next(e for e in stretch if e.decoded("DTSTART").hour == 8)
    start = morning.decoded("DTSTART")
    assert start.tzinfo is not None and start.tzinfo.key == "Europe/Berlin"
    rule = rrulestr(morning["RRULE"].to_ical().decode(), dtstart=start)
    year = list(rule.between(start, start + timedelta(days=366), inc=True))
    assert len(year) >= 365
    assert {d.hour for d in year} == {8}  # 08:00 local on both sides of the clock change
    assert len({d.utcoffset() for d in year}) == 2  # and the change is in the range
    strength = next(e for e in events if str(e["SUMMARY"]) == "IT-band strength")
    assert not isinstance(strength.decoded("DTSTART"), datetime)  # no time: all day
    assert strength["RRULE"]["BYDAY"] == ["MO", "TH"]
    assert strength["RRULE"]["UNTIL"][0] == TODAY + timedelta(days=400)


def test_export_with_nothing_planned_says_so_and_writes_nothing(data_dir, capsys, tmp_path):
    path = tmp_path / "plan.ics"
    result = run(capsys, data_dir, "schedule", "export", str(path))
    assert_one_line_error(result, 1)
    assert "nothing to export" in result.err and not path.exists()


def test_start_and_log_pain_are_app_launches_not_data_commands():
    from coach.commands.common import UsageError
    from coach.commands.parser import parse

    args = parse(["start"])
    assert args.func is None and args.start_routine == ""
    assert parse(["start", "IT-band strength"]).start_routine == "IT-band strength"
    assert parse(["--log-pain"]).log_pain
    with pytest.raises(UsageError, match="--log-pain opens the app"):
        parse(["--log-pain", "pain", "list"])


def test_start_reaches_the_app_with_the_routine(monkeypatch, data_dir):
    import sys
    import types

    from coach.cli import main

    calls = []
    module = types.ModuleType("coach.app")
    module.run_gui = lambda data_dir, **kw: calls.append((data_dir, kw["start"])) or 0
    monkeypatch.setitem(sys.modules, "coach.app", module)
    assert main(["start", "clam", "--data-dir", str(data_dir)]) == 0
    assert main(["start", "--data-dir", str(data_dir)]) == 0
    assert calls == [(data_dir, "clam"), (data_dir, "")]
