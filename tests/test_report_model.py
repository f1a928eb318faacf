"""The report model: its figures agree with the domain's analytics for any history."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.analytics import adherence, flare_ups
from coach.domain.demo import generate_history
from coach.domain.library import builtin_routines
from coach.domain.plan.suggested import suggested_plan
from coach.domain.report import ReportRequest, build_report, sources

TODAY = date(2026, 11, 30)
ROUTINES = builtin_routines()
MADE = datetime(2026, 11, 30, 9, 0).astimezone()


@pytest.mark.parametrize(
    ("before", "after", "meaningful"),
    [
        (6, 4, True),  # two points
        (3, 2.1, True),  # 30 %
        (6, 4.5, False),  # 1.5 points, 25 %
        (1, 0.8, False),  # 20 %
        (0, 1.9, False),  # from no pain, under two points
        (2, 4, True),  # worse counts as much as better
    ],
)
def test_meaningful_change_follows_farrar(before, after, meaningful):
    assert sources.clinically_meaningful(before, after) is meaningful


@settings(max_examples=15, deadline=None)
@given(
    seed=st.integers(0, 10_000),
    weeks=st.integers(1, 8),
    offset=st.integers(0, 40),
    length=st.integers(1, 60),
)
def test_report_figures_agree_with_the_domain(seed, weeks, offset, length):
    history = generate_history(TODAY, weeks=weeks, seed=seed, routines=ROUTINES)
    end = TODAY - timedelta(days=offset)
    start = end - timedelta(days=length - 1)
    first = TODAY - timedelta(days=7 * weeks)
    plans = [p for p in (suggested_plan(r, first, keep_rhythm=True) for r in ROUTINES) if p]
    report = build_report(
        ReportRequest(start, end),
        ROUTINES,
        history.sessions,
        history.pain,
        MADE,
        "t",
        plans=plans,
        today=TODAY,
    )
    finished = [s for s in history.sessions if start <= s.day <= end and s.finished]
    in_pain = [e for e in history.pain if start <= e.at.date() <= end]

    played = [s for s in history.sessions if start <= s.day <= end]
    plan = adherence(plans, played, start, end, TODAY, routines=ROUTINES)
    assert report.adherence.weeks == list(plan.weeks)
    assert report.adherence.total_ratio == plan.ratio
    by_id = {r.routine_id: r for r in plan.routines}
    for row in report.adherence.routines:
        assert row.sessions == sum(1 for s in finished if s.routine_id == row.routine_id)
        if row.routine_id in by_id:
            assert (row.planned, row.done, row.ratio) == (
                by_id[row.routine_id].planned,
                by_id[row.routine_id].done,
                by_id[row.routine_id].ratio,
            )
        else:
            assert row.planned == 0 and row.ratio is None and row.sessions > 0
    assert [s.session_id for s in report.sessions] == [s.id for s in finished]
    assert sorted(p.at for p in report.pain_entries) == sorted(e.at for e in in_pain)
    flags = [bool(p.flag) for p in report.pain_entries]
    assert flags == sorted(flags, reverse=True)  # flagged entries first
    assert report.pain.entry_count == len(in_pain)
    assert report.pain.stopped_for_pain == sum(
        1 for s in finished if s.end_reason == "stopped-for-pain"
    )
    warm = [e for e in history.pain if start - timedelta(days=7) <= e.at.date() <= end]
    assert report.pain.flare_ups == [f for f in flare_ups(warm) if f.last_day >= start]
    if report.pain.worst_day is not None:
        assert report.pain.worst_day.max == max(e.score for e in in_pain)
    for ex in report.exercises:
        assert {s.side for s in ex.sides} in ({"left", "right"}, {""}, {"left"}, {"right"})
        for side in ex.sides:
            assert side.sets_done + side.sets_skipped <= side.sets_planned  # + not reached
    assert report.empty == (not finished and not in_pain)


def test_the_first_and_last_week_are_those_of_the_diary():
    history = generate_history(TODAY, weeks=4, routines=ROUTINES)
    start = TODAY - timedelta(days=60)  # a month before the diary began
    report = build_report(
        ReportRequest(start, TODAY), ROUTINES, history.sessions, history.pain, MADE, "t"
    )
    first_day = min(e.at.date() for e in history.pain if e.at.date() >= start)
    assert report.pain.first_week == (first_day, first_day + timedelta(days=6))
    morning = next(c for c in report.pain.changes if c.context == "morning")
    assert morning.first_count > 0 and morning.change is not None


def test_an_empty_period_is_empty():
    history = generate_history(TODAY, weeks=2, routines=ROUTINES)
    report = build_report(
        ReportRequest(date(2020, 1, 1), date(2020, 1, 31)),
        ROUTINES,
        history.sessions,
        history.pain,
        MADE,
        "t",
    )
    assert report.empty
    assert report.light.level.value == "unknown"


@given(st.text())
def test_printable_text_has_no_control_characters_and_keeps_the_rest(text):
    from coach.render.text import LINE_SEPARATOR, printable

    out = printable(text)
    assert not any((ord(c) < 32 or 0x7F <= ord(c) <= 0x9F) for c in out if c != LINE_SEPARATOR)
    plain = "".join(c for c in text if c.isprintable() and c != "\\")
    assert printable(plain) == plain
