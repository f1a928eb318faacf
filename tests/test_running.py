"""Return to running: the single-run cap, the weekly guide, the level ladder's pain gate,
the readiness check, and run files from a watch (GPX, TCX, FIT) — good, bad and hostile."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from helpers import runfiles as rf
from hypothesis import given
from hypothesis import strategies as st

from coach.domain.running.caps import overrun, overruns, single_run_cap, weekly_guide
from coach.domain.running.files import MAX_FILE_BYTES, RunFileError, read_run_file
from coach.domain.running.levels import LEVELS, Action, decide, override
from coach.domain.running.readiness import Readiness
from coach.domain.running.runs import Run

FIXTURES = Path(__file__).parent / "fixtures" / "runs"


def run_on(day: date, km: float, minutes: float, **kw) -> Run:
    at = datetime(day.year, day.month, day.day, 8, tzinfo=UTC)
    return Run(started_at=at, distance_m=km * 1000, duration_s=minutes * 60, **kw)


# -- the single-run cap (Garmin-RUNSAFE: at most 110% of the 30-day longest) ----------
def test_the_cap_is_110_percent_of_the_longest_run_of_the_30_days_before():
    day = date(2026, 11, 20)
    runs = [run_on(date(2026, 11, 10), 4.0, 28), run_on(date(2026, 11, 14), 5.0, 30)]
    cap = single_run_cap(runs, day)
    assert cap is not None
    assert cap.distance_m == pytest.approx(5500)  # 5.0 km × 1.10
    assert cap.duration_s == pytest.approx(33 * 60)  # 30 min × 1.10
    assert "up to 5.5 km / 33 min" in cap.text()


def test_the_30_day_window_counts_day_minus_30_but_not_day_minus_31_nor_the_day_itself():
    day = date(2026, 11, 30)
    assert single_run_cap([run_on(day - timedelta(days=30), 8.0, 50)], day).distance_m == 8800
    assert single_run_cap([run_on(day - timedelta(days=31), 8.0, 50)], day) is None
    assert single_run_cap([run_on(day, 8.0, 50)], day) is None


def test_a_run_exactly_at_the_cap_is_fine_and_one_past_it_is_flagged_with_the_numbers():
    base = run_on(date(2026, 11, 1), 5.0, 30)
    at_cap = run_on(date(2026, 11, 3), 5.5, 33)
    over = run_on(date(2026, 11, 3), 6.0, 30)
    assert overrun(at_cap, [base]) is None
    flag = overrun(over, [base])
    assert flag is not None
    assert flag.distance_share == pytest.approx(1.2)
    assert flag.text() == (
        "Over the single-run cap: 120% of the longest distance (5.0 km) "
        "in the 30 days before; the cap is 110%."
    )


def test_the_run_log_flags_each_run_against_the_runs_before_it():
    runs = [
        run_on(date(2026, 10, 1), 5.0, 30),
        run_on(date(2026, 11, 5), 6.0, 36),  # 36 days later: nothing in its window
        run_on(date(2026, 11, 7), 6.5, 38),  # 108%: fine
        run_on(date(2026, 11, 9), 8.0, 40),  # 123% of 6.5 km
    ]
    flags = overruns(runs)
    assert list(flags) == [runs[3].id]
    assert flags[runs[3].id].cap.longest_distance_m == 6500


@given(st.lists(st.tuples(st.integers(0, 90), st.floats(1, 30)), min_size=1, max_size=25))
def test_the_one_pass_log_check_agrees_with_checking_each_run_alone(days_kms):
    start = date(2026, 1, 1)
    runs = [run_on(start + timedelta(days=d), km, km * 6) for d, km in days_kms]
    alone = {r.id for r in runs if overrun(r, runs) is not None}
    assert set(overruns(runs)) == alone


def test_the_cap_ratio_is_a_setting():
    cap = single_run_cap([run_on(date(2026, 11, 1), 10.0, 60)], date(2026, 11, 2), ratio=1.3)
    assert cap.distance_m == pytest.approx(13000)


def test_the_weekly_guide_is_last_week_plus_10_percent():
    runs = [run_on(date(2026, 11, 16), 3.0, 20), run_on(date(2026, 11, 19), 7.0, 45)]
    guide = weekly_guide(runs, date(2026, 11, 25))  # a Wednesday; last week 16–22 Nov
    assert guide.last_week_m == 10_000
    assert guide.guide_m == pytest.approx(11_000)
    assert "weaker signal" in guide.text()


@given(st.lists(st.floats(0.5, 40), min_size=1, max_size=20))
def test_the_weekly_guide_never_allows_more_than_110_percent_of_the_week_before(kms):
    monday = date(2026, 11, 16)
    runs = [run_on(monday + timedelta(days=i % 7), km, km * 6) for i, km in enumerate(kms)]
    guide = weekly_guide(runs, monday + timedelta(days=7))
    assert guide.guide_m <= 1.10 * sum(r.distance_m for r in runs) + 1e-6


# -- the pain gate (Silbernagel 2007's light, computed by the pain model) ---------------
def test_green_moves_up_amber_repeats_red_steps_back_with_a_rest_day():
    up = decide("green", 3, "during 2, next morning 1, usual 1")
    assert (up.to_level, up.action, up.rest_day) == (4, Action.UP, False)
    same = decide("amber", 3, "next morning 3, usual 1")
    assert (same.to_level, same.action, same.rest_day) == (3, Action.REPEAT, False)
    back = decide("red", 3, "next morning 5, usual 1")
    assert (back.to_level, back.action, back.rest_day) == (2, Action.BACK, True)
    assert back.text() == "Step back to level 2 after a rest day: next morning 5, usual 1."


def test_the_ladder_ends_stay_put():
    assert decide("red", 1, "r").to_level == 1
    top = decide("green", len(LEVELS), "g")
    assert (top.to_level, top.action) == (len(LEVELS), Action.REPEAT)


def test_an_override_is_recorded_with_the_original_light_and_rule():
    decision = override(decide("red", 4, "during 7"), 4)
    assert decision.overridden
    assert (decision.light, decision.to_level, decision.action) == ("red", 4, Action.REPEAT)
    assert "step back" in decision.rule


def test_an_unknown_light_is_refused():
    with pytest.raises(ValueError, match="green, amber or red"):
        decide("blue", 2, "")


@given(st.sampled_from(["green", "amber", "red"]), st.integers(-5, 20))
def test_a_decision_never_leaves_the_ladder(light, current):
    assert 1 <= decide(light, current, "").to_level <= len(LEVELS)


def test_level_one_is_8_by_1_min_run_2_min_walk_and_the_top_is_30_min_continuous():
    assert LEVELS[0].text() == "Level 1: 8 × 1 min run / 2 min walk"
    assert LEVELS[-1].text() == "Level 10: 30 min continuous easy run"


def test_readiness_needs_walking_stairs_and_a_brisk_walk_pain_free():
    day = date(2026, 11, 30)
    assert Readiness(day, {"walking": True, "stairs": True, "brisk_walk": True}).ready
    not_yet = Readiness(day, {"walking": True, "stairs": False, "brisk_walk": True})
    assert not not_yet.ready
    assert not_yet.missing() == ["Can you go up and down stairs without that pain?"]


# -- run files -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("run.gpx", lambda p: rf.gpx(p).encode()),
        ("run.tcx", lambda p: rf.tcx(p).encode()),
        ("run.fit", rf.fit),
        ("records-only.fit", lambda p: rf.fit(p, with_session=False)),
    ],
)
def test_a_watch_file_gives_distance_time_and_climb(tmp_path, name, make):
    path = tmp_path / name
    path.write_bytes(make(rf.track(seconds=600, speed_mps=3.0, hill_m=10.0)))
    run = read_run_file(path)
    assert run.started_at == rf.START
    assert run.distance_m == pytest.approx(1800, rel=0.01)
    assert run.duration_s == 600
    assert run.ascent_m == pytest.approx(10, abs=1)
    assert run.descent_m == pytest.approx(10, abs=1)
    assert run.source == name.rsplit(".", 1)[1]


def test_the_format_is_told_by_content_not_by_the_name(tmp_path):
    path = tmp_path / "export.txt"
    path.write_bytes(rf.fit(rf.track(120)))
    assert read_run_file(path).source == "fit"


@pytest.mark.parametrize("name", ["morning-run.gpx", "morning-run.tcx", "morning-run.fit"])
def test_the_real_world_shaped_fixtures_read_as_the_same_run(name):
    run = read_run_file(FIXTURES / name)
    assert run.distance_m == pytest.approx(5000, rel=0.03)
    assert 28 * 60 <= run.duration_s <= 32 * 60


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>&d;</name></trk></gpx>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>&x;</name></trk></gpx>
"""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (BILLION_LAUGHS.encode(), "declares a DTD or entities"),
        (EXTERNAL.encode(), "declares a DTD or entities"),
        (b"", "empty"),
        (b"\x00\x01garbage" * 10, "not a GPX, TCX or FIT file"),
        (b"<html><body>hi</body></html>", "not GPX or TCX"),
        (b"<gpx><trk>", "damaged XML"),
        (
            rf.gpx(rf.track(60)).replace("<time>", "<when>").replace("</time>", "</when>").encode(),
            "no times",
        ),
        (rf.fit(rf.track(60))[:-40], "damaged FIT"),
    ],
)
def test_bad_and_hostile_files_are_refused_in_one_plain_line(tmp_path, content, message):
    path = tmp_path / "watch.gpx"
    path.write_bytes(content)
    with pytest.raises(RunFileError, match=message) as caught:
        read_run_file(path)
    assert str(caught.value).startswith("watch.gpx: ")
    assert "\n" not in str(caught.value)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.gpx"
    with open(path, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is actually written
    with pytest.raises(RunFileError, match="too big"):
        read_run_file(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFO")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    path = tmp_path / "pipe.gpx"
    os.mkfifo(path)
    with pytest.raises(RunFileError, match="not a regular file"):
        read_run_file(path)


@given(st.binary(max_size=400))
def test_random_bytes_are_refused_cleanly_or_read(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("fuzz") / "f.fit"
    path.write_bytes(data)
    try:
        read_run_file(path)
    except RunFileError as exc:
        assert "\n" not in str(exc)


@given(st.integers(0, 2000))
def test_any_truncation_of_a_real_file_is_refused_cleanly_or_read(tmp_path_factory, cut):
    folder = tmp_path_factory.mktemp("cut")
    for name, data in (("a.fit", rf.fit(rf.track(90))), ("a.gpx", rf.gpx(rf.track(20)).encode())):
        path = folder / name
        path.write_bytes(data[: min(cut, len(data))])
        try:
            read_run_file(path)
        except RunFileError as exc:
            assert str(exc).startswith(f"{name}: ")


# -- the ladder's history -------------------------------------------------------------
def test_a_decision_is_owed_once_per_run_day_and_green_waits_for_the_morning():
    from coach.domain.running.progress import due_decision

    today = date(2026, 11, 30)
    runs = [run_on(date(2026, 11, 29), 2.0, 24)]
    assert due_decision([], runs, today, "green", "ok", morning_checked=False) is None
    step = due_decision([], runs, today, "green", "ok", morning_checked=True)
    assert step is not None and step.decision.to_level == 2
    assert due_decision([step], runs, today, "red", "r", morning_checked=True) is None
    assert due_decision([], runs, today, "unknown", "", morning_checked=True) is None
    assert due_decision([], [run_on(today, 2.0, 24)], today, "red", "", True) is None


def test_the_history_round_trips_and_damage_is_named():
    from coach.domain.running.progress import Step, current_level, load_steps, with_override

    steps = with_override([], 4, date(2026, 11, 30))
    assert current_level(steps).number == 4
    assert load_steps([s.to_dict() for s in steps]) == steps
    with pytest.raises(ValueError, match=r"running\.decisions"):
        load_steps([{"run_day": "2026-11-30", "to_level": 99}])
    with pytest.raises(ValueError, match=r"running\.decisions"):
        load_steps("nonsense")
    assert isinstance(steps[0], Step)


def test_running_rules_default_to_110_and_10_and_refuse_values_out_of_range():
    from coach.domain.running.rules import RunningRules

    rules = RunningRules.from_dict(None)
    assert (rules.ratio, rules.weekly_ratio) == (pytest.approx(1.10), pytest.approx(1.10))
    assert RunningRules.from_dict({"single_run_percent": 125, "new_key": 1}).ratio == 1.25
    bad_values = [{"single_run_percent": 99}, {"single_run_percent": 151}]
    bad_values += [{"weekly_percent": 31}, {"weekly_percent": -1}, {"weekly_percent": "10"}]
    for bad in bad_values:
        with pytest.raises(ValueError, match="running_rules"):
            RunningRules.from_dict(bad)


def test_next_run_takes_its_caps_from_the_running_rules():
    from coach.domain.running.next_run import next_run
    from coach.domain.running.rules import RunningRules

    runs = [run_on(date(2026, 11, 16), 2.0, 14), run_on(date(2026, 11, 18), 3.0, 20)]
    plan = next_run([], runs, date(2026, 11, 25), "none", "", False, RunningRules(120, 20))
    assert plan.cap.distance_m == pytest.approx(3600)  # 120% of 3 km
    assert plan.guide.guide_m == pytest.approx(6000)  # last week 5 km + 20%
    assert "120% of the longest run" in plan.cap.text()


def test_a_decisions_reason_keeps_its_message_through_the_store_for_translation():
    """The Running view shows a stored reason in the person's language: the step keeps
    the light's message (template and fields), and a damaged one reads as the English."""
    from coach.domain.message import Msg
    from coach.domain.running.levels import decide
    from coach.domain.running.progress import Step

    reason = Msg(
        "pain {score} {when}, acceptable {limit}",
        score=1,
        when=Msg("after the session on {day}", day=date(2026, 11, 17)),
        limit=3,
    )
    step = Step(date(2026, 11, 17), decide("green", 2, reason))
    back = Step.from_dict(step.to_dict())
    assert isinstance(back.decision.reason, Msg)
    assert back.decision.reason.template == reason.template
    assert back.decision.reason.fields()["when"].fields()["day"] == date(2026, 11, 17)
    assert back == step
    for damaged in ({"template": "{nope}"}, {"template": "other words"}, "x", 5, None):
        raw = {**step.to_dict(), "reason_msg": damaged}
        again = Step.from_dict(raw).decision.reason
        assert again == reason and type(again) is str  # the English as it was stored
