"""The routine editor and the Routines view, driven through their widgets: duplicate a
built-in, add and reorder exercises, a mistake keeps Save off, undo, a dose change makes a
version, an old session still shows the dose it ran, and routine files in and out."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest
from helpers import gui
from helpers.gui import TODAY, answer_modal, finished, local
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from coach.domain.library import builtin_routines, dump_routine_file
from coach.ui.routine_editor.editor import RoutineEditor

store, hub, window = gui.store, gui.hub, gui.window


def routines_view(qtbot, window):
    qtbot.mouseClick(window.nav_buttons["routines"], Qt.MouseButton.LeftButton)
    return window.routines


def duplicate_builtin(qtbot, window, row: int = 0) -> RoutineEditor:
    view = routines_view(qtbot, window)
    view.list.setCurrentRow(row)
    assert view.edit_button.text() == "Duplicate to edit"
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)
    editor = view.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    return editor


def names(editor: RoutineEditor) -> list[str]:
    return [s["exercise"]["name"] for s in editor.draft()["slots"]]


def type_into(qtbot, widget, text: str) -> None:
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def set_spin(qtbot, spin, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def save(qtbot, editor: RoutineEditor) -> None:
    assert editor.save_button.isEnabled()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def test_a_builtin_is_copied_to_edit_and_saved_as_the_persons_own(qtbot, store, window):
    editor = duplicate_builtin(qtbot, window)
    assert editor.name.text() == "My IT-band strength"
    assert editor.save_button.isEnabled()  # a new copy has not been saved yet
    save(qtbot, editor)
    mine = store.routines.get(editor.routine_id)
    assert mine is not None and not mine.builtin and mine.slots == builtin_routines()[0].slots
    assert [v.number for v in store.routines.history(mine.id)] == [1]
    assert store.routines.get("it-band-strength").builtin  # the built-in is untouched
    view = window.routines
    assert view.current_routine().id == mine.id and view.edit_button.text() == "Edit…"
    assert "Version 1, since" in view.about.text()


def test_add_then_reorder_by_keyboard_and_undo(qtbot, window):
    editor = duplicate_builtin(qtbot, window, row=1)  # stretches: 4 exercises
    before = names(editor)
    editor.exercises.setCurrentRow(3)
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    type_into(qtbot, editor.ex_name, "Wall sit")
    assert names(editor) == [*before, "Wall sit"]
    assert editor.exercises.currentRow() == 4
    editor.exercises.setFocus()
    qtbot.keyClick(editor.exercises, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.exercises, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert names(editor) == [*before[:2], "Wall sit", *before[2:]]
    assert editor.exercises.currentItem().text() == "3. Wall sit"
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClick(editor.exercises, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names(editor) == [*before[:3], "Wall sit", before[3]]
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)  # the typed name
    assert names(editor) == [*before, "New exercise"]
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)  # the add
    assert names(editor) == before
    qtbot.mouseClick(editor.redo_button, Qt.MouseButton.LeftButton)
    assert names(editor) == [*before, "New exercise"]
    editor.exercises.setFocus()
    qtbot.keyClick(editor.exercises, Qt.Key.Key_Delete)
    assert names(editor) == before


def test_a_mistake_keeps_save_off_and_says_what_is_wrong(qtbot, window):
    editor = duplicate_builtin(qtbot, window)
    editor.exercises.setCurrentRow(6)  # hip hike: 20–25 reps
    set_spin(qtbot, editor.dose.widget("reps_max"), 12)
    assert not editor.save_button.isEnabled()
    assert editor.dose.error.isVisible()
    assert "between 20 and 500" in editor.dose.error.text()
    assert editor.exercises.item(6).text().startswith("⚠")
    set_spin(qtbot, editor.dose.widget("reps_max"), 25)
    assert editor.save_button.isEnabled() and not editor.dose.error.isVisible()

    editor.name.selectAll()
    qtbot.keyClick(editor.name, Qt.Key.Key_Delete)
    assert not editor.save_button.isEnabled()
    assert editor.name_error.isVisible() and editor.name_error.text() == "Must not be empty."


def test_a_screen_reader_hears_the_editors_problems_and_status(qtbot, window):
    """The editor's field errors and status line had fixed accessible names ("Routine
    name problem"), so a screen reader read the name and never the problem itself."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtWidgets import QLabel

    editor = duplicate_builtin(qtbot, window)
    editor.name.selectAll()
    qtbot.keyClick(editor.name, Qt.Key.Key_Delete)
    shown = [
        w
        for w in editor.findChildren(QLabel)
        if w.isVisible() and w.text() and w.objectName() == "fieldError"
    ]
    assert editor.name_error in shown
    for label in (*shown, editor.status):
        face = QAccessible.queryAccessibleInterface(label)
        assert face.text(QAccessible.Text.Name) == label.text()
    name_error = QAccessible.queryAccessibleInterface(editor.name_error)
    assert name_error.text(QAccessible.Text.Description) == "Routine name problem"


def test_a_dose_change_makes_a_version_and_an_old_session_keeps_its_dose(qtbot, store, hub, window):
    editor = duplicate_builtin(qtbot, window)
    save(qtbot, editor)
    routine_id = editor.routine_id
    old = finished(store.routines.get(routine_id), local(TODAY - timedelta(days=7), 8))
    store.sessions.save(old)

    editor.exercises.setCurrentRow(1)  # clam shell, 30 reps per side
    set_spin(qtbot, editor.dose.widget("sets"), 3)
    set_spin(qtbot, editor.dose.widget("reps"), 20)
    type_into(qtbot, editor.equipment, "blue band at thighs")
    save(qtbot, editor)
    assert "version 2" in editor.status.text()
    assert [v.number for v in store.routines.history(routine_id)] == [1, 2]
    # A change of words alone is saved without a new version.
    editor.exercises.setCurrentRow(1)
    type_into(qtbot, editor.note, "Keep the pelvis still")
    save(qtbot, editor)
    assert "still version 2" in editor.status.text()

    editor.tabs.setCurrentIndex(1)
    history = editor.history
    assert history.version_numbers() == [2, 1]
    newest = history.versions.item(0).text()
    assert "Clam shell: 30 reps per side → 3 × 20 reps per side, rest 30 s" in newest
    assert "band at thighs → blue band at thighs" in newest
    history.versions.setCurrentRow(1)  # version 1, which the old session ran
    detail = history.detail.toPlainText()
    assert "2. Clam shell: 30 reps per side" in detail
    assert "Done once, on" in detail
    assert store.routines.version_of(old).routine.slots[1].dose.describe() == "30 reps"


def test_closing_with_unsaved_changes_asks_first(qtbot, store, window):
    editor = duplicate_builtin(qtbot, window)
    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    editor.close()
    assert editor.isVisible()
    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.routines.editor is None)
    assert all(r.builtin for r in store.routines.list())  # nothing was saved


def test_export_from_the_editor_writes_a_file_that_imports(qtbot, window, monkeypatch, tmp_path):
    target = tmp_path / "for-physio.rehab.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    editor = duplicate_builtin(qtbot, window, row=2)
    qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == 1 and data["name"] == "My Foam rolling"
    assert "Exported" in editor.status.text()


@pytest.fixture
def physio_file(tmp_path):
    base = builtin_routines()[0]
    path = tmp_path / "from-physio.rehab.json"
    dump_routine_file(replace(base, id="physio-week-3", name="Physio week 3"), path)
    return path


def test_import_by_button_then_replace_on_a_clash_makes_a_new_version(
    qtbot, store, window, monkeypatch, physio_file
):
    view = routines_view(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(physio_file), ""))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    assert view.current_routine().name == "Physio week 3"

    data = json.loads(physio_file.read_text(encoding="utf-8"))
    data["slots"][1]["exercise"]["dose"] = {"kind": "reps", "sets": 3, "reps": 20, "rest_s": 30}
    physio_file.write_text(json.dumps(data), encoding="utf-8")

    def replace_mine(box: QMessageBox) -> None:
        assert "Physio week 3" in box.text()
        next(b for b in box.buttons() if b.text() == "Replace mine").click()

    answer_modal(QMessageBox, replace_mine)
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    history = store.routines.history("physio-week-3")
    assert [v.number for v in history] == [1, 2]
    assert history[-1].routine.slots[1].dose.describe() == "3 × 20 reps"
    assert sum(r.name == "Physio week 3" for r in store.routines.list()) == 1


def test_a_file_dropped_on_the_window_imports_and_a_clash_can_be_kept_as_a_copy(
    qtbot, store, window, physio_file
):
    routines_view(qtbot, window)

    def drop() -> None:
        """What a drag from a file manager delivers: enter (accepted), then the drop."""
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(physio_file))])
        enter = QDragEnterEvent(
            QPoint(200, 200),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window, enter)
        assert enter.isAccepted()
        event = QDropEvent(
            QPointF(200, 200),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(window, event)

    drop()
    assert store.routines.get("physio-week-3") is not None
    answer_modal(
        QMessageBox,
        lambda box: next(b for b in box.buttons() if b.text() == "Import as a copy").click(),
    )
    drop()
    assert store.routines.get("physio-week-3-2").name == "Physio week 3 (2)"
    assert window.routines.current_routine().id == "physio-week-3-2"


def test_a_malformed_file_is_refused_in_one_line_and_nothing_is_saved(
    qtbot, store, window, tmp_path, monkeypatch, data_dir
):
    bad = tmp_path / "bad.rehab.json"
    bad.write_text('{"format": 1, "id": "x", "name": "X\\n", "slots": []}', encoding="utf-8")
    view = routines_view(qtbot, window)
    before = (data_dir / "coach.json").read_bytes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    with qtbot.waitSignal(window.hub.error) as message:
        qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    text = message.args[0]
    assert text.startswith("Cannot import bad.rehab.json: slots") and "\n" not in text
    assert window.message_bar.isVisible()
    assert (data_dir / "coach.json").read_bytes() == before


def test_the_list_shows_length_and_the_last_day_done(qtbot, store, window):
    builtin = builtin_routines()[3]  # ice 20 minutes
    store.sessions.save(finished(builtin, local(TODAY - timedelta(days=1), 9)))
    view = routines_view(qtbot, window)
    view.refresh()
    texts = [view.list.item(i).text() for i in range(view.list.count())]
    ice = next(t for t in texts if t.startswith("Ice 20 minutes"))
    assert "about 20 min" in ice and "last done yesterday" in ice
    strength = texts[0]
    assert "10 exercises · about 32 min · built-in" in strength and "not done yet" in strength


def test_a_routine_last_done_years_ago_shows_its_day_once_older_months_are_read(
    qtbot, store, window
):
    """Older months are read a month per event-loop turn, not in one stall; the
    list then says the true last day, and a newer session still wins over it."""
    ice = builtin_routines()[3]
    foam = builtin_routines()[2]
    long_ago = TODAY - timedelta(days=800)
    store.sessions.save(finished(ice, local(long_ago, 9)))
    store.sessions.save(finished(foam, local(long_ago, 10)))
    store.sessions.save(finished(foam, local(TODAY - timedelta(days=1), 9)))
    view = routines_view(qtbot, window)
    view.refresh()

    def text_of(routine) -> str:
        texts = [view.list.item(i).text() for i in range(view.list.count())]
        return next(t for t in texts if t.startswith(routine.name))

    qtbot.waitUntil(lambda: "not done yet" not in text_of(ice), timeout=5000)
    assert f"last done {long_ago.day} " in text_of(ice) and str(long_ago.year) in text_of(ice)
    assert "last done yesterday" in text_of(foam)


def test_dragging_an_exercise_in_the_list_reorders_it(qtbot, window):
    editor = duplicate_builtin(qtbot, window, row=1)
    before = names(editor)
    # What a drop with InternalMove does to the list's model: move row 0 below row 2.
    editor.exercises.model().moveRow(QModelIndex(), 0, QModelIndex(), 3)
    qtbot.waitUntil(lambda: names(editor) != before)
    assert names(editor) == [before[1], before[2], before[0], before[3]]
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert names(editor) == before


def test_a_name_another_routine_has_is_refused(qtbot, window):
    editor = duplicate_builtin(qtbot, window)
    type_into(qtbot, editor.name, "ice 20 MINUTES")
    assert not editor.save_button.isEnabled()
    assert editor.name_error.text() == "Another routine already has this name."


def test_every_control_of_every_dose_kind_has_an_accessible_name(qtbot, window):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QListWidget,
        QPlainTextEdit,
    )

    editor = duplicate_builtin(qtbot, window)
    kinds = (QAbstractButton, QComboBox, QAbstractSpinBox, QPlainTextEdit, QLineEdit, QListWidget)
    for index in range(editor.dose.kind.count()):
        editor.dose.kind.setCurrentIndex(index)
        editor.dose.kind.activated.emit(index)
        assert editor.dose.pages.currentIndex() == index
        controls = [w for kind in kinds for w in editor.findChildren(kind) if w.isVisible()]
        controls = [w for w in controls if not isinstance(w.parent(), QAbstractSpinBox)]
        assert len(controls) > 15
        assert all(w.accessibleName() for w in controls), [
            w for w in controls if not w.accessibleName()
        ]


def test_an_exercise_from_the_library_comes_with_its_dose_and_instructions(qtbot, window):
    editor = duplicate_builtin(qtbot, window, row=1)  # stretches
    editor.exercises.setCurrentRow(0)
    editor.library_menu.aboutToShow.emit()
    actions = {a.text().split(" — ")[0]: a for a in editor.library_menu.actions()}
    assert {"Clam shell", "Ice", "Side leg raise"} <= set(actions)
    assert list(actions) == sorted(actions, key=str.casefold)
    actions["Clam shell"].trigger()
    slot = editor.draft()["slots"][1]
    assert slot["exercise"]["name"] == "Clam shell"
    assert slot["exercise"]["dose"] == {"kind": "reps", "sets": 1, "reps": 30, "rest_s": 30}
    assert slot["exercise"]["instructions"].startswith("Lie on your side")
    assert editor.ex_name.text() == "Clam shell" and editor.save_button.isEnabled()


def listed(view) -> list[str]:
    return [view.list.item(i).text().split("\n")[0] for i in range(view.list.count())]


def test_a_builtin_can_be_hidden_and_shown_again(qtbot, store, window):
    view = routines_view(qtbot, window)
    view.list.setCurrentRow(listed(view).index("Foam rolling"))
    assert view.hide_button.isVisible() and not view.delete_button.isVisible()
    qtbot.mouseClick(view.hide_button, Qt.MouseButton.LeftButton)
    assert "Foam rolling" not in listed(view)
    assert "foam-rolling" not in [r.id for r in store.routines.list()]  # nothing plans it
    assert store.routines.get("foam-rolling") is not None  # its sessions still find it
    assert view.show_hidden.isVisible()
    view.show_hidden.click()
    row = listed(view).index("Foam rolling")
    assert "built-in, hidden" in view.list.item(row).text()
    view.list.setCurrentRow(row)
    assert view.hide_button.text() == "Show again"
    qtbot.mouseClick(view.hide_button, Qt.MouseButton.LeftButton)
    assert store.routines.hidden() == set()
    assert "hidden" not in view.list.item(listed(view).index("Foam rolling")).text()


def test_deleting_an_own_routine_asks_and_keeps_its_versions(qtbot, store, window):
    editor = duplicate_builtin(qtbot, window, row=3)
    save(qtbot, editor)
    routine_id = editor.routine_id
    editor.close()
    view = window.routines
    assert view.current_routine().id == routine_id and view.delete_button.isVisible()
    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert store.routines.get(routine_id) is not None
    answer_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(view.delete_button, Qt.MouseButton.LeftButton)
    assert store.routines.get(routine_id) is None
    assert [v.number for v in store.routines.history(routine_id)] == [1]
    assert "My Ice 20 minutes" not in listed(view)


def test_a_new_copy_never_takes_the_id_of_a_deleted_routine(qtbot, store, window):
    first = duplicate_builtin(qtbot, window)
    save(qtbot, first)
    old_id = first.routine_id
    first.close()
    store.routines.delete(old_id)
    second = duplicate_builtin(qtbot, window)
    assert second.routine_id != old_id
    save(qtbot, second)
    assert [v.number for v in store.routines.history(second.routine_id)] == [1]


OPS = st.lists(
    st.sampled_from(["add", "duplicate", "remove", "up", "down", "next", "rename", "sets"]),
    min_size=1,
    max_size=12,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(ops=OPS)
def test_undo_takes_back_every_step_and_redo_replays_them(qtbot, hub, ops):
    """Any sequence of edits by button and key: Undo to the start gives the routine as
    opened, Redo to the end gives the last state, and Save is on exactly when changed."""
    routine = builtin_routines()[1]
    editor = RoutineEditor(hub, routine)
    qtbot.addWidget(editor)
    editor.confirm_on_close = False
    start = editor.draft()
    buttons = {
        "add": editor.add_button,
        "duplicate": editor.duplicate_button,
        "remove": editor.remove_button,
        "up": editor.up_button,
        "down": editor.down_button,
    }
    for i, op in enumerate(ops):
        if op in buttons:
            if buttons[op].isEnabled():
                qtbot.mouseClick(buttons[op], Qt.MouseButton.LeftButton)
        elif op == "next":
            editor.exercises.setCurrentRow((editor.current_row() + 1) % editor.exercises.count())
        elif op == "rename":
            type_into(qtbot, editor.ex_name, f"Exercise {i}")
        else:
            set_spin(qtbot, editor.dose.widget("sets") or editor.dose.widget("repeats"), 2)
    end = editor.draft()
    steps = editor.undo_stack.count()
    for _ in range(steps):
        qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    assert editor.draft() == start
    assert not editor.undo_button.isEnabled() and not editor.save_button.isEnabled()
    for _ in range(steps):
        qtbot.mouseClick(editor.redo_button, Qt.MouseButton.LeftButton)
    assert editor.draft() == end
    assert editor.save_button.isEnabled() == (end != start)
    editor.close()
