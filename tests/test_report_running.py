"""The report's return-to-run section: its figures on a worked example, numbers in the
test, and the PDF from ``rehab-coach report`` printing it only when there are runs."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from datetime import date, datetime, timedelta

import pytest

from coach.domain.library import builtin_routines
from coach.domain.pain import Context, PainEntry
from coach.domain.report import ReportRequest, build_report
from coach.domain.report.running import build_running
from coach.domain.running.levels import decide, override
from coach.domain.running.progress import SETTINGS_KEY, Step
from coach.domain.running.runs import Run
from coach.store import Store

START, END = date(2026, 11, 1), date(2026, 11, 30)  # 1 Nov 2026 is a Sunday
MADE = datetime(2026, 11, 30, 20).astimezone()
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")


def at(day: date, hour: int = 18) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


# (day, metres, minutes, pain during, pain after, next morning)
PLAN = [
    (date(2026, 10, 20), 1900, 15, None, None, None),  # before the period: sets the caps
    (date(2026, 11, 2), 2000, 16, 2, 1, 2),
    (date(2026, 11, 4), 2100, 17, 2, 2, 2),
    (date(2026, 11, 6), 2200, 18, 3, 2, 2),
    (date(2026, 11, 9), 2400, 19, 2, 1, 2),  # 2.4 / 2.2 = 109%: inside the cap
    (date(2026, 11, 11), 3000, 24, 5, 4, 5),  # 3.0 / 2.4 = 125%: over it
    (date(2026, 11, 16), 2500, 20, 2, 1, 2),
    (date(2026, 11, 18), 2600, 21, 2, 2, 2),
    (date(2026, 11, 23), 2700, 22, None, None, 1),  # pain only in the diary, tied to it
]


def records() -> tuple[list[Run], list[PainEntry], list[Step]]:
    runs, pain = [], []
    for day, metres, minutes, during, after, morning in PLAN:
        run = Run(
            started_at=at(day),
            distance_m=metres,
            duration_s=minutes * 60,
            pain_during=during,
            pain_after=after,
        )
        runs.append(run)
        if morning is not None:
            pain.append(PainEntry(score=morning, at=at(day + timedelta(days=1), 8),
                                  context=Context.MORNING))  # fmt: skip
    last = runs[-1]
    pain += [
        PainEntry(score=1, at=at(last.day), context=Context.DURING, session_id=last.id),
        PainEntry(score=3, at=at(last.day, 19), context=Context.AFTER, session_id=last.id),
    ]
    red = decide("red", 2, "next morning 5, usual 2")
    steps = [
        Step(date(2026, 10, 20), decide("green", 1, "next morning 1, usual 1")),  # before
        Step(date(2026, 11, 2), decide("green", 1, "next morning 2, usual 2")),
        Step(date(2026, 11, 6), decide("amber", 2, "next morning 3, usual 2")),
        Step(date(2026, 11, 11), red),
        Step(date(2026, 11, 11), override(red, 2)),
    ]
    return runs, sorted(pain, key=lambda e: e.at), steps


def section():
    runs, pain, steps = records()
    s = build_running(runs, steps, pain, START, END)
    assert s is not None
    return s, runs


def test_totals_and_level_history():
    s, _ = section()
    assert s.run_count == 8
    assert s.distance_m == pytest.approx(19_500)
    assert s.minutes == pytest.approx(157)
    assert [(x.run_day.day, x.decision, x.from_level, x.to_level) for x in s.levels] == [
        (2, "green", 1, 2),
        (6, "amber", 2, 2),
        (11, "red", 2, 1),
        (11, "override", 2, 2),  # the person kept level 2; the light stays on record
    ]
    red, mine = s.levels[2], s.levels[3]
    assert red.rest_day and red.reason == "next morning 5, usual 2"
    assert red.rule.startswith("red light")
    assert mine.light == "red" and mine.reason == red.reason
    assert s.level_now == 2 and s.level_now_text.startswith("Level 2: 8 × 2 min run")


def test_weekly_volume_against_the_guide_and_the_cap():
    s, _ = section()
    weeks = {w.monday: w for w in s.weeks}
    assert list(weeks) == [date(2026, 10, 26) + timedelta(days=7 * n) for n in range(6)]
    # Week of 2 Nov: 2.0 + 2.1 + 2.2 km; nothing the week before, so no guide.
    w = weeks[date(2026, 11, 2)]
    assert (w.runs, w.distance_m, w.guide_m) == (3, pytest.approx(6300), None)
    # its longest, 2.2 km on 6 Nov: cap 110% of the 30-day longest (2.1 km) = 2.31 km
    assert w.longest_m == 2200 and w.longest_cap_m == pytest.approx(2310)
    # Week of 9 Nov: 2.4 + 3.0 = 5.4 km; guide 6.3 × 1.1 = 6.93 km; the 3.0 km run's cap
    # is 2.4 × 1.1 = 2.64 km, and it is over it.
    w = weeks[date(2026, 11, 9)]
    assert w.distance_m == pytest.approx(5400) and w.guide_m == pytest.approx(6930)
    assert w.longest_cap_m == pytest.approx(2640) and w.over_cap == 1 and not w.over_guide
    # Week of 16 Nov: 5.1 km against 5.4 × 1.1 = 5.94 km; its longest (2.6 km) against
    # 3.0 × 1.1 = 3.3 km.
    w = weeks[date(2026, 11, 16)]
    assert w.distance_m == pytest.approx(5100) and w.guide_m == pytest.approx(5940)
    assert w.longest_cap_m == pytest.approx(3300) and w.over_cap == 0
    # The week of 30 Nov has no run yet; the guide is 2.7 × 1.1 = 2.97 km.
    w = weeks[date(2026, 11, 30)]
    assert (w.runs, w.distance_m, w.longest_cap_m) == (0, 0, None)
    assert w.guide_m == pytest.approx(2970)


def test_a_week_above_the_guide_is_flagged():
    runs, pain, steps = records()
    runs.append(Run(started_at=at(date(2026, 11, 26)), distance_m=2700, duration_s=1320))
    s = build_running(runs, steps, pain, START, END)
    w = next(w for w in s.weeks if w.monday == date(2026, 11, 23))
    assert w.distance_m == pytest.approx(5400) and w.guide_m == pytest.approx(5610)
    assert not w.over_guide
    runs.append(Run(started_at=at(date(2026, 11, 28)), distance_m=500, duration_s=300))
    s = build_running(runs, steps, pain, START, END)
    w = next(w for w in s.weeks if w.monday == date(2026, 11, 23))
    assert w.distance_m == pytest.approx(5900) and w.over_guide  # 5.9 > 5.61 km


def test_the_run_over_its_cap_with_the_numbers():
    s, runs = section()
    assert len(s.overruns) == 1
    o = s.overruns[0]
    assert o.day == date(2026, 11, 11) and o.run_id == runs[5].id
    assert (o.distance_m, o.minutes) == (3000, 24)
    assert (o.longest_distance_m, o.longest_minutes) == (2400, 19)
    assert o.cap_distance_m == pytest.approx(2640)
    assert o.cap_minutes == pytest.approx(20.9)
    assert o.distance_share == pytest.approx(1.25)
    assert o.duration_share == pytest.approx(24 / 19)
    assert "125% of the longest distance (2.4 km)" in o.text
    assert "126% of the longest time (19 min)" in o.text
    assert "the cap is 110%" in o.text


def test_pain_around_each_run():
    s, _ = section()
    rows = [(p.day.day, p.during, p.after, p.next_morning, p.over_cap) for p in s.pain]
    assert rows == [
        (2, 2, 1, 2, False),
        (4, 2, 2, 2, False),
        (6, 3, 2, 2, False),
        (9, 2, 1, 2, False),
        (11, 5, 4, 5, True),
        (16, 2, 1, 2, False),
        (18, 2, 2, 2, False),
        (23, 1, 3, 1, False),  # from the diary entries tied to the run
    ]


def test_no_runs_and_no_decisions_means_no_section():
    runs, pain, steps = records()
    assert build_running(runs, steps, pain, date(2026, 12, 1), date(2026, 12, 31)) is None
    report = build_report(ReportRequest(START, END), builtin_routines(), [], pain, MADE, "t")
    assert report.running is None


def test_decisions_alone_make_a_section():
    _, pain, steps = records()
    s = build_running([], steps, pain, START, END)
    assert s is not None and s.run_count == 0 and len(s.levels) == 4
    assert all(w.runs == 0 for w in s.weeks)


# -- the PDF, from the command line ------------------------------------------------------


def pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    return unicodedata.normalize("NFKC", out.stdout)  # the "fl" ligature back to letters


@pytest.fixture
def store_with_runs(data_dir):
    runs, pain, steps = records()
    store = Store.open(data_dir)
    try:
        for run in runs:
            store.runs.add(run)
        for entry in pain:
            store.pain.add(entry)
        store.settings.set(SETTINGS_KEY, [s.to_dict() for s in steps])
    finally:
        store.close()
    return data_dir


def report(data_dir, out, start: date, end: date) -> str:
    from coach.cli import main

    code = main(["report", "--from", start.isoformat(), "--to", end.isoformat(),
                 "-o", str(out), "--data-dir", str(data_dir)])  # fmt: skip
    assert code == 0
    return pdf_text(out)


@needs_poppler
def test_the_report_prints_the_section_when_there_are_runs(store_with_runs, tmp_path):
    text = report(store_with_runs, tmp_path / "r.pdf", START, END)
    assert "Return to running" in text
    squeezed = " ".join(text.split())
    assert "8 run(s), 19.5 km and 157 min in the period" in squeezed
    assert "Level now: Level 2: 8 × 2 min run / 2 min walk" in squeezed
    for words in ("green: up", "amber: repeat", "red: step back", "override (your"):
        assert words in squeezed
    assert "week of Mon 9 Nov 2 5.4 km 6.9 km 3.0 km 2.6 km 1 over the single-run cap" in (squeezed)
    assert "Wed 11 Nov 3.0 km 2.6 km 2.4 km 125% Over the single-run cap: 125% of the" in (squeezed)
    assert "24 min 21 min 19 min 126% distance (2.4 km) and 126% of the longest time" in (squeezed)
    assert "Wed 11 Nov 3.0 km 24 flat 5 4 5 over cap" in squeezed


@needs_poppler
def test_no_section_when_the_period_has_no_runs(store_with_runs, tmp_path):
    """December has pain entries (the morning after 30 Nov is not there, so one is
    added) but no run and no decision: no return-to-run pages."""
    store = Store.open(store_with_runs)
    try:
        store.pain.add(PainEntry(score=2, at=at(date(2026, 12, 3), 9)))
    finally:
        store.close()
    text = report(store_with_runs, tmp_path / "r.pdf", date(2026, 12, 1), date(2026, 12, 31))
    assert "Progress report" in text
    assert "Return to running" not in text
    assert "Pain around runs" not in text


def test_the_section_uses_the_running_rules_in_force():
    """With the cap at 130% the 125% run of 11 Nov is within it, and the section says
    the value in force (not the 110% default)."""
    from coach.domain.running.rules import RunningRules

    runs, pain, steps = records()
    s = build_running(runs, steps, pain, START, END, RunningRules(130, 20))
    assert s.overruns == []
    assert "at most 130% of the longest run" in s.cap_rule
    assert "about 20% more a week" in s.guide_rule
    assert s.cap_ratio == pytest.approx(1.3) and s.guide_ratio == pytest.approx(1.2)
    week = next(w for w in s.weeks if w.monday == date(2026, 11, 9))
    assert week.longest_cap_m == pytest.approx(2400 * 1.3) and week.over_cap == 0


@needs_poppler
def test_the_report_prints_the_cap_set_in_the_store(store_with_runs, tmp_path):
    from coach.domain.running.rules import SETTINGS_KEY as RULES
    from coach.store import Store

    store = Store.open(store_with_runs)
    try:
        store.settings.set(RULES, {"single_run_percent": 120, "weekly_percent": 5})
    finally:
        store.close()
    squeezed = " ".join(report(store_with_runs, tmp_path / "r.pdf", START, END).split())
    assert "every run kept to" not in squeezed  # 125% is still over 120%
    assert "at most 120% of the longest run in the last 30 days" in squeezed
    assert "about 5% more a week" in squeezed
    assert "the cap is 120%" in squeezed
