"""Plan states for ``--self-test`` screenshots: "My plan", a routine's schedule dialog,
and the calendar on the day after a flare (its pain chip on the selection)."""

from __future__ import annotations

from coach.ui.main_window import MainWindow
from coach.ui.self_test import register

from .plan_dialog import edit_schedule


def _plan(window: MainWindow):
    window.show_view("today")
    return window.today.open_plan()


def _schedule(window: MainWindow):
    routine = window.hub.store.routines.get("it-band-strength")
    assert routine is not None
    return edit_schedule(window.hub, routine, window)


register("plan-dialog", _plan)
register("schedule-dialog", _schedule)
