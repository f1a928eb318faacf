"""The 24-hour pain model in the app: the light on Today, the next-morning check, the
diary with undo, the pain rules dialog, and the chart's text (always literal)."""

from __future__ import annotations

import html
import math
from datetime import timedelta

import pytest
from helpers import gui
from helpers.gui import TODAY, finished, local
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from coach.domain.library import builtin_routines
from coach.domain.pain import Context, PainEntry
from coach.domain.pain.morning import SETTINGS_KEY as ASKED
from coach.domain.pain.rules import SETTINGS_KEY as RULES
from coach.ui.main_window import MainWindow

store, hub, window = gui.store, gui.hub, gui.window
YESTERDAY = TODAY - timedelta(days=1)


def _point_pos(chart, entry):
    """Where an entry's point is drawn, in the chart's viewport coordinates."""
    scene = chart.getPlotItem().vb.mapViewToScene(QPointF(entry.at.timestamp(), entry.score))
    return chart.mapFromScene(scene)


def core():
    return next(r for r in builtin_routines() if r.id == "it-band-stretch")


def test_today_shows_the_light_with_reason_advice_and_note(qtbot, hub, window):
    panel = window.today.light_panel
    assert panel.headline.text() == "No light yet"
    # during 8 >= stop level 7: red at once
    with qtbot.waitSignal(hub.changed):
        hub.add_pain(PainEntry(score=8, at=local(TODAY, 9), context=Context.DURING))
    assert panel.headline.text() == "Red light"
    assert panel.reason.text() == "Pain 8 during exercise today, stop level 7."
    assert "talk to your physio" in panel.advice.text()
    assert "not medical advice" in panel.note.text()


def test_morning_check_asks_once_and_saves_a_morning_entry_for_the_session(qtbot, store, hub):
    session = finished(core(), local(YESTERDAY, 18))
    store.sessions.save(session)
    first = MainWindow(hub)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    check = first.today.morning_check
    assert check.isVisible()
    assert "this morning" in check.question.text()
    with qtbot.waitSignal(hub.changed, check_params_cb=lambda area: area == "pain"):
        qtbot.mouseClick(check.score_buttons[3], Qt.MouseButton.LeftButton)
    assert not check.isVisible()
    (entry,) = store.pain.list()
    assert (entry.score, entry.context, entry.session_id) == (3, Context.MORNING, session.id)
    first.close()
    second = MainWindow(hub)  # a second start the same day
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert not second.today.morning_check.isVisible()


def test_morning_check_skipped_is_never_asked_again(qtbot, store, hub):
    store.sessions.save(finished(core(), local(YESTERDAY, 18)))
    first = MainWindow(hub)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitExposed(first)
    qtbot.mouseClick(first.today.morning_check.skip_button, Qt.MouseButton.LeftButton)
    assert not first.today.morning_check.isVisible()
    assert store.pain.list() == []
    assert store.settings.get(ASKED)
    second = MainWindow(hub)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert not second.today.morning_check.isVisible()


def test_no_morning_check_without_a_session_yesterday(qtbot, window):
    assert not window.today.morning_check.isVisible()


def _diary(qtbot, window):
    qtbot.mouseClick(window.nav_buttons["progress"], Qt.MouseButton.LeftButton)
    window.progress.diary_requested.emit()
    diary = window.diary
    qtbot.waitExposed(diary)
    return diary


def test_delete_in_the_diary_then_undo_bar_brings_it_back(qtbot, store, hub, window):
    entry = PainEntry(score=4, at=local(TODAY, 8), note="stairs")
    hub.add_pain(entry)
    diary = _diary(qtbot, window)
    assert diary.model.rowCount() == 1
    assert diary.select(entry.id)
    qtbot.mouseClick(diary.delete_button, Qt.MouseButton.LeftButton)
    assert store.pain.list() == []
    assert diary.undo_bar.isVisible() and window.undo_bar.isVisible()
    assert diary.undo_bar.label.text().startswith("Entry deleted")
    qtbot.mouseClick(diary.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert [e.to_dict() for e in store.pain.list()] == [entry.to_dict()]
    assert diary.model.rowCount() == 1


def test_ctrl_z_in_the_main_window_undoes_a_delete(qtbot, store, hub, window):
    entry = PainEntry(score=6, at=local(TODAY, 8))
    hub.add_pain(entry)
    window.pain_undo.delete(entry)
    assert store.pain.list() == []
    window.diary = None
    qtbot.keySequence(window, QKeySequence(QKeySequence.StandardKey.Undo))
    assert [e.id for e in store.pain.list()] == [entry.id]


def test_edit_from_the_diary_keeps_id_and_session_and_can_be_undone(qtbot, store, hub, window):
    entry = PainEntry(score=4, at=local(TODAY, 8), session_id="s1", context=Context.DURING)
    hub.add_pain(entry)
    diary = _diary(qtbot, window)
    diary.select(entry.id)
    qtbot.mouseClick(diary.edit_button, Qt.MouseButton.LeftButton)
    dialog = diary.edit_dialog
    qtbot.waitExposed(dialog)
    assert dialog.score() == 4 and dialog.windowTitle() == "Edit pain entry"
    qtbot.keyClick(dialog, Qt.Key.Key_2)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    (changed,) = store.pain.list()
    assert (changed.id, changed.score, changed.session_id, changed.at) == (
        entry.id, 2, "s1", entry.at,
    )  # fmt: skip
    window.pain_undo.undo()
    assert store.pain.list()[0].score == 4


def test_pain_rules_button_opens_settings_at_the_pain_rules_page(qtbot, store, window):
    qtbot.mouseClick(window.today.light_panel.rules_button, Qt.MouseButton.LeftButton)
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    page = dialog.page_widgets["pain-rules"]
    assert page.isVisible()  # the page shown is Pain rules
    page.form.spins["acceptable"].setValue(4)
    assert store.settings.get(RULES)["acceptable"] == 4
    page.form.spins["acceptable"].setValue(7)  # not below the stop level 7: named, not saved
    assert page.problem.isVisible() and store.settings.get(RULES)["acceptable"] == 4
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert store.settings.get(RULES)["acceptable"] == 5


@pytest.mark.parametrize("typed", ["<i>outer hip</i>", "<b>knee</b> &amp; <br>hip"])
def test_typed_text_stays_literal_in_the_progress_summary_and_hover(qtbot, hub, window, typed):
    entry = PainEntry(score=3, at=local(TODAY, 8), location=typed, note="<script>x</script>")
    hub.add_pain(entry)
    qtbot.mouseClick(window.nav_buttons["progress"], Qt.MouseButton.LeftButton)
    view = window.progress
    assert view.summary.textFormat() == Qt.TextFormat.PlainText
    assert f"({typed})" in view.summary.text()
    assert view.location_boxes[typed].text() == typed
    chart = view.chart
    qtbot.waitExposed(chart)

    def hovered() -> bool:  # point at it (again, once the layout has settled)
        qtbot.mouseMove(chart.viewport(), _point_pos(chart, entry))
        return bool(chart.hover_text)

    qtbot.waitUntil(hovered)
    assert typed in chart.hover_text and "<script>x</script>" in chart.hover_text
    tooltip = chart.getPlotItem().vb.toolTip()
    assert "<script>" not in tooltip and html.escape(typed) in tooltip


def test_location_check_boxes_toggle_their_series(qtbot, hub, window):
    hub.add_pain(PainEntry(score=3, at=local(TODAY, 8), location="outer knee"))
    hub.add_pain(PainEntry(score=5, at=local(TODAY, 9), location="outer hip"))
    qtbot.mouseClick(window.nav_buttons["progress"], Qt.MouseButton.LeftButton)
    view = window.progress
    assert view.chart.point_count() == 2
    assert set(view.chart.lines) == {"outer knee", "outer hip"}
    view.location_boxes["outer hip"].click()
    assert view.chart.point_count() == 1
    assert set(view.chart.lines) == {"outer knee"}
    view.location_boxes["outer hip"].click()
    assert view.chart.point_count() == 2


def test_manual_zoom_unhighlights_the_range_preset(qtbot, hub, window):
    hub.add_pain(PainEntry(score=3, at=local(TODAY, 8)))
    qtbot.mouseClick(window.nav_buttons["progress"], Qt.MouseButton.LeftButton)
    view = window.progress
    assert view.range_buttons.checkedId() == 1
    view.chart.setFocus()
    qtbot.keyClick(view.chart, Qt.Key.Key_Plus)
    assert view.range_buttons.checkedId() == -1
    qtbot.mouseClick(view.range_buttons.button(0), Qt.MouseButton.LeftButton)
    assert view.range_buttons.checkedId() == 0


def test_the_mean_line_breaks_across_a_gap_without_data(qtbot, hub, window):
    for days_ago in (40, 39, 38, 3, 2, 1):  # 35 days with nothing in between
        hub.add_pain(PainEntry(score=4, at=local(TODAY - timedelta(days=days_ago), 8)))
    qtbot.mouseClick(window.nav_buttons["progress"], Qt.MouseButton.LeftButton)
    _x, y = window.progress.chart.mean.getData()
    assert sum(1 for v in y if math.isnan(v)) == 1


def test_clicking_a_point_opens_the_entry_for_editing(qtbot, hub, window):
    entry = PainEntry(score=5, at=local(TODAY, 8))
    hub.add_pain(entry)
    qtbot.mouseClick(window.nav_buttons["progress"], Qt.MouseButton.LeftButton)
    chart = window.progress.chart
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=_point_pos(chart, entry))
    dialog = window.pain_dialog
    qtbot.waitExposed(dialog)
    assert dialog.editing == entry and dialog.score() == 5
    dialog.reject()
    QApplication.processEvents()


def test_left_running_overnight_it_asks_at_the_chosen_morning_time(qtbot, store):
    from datetime import datetime, time

    from coach.ui.hub import DataHub

    days = {"today": YESTERDAY}
    hub = DataHub(store, today=lambda: days["today"])
    store.settings.set("morning_check_time", "07:30")
    window = MainWindow(hub)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    check = window.today.morning_check
    assert not check.isVisible()  # started the evening of the session day
    hub.save_session(finished(core(), local(YESTERDAY, 18)))
    days["today"] = TODAY  # midnight passes with the app open
    check.now = lambda: datetime.combine(TODAY, time(6, 50)).astimezone()
    assert not check.check() and not check.isVisible()  # too early: no question at night
    check.now = lambda: datetime.combine(TODAY, time(7, 31)).astimezone()
    assert check.check() and check.isVisible()


def test_points_at_the_edges_of_a_preset_are_not_cut_in_half(qtbot, hub, window):
    first = PainEntry(score=4, at=local(TODAY - timedelta(days=13), 0, 5))
    last = PainEntry(score=4, at=local(TODAY, 23, 55))
    hub.add_pain(first)
    hub.add_pain(last)
    qtbot.mouseClick(window.nav_buttons["progress"], Qt.MouseButton.LeftButton)
    view = window.progress
    qtbot.mouseClick(view.range_buttons.button(0), Qt.MouseButton.LeftButton)  # 2 weeks
    qtbot.waitUntil(lambda: not view.loading())  # redrawn on the next turn
    vb = view.chart.getPlotItem().vb
    for entry in (first, last):
        x = vb.mapViewToScene(QPointF(entry.at.timestamp(), entry.score)).x()
        inside = vb.sceneBoundingRect()
        assert inside.left() + 6 <= x <= inside.right() - 6  # the whole 10 px symbol shows


def test_a_session_saved_with_scores_reaches_today_as_pain(qtbot, store, hub, window):
    from dataclasses import replace

    record = replace(finished(core(), local(TODAY, 7)), pain_before=2, pain_after=4)
    with qtbot.waitSignal(hub.changed, check_params_cb=lambda area: area == "pain"):
        hub.save_session(record)
    assert "latest 4/10" in window.today.pain_line.text()
    assert "2 entries" in window.today.pain_line.text()
    # after 4 is above the IT-band stretches' own stop level 3
    assert window.today.light_panel.headline.text() == "Amber light"
    assert "Pain 4 after the session today, acceptable 3" in window.today.light_panel.reason.text()


def test_daily_line_switches_between_worst_and_mean(qtbot, hub, window):
    hub.add_pain(PainEntry(score=2, at=local(TODAY, 8)))
    hub.add_pain(PainEntry(score=6, at=local(TODAY, 20)))
    qtbot.mouseClick(window.nav_buttons["progress"], Qt.MouseButton.LeftButton)
    view = window.progress
    line = view.chart.lines["outer knee"]
    assert list(line.getData()[1]) == [6.0]  # worst of the day
    view.daily_kind.setCurrentIndex(1)
    assert list(view.chart.lines["outer knee"].getData()[1]) == [4.0]  # mean of 2 and 6
