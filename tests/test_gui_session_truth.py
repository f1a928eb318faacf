"""Today and the calendar show a session as what it was, counted against the planned
sets, and open its detail with left and right side by side."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from helpers import gui
from helpers.gui import TODAY, local, routine_on
from PySide6.QtCore import Qt

from coach.domain.record import EndReason, SessionRecord, SetRecord
from coach.domain.session.plan import planned_exercises

store, hub, window = gui.store, gui.hub, gui.window


def session(routine, hour: int, reason: EndReason, sets_done: int) -> SessionRecord:
    """A session of ``routine`` that did its first ``sets_done`` planned sets in full."""
    plan = planned_exercises(routine)
    keys = [k for ex in plan for k in ex.set_keys()][:sets_done]
    by_id = {ex.exercise_id: ex for ex in plan}
    at = local(TODAY, hour)
    sets = tuple(
        SetRecord(ex_id, n, by_id[ex_id].planned, by_id[ex_id].planned, by_id[ex_id].unit, side)
        for ex_id, n, side in keys
    )
    return SessionRecord(
        routine_id=routine.id,
        routine_name=routine.name,
        routine_snapshot=routine.snapshot_id(),
        started_at=at,
        ended_at=at + timedelta(minutes=5),
        end_reason=reason,
        sets=sets,
        plan=plan,
    )


def status_of(window, name: str) -> str:
    labels = window.today.findChildren(type(window.today.title))
    return next(lb.text() for lb in labels if lb.accessibleDescription() == f"Status of {name}")


def test_today_shows_a_stopped_session_as_stopped_not_done(qtbot, hub, window):
    knee = routine_on("it-band-strength", "knee-plan", "Knee plan", {TODAY.weekday()})
    hub.save_routine(knee)
    hub.save_session(session(knee, 9, EndReason.STOPPED, 1))
    status = status_of(window, "Knee plan")
    assert "Stopped after 1 of 23 sets (4%)" in status
    assert "Done" not in status


def test_today_shows_an_interrupted_session_as_interrupted(qtbot, hub, window):
    rolling = routine_on("foam-rolling", "rolling", "Rolling", {TODAY.weekday()})
    hub.save_routine(rolling)
    hub.save_session(session(rolling, 9, EndReason.INTERRUPTED, 0))
    status = status_of(window, "Rolling")
    assert "Interrupted after 0 of 4 sets (0%)" in status
    assert "Done" not in status


def test_today_marks_a_completed_session_done_with_its_sets(qtbot, hub, window):
    knee = routine_on("it-band-strength", "knee-plan", "Knee plan", {TODAY.weekday()})
    hub.save_routine(knee)
    hub.save_session(session(knee, 9, EndReason.COMPLETED, 23))
    assert "✓ Done today · 23 of 23 sets" in status_of(window, "Knee plan")


def test_the_session_detail_from_today_shows_left_and_right_side_by_side(qtbot, hub, window):
    knee = routine_on("it-band-strength", "knee-plan", "Knee plan", {TODAY.weekday()})
    hub.save_routine(knee)
    hub.save_session(session(knee, 9, EndReason.STOPPED_FOR_PAIN, 1))
    qtbot.mouseClick(window.today.detail_buttons["knee-plan"], Qt.MouseButton.LeftButton)
    dialog = window.today.detail_dialog
    assert dialog is not None and dialog.isVisible()
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["Exercise", "Left", "Right"]
    assert dialog.table.rowCount() == 10
    assert (dialog.cell(0, 0), dialog.cell(0, 1), dialog.cell(0, 2)) == (
        "Side leg raise",
        "1/1 sets · 30/30 reps",
        "0/1 sets · 0/30 reps",
    )
    shuffle = next(r for r in range(10) if dialog.cell(r, 0) == "Side shuffle")
    assert dialog.cell(shuffle, 1) == "—"  # not a per-side exercise: one column of its own
    assert dialog.cell(shuffle, 3) == "0/5 sets · 0/100 reps"
    assert "Stopped for pain after 1 of 23 sets (4%)" in dialog.outcome.text()
    dialog.reject()


def test_the_calendar_day_shows_what_each_session_was_and_opens_its_detail(qtbot, hub, window):
    knee = routine_on("it-band-strength", "knee-plan", "Knee plan", {TODAY.weekday()})
    hub.save_routine(knee)
    hub.save_session(session(knee, 9, EndReason.STOPPED, 1))
    hub.save_session(replace(session(knee, 18, EndReason.COMPLETED, 23), id="evening"))
    qtbot.mouseClick(window.nav_buttons["calendar"], Qt.MouseButton.LeftButton)
    view = window.calendar
    text = view.day.text()
    assert "09:00  Knee plan — Stopped after 1 of 23 sets (4%)" in text
    assert "18:00  Knee plan — ✓ Completed · 23 of 23 sets" in text
    assert len(view.day_buttons) == 2
    qtbot.mouseClick(view.day_buttons[0], Qt.MouseButton.LeftButton)
    assert view.detail_dialog is not None
    assert view.detail_dialog.cell(0, 1) == "1/1 sets · 30/30 reps"
    view.detail_dialog.reject()
