"""Logging pain from the main window: keys, clicks, the note kept as text, failed writes."""

from __future__ import annotations

import errno
import os

from helpers import gui
from helpers.gui import TODAY, local
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from coach.domain.pain import Context, Side
from coach.ui.pain_dialog import PainDialog

# the shared fixtures: a fresh store, its hub (today = TODAY) and the main window
store, hub, window = gui.store, gui.hub, gui.window


def open_with_p(qtbot, window) -> PainDialog:
    qtbot.keyClick(window, Qt.Key.Key_P)
    dialog = window.pain_dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_p_then_a_digit_and_save_adds_an_entry_and_progress_updates(qtbot, store, hub, window):
    qtbot.mouseClick(window.nav_buttons["progress"], Qt.MouseButton.LeftButton)
    # the first test of a run imports the chart's library here ("Drawing the chart…")
    qtbot.waitUntil(lambda: not window.progress.loading())
    assert window.progress.empty.isVisible()
    dialog = open_with_p(qtbot, window)
    assert not dialog.save_button.isEnabled()  # no score picked yet
    qtbot.keyClick(dialog, Qt.Key.Key_7)
    assert dialog.scores.button(7).isChecked()
    assert dialog.chosen.text() == "Chosen: 7 of 10"
    with qtbot.waitSignal(hub.changed, check_params_cb=lambda area: area == "pain"):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert store.pain.count() == 1
    assert store.pain.list()[0].score == 7
    qtbot.waitUntil(lambda: not window.progress.loading())  # redrawn on the next turn
    assert window.progress.chart.isVisible()
    assert window.progress.chart.point_count() == 1
    assert "1 pain entry" in window.progress.summary.text()
    assert "latest 7/10" in window.progress.summary.text()


def test_one_then_zero_scores_ten_and_the_form_fields_are_saved(qtbot, store, window):
    dialog = open_with_p(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_1)
    qtbot.keyClick(dialog, Qt.Key.Key_0)
    assert dialog.score() == 10
    dialog.location.setFocus()
    dialog.location.lineEdit().selectAll()
    qtbot.keyClicks(dialog.location.lineEdit(), "left ankle")
    dialog.side.setCurrentIndex(dialog.side.findData(Side.LEFT.value))
    dialog.context.setCurrentIndex(dialog.context.findData(Context.AFTER.value))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    entry = store.pain.list()[0]
    assert (entry.score, entry.location, entry.side, entry.context) == (
        10,
        "left ankle",
        Side.LEFT,
        Context.AFTER,
    )


def test_a_digit_then_enter_saves(qtbot, store, window):
    dialog = open_with_p(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_4)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert [e.score for e in store.pain.list()] == [4]
    assert not dialog.isVisible()


def test_clicking_a_score_button_and_cancel_saves_nothing(qtbot, store, window):
    dialog = open_with_p(qtbot, window)
    qtbot.mouseClick(dialog.scores.button(4), Qt.MouseButton.LeftButton)
    assert dialog.score() == 4
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert store.pain.count() == 0


def test_an_html_note_is_stored_and_shown_as_typed(qtbot, store, window):
    note = '<b>sore</b> after 2 <a href="x">stairs</a> & <i>hills</i>'
    dialog = open_with_p(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_3)
    dialog.at.setDateTime(local(TODAY, 18))  # the day the calendar opens on
    dialog.note.setFocus()
    qtbot.keyClicks(dialog.note, note)
    assert dialog.score() == 3  # digits typed into the note do not change the score
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert store.pain.list()[0].note == note

    qtbot.mouseClick(window.nav_buttons["calendar"], Qt.MouseButton.LeftButton)
    day = window.calendar.day
    assert day.textFormat() == Qt.TextFormat.PlainText
    assert note in day.text()
    shown = [lb for lb in window.findChildren(QLabel) if note in lb.text() and lb.isVisible()]
    assert shown and all(lb.textFormat() == Qt.TextFormat.PlainText for lb in shown)


def test_a_failed_write_shows_the_message_bar_and_leaves_the_store_unchanged(
    qtbot, monkeypatch, data_dir, store, hub, window
):
    before = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    assert not window.message_bar.isVisible()
    dialog = open_with_p(qtbot, window)
    qtbot.keyClick(dialog, Qt.Key.Key_5)
    with qtbot.waitSignal(hub.error) as signal:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    monkeypatch.undo()

    message = signal.args[0]
    assert "\n" not in message and "Traceback" not in message
    assert window.message_bar.isVisible()
    assert window.message_bar.label.text() == message
    assert dialog.isVisible()  # the typed entry is not thrown away
    assert store.pain.count() == 0
    after = {p: p.read_bytes() for p in data_dir.rglob("*") if p.is_file()}
    assert {p: b for p, b in after.items() if p in before} == before
    assert not [p for p in after if p not in before and p.suffix == ".tmp"]

    qtbot.mouseClick(window.message_bar.close_button, Qt.MouseButton.LeftButton)
    assert not window.message_bar.isVisible()


def test_every_control_in_the_pain_dialog_has_an_accessible_name(qtbot, window):
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QPlainTextEdit

    dialog = open_with_p(qtbot, window)
    kinds = (QAbstractButton, QComboBox, QAbstractSpinBox, QPlainTextEdit)
    controls = [w for kind in kinds for w in dialog.findChildren(kind) if w.isVisible()]
    assert len(controls) >= 11 + 6
    assert all(w.accessibleName() for w in controls), [
        w for w in controls if not w.accessibleName()
    ]
