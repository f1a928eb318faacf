"""Routines: every routine with its exercise count; selecting one lists its exercises.

Read-only for now: the routine editor comes with its own issue. Doses are shown with
each dose's own ``describe()``, "/side" added for per-side exercises.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.domain.routine import Routine
from coach.ui import theme
from coach.ui.hub import DataHub, HubView
from coach.ui.plan.plan_dialog import edit_schedule
from coach.ui.plan.schedule_dialog import plan_text

COLUMNS = ("Exercise", "Dose", "Equipment", "What to do")


def dose_text(routine: Routine, index: int) -> str:
    slot = routine.slots[index]
    text = slot.dose.describe()
    return text + " /side" if slot.exercise.per_side else text


def exercise_count(count: int) -> str:
    text = "%1 exercise" if count == 1 else "%1 exercises"
    return QCoreApplication.translate("RoutinesView", text).replace("%1", str(count))


def schedule_text(routine: Routine) -> str:
    sched = routine.schedule
    if sched is None:
        return "No schedule"
    if sched.kind == "weekdays":
        names = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
        when = ", ".join(names[d] for d in sorted(sched.weekdays))
    elif sched.every_n_days == 1:
        when = "Every day"
    elif sched.every_n_days == 2:
        when = "Every other day"
    else:
        when = f"Every {sched.every_n_days} days"
    if sched.times_per_day > 1:
        when += f", {sched.times_per_day} times a day"
    return when


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


class RoutinesView(HubView):
    areas = ("routines", "plans")

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self._routines: list[Routine] = []
        title = QLabel(self.tr("Routines"))
        theme.set_font(title, theme.TITLE_SCALE, bold=True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Routine list"))
        self.list.setMinimumWidth(220)
        self.list.setMaximumWidth(340)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.currentRowChanged.connect(self._show)
        self.name = QLabel()
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_font(self.name, theme.BIG_SCALE, bold=True)
        self.about = QLabel()
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setWordWrap(True)
        self.about.setAccessibleName(self.tr("Routine description"))
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
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.schedule_button)
        detail = QVBoxLayout()
        detail.addLayout(name_row)
        detail.addWidget(self.about)
        detail.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(detail, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(row, 1)

    def refresh(self) -> None:
        current = self.current_routine()
        self._routines = self.hub.store.routines.list()
        self.list.blockSignals(True)
        self.list.clear()
        for routine in self._routines:
            count = len(routine.slots)
            text = f"{routine.name}\n{exercise_count(count)} · {self._plan_text(routine)}"
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
            return
        routine = self._routines[row]
        self.name.setText(routine.name)
        about = [routine.description] if routine.description else []
        about.append(
            self.tr("Schedule: %1 · rest between exercises %2 s · stop advised at pain %3")
            .replace("%1", self._plan_text(routine))
            .replace("%2", str(routine.rest_between_exercises_s))
            .replace("%3", str(routine.pain_stop_threshold))
        )
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
