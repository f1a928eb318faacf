"""The main window on a real temporary store: navigation, Today, Routines, Progress."""

from __future__ import annotations

from datetime import timedelta
from itertools import pairwise

from helpers import gui
from helpers.gui import TODAY, finished, local, routine_on, save_planned
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from coach.domain.pain import PainEntry
from coach.ui.main_window import VIEW_NAMES, MainWindow

# the shared fixtures: a fresh store, its hub (today = TODAY) and the main window
store, hub, window = gui.store, gui.hub, gui.window


def test_navigation_buttons_switch_between_the_five_views(qtbot, window):
    assert window.today.isVisible()
    for name in (*VIEW_NAMES[1:], "today"):
        qtbot.mouseClick(window.nav_buttons[name], Qt.MouseButton.LeftButton)
        assert window.current_view() == name
        assert window.views[name].isVisible()
        others = [v for n, v in window.views.items() if n != name]
        assert not any(v.isVisible() for v in others)


def test_ctrl_number_keys_switch_views(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == "calendar"
    assert window.nav_buttons["calendar"].isChecked()


def test_every_interactive_widget_has_an_accessible_name(window):
    from PySide6.QtWidgets import QAbstractButton, QComboBox

    for name in VIEW_NAMES:
        window.show_view(name)
        for widget in window.findChildren(QAbstractButton) + window.findChildren(QComboBox):
            if widget.isVisible():
                assert widget.accessibleName() or widget.text(), widget


def test_a_screen_reader_reads_what_each_label_says(qtbot, hub, window):
    """A label's accessible name is what a screen reader reads; a fixed one ("Status
    of Knee plan", "Pain summary") used to replace the text, so the status, the pain
    line and the day's sessions were never heard. What a label is goes in its
    description; its name stays its text."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QLabel

    routine = routine_on("it-band-strength", "knee-plan", "Knee plan", {TODAY.weekday()})
    hub.save_routine(routine)
    with qtbot.waitSignal(hub.changed, check_params_cb=lambda area: area == "sessions"):
        hub.save_session(finished(routine, local(TODAY, 9)))
    hidden = []
    for name in VIEW_NAMES:
        window.show_view(name)
        for label in window.findChildren(QLabel):
            text = label.text()
            words = any(ch.isalnum() for ch in text)  # not a decorative "●"
            if label.isVisible() and words and label.textFormat() != Qt.TextFormat.RichText:
                face = QAccessible.queryAccessibleInterface(label)
                if face.text(QAccessible.Text.Name) != text:
                    hidden.append((name, face.text(QAccessible.Text.Name), text[:40]))
    assert hidden == []


def test_today_lists_the_routines_planned_today(qtbot, store, hub, window):
    wednesday, thursday = TODAY.weekday(), (TODAY.weekday() + 1) % 7
    planned = routine_on("it-band-strength", "knee-plan", "Knee plan", {wednesday})
    other = routine_on("it-band-stretch", "hip-plan", "Hip plan", {thursday})
    save_planned(hub, planned)
    save_planned(hub, other)

    today = window.today
    assert "knee-plan" in today.start_buttons
    assert today.start_buttons["knee-plan"].accessibleName() == "Start Knee plan"
    labels = today.findChildren(type(today.title))
    status = {label.accessibleDescription(): label.text() for label in labels}
    assert "Planned · 0 of 1 done" in status["Status of Knee plan"]
    assert "Not planned today" in status["Status of Hip plan"]
    assert "Wednesday 18 November" in today.title.text()


def test_the_log_pain_button_on_today_opens_the_dialog(qtbot, window):
    button = next(b for b in window.today.findChildren(QPushButton) if b.text() == "Log pain (P)")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.pain_dialog.isVisible()
    assert window.pain_dialog.windowTitle() == "Log pain"
    window.pain_dialog.reject()


def test_a_session_done_today_is_marked_done(qtbot, hub, window):
    routine = routine_on("it-band-strength", "knee-plan", "Knee plan", {TODAY.weekday()})
    save_planned(hub, routine)
    with qtbot.waitSignal(hub.changed, check_params_cb=lambda area: area == "sessions"):
        hub.save_session(finished(routine, local(TODAY, 9)))
    labels = window.today.findChildren(type(window.today.title))
    status = next(lb.text() for lb in labels if lb.accessibleDescription() == "Status of Knee plan")
    assert "✓ Done today" in status


def test_selecting_a_routine_lists_its_exercises(qtbot, store, window):
    qtbot.mouseClick(window.nav_buttons["routines"], Qt.MouseButton.LeftButton)
    view = window.routines
    routines = store.routines.list()
    assert view.list.count() == len(routines)
    assert f"{len(routines[0].slots)} exercises" in view.list.item(0).text()
    row = next(i for i, r in enumerate(routines) if r.id == "it-band-stretch")
    rect = view.list.visualItemRect(view.list.item(row))
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.name.text() == routines[row].name
    assert view.table.rowCount() == len(routines[row].slots)
    names = {view.table.item(i, 0).text() for i in range(view.table.rowCount())}
    assert names == {s.exercise.name for s in routines[row].slots}


def test_progress_shows_an_empty_state_then_the_points(qtbot, hub, window):
    qtbot.mouseClick(window.nav_buttons["progress"], Qt.MouseButton.LeftButton)
    view = window.progress
    assert view.empty.isVisible() and not view.chart.isVisible()
    for days_ago, score in ((3, 6), (2, 4), (0, 2)):
        hub.add_pain(PainEntry(score=score, at=local(TODAY - timedelta(days=days_ago), 8)))
    qtbot.waitUntil(lambda: not view.loading())  # redrawn on the turn after the write
    assert view.chart.isVisible()
    assert view.chart.point_count() == 3
    assert view.summary.text().startswith("3 pain entries and 0 sessions (last 3 months)")
    assert "latest 2/10" in view.summary.text()


def test_range_presets_change_the_visible_time_span(qtbot, hub, window):
    for days_ago in range(0, 120, 3):
        hub.add_pain(PainEntry(score=3, at=local(TODAY - timedelta(days=days_ago), 8)))
    qtbot.mouseClick(window.nav_buttons["progress"], Qt.MouseButton.LeftButton)
    view = window.progress

    def span_days() -> float:
        left, right = view.chart.getPlotItem().vb.viewRange()[0]
        return (right - left) / 86400

    qtbot.mouseClick(view.range_buttons.button(0), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: 13 <= span_days() <= 16)  # redrawn on the next turn
    qtbot.mouseClick(view.range_buttons.button(2), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.loading(), timeout=60_000)  # older months, one a turn
    assert span_days() >= 117
    assert view.chart.point_count() == 40


def test_all_reaches_the_oldest_entry_across_a_year_and_more_with_nothing(qtbot, hub, window):
    """A person who stopped for two years and came back sees both spells under All;
    the chart's span starts at the oldest month from the first drawing on."""
    hub.add_pain(PainEntry(score=5, at=local(TODAY - timedelta(days=3 * 365), 8)))
    hub.add_pain(PainEntry(score=2, at=local(TODAY, 8)))
    qtbot.mouseClick(window.nav_buttons["progress"], Qt.MouseButton.LeftButton)
    view = window.progress
    qtbot.waitUntil(lambda: not view.loading())
    qtbot.mouseClick(view.range_buttons.button(2), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Loading older months" in view.status.text())  # first drawing
    left = view.chart.getPlotItem().vb.viewRange()[0][0]
    assert left < local(TODAY - timedelta(days=3 * 365), 8).timestamp()
    qtbot.waitUntil(lambda: not view.loading(), timeout=60_000)
    assert view.chart.point_count() == 2
    assert view.summary.text().startswith("2 pain entries and 0 sessions (all time)")


def test_start_opens_the_player_in_place_and_p_is_left_to_it(qtbot, hub, window):
    routine = routine_on("it-band-strength", "knee-plan", "Knee plan", {TODAY.weekday()})
    save_planned(hub, routine)
    qtbot.mouseClick(window.today.start_buttons["knee-plan"], Qt.MouseButton.LeftButton)
    assert window.today.is_player_active()
    assert window.today.player.isVisible()
    assert window.today.player.start_page.title.text() == "Knee plan"
    qtbot.keyClick(window, Qt.Key.Key_P)
    assert not hasattr(window, "pain_dialog")  # the player's own P, not the dialog
    qtbot.mouseClick(window.nav_buttons["progress"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(window, Qt.Key.Key_P)  # away from the player, P logs pain again
    assert window.pain_dialog.isVisible()
    window.pain_dialog.reject()
    window.activateWindow()  # what the window manager does when a dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(window.nav_buttons["today"], Qt.MouseButton.LeftButton)
    assert window.today.is_player_active()  # the session is still there

    window.today.player.finished.emit()  # the player's contract: the person left it
    assert not window.today.is_player_active()
    qtbot.waitUntil(window.today.start_buttons["knee-plan"].isVisible)  # next loop turn
    qtbot.keyClick(window, Qt.Key.Key_P)
    assert window.pain_dialog.isVisible()
    window.pain_dialog.reject()


def test_demo_window_says_so_in_its_title(qtbot, hub):
    window = MainWindow(hub, demo=True)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Rehab Coach (demo data)"


def test_calendar_shows_the_weeks_adherence_and_the_selected_day(qtbot, hub, window):
    monday = TODAY - timedelta(days=TODAY.weekday())
    routine = routine_on("it-band-strength", "knee-plan", "Knee plan", {0, 2})  # Mon, Wed
    save_planned(hub, routine)
    qtbot.mouseClick(window.nav_buttons["calendar"], Qt.MouseButton.LeftButton)
    view = window.calendar
    assert view.calendar.selectedDate().toPython() == TODAY

    def this_week() -> str:
        return next(x for x in view.weeks.text().splitlines() if x.startswith(f"{monday:%d %b}"))

    # Monday was missed; today (Wednesday) is still open, so it is not counted yet.
    assert this_week().endswith("0% of 1 planned (1 to come)")
    assert "Knee plan: still open today" in view.day.text()
    hub.save_session(finished(routine, local(monday, 9)))
    assert this_week().endswith("100% of 1 planned (1 to come)")
    view.calendar.setSelectedDate(view.calendar.selectedDate().addDays(-TODAY.weekday()))
    assert "Knee plan: done" in view.day.text()
    assert "09:00  Knee plan — ✓ Completed" in view.day.text()


def test_today_counts_pain_entries_in_plain_words(qtbot, hub, window):
    """The Today line once said "1 entries"."""
    hub.add_pain(PainEntry(score=3, at=local(TODAY, 8)))
    assert window.today.pain_line.text().endswith("· 1 entry")
    hub.add_pain(PainEntry(score=2, at=local(TODAY, 9)))
    assert window.today.pain_line.text().endswith("· 2 entries")


def test_calendar_month_line_says_what_it_counts(qtbot, hub, window):
    """A bare "Weeks shown: 57 of 70" read as a count of weeks, not of sessions."""
    save_planned(hub, routine_on("it-band-strength", "knee-plan", "Knee plan", {0, 2}))
    qtbot.mouseClick(window.nav_buttons["calendar"], Qt.MouseButton.LeftButton)
    lines = window.calendar.weeks.text().splitlines()
    assert lines[0] == "Planned sessions done, per week:"
    assert window.calendar.month_line.text().startswith("November: 0% of ")
    assert " planned · streak 0" in window.calendar.month_line.text()


def test_date_axis_labels_never_sit_on_top_of_each_other(qtbot, hub, window):
    """At 1024 px the 3-month chart printed "30Sep" and "29Oct": a day number and the
    month tick beside it drawn in the same place."""
    for days_ago in range(0, 120, 3):
        hub.add_pain(PainEntry(score=3, at=local(TODAY - timedelta(days=days_ago), 8)))
    qtbot.mouseClick(window.nav_buttons["progress"], Qt.MouseButton.LeftButton)
    view = window.progress
    qtbot.mouseClick(view.range_buttons.button(1), Qt.MouseButton.LeftButton)  # 3 months
    axis = view.chart.getPlotItem().getAxis("bottom")
    left, right = view.chart.getPlotItem().vb.viewRange()[0]
    width = axis.width()
    levels = axis.tickValues(left, right, width)
    shown = sorted(v for _, values in levels for v in values if left <= v <= right)
    assert len(shown) >= 6  # still a useful number of dates
    px = [(v - left) / (right - left) * width for v in shown]
    assert min(b - a for a, b in pairwise(px)) >= 30


def test_keys_reach_the_player_after_visiting_another_view(qtbot, hub, window):
    """Clicking Progress then Today left the focus on the Today button, so Space, N
    and Esc went to the button and the running session ignored them."""
    from PySide6.QtWidgets import QApplication

    routine = routine_on("it-band-strength", "knee-plan", "Knee plan", {TODAY.weekday()})
    save_planned(hub, routine)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.mouseClick(window.today.start_buttons["knee-plan"], Qt.MouseButton.LeftButton)
    player = window.today.player
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)  # skip, start
    assert player.pages.currentWidget() is player.run_page
    qtbot.mouseClick(window.nav_buttons["progress"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.nav_buttons["today"], Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Space)
    assert player.run_page.phase.text().startswith("Paused")
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)
    assert player.run_page.stop_banner.isVisible()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Escape)  # keep going
    assert not player.run_page.stop_banner.isVisible()
    player.timer.stop()


def test_routine_rows_are_one_line_tall_when_their_text_fits(qtbot, window):
    """Rows whose cells fit on one line were drawn two lines tall ("band at ankles"
    measured narrower than its own column), so the table looked ragged."""
    window.resize(1280, 800)
    qtbot.mouseClick(window.nav_buttons["routines"], Qt.MouseButton.LeftButton)
    view = window.routines
    names = [view.list.item(i).text() for i in range(view.list.count())]
    view.list.setCurrentRow(next(i for i, t in enumerate(names) if t.startswith("IT-band str")))
    table = view.table
    fm = table.fontMetrics()

    def rows_even() -> None:
        assert table.rowCount() == 10
        fits = [
            r
            for r in range(table.rowCount())
            if fm.horizontalAdvance(table.item(r, 3).text()) < table.columnWidth(3) * 0.9 - 10
        ]
        assert len(fits) >= 5
        heights = {table.rowHeight(r) for r in fits}
        assert len(heights) == 1 and heights.pop() < 2 * fm.height()

    qtbot.waitUntil(rows_even)  # once the header has laid the rows out at this width


def test_the_progress_summary_counts_in_plain_english(qtbot, hub, window):
    """One session is "1 session", not "1 sessions"."""
    routine = routine_on("it-band-strength", "knee-plan", "Knee plan", {TODAY.weekday()})
    hub.save_routine(routine)
    hub.save_session(finished(routine, local(TODAY, 9)))
    hub.add_pain(PainEntry(score=2, at=local(TODAY, 10)))
    window.show_view("progress")
    text = window.progress.summary.text()
    assert text.startswith("1 pain entry and 1 session (last 3 months)"), text
