"""The Report dialog and File → Export CSV… as a person uses them."""

from __future__ import annotations

import csv
import shutil
import subprocess
import threading
from datetime import timedelta

import pytest
from helpers import gui
from helpers.gui import TODAY, answer_modal, local
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from coach.csv_export import PAIN_HEADER
from coach.domain.library import builtin_routines
from coach.domain.pain import Context, PainEntry
from coach.ui import csv_export, report_dialog
from coach.ui.report_dialog import ReportDialog

store, hub, window = gui.store, gui.hub, gui.window
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils")


@pytest.fixture
def history(hub):
    strength = next(r for r in builtin_routines() if r.id == "it-band-strength")
    for n in range(10):
        day = TODAY - timedelta(days=n)
        hub.add_pain(PainEntry(score=4, at=local(day, 8), context=Context.MORNING, note="<b>x</b>"))
        if n % 2 == 0:
            hub.save_session(gui.finished(strength, local(day, 18)))
    return hub


@pytest.fixture
def out(tmp_path):
    """A folder for what the tests write (the store lives beside it in tmp_path/data)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def open_from_progress(qtbot, window) -> ReportDialog:
    window.show_view("progress")
    qtbot.mouseClick(window.progress.report_button, Qt.MouseButton.LeftButton)
    dialog = window.report_dialog
    qtbot.waitExposed(dialog)
    return dialog


def make(qtbot, dialog: ReportDialog, path) -> str:
    dialog.path.setText(str(path))
    with qtbot.waitSignal(dialog.written, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


@needs_poppler
def test_progress_button_makes_the_pdf_and_opens_it(qtbot, window, history, out, monkeypatch):
    dialog = open_from_progress(qtbot, window)
    assert dialog.period() == (TODAY - timedelta(days=13), TODAY)  # "Last 2 weeks"
    qtbot.keyClicks(dialog.patient, "Zo")
    dialog.patient.setText(dialog.patient.text() + "ë Ødegård 漢字")  # QTest types ASCII only
    dialog.questions.setPlainText("May I run <a href='x'>5 km</a>?")
    written = make(qtbot, dialog, out / "for-physio.pdf")
    assert written == str(out / "for-physio.pdf")
    text = subprocess.run(["pdftotext", written, "-"], capture_output=True, text=True).stdout
    assert "Zoë Ødegård 漢字" in text
    assert "May I run <a href='x'>5 km</a>?" in text
    assert "Saved" in dialog.status.text()
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [written, str(out)]
    assert sorted(p.name for p in out.iterdir()) == ["for-physio.pdf"]


def test_the_report_worker_thread_makes_no_qt_call(qtbot, window, history, out):
    """The model is built on a worker: it must stay plain Python (a Qt object made or
    connected off the GUI thread can deadlock against the GIL)."""
    seen: list[str] = []

    def profile(frame, event, arg):
        if threading.current_thread().name != report_dialog.WORKER_NAME or event != "c_call":
            return
        owner = getattr(arg, "__self__", None)
        module = getattr(arg, "__module__", None) or type(owner).__module__ or ""
        if "PySide6" in module or "shiboken" in module.lower():
            seen.append(getattr(arg, "__qualname__", repr(arg)))

    dialog = open_from_progress(qtbot, window)
    threading.setprofile(profile)
    try:
        make(qtbot, dialog, out / "r.pdf")
    finally:
        threading.setprofile(None)
    assert seen == []


def test_names_paper_and_the_last_report_are_remembered(qtbot, window, history, out):
    dialog = open_from_progress(qtbot, window)
    dialog.patient.setText("Ana Peña")
    dialog.clinician.setText("Dr. Łoś")
    dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
    make(qtbot, dialog, out / "one.pdf")
    dialog.close()
    again = open_from_progress(qtbot, window)
    assert again.patient.text() == "Ana Peña" and again.clinician.text() == "Dr. Łoś"
    assert again.paper.currentData() == "letter"
    again.range.setCurrentIndex(again.range.findData("since"))
    assert again.period() == (TODAY, TODAY)  # the last report ended today


def test_cancel_leaves_no_file(qtbot, window, history, out):
    dialog = open_from_progress(qtbot, window)
    dialog.path.setText(str(out / "never.pdf"))
    with qtbot.waitSignal(dialog.stopped, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
        assert dialog.cancel_button.isVisible()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert "nothing was written" in blocker.args[0]
    qtbot.wait(50)
    assert list(out.iterdir()) == []
    assert dialog.make_button.isEnabled()


def test_an_existing_file_is_replaced_only_when_the_person_says_so(qtbot, window, history, out):
    target = out / "old.pdf"
    target.write_bytes(b"keep")
    dialog = open_from_progress(qtbot, window)
    dialog.path.setText(str(target))
    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    with qtbot.waitSignal(dialog.stopped, timeout=10000) as blocker:
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert "Not replaced" in blocker.args[0]
    assert target.read_bytes() == b"keep"
    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    with qtbot.waitSignal(dialog.written, timeout=30000):
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")


def test_a_missing_folder_or_backwards_dates_are_said_plainly(qtbot, window, history, out):
    dialog = open_from_progress(qtbot, window)
    dialog.path.setText(str(out / "nope" / "r.pdf"))
    with qtbot.waitSignal(dialog.stopped) as blocker:
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == f"The folder {out / 'nope'} does not exist."
    dialog.path.setText(str(out / "r.pdf"))
    dialog.start.setDate(dialog.end.date().addDays(1))
    assert dialog.range.currentData() == "custom"
    with qtbot.waitSignal(dialog.stopped) as blocker:
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "The first day is after the last day."
    assert list(out.iterdir()) == []


def test_an_empty_period_is_still_offered(qtbot, window, out):
    dialog = window.open_report_dialog()
    qtbot.waitExposed(dialog)
    make(qtbot, dialog, out / "empty.pdf")
    assert (out / "empty.pdf").read_bytes().startswith(b"%PDF")


def test_file_menu_opens_the_report_dialog(qtbot, window):
    window.report_action.trigger()
    assert isinstance(window.report_dialog, ReportDialog)
    assert window.report_dialog.isVisible()


def test_export_csv_asks_before_replacing(qtbot, window, history, out, monkeypatch):
    monkeypatch.setattr(csv_export.QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    window.csv_action.trigger()
    assert sorted(p.name for p in out.iterdir()) == ["pain.csv", "sessions.csv", "sets.csv"]
    with (out / "pain.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert tuple(rows[0]) == PAIN_HEADER and len(rows) == 11
    assert "Exported 10 pain entries and 5 sessions" in window.statusBar().currentMessage()
    (out / "pain.csv").write_text("mine", encoding="utf-8")
    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    window.csv_action.trigger()
    assert (out / "pain.csv").read_text(encoding="utf-8") == "mine"
    assert "nothing was replaced" in window.statusBar().currentMessage()


def test_nothing_is_written_inside_the_data_folder(qtbot, window, history, store, monkeypatch):
    before = sorted(p.name for p in store.data_dir.iterdir())
    monkeypatch.setattr(
        csv_export.QFileDialog, "getExistingDirectory", lambda *a, **k: str(store.data_dir)
    )
    window.csv_action.trigger()
    assert "inside the data folder" in window.statusBar().currentMessage()
    dialog = open_from_progress(qtbot, window)
    dialog.path.setText(str(store.data_dir / "report.pdf"))
    with qtbot.waitSignal(dialog.stopped) as blocker:
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
    assert "inside the data folder" in blocker.args[0]
    assert sorted(p.name for p in store.data_dir.iterdir()) == before


def add_runs(store) -> None:
    """Runs and ladder decisions, so the return-to-run section is printed; one run is
    over its single-run cap (3.0 km after a 30-day longest of 2.2 km)."""
    from coach.domain.running.levels import decide
    from coach.domain.running.progress import SETTINGS_KEY, Step
    from coach.domain.running.runs import Run

    for back, metres in ((9, 2000), (7, 2200), (3, 3000)):
        day = TODAY - timedelta(days=back)
        store.runs.add(Run(started_at=local(day, 7), distance_m=metres, duration_s=metres * 0.4,
                           pain_during=2, pain_after=1))  # fmt: skip
    steps = [Step(TODAY - timedelta(days=9), decide("green", 1, "next morning 4, usual 4"))]
    store.settings.set(SETTINGS_KEY, [step.to_dict() for step in steps])


@needs_poppler
def test_the_dialog_prints_the_same_figures_as_the_command(qtbot, window, history, store, out):
    from coach.cli import main

    add_runs(store)
    dialog = open_from_progress(qtbot, window)
    start, end = dialog.period()
    made = make(qtbot, dialog, out / "dialog.pdf")
    argv = ["report", "--from", start.isoformat(), "--to", end.isoformat()]
    assert main([*argv, "-o", str(out / "cli.pdf"), "--data-dir", str(store.data_dir)]) == 0

    def text(path) -> list[str]:
        lines = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True)
        return [
            line
            for line in lines.stdout.decode().splitlines()
            if not line.startswith("Made ")  # the minute it was made
        ]

    assert text(made) == text(out / "cli.pdf")
    assert "Return to running" in text(made)
    assert any("over cap" in line for line in text(made))
