"""The chart's plain data and the next-morning question, from the domain (no Qt)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.pain import Context, PainEntry, Side
from coach.domain.pain.chart import break_gaps, caption, session_kind
from coach.domain.pain.morning import morning_check_due
from coach.domain.record import EndReason, SessionRecord

CET = timezone(timedelta(hours=1))
MON = date(2026, 11, 2)


def _session(day: date, sid: str, reason=EndReason.COMPLETED) -> SessionRecord:
    start = datetime.combine(day, time(18), CET)
    return SessionRecord("core", "Core", "", start, ended_at=start + timedelta(minutes=20),
                         end_reason=reason, id=sid)  # fmt: skip


def test_the_line_breaks_where_more_than_seven_days_have_no_data():
    # 1, 2, 3 Nov, then nothing until 21 Nov: 18 days apart -> one break
    points = [(MON, 4.0), (MON + timedelta(days=1), 3.0), (MON + timedelta(days=19), 2.0)]
    assert break_gaps(points) == [points[0], points[1], (points[1][0], None), points[2]]
    assert break_gaps(points[:2]) == points[:2]


@settings(deadline=None)
@given(st.lists(st.integers(0, 60), unique=True).map(sorted))
def test_breaks_only_and_exactly_at_gaps(offsets):
    points = [(MON + timedelta(days=k), 1.0) for k in offsets]
    out = break_gaps(points)
    assert [p for p in out if p[1] is not None] == points
    gaps = sum(1 for a, b in pairwise(offsets) if b - a > 7)
    assert sum(1 for p in out if p[1] is None) == gaps


def test_caption_is_plain_text_with_the_persons_words_as_typed():
    entry = PainEntry(score=6, at=datetime(2026, 11, 2, 18, 5, tzinfo=CET),
                      location="<i>outer hip</i>", side=Side.LEFT, context=Context.AFTER,
                      note="stairs &amp; <b>hills</b>")  # fmt: skip
    assert caption(entry) == (
        "Mon 2 Nov 2026 18:05\nPain 6/10, after exercise\n<i>outer hip</i>, left\n"
        "stairs &amp; <b>hills</b>"
    )


def test_session_kinds():
    assert session_kind(_session(MON, "a")) == "done"
    assert session_kind(_session(MON, "b", EndReason.STOPPED_FOR_PAIN)) == "stopped"
    assert session_kind(_session(MON, "c", EndReason.STOPPED)) == "partial"


def test_morning_check_asks_about_yesterdays_session_once():
    tue = MON + timedelta(days=1)
    s = _session(MON, "s1")
    assert morning_check_due([s], [], tue, None).session == s
    assert morning_check_due([s], [], tue, "s1") is None  # asked already
    assert morning_check_due([s], [], MON + timedelta(days=2), None) is None  # not yesterday
    morning = PainEntry(score=2, at=datetime.combine(tue, time(7), CET), context="morning")
    assert morning_check_due([s], [morning], tue, None) is None  # answered by hand
    interrupted = _session(MON, "s2", EndReason.INTERRUPTED)
    assert morning_check_due([interrupted], [], tue, None) is None


def _flare_days_by_definition(entries, jump=2, window_days=7):
    """The definition, day by day: worst score ``jump`` above the mean worst of the
    ``window_days`` calendar days before (those with entries)."""
    from coach.domain.pain.trend import daily_pain

    daily = {d.day: d.max for d in daily_pain(entries)}
    out = []
    for day, peak in sorted(daily.items()):
        before = [daily[day - timedelta(days=k)] for k in range(1, window_days + 1)
                  if day - timedelta(days=k) in daily]  # fmt: skip
        if before and peak - sum(before) / len(before) >= jump:
            out.append(day)
    return out


@settings(deadline=None, max_examples=80)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 10)), max_size=40))
def test_flare_ups_follow_their_definition(points):
    from coach.domain.pain.trend import flare_ups

    entries = [PainEntry(score=s, at=datetime.combine(MON + timedelta(days=d), time(9), CET))
               for d, s in points]  # fmt: skip
    expected = _flare_days_by_definition(entries)
    found = flare_ups(entries)
    assert [f.day for f in found] == [
        d for i, d in enumerate(expected) if i == 0 or (d - expected[i - 1]).days > 3
    ]
    assert all(f.last_day in expected for f in found)


def _run(day: date, hour: int = 7):
    from coach.domain.running.runs import Run

    return Run(datetime.combine(day, time(hour), CET), 2000, 1200)


def test_a_run_day_brings_the_morning_check_as_a_session_day_does():
    tue = MON + timedelta(days=1)
    run = _run(MON)
    due = morning_check_due([], [], tue, None, [run])
    assert (due.id, due.run, due.session) == (run.id, run, None)
    assert morning_check_due([], [], tue, run.id, [run]) is None  # asked already
    assert morning_check_due([], [], MON + timedelta(days=2), None, [run]) is None
    tied = PainEntry(score=1, at=datetime.combine(tue, time(6), CET), context="morning",
                     session_id=run.id)  # fmt: skip
    assert morning_check_due([], [tied], tue, None, [run]) is None  # answered already
    # a session and a run the same day: the later one is asked about, once for both
    session = _session(MON, "s1")  # 18:00
    assert morning_check_due([session], [], tue, None, [run]).session == session
    late = _run(MON, 20)
    assert morning_check_due([session], [], tue, None, [late]).run == late
    after_session = PainEntry(score=1, at=datetime.combine(tue, time(6), CET),
                              context="morning", session_id="s1")  # fmt: skip
    assert morning_check_due([session], [after_session], tue, None, [late]) is None
