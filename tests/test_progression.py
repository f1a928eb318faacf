"""Strength progression gated on the pain light: worked examples with the numbers in
the test, and properties: amber or red in the streak window never suggests, and a
suggestion never lowers a dose."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.dose import RepsDose
from coach.domain.exercise import Exercise, ExerciseSlot
from coach.domain.library import builtin_routines
from coach.domain.pain import PainEntry
from coach.domain.pain.light import traffic_light
from coach.domain.pain.rules import PainRules
from coach.domain.record import EndReason, SessionRecord
from coach.domain.routines.progression import (
    REPS_CEILING,
    SessionVerdict,
    next_step,
    reps_step,
    suggest,
    verdicts,
)

CET = timezone(timedelta(hours=1))
STRENGTH = next(r for r in builtin_routines() if r.id == "it-band-strength")
MON = date(2026, 11, 2)
STOPS = {STRENGTH.id: STRENGTH.pain_stop_threshold}  # 3: acceptable during it is 3


def at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), CET)


def session(day: date, reason: EndReason = EndReason.COMPLETED) -> SessionRecord:
    return SessionRecord(
        routine_id=STRENGTH.id,
        routine_name=STRENGTH.name,
        routine_snapshot=STRENGTH.snapshot_id(),
        started_at=at(day, 18),
        ended_at=at(day, 18) + timedelta(minutes=40),
        end_reason=reason,
    )


def day_of(s: SessionRecord, before: int, after: int, morning: int | None) -> list[PainEntry]:
    """Pain before and after the session (tied to it) and the next morning's check."""
    out = [
        PainEntry(score=before, at=at(s.day, 17), context="before", session_id=s.id),
        PainEntry(score=after, at=at(s.day, 19), context="after", session_id=s.id),
    ]
    if morning is not None:
        out.append(PainEntry(score=morning, at=at(s.day + timedelta(days=1), 8), context="morning"))
    return out


def week(mornings=(1, 1, 1), afters=(2, 2, 2)):
    """Mon, Wed, Fri sessions: before 1, after 2 (within 3), mornings back to the usual 1."""
    sessions = [session(MON + timedelta(days=d)) for d in (0, 2, 4)]
    entries = []
    for s, morning, after in zip(sessions, mornings, afters, strict=True):
        entries += day_of(s, 1, after, morning)
    return sessions, entries


def judged(sessions, entries):
    return verdicts(sessions, sessions, entries, PainRules(), STOPS)


def light_on(day, sessions, entries) -> str:
    return traffic_light(entries, sessions, day, PainRules(), STOPS).level.value


@pytest.mark.parametrize(
    ("reps", "step"),
    [(5, 2), (10, 2), (15, 2), (20, 2), (25, 3), (30, 3), (44, 4), (45, 5), (80, 5)],
)
def test_one_step_is_about_ten_percent_at_least_two_at_most_five(reps, step):
    assert reps_step(reps) == step


def test_the_it_band_routines_next_step():
    steps = {s.exercise_id: s for s in (next_step(slot) for slot in STRENGTH.slots) if s}
    assert {k: (v.old.describe(), v.new.describe(), v.tighter_band) for k, v in steps.items()} == {
        "side-leg-raise": ("30 reps", "33 reps", True),  # band at ankles
        "clam-shell": ("30 reps", "33 reps", True),
        "single-leg-hip-thrust": ("25 reps", "28 reps", False),  # 2.5 rounds up to 3
        "side-hip-bridge": ("30 reps", "33 reps", False),  # a step is not a band
        "side-shuffle": ("5 × 20 reps", "5 × 22 reps", True),
        "pistol-squat": ("15 reps at 3 s/rep", "17 reps at 3 s/rep", False),
        "hip-hike": ("20–25 reps", "22–27 reps", False),  # the range moves as a whole
        "donkey-kick": ("20–30 reps", "22–32 reps", False),
        "iron-cross": ("20 reps", "22 reps", False),
        "scorpion": ("20 reps", "22 reps", False),
    }
    assert steps["side-leg-raise"].text() == "Side leg raise: 30 reps → 33 reps, or a tighter band"


def test_holds_timed_and_intervals_do_not_progress():
    for routine in builtin_routines():
        if routine.id != STRENGTH.id:
            assert all(next_step(slot) is None for slot in routine.slots), routine.id


def test_at_the_ceiling_a_band_exercise_is_offered_a_tighter_band_only():
    banded = Exercise("band-walk", "Band walk", "Walk", RepsDose(reps=REPS_CEILING),
                      equipment=("loop band",))  # fmt: skip
    step = next_step(ExerciseSlot(banded))
    assert step is not None and step.new == step.old and step.tighter_band
    assert step.text() == "Band walk: a tighter band"
    bare = Exercise("squat", "Squat", "Squat", RepsDose(reps=REPS_CEILING))
    assert next_step(ExerciseSlot(bare)) is None
    near = Exercise("squat", "Squat", "Squat", RepsDose(reps=REPS_CEILING - 1))
    assert next_step(ExerciseSlot(near)).new.reps == REPS_CEILING  # capped, not 54


def test_three_green_sessions_suggest_the_next_step():
    sessions, entries = week()
    found = judged(sessions, entries)
    assert [v.light for v in found] == ["green", "green", "green"]
    sat = MON + timedelta(days=5)
    assert light_on(sat, sessions, entries) == "green"
    hit = suggest(STRENGTH, found, "green", PainRules())
    assert hit is not None
    assert (hit.streak, hit.needed, hit.builtin) == (3, 3, True)
    assert len(hit.steps) == 10
    assert hit.reason.startswith("3 green sessions in a row of IT-band strength (Mon 2 Nov, ")
    assert "after 3 green sessions in a row" in hit.rule
    assert hit.last_session_at == sessions[-1].started_at


def test_an_amber_morning_in_the_window_suggests_nothing():
    # Friday's next morning 3 against a usual 1: a rise of 2 is amber (1 to 2 above usual).
    sessions, entries = week(mornings=(1, 1, 3))
    found = judged(sessions, entries)
    assert [v.light for v in found] == ["green", "green", "amber"]
    assert suggest(STRENGTH, found, "green", PainRules()) is None
    assert light_on(MON + timedelta(days=5), sessions, entries) == "amber"


def test_pain_above_the_routines_own_stop_level_is_not_green():
    # After 4 on Wednesday: above the IT-band routine's acceptable 3, so amber.
    sessions, entries = week(afters=(2, 4, 2))
    assert [v.light for v in judged(sessions, entries)] == ["green", "amber", "green"]
    assert suggest(STRENGTH, judged(sessions, entries), "green", PainRules()) is None


def test_green_waits_for_the_morning_and_for_a_whole_session():
    sessions, entries = week(mornings=(1, 1, None))
    assert [v.light for v in judged(sessions, entries)][-1] == "unknown"
    assert suggest(STRENGTH, judged(sessions, entries), "green", PainRules()) is None
    sessions, entries = week()
    sessions[1] = session(sessions[1].day, EndReason.STOPPED_NO_TIME)
    entries = [e for e in entries if e.session_id != week()[0][1].id]
    entries += day_of(sessions[1], 1, 2, None)
    assert judged(sessions, entries)[1].light == "unknown"


def test_a_later_session_does_not_stand_in_for_an_earlier_one():
    sessions, entries = week()
    other = SessionRecord(routine_id="core", routine_name="Core", routine_snapshot="x",
                          started_at=at(MON, 20), ended_at=at(MON, 20) + timedelta(minutes=20),
                          end_reason=EndReason.COMPLETED)  # fmt: skip
    entries.append(PainEntry(score=6, at=at(MON, 21), context="after", session_id=other.id))
    found = verdicts(sessions, [*sessions, other], entries, PainRules(), STOPS)
    assert found[0].light == "green"  # the strength session's own 24 hours


def test_the_streak_length_is_a_setting():
    sessions, entries = week()
    assert (
        suggest(STRENGTH, judged(sessions, entries), "green", PainRules(progress_after=4)) is None
    )
    two = suggest(STRENGTH, judged(sessions, entries)[1:], "green", PainRules(progress_after=2))
    assert two is not None and two.needed == 2


def test_not_now_waits_for_a_new_streak():
    sessions, entries = week()
    found = judged(sessions, entries)
    first = suggest(STRENGTH, found, "green", PainRules())
    assert suggest(STRENGTH, found, "green", PainRules(), first.last_session_at) is None
    more = [session(MON + timedelta(days=d)) for d in (7, 9, 11)]
    for s in more:
        entries += day_of(s, 1, 2, 1)
    found = judged(sessions + more, entries)
    again = suggest(STRENGTH, found, "green", PainRules(), first.last_session_at)
    assert again is not None and again.streak == 3  # counted since "Not now"
    # two of the three new ones are not enough
    assert suggest(STRENGTH, found[:-1], "green", PainRules(), first.last_session_at) is None


def test_today_amber_or_red_suggests_nothing():
    sessions, entries = week()
    for light in ("amber", "red", "unknown"):
        assert suggest(STRENGTH, judged(sessions, entries), light, PainRules()) is None


LIGHTS = st.sampled_from(["green", "amber", "red", "unknown"])


@settings(max_examples=200, deadline=None)
@given(lights=st.lists(LIGHTS, max_size=12), now=LIGHTS, needed=st.integers(1, 6),
       dismissed=st.none() | st.integers(0, 12))  # fmt: skip
def test_amber_or_red_in_the_window_never_suggests(lights, now, needed, dismissed):
    found = [
        SessionVerdict(f"s{i}", MON + timedelta(days=i), at(MON + timedelta(days=i), 18), light, "")
        for i, light in enumerate(lights)
    ]
    since = None if dismissed is None else at(MON + timedelta(days=dismissed), 18)
    hit = suggest(STRENGTH, found, now, PainRules(progress_after=needed), since)
    counted = [v for v in found if since is None or v.started_at > since]
    window = counted[-needed:]
    if now != "green" or len(window) < needed or any(v.light != "green" for v in window):
        assert hit is None
    else:
        assert hit is not None and hit.streak >= needed


@settings(max_examples=300, deadline=None)
@given(
    sets=st.integers(1, 20),
    reps=st.integers(1, 500),
    spread=st.none() | st.integers(0, 100),
    band=st.booleans(),
)
def test_a_step_never_lowers_a_dose(sets, reps, spread, band):
    top = None if spread is None else min(500, reps + spread)
    dose = RepsDose(sets=sets, reps=reps, reps_max=top)
    slot = ExerciseSlot(Exercise("x", "X", "X", dose, equipment=("band",) if band else ()))
    step = next_step(slot)
    if step is None:
        assert reps >= REPS_CEILING and not band
        return
    new = step.new
    assert new.sets == dose.sets and new.rest_s == dose.rest_s and new.tempo_s == dose.tempo_s
    assert new.reps >= dose.reps
    assert (new.reps_max or new.reps) >= (dose.reps_max or dose.reps)
    assert new.reps <= max(REPS_CEILING, dose.reps)
    assert step.more_reps or step.tighter_band
