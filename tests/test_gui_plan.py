"""The plan on screen: setting it up, editing a schedule, the calendar acting on a day."""

from __future__ import annotations

from datetime import timedelta

from helpers import gui
from helpers.gui import TODAY, answer_modal, finished, local
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QTableView, QToolButton

from coach.domain.library import builtin_routines
from coach.domain.plan.schedule import Schedule
from coach.ui import theme
from coach.ui.main_window import MainWindow
from coach.ui.plan.plan_dialog import PlanDialog, SetUpPlanDialog
from coach.ui.plan.schedule_dialog import ScheduleDialog

# the shared fixtures: a fresh store, its hub (today = TODAY) and the main window
store, hub, window = gui.store, gui.hub, gui.window
STRENGTH = next(r for r in builtin_routines() if r.id == "it-band-strength")


def _calendar(qtbot, window):
    qtbot.mouseClick(window.nav_buttons["calendar"], Qt.MouseButton.LeftButton)
    return window.calendar


def test_a_new_store_offers_a_plan_and_imposes_none(qtbot, hub, window):
    today = window.today
    assert today.set_up_button is not None and today.set_up_button.isVisible()
    assert not today.start_buttons["it-band-strength"].font().bold()  # not planned: small
    view = _calendar(qtbot, window)
    assert "no plan yet" in view.month_line.text()
    assert "%" not in view.weeks.text()  # no "0% missed" on a brand-new store
    window.show_view("today")
    qtbot.mouseClick(today.set_up_button, Qt.MouseButton.LeftButton)
    dialog = today.plan_dialog
    assert isinstance(dialog, SetUpPlanDialog)
    assert set(dialog.boxes) == {"it-band-strength", "it-band-stretch"}
    dialog.boxes["it-band-stretch"].setChecked(False)  # suggested, not imposed
    with qtbot.waitSignal(hub.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    plans = {p.routine_id: p for p in hub.store.plans.list()}
    assert set(plans) == {"it-band-strength"}
    assert plans["it-band-strength"].first_day == TODAY
    assert today.set_up_button is None
    assert "it-band-strength" in today.start_buttons
    labels = today.findChildren(type(today.title))
    wanted = "Status of IT-band strength"
    status = [lb.text() for lb in labels if lb.accessibleDescription() == wanted]
    assert status and "Planned" in status[0]


def test_the_schedule_dialog_saves_a_new_version_from_today(qtbot, hub, window):
    hub.set_schedule("it-band-strength", Schedule(every_n_days=2), TODAY - timedelta(days=20))
    dialog = ScheduleDialog(hub, STRENGTH, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.kind.button(1).click()  # weekdays
    for box in dialog.weekday_boxes:
        box.setChecked(False)
    qtbot.mouseClick(dialog.weekday_boxes[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.weekday_boxes[3], Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(hub.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    plan = hub.store.plans.get("it-band-strength")
    assert [(v.kind, v.start) for v in plan.versions] == [
        ("every_n_days", TODAY - timedelta(days=20)),
        ("weekdays", TODAY),
    ]
    assert plan.versions[1].weekdays == frozenset({0, 3})
    assert plan.versions[0].end == TODAY - timedelta(days=1)


def test_the_schedule_dialog_refuses_no_weekday_in_plain_words(qtbot, hub, window):
    dialog = ScheduleDialog(hub, STRENGTH, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.kind.button(1).click()
    for box in dialog.weekday_boxes:
        box.setChecked(False)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "Pick at least one weekday."
    assert hub.store.plans.is_empty()


def test_backdating_asks_first(qtbot, hub, window):
    dialog = ScheduleDialog(hub, STRENGTH, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.kind.button(2).click()  # every N days
    dialog.start.setDate(QDate(TODAY - timedelta(days=14)))
    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert hub.store.plans.is_empty()  # said no: nothing saved
    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    with qtbot.waitSignal(hub.changed):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert hub.store.plans.get("it-band-strength").first_day == TODAY - timedelta(days=14)


def test_my_plan_lists_every_routine_and_opens_its_schedule(qtbot, hub, window):
    hub.set_schedule("it-band-strength", Schedule(every_n_days=2), TODAY)
    qtbot.mouseClick(window.today.plan_button, Qt.MouseButton.LeftButton)
    dialog = window.today.plan_dialog
    assert isinstance(dialog, PlanDialog)
    assert dialog.texts["it-band-strength"].text() == "every other day"
    assert dialog.texts["foam-rolling"].text() == "as needed"
    dialog.edit_buttons["it-band-strength"].click()
    assert any(isinstance(c, ScheduleDialog) and c.isVisible() for c in dialog.children())
    dialog.close()


def test_calendar_marks_a_missed_day_done_on_paper(qtbot, hub, window):
    hub.set_schedule("it-band-strength", Schedule(every_n_days=1), TODAY - timedelta(days=2))
    view = _calendar(qtbot, window)
    yesterday = TODAY - timedelta(days=1)
    view.calendar.setSelectedDate(QDate(yesterday))
    assert "IT-band strength: missed" in view.day.text()
    assert view.paper_button.isVisible()
    before = view.month_line.text()
    with qtbot.waitSignal(hub.changed):
        view.paper_menu.actions()[0].trigger()
    assert "IT-band strength: done on paper" in view.day.text()
    assert "Done on paper: IT-band strength" in view.day.text()
    assert before != view.month_line.text() and "50% of 2 planned" in view.month_line.text()
    undo = view.paper_menu.actions()[-1]
    assert undo.text() == "Undo: IT-band strength done on paper"
    with qtbot.waitSignal(hub.changed):
        undo.trigger()  # a mistaken tick can be taken back
    assert "IT-band strength: missed" in view.day.text()
    assert hub.store.plans.paper() == []


def test_calendar_starts_todays_open_routine(qtbot, hub, window):
    hub.set_schedule("it-band-strength", Schedule(every_n_days=1), TODAY)
    view = _calendar(qtbot, window)
    assert "IT-band strength: still open today" in view.day.text()
    assert view.start_button.text() == "Start IT-band strength"
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    assert window.current_view() == "today" and window.today.is_player_active()
    assert window.today.player.start_page.title.text() == "IT-band strength"
    window.today.player.finished.emit()  # the player's contract: the person left it


def test_calendar_day_with_a_session_is_done_and_the_week_counts_it(qtbot, hub, window):
    monday = TODAY - timedelta(days=TODAY.weekday())
    hub.set_schedule("it-band-strength", Schedule(every_n_days=1), monday)
    hub.save_session(finished(STRENGTH, local(monday, 9)))
    view = _calendar(qtbot, window)
    cell = view.calendar.marks[monday]
    assert cell.completion == 1.0
    line = next(x for x in view.weeks.text().splitlines() if x.startswith(f"{monday:%d %b}"))
    assert "50% of 2 planned (5 to come)" in line  # Mon done, Tue missed, Wed-Sun to come
    row = next(i for i in range(6) if view.visible_range()[0] + timedelta(7 * i) == monday)
    assert view.week_column.figures[row] == "50%"  # beside the week's row too


def test_weekday_header_is_one_line_and_the_month_fits_the_smallest_window(qtbot, hub):
    window = MainWindow(hub)
    qtbot.addWidget(window)
    window.resize(900, 620)
    window.show()
    qtbot.waitExposed(window)
    view = _calendar(qtbot, window)
    table = view.calendar.findChild(QTableView, "qt_calendar_calendarview")
    header, week = table.rowHeight(0), table.rowHeight(1)
    assert header < week / 2
    arrow = view.calendar.findChild(QToolButton, "qt_calendar_nextmonth")
    right = arrow.mapTo(view.calendar, arrow.rect().topRight()).x()
    assert arrow.isVisible() and right < view.calendar.width()
    assert view.calendar.mapTo(window, view.calendar.rect().topRight()).x() < window.width()


def test_a_year_strip_click_selects_that_day(qtbot, hub, window):
    view = _calendar(qtbot, window)
    day = TODAY - timedelta(days=3)
    strip = view.year
    col, row = (day - strip.first_day).days // 7, day.weekday()
    step_x, step_y = strip.width() / 53, (strip.height() - 4) / 7
    pos = QPoint(round((col + 0.5) * step_x), round(2 + (row + 0.5) * step_y))
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=pos)
    assert view.calendar.selectedDate().toPython() == day


def test_the_year_strip_fills_a_day_as_soon_as_its_session_is_saved(qtbot, hub, window):
    """The strip keeps its drawing between paints: a session saved draws it anew."""
    hub.set_schedule("it-band-strength", Schedule(every_n_days=1), TODAY - timedelta(days=20))
    view = _calendar(qtbot, window)
    strip = view.year
    day = TODAY - timedelta(days=2)
    col, row = (day - strip.first_day).days // 7, day.weekday()
    step_x, step_y = strip.width() / 53, (strip.height() - 4) / 7
    centre = QPoint(round((col + 0.5) * step_x), round(2 + (row + 0.5) * step_y))

    def colour_of_the_day() -> str:
        return strip.grab().toImage().pixelColor(centre).name()

    assert colour_of_the_day() == theme.base_colour().name()  # planned, not done: empty
    with qtbot.waitSignal(hub.changed):
        hub.save_session(finished(STRENGTH, local(day, 9)))
    qtbot.waitUntil(lambda: colour_of_the_day() == theme.done_colour().name())


def test_my_plan_exports_an_ics_file(qtbot, hub, window, tmp_path):
    hub.set_schedule("it-band-strength", Schedule(every_n_days=2), TODAY)
    dialog = PlanDialog(hub, window)
    qtbot.addWidget(dialog)
    path = tmp_path / "plan.ics"
    assert dialog.export_to(path)
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert dialog.export_message.text() == f"Wrote 1 recurring event to {path}."
    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert not dialog.export_to(folder)  # not a file: said in one line, nothing raised
    assert str(folder) in dialog.export_message.text()


def test_start_hands_the_routine_to_the_running_instance(qtbot, data_dir):
    from coach.app import run_gui
    from coach.ui.single_instance import InstanceServer

    server = InstanceServer(data_dir)
    assert server.listen()
    try:
        with qtbot.waitSignal(server.start_requested) as started:
            assert run_gui(data_dir, start="IT-band strength") == 0
        assert started.args == ["IT-band strength"]
        with qtbot.waitSignal(server.log_pain_requested):
            assert run_gui(data_dir, log_pain=True) == 0
    finally:
        server.close()


def test_start_by_name_opens_the_player_on_todays_planned_routine(qtbot, hub, window):
    window.start_by_name("")  # nothing planned yet: Today, no player
    assert window.current_view() == "today" and not window.today.is_player_active()
    window.start_by_name("no such routine")
    assert "no routine called “no such routine”" in window.message_bar.label.text()
    hub.set_schedule("it-band-stretch", Schedule(times_per_day=2), TODAY)
    window.show_view("calendar")
    window.start_by_name("")
    assert window.current_view() == "today" and window.today.is_player_active()
    assert window.today.player.start_page.title.text() == "IT-band stretches"
    window.today.player.finished.emit()


def test_without_a_tray_a_due_reminder_shows_in_the_window(qtbot, hub, window):
    from datetime import datetime, time

    from coach.domain.plan.schedule import Schedule as Sched
    from coach.ui.plan.tray import Tray

    clock = [datetime.combine(TODAY, time(7, 59))]
    hub.set_schedule("it-band-strength", Sched(times=(time(8),)), TODAY)
    tray = Tray(hub, window, now=lambda: clock[0])
    assert tray.icon is None  # offscreen: no tray, and nothing breaks
    clock[0] = datetime.combine(TODAY, time(8, 0, 30))
    with qtbot.waitSignal(tray.reminded) as shown:
        tray.check()
    assert shown.args == ["Time for IT-band strength (1st session this week)"]
    assert window.message_bar.label.text() == shown.args[0]
    clock[0] += timedelta(minutes=1)
    assert tray.check() == []


def test_the_schedule_dialog_mutes_reminders_per_routine(qtbot, hub, window):
    hub.set_schedule("it-band-strength", Schedule(every_n_days=2), TODAY)
    dialog = ScheduleDialog(hub, STRENGTH, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.use_times, Qt.MouseButton.LeftButton)
    assert dialog.remind.isEnabled() and dialog.remind.isChecked()
    qtbot.mouseClick(dialog.remind, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert hub.store.settings.get("reminders_muted") == ["it-band-strength"]
    assert hub.store.plans.get("it-band-strength").current(TODAY).times


def test_routines_show_the_persons_schedule_and_edit_it(qtbot, hub, window):
    qtbot.mouseClick(window.nav_buttons["routines"], Qt.MouseButton.LeftButton)
    view = window.routines
    assert "As needed" in view.list.item(0).text()  # the file's suggestion is not a plan
    with qtbot.waitSignal(hub.changed):
        hub.set_schedule("it-band-strength", Schedule(every_n_days=2), TODAY)
    assert "Every other day" in view.list.item(0).text()
    assert "Schedule: Every other day" in view.about.text()
    qtbot.mouseClick(view.schedule_button, Qt.MouseButton.LeftButton)
    assert view.schedule_dialog.isVisible()
    assert view.schedule_dialog.routine.id == view.current_routine().id
    view.schedule_dialog.reject()


def test_a_stopped_session_on_an_unplanned_day_is_not_called_done(qtbot, hub, window):
    from coach.domain.record import EndReason

    hub.save_session(finished(STRENGTH, local(TODAY, 9), EndReason.STOPPED_FOR_PAIN))
    view = _calendar(qtbot, window)
    assert "IT-band strength: not planned, 0% of it done" in view.day.text()
    assert "done, not planned" not in view.day.text()


def test_a_days_session_note_can_be_edited_and_a_bad_one_is_refused(qtbot, hub, window):
    hub.save_session(finished(STRENGTH, local(TODAY, 9)))
    view = _calendar(qtbot, window)
    assert view.note_button.isVisible()
    view.note_menu.actions()[0].trigger()
    dialog = view.note_dialog
    dialog.setTextValue("Band felt tight <b>today</b>")
    with qtbot.waitSignal(hub.changed):
        dialog.accept()
    record = hub.store.sessions.list(TODAY, TODAY)[0]
    assert record.notes == "Band felt tight <b>today</b>"
    view.note_menu.actions()[0].trigger()
    view.note_dialog.setTextValue("x" * 2001)
    view.note_dialog.accept()
    assert "Note not saved: it is too long" in window.message_bar.label.text()
    assert hub.store.sessions.list(TODAY, TODAY)[0].notes == record.notes


def test_my_plan_sets_the_next_morning_check(qtbot, hub, window):
    from datetime import datetime, time

    from coach.ui.plan.tray import Tray

    dialog = PlanDialog(hub, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(dialog.morning, Qt.MouseButton.LeftButton)
    assert hub.store.settings.get("morning_check_time") == "08:00"
    hub.save_session(finished(STRENGTH, local(TODAY - timedelta(days=1), 18)))
    clock = [datetime.combine(TODAY, time(7, 59))]
    tray = Tray(hub, window, now=lambda: clock[0])
    clock[0] = datetime.combine(TODAY, time(8, 1))
    assert [r.routine_id for r in tray.check()] == ["morning-check"]
    qtbot.mouseClick(dialog.morning, Qt.MouseButton.LeftButton)
    assert hub.store.settings.get("morning_check_time") is None
