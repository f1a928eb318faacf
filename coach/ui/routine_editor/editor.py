"""The routine editor: name, description, pain limit, rests, and the exercises in order,
each with the dose fields of its kind, equipment and notes.

Every change is one step on a ``QUndoStack`` (see :mod:`.undo`) and is checked at once
with the domain's own rules (:func:`coach.domain.routines.draft.problems`); the message
appears next to the field in the same words an import would use, and Save stays off
until the routine is valid and differs from what is saved. Saving a change to a dose
or to the exercise list makes a new version, listed on the History tab.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeyEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach.domain.exercise import Exercise
from coach.domain.routine import Routine
from coach.domain.routines.draft import (
    Draft,
    default_dose,
    dose_of,
    duplicate_slot,
    library_slot,
    new_slot,
    problems,
    set_dose,
    slot_of,
)
from coach.store import StoreError
from coach.ui.hub import DataHub
from coach.ui.i18n import text as domain_text
from coach.ui.pictures import picture_pixmap
from coach.ui.routine_editor.dose_fields import DoseFields
from coach.ui.routine_editor.history_tab import HistoryTab
from coach.ui.routine_editor.undo import DraftChange

PICTURE_SIDE = 96
ERROR_STYLE = (
    "QLabel#fieldError { color: palette(highlighted-text); background: #b3261e;"
    " border-radius: 3px; padding: 1px 4px; }"
)


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAccessibleDescription(name)
    label.hide()
    return label


def _sentence(message: str) -> str:
    """``must not be empty`` → ``Must not be empty.`` (messages start in lower case), in
    the person's language when the domain said it."""
    message = domain_text(message)
    text = message[:1].upper() + message[1:]
    return text if text.endswith((".", ")")) else text + "."


class RoutineEditor(QDialog):
    """Edit one of the person's own routines (or a new one, not yet saved)."""

    saved = Signal(str)  # routine id

    def __init__(
        self, hub: DataHub, routine: Routine, *, new: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.routine_id = routine.id
        self._state: Draft = routine.to_dict()
        self._state["builtin"] = False  # what the editor saves is always the person's own
        self._saved: Draft | None = None if new else copy.deepcopy(self._state)
        self._row = 0
        self._problems: dict[str, str] = {}
        # Names of the other routines: two with one name could not be told apart in a list
        # or on the command line.
        try:
            others = hub.store.routines.list()
        except StoreError:
            others = []
        self._other_names = {r.name.casefold() for r in others if r.id != routine.id}
        self._loading = False
        # The self-test photographs an edited form and then closes it unattended.
        self.confirm_on_close = True
        self.setWindowTitle(self.tr("Edit routine: %1").replace("%1", routine.name))
        self.setAccessibleName(self.tr("Routine editor"))
        self.setStyleSheet(ERROR_STYLE)
        self.resize(980, 720)
        self.undo_stack = QUndoStack(self)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._routine_page(), self.tr("Routine"))
        self.history = HistoryTab(hub, routine.id)
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.currentChanged.connect(lambda i: i == 1 and self.history.refresh())

        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Editor status"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo the last change"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button = QPushButton(self.tr("Redo"))
        self.redo_button.setAccessibleName(self.tr("Redo the change undone"))
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, self.undo_stack.redo)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setAccessibleName(self.tr("Export this routine to a file"))
        self.export_button.clicked.connect(self.export)
        self.sheet_button = QPushButton(self.tr("Print sheet…"))
        self.sheet_button.setAccessibleName(
            self.tr("Save a printable sheet of this routine as a PDF")
        )
        self.sheet_button.clicked.connect(self.print_sheet)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save the routine"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the editor"))
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.undo_button, self.redo_button, self.export_button, self.sheet_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._apply(self._state, 0)

    # -- building the form -------------------------------------------------------------
    def _routine_page(self) -> QWidget:
        page = QWidget()
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        self.name.setAccessibleName(self.tr("Routine name"))
        self.name.textEdited.connect(lambda t: self._edit("name", t, self.tr("Rename")))
        self.name_error = _error_label(self.tr("Routine name problem"))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Routine description"))
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.description.textChanged.connect(
            lambda: self._edit(
                "description", self.description.toPlainText(), self.tr("Edit description")
            )
        )
        self.description_error = _error_label(self.tr("Description problem"))
        self.pain_limit = QSpinBox()
        self.pain_limit.setRange(1, 10)
        self.pain_limit.setSuffix(self.tr(" / 10"))
        self.pain_limit.setAccessibleName(self.tr("Stop advised at pain"))
        self.pain_limit.setToolTip(
            self.tr("The player advises stopping when pain reaches this score.")
        )
        self.pain_limit.valueChanged.connect(
            lambda v: self._edit("pain_stop_threshold", v, self.tr("Change pain limit"))
        )
        self.rest = QSpinBox()
        self.rest.setRange(0, 3600)
        self.rest.setSuffix(self.tr(" s"))
        self.rest.setAccessibleName(self.tr("Rest between exercises"))
        self.rest.valueChanged.connect(
            lambda v: self._edit("rest_between_exercises_s", v, self.tr("Change rest"))
        )
        top = QFormLayout()
        top.addRow(self.tr("Name"), self._with_error(self.name, self.name_error))
        top.addRow(
            self.tr("Description"), self._with_error(self.description, self.description_error)
        )
        numbers = QHBoxLayout()
        numbers.addWidget(self.pain_limit)
        numbers.addSpacing(24)
        numbers.addWidget(QLabel(self.tr("Rest between exercises")))
        numbers.addWidget(self.rest)
        numbers.addStretch(1)
        top.addRow(self.tr("Stop advised at pain"), numbers)

        # The exercise list: drag to reorder, or Ctrl+Up / Ctrl+Down.
        self.exercises = QListWidget()
        self.exercises.setAccessibleName(self.tr("Exercises in order"))
        self.exercises.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.exercises.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.exercises.setMinimumWidth(240)
        self.exercises.currentRowChanged.connect(self._select)
        self.exercises.model().rowsMoved.connect(lambda *_a: QTimer.singleShot(0, self._dragged))
        self.exercises.installEventFilter(self)  # Ctrl+Up / Ctrl+Down move the exercise
        self.list_error = _error_label(self.tr("Exercise list problem"))
        self.add_button = self._button(self.tr("Add"), self.tr("Add a new exercise"), self.add)
        self.library_button = QPushButton(self.tr("From library"))
        self.library_button.setAccessibleName(self.tr("Add an exercise from the library"))
        self.library_button.setToolTip(self.tr("Every exercise of every routine"))
        self.library_menu = QMenu(self.library_button)
        self.library_menu.aboutToShow.connect(self._fill_library)
        self.library_button.setMenu(self.library_menu)
        self.duplicate_button = self._button(
            self.tr("Duplicate"), self.tr("Duplicate the selected exercise"), self.duplicate
        )
        self.remove_button = self._button(
            self.tr("Remove"), self.tr("Remove the selected exercise"), self.remove
        )
        self.up_button = self._button(
            self.tr("Move up"),
            self.tr("Move the selected exercise up (Ctrl+Up)"),
            lambda: self.move(-1),
        )
        self.down_button = self._button(
            self.tr("Move down"),
            self.tr("Move the selected exercise down (Ctrl+Down)"),
            lambda: self.move(1),
        )
        list_buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.library_button,
            self.duplicate_button,
            self.remove_button,
        ):
            list_buttons.addWidget(button)
        move_buttons = QHBoxLayout()
        move_buttons.addWidget(self.up_button)
        move_buttons.addWidget(self.down_button)
        left = QVBoxLayout()
        left.addWidget(
            QLabel(self.tr("Exercises (drag or Ctrl+Up/Down to reorder, Delete to remove)"))
        )
        left.addWidget(self.exercises, 1)
        left.addWidget(self.list_error)
        left.addLayout(list_buttons)
        left.addLayout(move_buttons)

        right = QGroupBox(self.tr("Exercise"))
        form = QFormLayout(right)
        self.ex_name = self._line("exercise.name", self.tr("Exercise name"), 80)
        self.ex_name_error = _error_label(self.tr("Exercise name problem"))
        form.addRow(self.tr("Name"), self._with_error(self.ex_name, self.ex_name_error))
        self.ex_summary = self._line("exercise.summary", self.tr("One-line instruction"), 160)
        self.ex_summary_error = _error_label(self.tr("One-line instruction problem"))
        form.addRow(
            self.tr("In one line"), self._with_error(self.ex_summary, self.ex_summary_error)
        )
        self.dose = DoseFields()
        self.dose.edited.connect(self._dose_edit)
        self.dose.kind_changed.connect(self._kind)
        form.addRow(self.dose)
        self.per_side = QCheckBox(self.tr("Each side (left, then right)"))
        self.per_side.setAccessibleName(self.tr("Done on each side"))
        self.per_side.toggled.connect(
            lambda on: self._slot_edit(("exercise", "per_side"), on, self.tr("Change sides"))
        )
        form.addRow(self.tr("Sides"), self.per_side)
        self.equipment = QLineEdit()
        self.equipment.setAccessibleName(self.tr("Equipment and load"))
        self.equipment.setPlaceholderText(self.tr("e.g. green band at thighs, step"))
        self.equipment.textEdited.connect(self._equipment_edit)
        self.equipment_error = _error_label(self.tr("Equipment problem"))
        form.addRow(
            self.tr("Equipment, load"), self._with_error(self.equipment, self.equipment_error)
        )
        form.addRow(self.tr("Picture"), self._picture_row())
        self.note = self._line("note", self.tr("Note from the physio"), 500)
        self.note_error = _error_label(self.tr("Note problem"))
        form.addRow(self.tr("Note"), self._with_error(self.note, self.note_error))
        self.instructions = QPlainTextEdit()
        self.instructions.setAccessibleName(self.tr("Full instructions"))
        self.instructions.setTabChangesFocus(True)
        self.instructions.textChanged.connect(
            lambda: self._slot_edit(
                ("exercise", "instructions"),
                self.instructions.toPlainText(),
                self.tr("Edit instructions"),
            )
        )
        self.instructions_error = _error_label(self.tr("Instructions problem"))
        form.addRow(
            self.tr("Instructions"),
            self._with_error(self.instructions, self.instructions_error),
        )
        self.exercise_box = right

        middle = QHBoxLayout()
        middle.addLayout(left, 2)
        middle.addWidget(right, 3)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        return page

    def _picture_row(self) -> QWidget:
        self.picture = QLabel()
        self.picture.setFixedSize(PICTURE_SIDE + 8, PICTURE_SIDE + 8)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setFrameShape(QLabel.Shape.StyledPanel)
        self.picture.setAccessibleName(self.tr("Exercise picture"))
        self.picture_button = self._button(
            self.tr("Choose picture…"),
            self.tr("Choose a picture for this exercise"),
            lambda: self.choose_picture(),  # clicked(bool) must not reach the path
        )
        self.picture_remove = self._button(
            self.tr("Remove picture"),
            self.tr("Remove the picture of this exercise"),
            lambda: self.set_picture(""),
        )
        hint = QLabel(
            self.tr(
                "PNG or JPEG, at most 2 MB and 2048 pixels a side. It is copied into your "
                "data folder; an exported routine file leaves it out."
            )
        )
        hint.setWordWrap(True)
        hint.setAccessibleDescription(self.tr("About exercise pictures"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.picture_button)
        buttons.addWidget(self.picture_remove)
        buttons.addStretch(1)
        side = QVBoxLayout()
        side.addLayout(buttons)
        side.addWidget(hint, 1)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picture)
        row.addLayout(side, 1)
        return box

    def choose_picture(self, path: Path | None = None) -> str | None:
        """Copy a chosen picture into the data folder and give it to the selected
        exercise; a file that is too big or not a picture is refused in one line."""
        if path is None:
            name, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Choose a picture"),
                str(Path.home()),
                self.tr("Pictures (*.png *.jpg *.jpeg)"),
            )
            if not name:
                return None
            path = Path(name)
        messages: list[str] = []
        collect = messages.append
        self.hub.error.connect(collect)
        try:
            ref = self.hub.add_picture(path)
        finally:
            self.hub.error.disconnect(collect)
        if ref is None:
            self.status.setText(messages[-1] if messages else self.tr("Picture not added."))
            return None
        self.set_picture(ref)
        return ref

    def set_picture(self, ref: str) -> None:
        self._slot_edit(("exercise", "picture"), ref, self.tr("Change picture"))

    def _show_picture(self, ref: str) -> None:
        pixmap = picture_pixmap(self.hub.store.pictures.path, ref, PICTURE_SIDE) if ref else None
        if pixmap is None:
            self.picture.clear()
            self.picture.setText(self.tr("No picture") if not ref else self.tr("Missing"))
        else:
            self.picture.setPixmap(pixmap)
        self.picture_remove.setEnabled(bool(ref))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        """Ctrl+Up / Ctrl+Down in the exercise list move the selected exercise and Delete
        removes it (keys handled here, not window shortcuts, so they work whenever the
        list has focus)."""
        if (
            watched is self.exercises
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self.move(-1 if event.key() == Qt.Key.Key_Up else 1)
            return True
        if (
            watched is self.exercises
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and self.remove_button.isEnabled()
        ):
            self.remove()  # undoable, so no question
            return True
        return super().eventFilter(watched, event)

    def _with_error(self, field: QWidget, error: QLabel) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        column.addWidget(error)
        return box

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setToolTip(name)
        button.clicked.connect(slot)
        return button

    def _line(self, key: str, name: str, max_len: int) -> QLineEdit:
        line = QLineEdit()
        line.setMaxLength(max_len)
        line.setAccessibleName(name)
        path = tuple(key.split("."))
        line.textEdited.connect(
            lambda t: self._slot_edit(path, t, self.tr("Edit %1").replace("%1", name.lower()))
        )
        return line

    # -- state and undo ----------------------------------------------------------------
    def draft(self) -> Draft:
        return copy.deepcopy(self._state)

    def current_row(self) -> int:
        return self._row

    def is_dirty(self) -> bool:
        return self._saved is None or self._state != self._saved

    def _change(
        self, text: str, mutate: Callable[[Draft], int | None], merge_key: str | None = None
    ) -> None:
        """Record one edit: ``mutate`` changes a copy of the draft and may return the row
        to select afterwards."""
        if self._loading:
            return
        after = copy.deepcopy(self._state)
        row = mutate(after)
        row = self._row if row is None else row
        if after == self._state and row == self._row:
            return
        before = (copy.deepcopy(self._state), self._row)
        self.undo_stack.push(DraftChange(self._apply, before, (after, row), text, merge_key))

    def propose_doses(self, doses: dict[str, dict[str, Any]], text: str) -> None:
        """Put new doses (dose dicts by exercise id) into the form as one unsaved,
        undoable change, with ``text`` in the status line: how Today's progression
        suggestion is reviewed. Saving makes the new version, as any edit does."""

        def mutate(draft: Draft) -> None:
            for slot in draft["slots"]:
                dose = doses.get(slot["exercise"]["id"])
                if dose is not None:
                    set_dose(slot, dict(dose))

        self._change(self.tr("Suggested dose"), mutate)
        self.status.setText(text)

    def _edit(self, key: str, value: Any, text: str) -> None:
        def mutate(draft: Draft) -> None:
            draft[key] = value

        self._change(text, mutate, merge_key=key)

    def _slot_edit(self, path: tuple[str, ...], value: Any, text: str) -> None:
        row = self._row

        def mutate(draft: Draft) -> None:
            target = draft["slots"][row]
            for part in path[:-1]:
                target = target[part]
            if value == "" and path[-1] in ("note", "picture"):  # absent, as files write it
                target.pop(path[-1], None)
            else:
                target[path[-1]] = value

        self._change(text, mutate, merge_key=f"{row}.{'.'.join(path)}")

    def _dose_edit(self, key: str, value: Any) -> None:
        row = self._row

        def mutate(draft: Draft) -> None:
            slot = draft["slots"][row]
            dose = dict(dose_of(slot))
            if value is None:
                dose.pop(key, None)
            else:
                dose[key] = value
            if key == "tempo_s":  # a new tempo replaces an up/down split
                dose.pop("lift_s", None)
                dose.pop("lower_s", None)
            set_dose(slot, dose)

        self._change(self.tr("Change dose"), mutate, merge_key=f"{row}.dose.{key}")

    def _kind(self, kind: str) -> None:
        row = self._row

        def mutate(draft: Draft) -> None:
            slot = draft["slots"][row]
            if dose_of(slot).get("kind") != kind:
                set_dose(slot, default_dose(kind))

        self._change(self.tr("Change dose kind"), mutate)

    def _equipment_edit(self, text: str) -> None:
        items = [part.strip() for part in text.split(",") if part.strip()]
        self._slot_edit(("exercise", "equipment"), items, self.tr("Change equipment"))

    def _ids(self, draft: Draft) -> set[str]:
        return {s["exercise"]["id"] for s in draft["slots"]}

    def add(self) -> None:
        def mutate(draft: Draft) -> int:
            at = min(self._row + 1, len(draft["slots"]))
            draft["slots"].insert(at, new_slot(self._ids(draft)))
            return at

        self._change(self.tr("Add exercise"), mutate)
        self.ex_name.setFocus()
        self.ex_name.selectAll()

    def _fill_library(self) -> None:
        from coach.domain.routines.library import exercise_library

        self.library_menu.clear()
        try:
            entries = exercise_library(self.hub.store.routines.list())
        except StoreError as exc:
            self.hub.error.emit(str(exc))
            return
        for entry in entries:
            ex = entry.exercise
            action = self.library_menu.addAction(f"{ex.name} — {domain_text(ex.dose.describe())}")
            pixmap = picture_pixmap(self.hub.store.pictures.path, ex.picture, 32)
            if pixmap is not None:
                action.setIcon(QIcon(pixmap))
            action.setToolTip(ex.summary)
            action.triggered.connect(lambda _c=False, e=ex: self.add_from_library(e))

    def add_from_library(self, exercise: Exercise) -> None:
        """Add ``exercise`` (its default dose, instructions and equipment) below the
        selected one."""

        def mutate(draft: Draft) -> int:
            at = min(self._row + 1, len(draft["slots"]))
            draft["slots"].insert(at, library_slot(exercise.to_dict(), self._ids(draft)))
            return at

        self._change(self.tr("Add %1").replace("%1", exercise.name), mutate)

    def duplicate(self) -> None:
        if not self._state["slots"]:
            return

        def mutate(draft: Draft) -> int:
            slot = draft["slots"][self._row]
            draft["slots"].insert(self._row + 1, duplicate_slot(slot, self._ids(draft)))
            return self._row + 1

        self._change(self.tr("Duplicate exercise"), mutate)

    def remove(self) -> None:
        if not self._state["slots"]:
            return

        def mutate(draft: Draft) -> int:
            del draft["slots"][self._row]
            return max(0, min(self._row, len(draft["slots"]) - 1))

        self._change(self.tr("Remove exercise"), mutate)

    def move(self, step: int) -> None:
        row, target = self._row, self._row + step
        if not 0 <= target < len(self._state["slots"]):
            return

        def mutate(draft: Draft) -> int:
            slots = draft["slots"]
            slots[row], slots[target] = slots[target], slots[row]
            return target

        self._change(self.tr("Move exercise"), mutate)
        self.exercises.setFocus()

    def _dragged(self) -> None:
        """A drag in the list moved a row; take the list's new order into the draft."""
        order = [
            self.exercises.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.exercises.count())
        ]
        by_id = {s["exercise"]["id"]: s for s in self._state["slots"]}
        if sorted(order) != sorted(by_id) or order == [
            s["exercise"]["id"] for s in self._state["slots"]
        ]:
            return
        moved_to = self.exercises.currentRow()

        def mutate(draft: Draft) -> int:
            current = {s["exercise"]["id"]: s for s in draft["slots"]}
            draft["slots"] = [current[i] for i in order]
            return max(0, moved_to)

        self._change(self.tr("Move exercise"), mutate)

    def _select(self, row: int) -> None:
        if self._loading or row < 0:
            return
        self._row = row
        self._load_exercise()
        self._show_problems()

    # -- showing the state -------------------------------------------------------------
    def _apply(self, state: Draft, row: int) -> None:
        """Show ``state`` (after an edit, an undo or a redo) with ``row`` selected."""
        self._state = copy.deepcopy(state)
        slots = self._state["slots"]
        self._row = max(0, min(row, len(slots) - 1))
        self._loading = True
        try:
            self._set_text(self.name, self._state.get("name", ""))
            if self.description.toPlainText() != self._state.get("description", ""):
                self.description.setPlainText(self._state.get("description", ""))
            self.pain_limit.setValue(self._state.get("pain_stop_threshold", 5))
            self.rest.setValue(self._state.get("rest_between_exercises_s", 60))
            self._problems = problems(self._state)
            name = self._state.get("name", "").strip().casefold()
            if "name" not in self._problems and name in self._other_names:
                self._problems["name"] = self.tr("another routine already has this name")
            self._fill_list()
        finally:
            self._loading = False
        self._load_exercise()
        self._show_problems()
        self._update_buttons()

    def _fill_list(self) -> None:
        blocker = QSignalBlocker(self.exercises)
        bad = {slot_of(f) for f in self._problems}
        self.exercises.clear()
        for i, slot in enumerate(self._state["slots"]):
            name = slot["exercise"]["name"].strip() or self.tr("(no name)")
            mark = "⚠ " if i in bad else ""
            item = QListWidgetItem(f"{mark}{i + 1}. {name}")
            item.setData(Qt.ItemDataRole.UserRole, slot["exercise"]["id"])
            if i in bad:
                item.setToolTip(self.tr("This exercise has a problem to fix"))
            self.exercises.addItem(item)
        if self._state["slots"]:
            self.exercises.setCurrentRow(self._row)
        del blocker

    def _load_exercise(self) -> None:
        slots = self._state["slots"]
        has = bool(slots)
        self.exercise_box.setEnabled(has)
        if not has:
            return
        slot = slots[self._row]
        exercise = slot["exercise"]
        self._loading = True
        try:
            self._set_text(self.ex_name, exercise.get("name", ""))
            self._set_text(self.ex_summary, exercise.get("summary", ""))
            self._set_text(self.note, slot.get("note", ""))
            shown = [p.strip() for p in self.equipment.text().split(",") if p.strip()]
            if shown != exercise.get("equipment", []):
                self.equipment.setText(", ".join(exercise.get("equipment", [])))
            if self.instructions.toPlainText() != exercise.get("instructions", ""):
                self.instructions.setPlainText(exercise.get("instructions", ""))
            self.per_side.setChecked(bool(exercise.get("per_side")))
            self._show_picture(exercise.get("picture", ""))
            self.dose.load(dose_of(slot))
        finally:
            self._loading = False
        self.exercise_box.setTitle(
            self.tr("Exercise %1 of %2")
            .replace("%1", str(self._row + 1))
            .replace("%2", str(len(slots)))
        )

    @staticmethod
    def _set_text(line: QLineEdit, text: str) -> None:
        if line.text() != text:
            line.setText(text)

    def _show_problems(self) -> None:
        found = self._problems
        here = f"slots[{self._row}]."
        placed = {
            "name": self.name_error,
            "description": self.description_error,
            "slots": self.list_error,
            here + "exercise.name": self.ex_name_error,
            here + "exercise.summary": self.ex_summary_error,
            here + "exercise.equipment": self.equipment_error,
            here + "note": self.note_error,
            here + "exercise.instructions": self.instructions_error,
        }
        for field, label in placed.items():
            message = found.get(field, "")
            label.setText(_sentence(message) if message else "")
            label.setVisible(bool(message))
        dose = [
            (f.removeprefix(here + "exercise.dose.").removeprefix(here + "dose."), m)
            for f, m in found.items()
            if f.startswith((here + "exercise.dose", here + "dose"))
        ]
        self.dose.show_error(
            "\n".join(_sentence(f"{self._dose_word(k)} {domain_text(m)}") for k, m in dose)
        )
        elsewhere = [(f, m) for f, m in found.items() if f not in placed and not f.startswith(here)]
        if elsewhere:
            field, message = elsewhere[0]
            row = slot_of(field)
            if row is not None and row < len(self._state["slots"]):
                name = self._state["slots"][row]["exercise"]["name"] or "?"
                where = self.tr("Exercise %1 (%2)").replace("%1", str(row + 1))
                where = where.replace("%2", name)
            else:
                where = field
            self.status.setText(
                self.tr("Fix before saving: %1: %2")
                .replace("%1", where)
                .replace("%2", domain_text(message))
            )
        elif found:
            self.status.setText(self.tr("Fix the marked fields before saving."))
        elif self.is_dirty():
            self.status.setText(self.tr("Unsaved changes."))
        else:
            self.status.setText(self.tr("Saved."))

    def _dose_word(self, key: str) -> str:
        words = {
            "sets": self.tr("sets"),
            "reps": self.tr("reps"),
            "reps_max": self.tr("the upper rep count"),
            "tempo_s": self.tr("the tempo"),
            "rest_s": self.tr("the rest"),
            "hold_s": self.tr("the hold"),
            "duration_s": self.tr("the duration"),
            "repeats": self.tr("repeats"),
            "work_s": self.tr("work"),
            "recover_s": self.tr("recover"),
            "work_label": self.tr("the work name"),
            "recover_label": self.tr("the recover name"),
        }
        return words.get(key, self.tr("the dose"))

    def _update_buttons(self) -> None:
        valid = not self._problems
        self.save_button.setEnabled(valid and self.is_dirty())
        self.export_button.setEnabled(valid)
        self.sheet_button.setEnabled(valid)
        count = len(self._state["slots"])
        self.duplicate_button.setEnabled(count > 0)
        self.remove_button.setEnabled(count > 1)
        self.up_button.setEnabled(self._row > 0)
        self.down_button.setEnabled(self._row < count - 1)
        title = self._state.get("name", "").strip() or self.tr("new routine")
        self.setWindowTitle(
            self.tr("Edit routine: %1").replace("%1", title) + (" *" if self.is_dirty() else "")
        )

    # -- saving, exporting, closing ----------------------------------------------------
    def routine(self) -> Routine | None:
        """The form as a routine, or ``None`` while something needs fixing."""
        if self._problems:
            return None
        return Routine.from_dict(self._state)

    def save(self) -> bool:
        routine = self.routine()
        if routine is None or not self.is_dirty():
            return False
        before = self._version_numbers(routine.id)
        if not self.hub.save_routine(routine):
            self.status.setText(self.tr("Not saved; see the message at the top of the window."))
            return False
        after = self._version_numbers(routine.id)
        self._saved = copy.deepcopy(self._state)
        self.undo_stack.setClean()
        newest = after[-1] if after else 1
        if len(after) > len(before):
            text = self.tr("Saved as version %1.").replace("%1", str(newest))
        else:
            text = self.tr("Saved; the doses did not change, so this is still version %1.")
            text = text.replace("%1", str(newest))
        self._update_buttons()
        self.status.setText(text)
        self.history.refresh()
        self.saved.emit(routine.id)
        return True

    def _version_numbers(self, routine_id: str) -> list[int]:
        try:
            return [v.number for v in self.hub.store.routines.history(routine_id)]
        except StoreError as exc:  # a damaged versions file: say so, keep the form
            self.hub.error.emit(str(exc))
            return []

    def export(self) -> Path | None:
        routine = self.routine()
        if routine is None:
            return None
        from coach.ui.routine_editor.importing import export_routine

        path, message = export_routine(self, self.hub, routine)
        if message:
            self.status.setText(message)
        return path

    def print_sheet(self) -> Path | None:
        """The form as it stands; unsaved changes are printed as such, not as a version."""
        routine = self.routine()
        if routine is None:
            return None
        from coach.ui.routine_editor.printing import print_sheet

        path, message = print_sheet(self, self.hub, routine, draft=self.is_dirty())
        if message:
            self.status.setText(message)
        return path

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        if self.confirm_on_close and self.is_dirty() and not self._confirm_discard():
            event.ignore()
            return
        event.accept()

    def reject(self) -> None:  # Esc: the same question as the Close button
        self.close()

    def _confirm_discard(self) -> bool:
        """Ask about unsaved changes; True when the editor may close."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Save the changes to this routine before closing?"))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        if self._problems:
            box.button(buttons.Save).setEnabled(False)
            box.setInformativeText(self.tr("Some fields need fixing, so it cannot be saved."))
        choice = box.exec()
        if choice == buttons.Save:
            return self.save()
        return choice == buttons.Discard
