"""The demo history tells a believable, repeatable recovery story."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta, timezone

import pytest

from coach.domain.analytics import adherence, daily_pain, flare_ups
from coach.domain.demo import generate_history
from coach.domain.library import builtin_routines
from coach.domain.pain import Context, PainEntry
from coach.domain.plan.suggested import suggested_plan
from coach.domain.record import EndReason, SessionRecord

TODAY = date(2026, 11, 22)
TZ = timezone(timedelta(hours=1))


@pytest.fixture(scope="module")
def history():
    return generate_history(TODAY, tz=TZ)


def test_same_seed_same_history_other_seed_other_history(history):
    assert generate_history(TODAY, tz=TZ) == history
    other = generate_history(TODAY, seed=2, tz=TZ)
    assert [s.id for s in other.sessions] != [s.id for s in history.sessions]


def test_it_band_routine_done_about_four_times_in_five(history):
    routines = builtin_routines()
    first = TODAY - timedelta(70)
    plans = [p for r in routines if (p := suggested_plan(r, first, keep_rhythm=True))]
    strength = [p for p in plans if p.routine_id == "it-band-strength"]
    result = adherence(strength, history.sessions, first, TODAY - timedelta(1), TODAY)
    assert 0.75 <= result.ratio <= 0.85
    overall = adherence(plans, history.sessions, first, TODAY, TODAY, routines=routines)
    assert overall.ratio >= 0.65


def test_some_sessions_stop_early_and_one_stops_for_pain(history):
    reasons = Counter(s.end_reason for s in history.sessions if s.routine_id == "it-band-strength")
    assert reasons[EndReason.STOPPED_FOR_PAIN] == 1
    assert reasons[EndReason.STOPPED] >= 2
    assert reasons[EndReason.COMPLETED] > 20
    assert all(s.finished for s in history.sessions)


def test_pain_falls_from_about_six_to_about_one_with_two_flare_ups(history):
    daily = daily_pain(history.pain)
    first_week = [d.mean for d in daily if d.day < TODAY - timedelta(63)]
    last_week = [d.mean for d in daily if d.day >= TODAY - timedelta(7)]
    assert sum(first_week) / len(first_week) >= 5
    assert sum(last_week) / len(last_week) <= 2
    flares = flare_ups(history.pain)
    assert len(flares) == 2
    assert all(f.notes for f in flares)


def test_entries_cover_every_context_and_tie_to_real_sessions(history):
    contexts = Counter(e.context for e in history.pain)
    assert contexts[Context.MORNING] > 50
    assert contexts[Context.DURING] > 0 and contexts[Context.AFTER] > 10
    ids = {s.id for s in history.sessions}
    tied = [e for e in history.pain if e.session_id]
    assert tied and all(e.session_id in ids for e in tied)
    assert all(e.context in (Context.DURING, Context.AFTER) for e in tied)
    assert sum(1 for e in history.pain if e.note) >= 4
    assert {e.location for e in history.pain} >= {"outer knee", "outer hip"}


def test_times_carry_the_local_offset_and_stay_in_range(history):
    for item in [*history.pain, *history.sessions]:
        at = item.at if isinstance(item, PainEntry) else item.started_at
        assert at.utcoffset() == timedelta(hours=1)
        assert TODAY - timedelta(70) <= at.date() <= TODAY
    assert max(s.day for s in history.sessions) < TODAY


def test_set_records_match_the_routine_doses_per_side(history):
    routines = {r.id: r for r in builtin_routines()}
    whole = [s for s in history.sessions if s.end_reason == EndReason.COMPLETED]
    for session in whole:
        routine = routines[session.routine_id]
        assert session.routine_snapshot == routine.snapshot_id()
        expected = [
            (slot.exercise.id, n, side)
            for slot in routine.slots
            for n in range(1, slot.dose.sets + 1)
            for side in (("left", "right") if slot.exercise.per_side else (None,))
        ]
        assert [(r.exercise_id, r.set_index, r.side) for r in session.sets] == expected
        for record in session.sets:
            dose = routine.slot(record.exercise_id).dose
            assert record.planned == getattr(dose, "reps", getattr(dose, "hold_s", record.planned))
            assert record.at is not None and session.started_at <= record.at <= session.ended_at


def test_records_survive_a_round_trip_like_the_store_makes(history):
    for session in history.sessions[:40]:
        assert SessionRecord.from_dict(session.to_dict()) == session
    for entry in history.pain[:40]:
        assert PainEntry.from_dict(entry.to_dict()) == entry


def test_short_history_and_a_partial_routine_list_still_work():
    only_strength = [r for r in builtin_routines() if r.id == "it-band-strength"]
    short = generate_history(TODAY, weeks=2, seed=5, routines=only_strength, tz=TZ)
    assert {s.routine_id for s in short.sessions} == {"it-band-strength"}
    assert short.pain


def test_a_demo_for_an_early_date_still_has_strength_sessions():
    early = generate_history(date(2019, 6, 1), weeks=4, tz=TZ)
    assert any(s.routine_id == "it-band-strength" for s in early.sessions)
