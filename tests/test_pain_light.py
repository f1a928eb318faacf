"""The traffic light of the 24-hour pain-monitoring model: one worked example per rule.

Every number a rule turns on is written in the test, so a reader can check the
arithmetic by hand against the rule in coach/domain/pain/light.py.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from helpers.strategies import pain_entries
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.pain import PainEntry
from coach.domain.pain.light import Level, traffic_light
from coach.domain.pain.rules import PainRules
from coach.domain.pain.summary import Change, meaningful, trend_summary
from coach.domain.record import EndReason, SessionRecord

CET = timezone(timedelta(hours=1))
MON = date(2026, 11, 2)
TUE = MON + timedelta(days=1)


def pain(day: date, score: int, context: str, hour: int = 9, session: str | None = None):
    return PainEntry(
        score=score,
        at=datetime.combine(day, time(hour), CET),
        context=context,
        session_id=session,
    )


def session(day: date, sid: str, routine: str = "core", hour: int = 18) -> SessionRecord:
    start = datetime.combine(day, time(hour), CET)
    return SessionRecord(
        routine_id=routine,
        routine_name=routine,
        routine_snapshot="",
        started_at=start,
        ended_at=start + timedelta(minutes=30),
        end_reason=EndReason.COMPLETED,
        id=sid,
    )


def usual(level: int, days: int = 5) -> list[PainEntry]:
    """Resting scores of ``level`` on the days before Monday: the person's usual."""
    return [pain(MON - timedelta(days=k), level, "rest") for k in range(1, days + 1)]


def test_green_during_within_acceptable_and_morning_back_to_usual():
    # during 4 <= acceptable 5; next morning 2 = usual 2
    entries = [
        *usual(2),
        pain(MON, 4, "during", 18, "s1"),
        pain(TUE, 2, "morning", 8, "s1"),
    ]
    light = traffic_light(entries, [session(MON, "s1")], TUE)
    assert light.level is Level.GREEN
    assert (
        light.reason == "Pain 4 during the session yesterday, acceptable 5; next morning 2, usual 2"
    )
    assert "next morning 2, usual 2" in light.reason
    assert "progressing" in light.advice
    assert "not medical advice" in light.note


def test_amber_during_above_acceptable_once():
    # during 6 > acceptable 5, but < stop 7, and the session before was fine (3)
    entries = [
        pain(MON - timedelta(days=2), 3, "during", 18, "s0"),
        pain(MON, 6, "during", 18, "s1"),
    ]
    sessions = [session(MON - timedelta(days=2), "s0"), session(MON, "s1")]
    light = traffic_light(entries, sessions, MON)
    assert light.level is Level.AMBER
    assert light.reason.startswith("Pain 6 during the session today, acceptable 5")
    assert "don't progress" in light.advice


def test_red_during_above_acceptable_two_sessions_running():
    # 6 then 6, both > acceptable 5
    entries = [
        pain(MON - timedelta(days=2), 6, "during", 18, "s0"),
        pain(MON, 6, "after", 19, "s1"),
    ]
    sessions = [session(MON - timedelta(days=2), "s0"), session(MON, "s1")]
    light = traffic_light(entries, sessions, MON)
    assert light.level is Level.RED
    assert "two sessions running (6, then 6; acceptable 5)" in light.reason
    assert "talk to your physio" in light.advice


def test_red_during_at_stop_level():
    # during 7 >= stop 7, first session ever
    light = traffic_light([pain(MON, 7, "during", 18, "s1")], [session(MON, "s1")], MON)
    assert light.level is Level.RED
    assert "stop level 7" in light.reason


def test_amber_next_morning_up_by_one_to_two():
    # during 3 is fine; next morning 4 = usual 2 + 2 -> amber (rise 1..2)
    entries = [*usual(2), pain(MON, 3, "during", 18, "s1"), pain(TUE, 4, "morning", 8, "s1")]
    light = traffic_light(entries, [session(MON, "s1")], TUE)
    assert light.level is Level.AMBER
    assert light.reason == "Next morning 4, usual 2"


def test_red_next_morning_up_by_more_than_two():
    # next morning 5, usual 2: rise 3 > 2 -> red (the issue's own example)
    entries = [*usual(2), pain(MON, 3, "during", 18, "s1"), pain(TUE, 5, "morning", 8, "s1")]
    light = traffic_light(entries, [session(MON, "s1")], TUE)
    assert light.level is Level.RED
    assert light.reason == "Next morning 5, usual 2"


def test_red_resting_pain_rising_over_the_last_seven_days():
    # rest mean 1.0 in the week before, 3.0 this week: a rise of 2 >= rest_rise 2
    on = date(2026, 11, 15)
    before = [pain(on - timedelta(days=k), 1, "rest") for k in range(7, 14)]
    now = [pain(on - timedelta(days=k), 3, "rest") for k in range(0, 7)]
    light = traffic_light(before + now, [], on)
    assert light.level is Level.RED
    assert light.reason == "Resting pain up from 1.0 to 3.0 over the last 7 days"


def test_routine_stop_level_is_the_acceptable_level_when_lower():
    # IT-band routine stops at 3: during 4 > 3 is amber there, green for a routine without one
    entries = [pain(MON, 4, "during", 18, "s1")]
    itb = traffic_light(entries, [session(MON, "s1", "itb")], MON, stop_levels={"itb": 3})
    assert itb.level is Level.AMBER
    assert "acceptable 3" in itb.reason
    other = traffic_light(entries, [session(MON, "s1", "core")], MON, stop_levels={"itb": 3})
    assert other.level is Level.GREEN


def test_entries_tied_to_no_session_use_the_global_setting():
    # a during 4 with no session: judged against acceptable 5 even if a routine says 3
    light = traffic_light([pain(MON, 4, "during", 18)], [], MON, stop_levels={"itb": 3})
    assert light.level is Level.GREEN
    assert "acceptable 5" in light.reason


def test_thresholds_come_from_the_rules():
    # acceptable raised to 6 by a physio: during 6 is green now
    rules = PainRules(acceptable=6, stop=8)
    light = traffic_light([pain(MON, 6, "during", 18, "s1")], [session(MON, "s1")], MON, rules)
    assert light.level is Level.GREEN


def test_no_entries_is_unknown_not_green():
    light = traffic_light([], [], MON)
    assert light.level is Level.UNKNOWN
    assert "no pain logged" in light.reason.lower()


def test_a_past_day_ignores_what_came_later():
    # on Monday the session was within limits; Tuesday's bad morning is not known yet
    entries = [*usual(2), pain(MON, 3, "during", 18, "s1"), pain(TUE, 6, "morning", 8, "s1")]
    light = traffic_light(entries, [session(MON, "s1")], MON)
    assert light.level is Level.GREEN
    assert "next-morning check is still to come" in light.reason


def test_rules_refuse_a_stop_level_not_above_acceptable():
    with pytest.raises(ValueError, match="stop"):
        PainRules(acceptable=5, stop=5)
    assert PainRules.from_dict({"acceptable": 4, "unknown": 1}).acceptable == 4
    assert PainRules.from_dict(None) == PainRules()


@settings(deadline=None, max_examples=60)
@given(st.lists(pain_entries, max_size=30), st.dates(date(2000, 1, 1), date(2099, 1, 1)))
def test_light_is_total_and_always_explains_itself(entries, on):
    light = traffic_light(entries, [], on)
    assert light.level in Level
    assert light.reason and light.advice and light.note
    assert light.to_dict()["light"] == light.level.value


@settings(deadline=None, max_examples=60)
@given(st.integers(0, 10), st.integers(0, 10))
def test_more_exercise_pain_never_gives_a_milder_light(a, b):
    rank = [Level.UNKNOWN, Level.GREEN, Level.AMBER, Level.RED]
    lo, hi = sorted((a, b))
    light = [
        traffic_light([pain(MON, s, "during", 18, "s1")], [session(MON, "s1")], MON)
        for s in (lo, hi)
    ]
    assert rank.index(light[0].level) <= rank.index(light[1].level)


# -- the trend summary (Farrar 2001) ---------------------------------------------------


def test_summary_improving_by_more_than_two_points():
    today = date(2026, 11, 30)
    then = [pain(today - timedelta(days=28 + k), 5, "rest") for k in range(3)]
    now = [pain(today - timedelta(days=k), 2, "rest") for k in range(3)]
    summary = trend_summary(then + now, today)
    assert summary.text == "7-day average 2.0 (was 5.0 four weeks ago) — improving"


def test_summary_thirty_percent_counts_even_below_two_points():
    # 3.0 -> 2.0 is 1 point but 33 %: meaningful; 3.0 -> 2.4 is 20 %: about the same
    assert meaningful(3.0, 2.0) is Change.IMPROVING
    assert meaningful(3.0, 2.4) is Change.SAME
    assert meaningful(2.0, 4.0) is Change.WORSE
    assert meaningful(0.0, 1.0) is Change.SAME  # 1 point from nothing: below 2 points


def test_summary_without_an_earlier_week_says_only_the_average():
    today = date(2026, 11, 30)
    summary = trend_summary([pain(today, 3, "rest")], today)
    assert summary.text == "7-day average 3.0"
    assert trend_summary([], today).text == "No pain logged in the last 7 days"


def test_green_the_morning_after_without_a_morning_score_says_so():
    # during 3 <= 5 yesterday; no morning entry yet today
    light = traffic_light([pain(MON, 3, "during", 18, "s1")], [session(MON, "s1")], TUE)
    assert light.level is Level.GREEN
    assert light.reason == (
        "Pain 3 during the session yesterday, acceptable 5; no next-morning score yet"
    )


@settings(deadline=None, max_examples=100)
@given(
    st.dictionaries(
        st.sampled_from(["acceptable", "stop", "morning_amber", "morning_red", "rest_rise",
                         "baseline_days", "meaningful_points", "meaningful_percent", "other"]),
        st.one_of(st.integers(-5, 120), st.text(max_size=3), st.none(), st.booleans()),
    )
)  # fmt: skip
def test_stored_rules_either_load_whole_or_are_refused_by_name(data):
    try:
        rules = PainRules.from_dict(data)
    except ValueError as exc:
        assert str(exc).startswith("pain_rules")
    else:
        assert rules.stop > rules.acceptable and rules.morning_red >= rules.morning_amber
        assert PainRules.from_dict(rules.to_dict()) == rules


def test_the_later_of_two_sessions_on_one_day_is_the_one_judged():
    # morning session during 6 (> 5), evening session during 2: the evening one counts
    entries = [pain(MON, 6, "during", 8, "am"), pain(MON, 2, "during", 18, "pm")]
    sessions = [session(MON, "am", hour=8), session(MON, "pm", hour=18)]
    light = traffic_light(entries, sessions, MON)
    assert light.session_id == "pm"
    assert light.reason.startswith("Pain 2 during the session today, acceptable 5")
