"""The physio's PDF as the physio reads it: text pulled out with pdftotext, page count
from pdfinfo, figures checked against the domain's own analytics."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from helpers.cli import assert_one_line_error, folder_digest, run, run_process

from coach.domain.demo import generate_history
from coach.domain.pain import Context, PainEntry
from coach.domain.plan.suggested import suggested_plan
from coach.domain.record import EndReason
from coach.store import Store

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

TODAY = date(2026, 11, 30)
START = TODAY - timedelta(days=7 * 12 - 1)
PATIENT = "Łukasz Øster-Müller 漢字 العربية"
HTML_NOTE = '<b>bold?</b> <img src="file:///etc/passwd"> <a href="http://x">link</a>'
BELL_NOTE = "bell\x07here"


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory) -> Path:
    """Twelve weeks of the demo story plus entries whose notes try to be markup."""
    data = tmp_path_factory.mktemp("seeded") / "data"
    history = generate_history(TODAY, weeks=12)
    store = Store.open(data)
    try:
        first = min(s.day for s in history.sessions)
        for routine in store.routines.list():  # the plan the demo person follows
            plan = suggested_plan(routine, first, keep_rhythm=True)
            if plan is not None:
                store.plans.save(plan)
        for s in history.sessions:
            store.sessions.save(s)
        for e in history.pain:
            store.pain.add(e)
        day = TODAY - timedelta(days=3)
        store.pain.add(PainEntry(score=2, at=_at(day, 12), note=HTML_NOTE, location="hüfte 髋"))
        store.pain.add(PainEntry(score=1, at=_at(day, 13), note=BELL_NOTE))
        store.pain.add(PainEntry(score=1, at=_at(day, 14), note="ملاحظة عن الركبة"))
    finally:
        store.close()
    return data


def pdf_text(path: Path, mode: str = "-layout") -> str:
    out = subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    # Arabic comes out as presentation forms; NFKC turns them back into letters.
    return unicodedata.normalize("NFKC", out.stdout)


def page_count(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", out.stdout, re.M).group(1))


@pytest.fixture(scope="module")
def report_pdf(seeded, tmp_path_factory) -> tuple[Path, str]:
    from coach.cli import main

    out = tmp_path_factory.mktemp("out") / "report.pdf"
    code = main(
        [
            "report", "--from", START.isoformat(), "--to", TODAY.isoformat(), "-o", str(out),
            "--patient", PATIENT, "--clinician", "Dr. Ana <i>Peña</i>",
            "--condition", "IT-band syndrome (right) & \"runner's knee\"",
            "--data-dir", str(seeded),
        ]
    )  # fmt: skip
    assert code == 0
    return out, pdf_text(out)


def test_names_are_printed_literally_in_any_script(report_pdf):
    _, text = report_pdf
    assert unicodedata.normalize("NFKC", PATIENT)[:20] in text  # Latin with Ł, Ø, ü
    assert "漢字" in text
    assert "العربية" in re.sub("[\u202a-\u202e]", "", text)  # bidi marks pdftotext adds
    assert "Dr. Ana <i>Peña</i>" in text
    assert 'IT-band syndrome (right) & "runner\'s knee"' in text


def _squeezed(text: str) -> str:
    """Without any white space: a wrapped table cell reads as one string again."""
    return "".join(text.split())


def test_html_in_notes_is_text_and_control_characters_show(report_pdf):
    path, _ = report_pdf
    flat = _squeezed(pdf_text(path, "-raw"))
    for note in (HTML_NOTE, "bell\\x07here", "hüfte 髋"):
        assert _squeezed(note) in flat


def test_every_page_has_footer_and_its_number(report_pdf):
    path, text = report_pdf
    pages = page_count(path)
    assert 3 <= pages <= 40
    assert text.count("Made with Rehab Coach") == pages
    assert "not medical advice" in text
    for n in range(1, pages + 1):
        assert f"Page {n} of {pages}" in text
    summary = text.split("\f")[0]
    for heading in ("Progress report", "Sessions and adherence", "Pain (0–10)", "Worst day"):
        assert heading in summary
    # the chart is vector: its legend and axis title are real text, not pixels
    for label in ("7-day mean", "Next morning", "Session done", "Pain (0–10)"):
        assert label in summary
    for heading in ("Exercises: planned dose against done", "Session log", "Pain entries"):
        assert heading in text


def sessions_of(sessions, routine_id: str) -> int:
    return sum(1 for s in sessions if s.routine_id == routine_id)


def test_summary_figures_are_the_domains(report_pdf, seeded, capsys):
    _, text = report_pdf
    light = run(capsys, seeded, "light", "--on", TODAY.isoformat(), "--json").json()
    summary = " ".join(text.split("\f")[0].split())
    store = Store.open(seeded)
    try:
        sessions = [s for s in store.sessions.list(START, TODAY) if s.finished]
        pain = store.pain.list(START - timedelta(days=7), TODAY)
    finally:
        store.close()
    plan = run(
        capsys,
        seeded,
        "adherence",
        "--from",
        START.isoformat(),
        "--to",
        TODAY.isoformat(),
        "--json",
    ).json()
    assert plan["planned"] > 0
    for row in plan["routines"]:  # what `rehab-coach adherence --json` says
        done = f"{row['done']:.1f}"
        share = "—" if row["ratio"] is None else f"{row['ratio'] * 100:.0f} %"
        expected = f"{row['name']} {sessions_of(sessions, row['routine_id'])} {row['planned']} "
        assert expected + f"{done} {row['partial']} {row['missed']} {share}" in summary
    total = "—" if plan["ratio"] is None else f"{plan['ratio'] * 100:.0f} %"
    assert f"{plan['planned']} {plan['done']:.1f}" in summary and total in summary
    for week in plan["weeks"]:
        if week["ratio"] is not None and len(plan["weeks"]) <= 26:
            assert f"{week['ratio'] * 100:.0f} %" in summary
    squeezed = _squeezed(summary)
    assert _squeezed(light["reason"].rstrip(".")) in squeezed  # what `light --json` says
    assert _squeezed(light["advice"]) in squeezed
    assert f"{light['light'].upper()} —" in summary or light["light"] == "unknown"
    stopped = sum(1 for s in sessions if s.end_reason == EndReason.STOPPED_FOR_PAIN)
    assert f"Stopped for pain {stopped} session(s)" in summary
    logged = [e.at.date() for e in pain if e.at.date() >= START]
    first_day, last_day = min(logged), max(logged)  # the diary's first and last week
    mornings = [e for e in pain if e.context == Context.MORNING and e.at.date() >= START]
    first = [e.score for e in mornings if e.at.date() <= first_day + timedelta(days=6)]
    last = [e.score for e in mornings if e.at.date() >= last_day - timedelta(days=6)]
    mean_first, mean_last = sum(first) / len(first), sum(last) / len(last)
    expected = (
        f"Next morning {mean_first:.1f} (n={len(first)}) {mean_last:.1f} (n={len(last)}) "
        f"{mean_last - mean_first:+.1f}"
    )
    assert expected in summary


def test_left_and_right_are_reported_apart(report_pdf):
    _, text = report_pdf
    detail = text.split("Exercises: planned dose against done")[1].split("Session log")[0]
    side_leg = detail.split("Side leg raise")[1].split("Clam shell")[0]
    assert re.search(r"\bleft\b", side_leg) and re.search(r"\bright\b", side_leg)


def test_refusals_are_one_line_and_write_nothing(seeded, tmp_path, capsys):
    before = folder_digest(seeded)
    existing = tmp_path / "there.pdf"
    existing.write_bytes(b"keep me")
    a_file = tmp_path / "file"
    a_file.write_text("x")
    cases = [
        ("--from", "2026-11-30", "--to", "2026-11-01", "-o", str(tmp_path / "a.pdf")),
        ("--from", "2026-02-30", "--to", "2026-11-01", "-o", str(tmp_path / "a.pdf")),
        ("--from", "2026-11-01", "--to", "next week", "-o", str(tmp_path / "a.pdf")),
        ("--from", "2026-11-01", "--to", "2026-11-30", "-o", str(tmp_path / "no" / "a.pdf")),
        ("--from", "2026-11-01", "--to", "2026-11-30", "-o", str(a_file / "a.pdf")),
        ("--from", "2026-11-01", "--to", "2026-11-30", "-o", str(existing)),
        ("--from", "2026-11-01", "--to", "2026-11-30", "-o", str(tmp_path)),
        ("--from", "2026-11-01", "--to", "2026-11-30", "-o", str(seeded / "coach.json")),
        ("--from", "2026-11-01", "--to", "2026-11-30", "-o", str(seeded / "r.pdf"), "--force"),
    ]
    for argv in cases:
        result = run(capsys, seeded, "report", *argv)
        assert_one_line_error(result, 1)
    assert existing.read_bytes() == b"keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file", "there.pdf"]
    assert folder_digest(seeded) == before


def test_empty_period_says_so_and_writes_nothing(seeded, tmp_path, capsys):
    out = tmp_path / "empty.pdf"
    result = run(
        capsys, seeded, "report", "--from", "2019-01-01", "--to", "2019-02-01", "-o", str(out)
    )
    assert_one_line_error(result, 1)
    assert "nothing was recorded" in result.err
    assert not out.exists()
    fresh = tmp_path / "new-data"
    result = run(
        capsys, fresh, "report", "--from", "2019-01-01", "--to", "2019-02-01", "-o", str(out)
    )
    assert_one_line_error(result, 1)
    assert not fresh.exists()


def test_force_replaces_and_letter_paper_is_letter(seeded, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    out.write_bytes(b"old")
    start = (TODAY - timedelta(days=13)).isoformat()
    argv = ("report", "--from", start, "--to", TODAY.isoformat(), "-o", str(out))
    result = run(capsys, seeded, *argv, "--force", "--paper", "letter")
    assert result.code == 0, result.err
    assert out.read_bytes().startswith(b"%PDF")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "612 x 792 pts" in info  # US Letter
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]  # no temporary file left


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")
def test_the_command_needs_no_display(seeded, tmp_path):
    """Run as a person would from a plain terminal or over ssh: no DISPLAY, no Qt
    platform chosen; the command renders offscreen instead of Qt aborting."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["HOME"] = str(tmp_path)
    out = tmp_path / "r.pdf"
    start = (TODAY - timedelta(days=13)).isoformat()
    result = run_process(
        seeded, "report", "--from", start, "--to", TODAY.isoformat(), "-o", str(out), env=env
    )
    assert result.code == 0, result.err
    assert result.out.startswith(f"wrote {out}: ")
    assert page_count(out) >= 2
