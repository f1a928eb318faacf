"""Self-test states for the routine editor: a copy being edited with one dose changed,
the same form with a mistake in it, and the History tab after two saved versions.

These write to the self-test's scratch store (a copy saved twice), never to a person's.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coach.domain.dose import RepsDose
from coach.domain.routines.versions import Source
from coach.ui.main_window import MainWindow
from coach.ui.routine_editor.editor import RoutineEditor
from coach.ui.self_test import register


def _duplicate(window: MainWindow) -> RoutineEditor:
    window.nav_buttons["routines"].click()
    view = window.routines
    view.list.setCurrentRow(0)  # the IT-band strength routine, built in
    editor = view.edit_current()
    assert editor is not None
    editor.confirm_on_close = False
    editor.resize(1100, 760)
    return editor


def _editing(window: MainWindow) -> QWidget:
    editor = _duplicate(window)
    editor.exercises.setCurrentRow(1)
    editor.dose.widget("sets").setValue(3)
    editor.dose.widget("reps").setValue(20)
    editor.equipment.setText("blue band at thighs")
    editor.equipment.textEdited.emit("blue band at thighs")
    return editor


def _invalid(window: MainWindow) -> QWidget:
    editor = _duplicate(window)
    editor.name.setText("")
    editor.name.textEdited.emit("")
    editor.exercises.setCurrentRow(6)
    editor.dose.widget("reps_max").setValue(12)
    return editor


def _history(window: MainWindow) -> QWidget:
    store = window.hub.store
    routine = window.routines.current_routine() or store.routines.list()[0]
    from coach.ui.routines_view import own_copy

    mine = own_copy(routine, store.routines.list(), store.routines.known_ids())
    store.routines.save(mine, Source.IMPORTED)
    slots = list(mine.slots)
    slots[1] = type(slots[1])(slots[1].exercise, RepsDose(sets=3, reps=20, rest_s=30))
    from dataclasses import replace

    store.routines.save(replace(mine, slots=tuple(slots), rest_between_exercises_s=60))
    window.hub.changed.emit("routines")
    window.nav_buttons["routines"].click()
    window.routines.select(mine.id)
    editor = window.routines.edit_current()
    assert editor is not None
    editor.confirm_on_close = False
    editor.resize(1100, 760)
    editor.tabs.setCurrentIndex(1)
    return editor


register("routine-editor", _editing)
register("routine-editor-invalid", _invalid)
register("routine-history", _history)
