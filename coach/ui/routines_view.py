"""Routines: every routine with its length, schedule and last day done; selecting one
lists its exercises.

Built-ins are read-only: "Duplicate to edit" opens the editor on an own copy. The
person's own routines open in the editor (:mod:`coach.ui.routine_editor`). Routine
files come in by the Import button or by dropping them on the window, and go out by
Export. Doses are shown with each dose's own ``describe()``, "/side" added for
per-side exercises.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.domain.routine import Routine
from coach.domain.routines.draft import free_id
from coach.domain.session.plan import build_plan
from coach.store import StoreError
from coach.ui import dates, theme
from coach.ui.hub import DataHub, HubView
from coach.ui.i18n import text as domain_text
from coach.ui.plan.plan_dialog import edit_schedule
from coach.ui.plan.schedule_dialog import plan_text
from coach.ui.preload import keep_out_of_gc
from coach.ui.routine_editor.editor import RoutineEditor
from coach.ui.routine_editor.importing import (
    DropImporter,
    choose_file,
    export_routine,
    import_file,
)
from coach.ui.routine_texts import exercise_count
from coach.ui.turns import NEXT_TURN_MS

COLUMNS = (  # marked for lupdate; translated where the header is set
    QT_TRANSLATE_NOOP("RoutinesView", "Exercise"),
    QT_TRANSLATE_NOOP("RoutinesView", "Dose"),
    QT_TRANSLATE_NOOP("RoutinesView", "Equipment"),
    QT_TRANSLATE_NOOP("RoutinesView", "What to do"),
)


def dose_text(routine: Routine, index: int) -> str:
    slot = routine.slots[index]
    text = domain_text(slot.dose.describe())
    return (
        QCoreApplication.translate("RoutinesView", "%1 /side").replace("%1", text)
        if slot.exercise.per_side
        else text
    )


def minutes_text(routine: Routine) -> str:
    """ "about 32 min", from the same plan the player times (rests and sides included)."""
    minutes = max(1, round(build_plan(routine).total_s / 60))
    return QCoreApplication.translate("RoutinesView", "about %1 min").replace("%1", str(minutes))


def last_done_text(day: date | None, today: date) -> str:
    # QCoreApplication.translate spelled out: lupdate reads an aliased tr(context, text)
    # as a text with a comment, and the German catalogue would miss these
    if day is None:
        return QCoreApplication.translate("RoutinesView", "not done yet")
    if day == today:
        return QCoreApplication.translate("RoutinesView", "last done today")
    if (today - day).days == 1:
        return QCoreApplication.translate("RoutinesView", "last done yesterday")
    when = dates.day_month(day).lstrip("0")
    if day.year != today.year:
        when += f" {day.year}"
    return QCoreApplication.translate("RoutinesView", "last done %1").replace("%1", when)


def own_copy(routine: Routine, existing: list[Routine], taken_ids: set[str]) -> Routine:
    """A built-in's copy for "Duplicate to edit": "My IT-band strength", an id never used
    before, and no schedule (the built-in keeps planning its days)."""
    names = {r.name.casefold() for r in existing}
    name, n = f"My {routine.name}"[:80], 2
    while name.casefold() in names:
        name, n = f"My {routine.name} ({n})"[:80], n + 1
    new_id = free_id(f"my-{routine.id}", taken_ids | {r.id for r in existing})
    return replace(routine, id=new_id, name=name, builtin=False, schedule=None)


class WrapDelegate(QStyledItemDelegate):
    """Measures wrapped text a little narrower than drawn, so no cell ends in "…".

    Only the stretched column wraps: the others are as wide as their widest text, and
    measuring those narrower made their rows two lines tall for one line of text."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # Qt override
        hint = super().sizeHint(option, index)
        view = self.parent()
        stretched = (
            isinstance(view, QTableWidget)
            and view.horizontalHeader().sectionResizeMode(index.column())
            == QHeaderView.ResizeMode.Stretch
        )
        width = int(view.columnWidth(index.column()) * 0.92) - 10 if stretched else 0
        text = str(index.data() or "")
        if width > 0 and text:
            flags = Qt.TextFlag.TextWordWrap
            rect = option.fontMetrics.boundingRect(0, 0, width, 10_000, flags, text)
            hint.setHeight(max(hint.height(), rect.height() + 8))
        return hint


class ListWrapDelegate(QStyledItemDelegate):
    """Rows of the routine list as tall as their wrapped text at the width they are drawn.

    Qt's own measure wraps at the viewport's full width, a little wider than the text is
    painted, so a German row needing one line more was cut and ended in "eingebaut…"."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # Qt override
        hint = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QListView):
            return hint
        width = int(view.viewport().width() * 0.92) - 2 * view.spacing() - 10
        text = str(index.data() or "")
        if width > 0 and text:
            flags = Qt.TextFlag.TextWordWrap
            rect = option.fontMetrics.boundingRect(0, 0, width, 10_000, flags, text)
            hint.setHeight(max(hint.height(), rect.height() + 8))
        return hint


RECENT_MONTHS = 4  # the months the store read at open (its 90 days)


class RoutinesView(HubView):
    areas = ("routines", "plans")

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self._routines: list[Routine] = []
        title = QLabel(self.tr("Routines"))
        theme.set_font(title, theme.TITLE_SCALE, bold=True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Routine list"))
        self.list.setMinimumWidth(180)
        self.list.setMaximumWidth(340)
        self.list.setWordWrap(True)
        # re-measure the wrapped rows when the list changes width (the default, Fixed,
        # keeps the heights of the first layout: in German rows ended in "eingebaut…")
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setItemDelegate(ListWrapDelegate(self.list))
        self.list.setSpacing(4)
        self.list.currentRowChanged.connect(self._show)
        self._last_done: dict[str, date] = {}
        # "last done" reads five years of sessions a month per turn (see refresh)
        self._older_months: list[str] = []
        self._older_done: dict[str, date] = {}
        self._recent_done: dict[str, date] = {}
        self._older = QTimer(self)
        self._older.setSingleShot(True)
        self._older.setInterval(NEXT_TURN_MS)
        self._older.timeout.connect(self._read_older_month)
        self.editor: RoutineEditor | None = None
        self._drops: DropImporter | None = None
        self.new_button = self._button(self.tr("New"), self.tr("New routine"), self.new_routine)
        self.import_button = self._button(
            self.tr("Import…"), self.tr("Import a routine file"), self.import_routine
        )
        self.edit_button = self._button(
            self.tr("Edit…"), self.tr("Edit the selected routine"), self.edit_current
        )
        self.export_button = self._button(
            self.tr("Export…"), self.tr("Export the selected routine to a file"), self.export
        )
        self.sheet_button = self._button(
            self.tr("Print sheet…"),
            self.tr("Save a printable sheet of the selected routine as a PDF"),
            self.print_sheet,
        )
        self.hide_button = self._button(
            self.tr("Hide"), self.tr("Hide this built-in routine"), self.toggle_hidden
        )
        self.delete_button = self._button(
            self.tr("Delete…"), self.tr("Delete this routine"), self.delete_current
        )
        self.show_hidden = QCheckBox(self.tr("Show hidden built-ins"))
        self.show_hidden.setAccessibleName(self.tr("Show hidden built-in routines"))
        self.show_hidden.toggled.connect(lambda _on: self.refresh())
        self._hidden: set[str] = set()
        self.builtin_note = QLabel()
        self.builtin_note.setWordWrap(True)
        self.builtin_note.setAccessibleDescription(self.tr("About built-in routines"))
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_font(self.name, theme.BIG_SCALE, bold=True)
        self.about = QLabel()
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setWordWrap(True)
        self.about.setAccessibleDescription(self.tr("Routine description"))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Exercises of the selected routine"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(True)
        self.table.setWordWrap(True)
        corner = self.table.findChild(QAbstractButton, "qt_tableview_cornerbutton")
        if corner is not None:
            corner.setAccessibleName(self.tr("Select all exercises"))
        header = self.table.horizontalHeader()
        # left-aligned, so a narrow column shows the start of its title, not its middle
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        # Rows follow their wrapped text whenever the stretched column changes width.
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setItemDelegate(WrapDelegate(self.table))

        self.schedule_button = QPushButton(self.tr("Schedule…"))
        self.schedule_button.setAccessibleName(self.tr("Edit the schedule of this routine"))
        self.schedule_button.clicked.connect(self._edit_schedule)
        # Two rows: beside five buttons the name was cut to "IT-band s" and the buttons
        # to "icate to" in a 900-pixel window. The name (wrapping) with what takes the
        # routine out (file, paper), then what changes it.
        self.name.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(self.name, 1)
        heading.addWidget(self.export_button)
        heading.addWidget(self.sheet_button)
        actions = QHBoxLayout()
        actions.addWidget(self.edit_button)
        actions.addWidget(self.schedule_button)
        actions.addStretch(1)
        actions.addWidget(self.hide_button)
        actions.addWidget(self.delete_button)
        detail = QVBoxLayout()
        detail.addLayout(heading)
        detail.addLayout(actions)
        detail.addWidget(self.builtin_note)
        detail.addWidget(self.about)
        detail.addWidget(self.table, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.import_button)
        side = QVBoxLayout()
        side.addWidget(self.list, 1)
        side.addLayout(list_buttons)
        side.addWidget(self.show_hidden)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setMinimumWidth(220)
        side_box.setMaximumWidth(340)
        side.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(side_box, 1)
        row.addLayout(detail, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(row, 1)

    def refresh(self) -> None:
        current = self.current_routine()
        repo = self.hub.store.routines
        self._hidden = repo.hidden()
        self._routines = repo.list(include_hidden=self.show_hidden.isChecked())
        self.show_hidden.setVisible(bool(self._hidden) or self.show_hidden.isChecked())
        self._last_done = self._recent_last_done()
        self._fill_list(current)

    def _recent_last_done(self) -> dict[str, date]:
        """The months Today already read, with what older months gave last time; the
        older months are then read again one per event-loop turn (a month of sessions
        is 5–10 ms to parse, five years a second), and the list redrawn if it changed."""
        sessions = self.hub.store.sessions
        months = sessions.history_months()
        recent, self._older_months = months[:RECENT_MONTHS], months[RECENT_MONTHS:]
        self._recent_done = sessions.last_done(recent)
        done = {**self._older_done, **self._recent_done}
        self._older_done = {}
        if self._older_months:
            self._older.start()
        return done

    def _read_older_month(self) -> None:
        """One older month's last-done dates per turn, while the list is on screen: a
        hidden list waits (showEvent goes on), so five years of parsing do not run
        under the person's work in the other views."""
        if not self._older_months or not self.isVisible():
            return
        try:
            older = self.hub.store.sessions.last_done([self._older_months.pop(0)])
        except StoreError as exc:  # a damaged old month: say so, keep what was read
            self._older_months = []
            self.hub.report_read_error(exc)
            return
        keep_out_of_gc()  # the month's records: no 20-30 ms full collection of them later
        for routine_id, day in older.items():
            self._older_done.setdefault(routine_id, day)  # newer months came first
        if self._older_months:
            self._older.start()
            return
        merged = {**self._older_done, **self._recent_done}
        if merged != self._last_done:
            self._last_done = merged
            self._fill_list(self.current_routine())

    def _fill_list(self, current: Routine | None) -> None:
        today = self.hub.today()
        self.list.blockSignals(True)
        self.list.clear()
        for routine in self._routines:
            count = len(routine.slots)
            source = self.tr("built-in") if routine.builtin else self.tr("yours")
            if routine.id in self._hidden:
                source = self.tr("built-in, hidden")
            text = (
                f"{routine.name}\n{exercise_count(count)} · {minutes_text(routine)} · "
                f"{source}\n{self._plan_text(routine)} · "
                f"{last_done_text(self._last_done.get(routine.id), today)}"
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, routine.id)
            self.list.addItem(item)
        ids = [r.id for r in self._routines]
        row = ids.index(current.id) if current and current.id in ids else 0
        if self._routines:
            self.list.setCurrentRow(row)
        # still blocked: the row change would draw the table once more
        self.list.blockSignals(False)
        self._show(row)

    def _plan_text(self, routine: Routine) -> str:
        """The person's schedule for ``routine`` ("As needed" without one); the
        routine file's own schedule is only a suggestion."""
        text = plan_text(self.hub.store.plans.get(routine.id), self.hub.today())
        return text[:1].upper() + text[1:]

    def _edit_schedule(self) -> None:
        routine = self.current_routine()
        if routine is not None:
            self.schedule_dialog = edit_schedule(self.hub, routine, self)

    def current_routine(self) -> Routine | None:
        row = self.list.currentRow()
        return self._routines[row] if 0 <= row < len(self._routines) else None

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self._routines):
            self.name.setText(self.tr("No routines"))
            self.about.setText("")
            self.table.setRowCount(0)
            for button in (
                self.edit_button,
                self.export_button,
                self.sheet_button,
                self.hide_button,
                self.delete_button,
            ):
                button.setEnabled(False)
            self.builtin_note.hide()
            return
        routine = self._routines[row]
        self.name.setText(routine.name)
        self.edit_button.setEnabled(True)
        self.export_button.setEnabled(True)
        self.sheet_button.setEnabled(True)
        if routine.builtin:
            self.edit_button.setText(self.tr("Duplicate to edit"))
            self.edit_button.setAccessibleName(self.tr("Duplicate this built-in routine to edit"))
            self.builtin_note.setText(
                self.tr("Built-in routines stay as shipped; edit your own copy of it.")
            )
        else:
            self.edit_button.setText(self.tr("Edit…"))
            self.edit_button.setAccessibleName(self.tr("Edit the selected routine"))
        self.builtin_note.setVisible(routine.builtin)
        hidden = routine.id in self._hidden
        self.hide_button.setVisible(routine.builtin)
        self.hide_button.setEnabled(routine.builtin)
        self.hide_button.setText(self.tr("Show again") if hidden else self.tr("Hide"))
        self.hide_button.setAccessibleName(
            self.tr("Show this built-in routine again")
            if hidden
            else self.tr("Hide this built-in routine")
        )
        self.delete_button.setVisible(not routine.builtin)
        self.delete_button.setEnabled(not routine.builtin)
        about = [routine.description] if routine.description else []
        about.append(
            self.tr("Schedule: %1 · rest between exercises %2 s · stop advised at pain %3")
            .replace("%1", self._plan_text(routine))
            .replace("%2", str(routine.rest_between_exercises_s))
            .replace("%3", str(routine.pain_stop_threshold))
        )
        if not routine.builtin:
            about.append(self._version_line(routine.id))
        self.about.setText("\n".join(about))
        self.table.setRowCount(len(routine.slots))
        for i, slot in enumerate(routine.slots):
            ex = slot.exercise
            equipment = ", ".join(ex.equipment) or "—"
            cells = (ex.name, dose_text(routine, i), equipment, ex.summary)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(ex.instructions or ex.summary)
                self.table.setItem(i, col, item)

    def _version_line(self, routine_id: str) -> str:
        try:
            history = self.hub.store.routines.history(routine_id)
        except StoreError:
            return self.tr("Versions: the versions file is damaged")
        if not history:
            return self.tr("No versions kept yet")
        newest = history[-1]
        text = self.tr("Version %1").replace("%1", str(newest.number))
        if newest.saved_at is not None:
            day = newest.saved_at.date()
            text += self.tr(", since %1").replace("%1", day.strftime("%d %b %Y").lstrip("0"))
        return text + self.tr(" (the editor's History tab lists every change)")

    # -- actions -------------------------------------------------------------------------
    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self._drops is None and self.window() is not self:
            # Files can be dropped anywhere on the main window once this view exists.
            self._drops = DropImporter(self.window(), self.hub, self.select)

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt override
        super().paintEvent(event)
        # The older months left when the list was hidden, once the view is on screen:
        # started from showEvent, the first month's 4 ms ran before the view's first
        # paint, in the click's own turn.
        if self._older_months and not self._older.isActive():
            self._older.start()

    def select(self, routine_id: str) -> None:
        self.refresh()
        ids = [r.id for r in self._routines]
        if routine_id in ids:
            self.list.setCurrentRow(ids.index(routine_id))

    def open_editor(self, routine: Routine, new: bool = False) -> RoutineEditor:
        if self.editor is not None and self.editor.isVisible():
            self.editor.raise_()
            self.editor.activateWindow()
            return self.editor
        editor = RoutineEditor(self.hub, routine, new=new, parent=self)
        editor.setWindowFlag(Qt.WindowType.Window, True)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self.select)
        editor.destroyed.connect(lambda *_a: setattr(self, "editor", None))
        editor.show()
        self.editor = editor
        return editor

    def edit_current(self) -> RoutineEditor | None:
        routine = self.current_routine()
        if routine is None:
            return None
        if routine.builtin:
            copy = own_copy(routine, self._routines, self.hub.store.routines.known_ids())
            return self.open_editor(copy, new=True)
        return self.open_editor(routine)

    def new_routine(self) -> RoutineEditor:
        from coach.domain.routines.draft import new_slot

        taken = self.hub.store.routines.known_ids()
        names = {r.name.casefold() for r in self._routines}
        name, n = self.tr("My routine"), 2
        while name.casefold() in names:
            name, n = self.tr("My routine %1").replace("%1", str(n)), n + 1
        draft = {
            "id": free_id("my-routine", taken),
            "name": name,
            "slots": [new_slot(set())],
        }
        return self.open_editor(Routine.from_dict(draft), new=True)

    def toggle_hidden(self) -> None:
        """Hide a built-in (it leaves lists and plans; its history stays) or show it."""
        routine = self.current_routine()
        if routine is None or not routine.builtin:
            return
        self.hub.hide_routine(routine.id, routine.id not in self._hidden)

    def delete_current(self) -> bool:
        routine = self.current_routine()
        if routine is None or routine.builtin:
            return False
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete routine"))
        box.setText(self.tr("Delete “%1”?").replace("%1", routine.name))
        box.setInformativeText(self.tr("The sessions you did with it, and its versions, are kept."))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Yes | buttons.Cancel)
        box.button(buttons.Yes).setText(self.tr("Delete"))
        box.setDefaultButton(buttons.Cancel)
        if box.exec() != buttons.Yes:
            return False
        return self.hub.delete_routine(routine.id)

    def import_routine(self, path: Path | None = None) -> str | None:
        path = path or choose_file(self)
        if path is None:
            return None
        routine_id = import_file(self, self.hub, path)
        if routine_id:
            self.select(routine_id)
        return routine_id

    def export(self) -> Path | None:
        routine = self.current_routine()
        if routine is None:
            return None
        path, message = export_routine(self, self.hub, routine)
        if path is None and message:
            self.hub.error.emit(message)
        return path

    def print_sheet(self) -> Path | None:
        routine = self.current_routine()
        if routine is None:
            return None
        from coach.ui.routine_editor.printing import print_sheet

        path, message = print_sheet(self, self.hub, routine)
        if path is None and message:
            self.hub.error.emit(message)
        return path
