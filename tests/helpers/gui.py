"""Helpers for the GUI tests: a window on a real temporary store, routines with a
schedule, finished sessions, and a way to answer a modal dialog from a test.

The ``store``, ``hub`` and ``window`` fixtures are shared by the main-window and
pain tests; a module takes them with ``store, hub, window = gui.store, gui.hub, gui.window``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from coach.domain.library import builtin_routines
from coach.domain.plan.schedule import Schedule
from coach.domain.record import EndReason, SessionRecord
from coach.domain.routine import Routine
from coach.store import Store
from coach.ui.hub import DataHub
from coach.ui.main_window import MainWindow

TODAY = date(2026, 11, 18)  # a Wednesday


@pytest.fixture
def store(data_dir):
    store = Store.open(data_dir)
    yield store
    store.close()


@pytest.fixture
def hub(store):
    return DataHub(store, today=lambda: TODAY)


@pytest.fixture
def window(qtbot, hub):
    """The main window at the smallest size the app supports (1024 × 700)."""
    window = MainWindow(hub)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone()


def routine_on(base_id: str, new_id: str, name: str, weekdays: set[int]) -> Routine:
    """A copy of a built-in routine, renamed, planned on ``weekdays`` (0 = Monday)."""
    base = next(r for r in builtin_routines() if r.id == base_id)
    schedule = Schedule(kind="weekdays", weekdays=frozenset(weekdays), start=date(2026, 1, 1))
    return replace(base, id=new_id, name=name, builtin=False, schedule=schedule)


def save_planned(hub: DataHub, routine: Routine) -> None:
    """Save ``routine`` and follow its schedule from the schedule's own start date."""
    hub.save_routine(routine)
    assert routine.schedule is not None
    hub.set_schedule(routine.id, routine.schedule, routine.schedule.start)


def finished(routine: Routine, at: datetime, reason: EndReason = EndReason.COMPLETED):
    return SessionRecord(
        routine_id=routine.id,
        routine_name=routine.name,
        routine_snapshot=routine.snapshot_id(),
        started_at=at,
        ended_at=at + timedelta(minutes=30),
        end_reason=reason,
    )


def answer_modal(kind: type[QWidget], act: Callable[[QWidget], None], tries: int = 200) -> None:
    """When a top-level widget of ``kind`` is shown (by a blocking ``exec()``), run
    ``act`` on it. Polls from the event loop the dialog itself runs.

    If ``act`` fails (an assertion about the dialog), the dialog is closed first so its
    ``exec()`` returns and the test fails with that error instead of hanging; a dialog
    that never shows is an error too."""

    def poll(left: int) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                try:
                    act(widget)
                except BaseException:
                    if isinstance(widget, QDialog):
                        widget.reject()
                    widget.close()
                    raise  # pytest-qt reports it as this test's failure
                return
        if not left:
            raise AssertionError(f"no {kind.__name__} was shown")
        QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, lambda: poll(tries))
