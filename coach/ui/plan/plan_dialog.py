""" "My plan": every routine with its schedule and an Edit button, and "Set up my plan",
which offers the routines' suggested schedules (ticked, not imposed) on a new store."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coach.domain.plan.ics import calendar_bytes
from coach.domain.plan.suggested import suggestions
from coach.domain.routine import Routine
from coach.store import StoreError
from coach.store.atomic import atomic_write_bytes
from coach.ui.dialogs import show_window_modal
from coach.ui.hub import DataHub
from coach.ui.i18n import text as domain_text
from coach.ui.plan.schedule_dialog import ScheduleDialog, plan_text
from coach.ui.plan.tray import MORNING

AS_NEEDED_NOTE = QT_TRANSLATE_NOOP(
    "PlanDialog",
    "A routine without a schedule is “as needed”: do it when you like; it never counts as missed.",
)


def edit_schedule(hub: DataHub, routine: Routine, parent: QWidget | None) -> ScheduleDialog:
    """Open the schedule dialog for ``routine`` (window-modal, deleted on close)."""
    dialog = ScheduleDialog(hub, routine, parent)
    show_window_modal(dialog)
    return dialog


class SetUpPlanDialog(QDialog):
    """The first-run offer: tick the suggested schedules to follow from today."""

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setWindowTitle(self.tr("Set up my plan"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(
            self.tr(
                "Which routines do you want to keep to a schedule? These are the "
                "suggestions that come with the routines; untick any you do not follow. "
                "The plan starts today and you can change it any time."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.boxes: dict[str, QCheckBox] = {}
        self._routines = dict((r.id, r) for r, _s in suggestions(hub.store.routines.list()))
        for routine, schedule in suggestions(hub.store.routines.list()):
            box = QCheckBox(f"{routine.name} — {domain_text(schedule.describe())}")
            box.setChecked(True)
            box.setAccessibleName(routine.name)
            self.boxes[routine.id] = box
            layout.addWidget(box)
        note = QLabel(QCoreApplication.translate("PlanDialog", AS_NEEDED_NOTE))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(
            self.tr("Start this plan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:  # Qt override
        today = self.hub.today()
        for rid, box in self.boxes.items():
            if box.isChecked():
                schedule = self._routines[rid].schedule
                if not self.hub.set_schedule(rid, schedule, today):
                    return
        super().accept()


class PlanDialog(QDialog):
    """Every routine, its schedule now, and an Edit button that opens its schedule."""

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setWindowTitle(self.tr("My plan"))
        self.setAccessibleName(self.windowTitle())
        self.grid = QGridLayout()
        self.edit_buttons: dict[str, QPushButton] = {}
        self.texts: dict[str, QLabel] = {}
        note = QLabel(QCoreApplication.translate("PlanDialog", AS_NEEDED_NOTE))
        note.setWordWrap(True)
        morning = hub.store.settings.get(MORNING)
        self.morning = QCheckBox(self.tr("The morning after a session, remind me to log pain at"))
        self.morning.setChecked(bool(morning))
        self.morning_time = QTimeEdit(QTime(8, 0))
        self.morning_time.setDisplayFormat("HH:mm")
        self.morning_time.setAccessibleName(self.tr("Morning check time"))
        if morning:
            parsed = QTime.fromString(str(morning), "HH:mm")
            if parsed.isValid():
                self.morning_time.setTime(parsed)
        self.morning.toggled.connect(lambda _on: self._save_morning())
        self.morning_time.timeChanged.connect(lambda _t: self._save_morning())
        morning_row = QHBoxLayout()
        morning_row.addWidget(self.morning)
        morning_row.addWidget(self.morning_time)
        morning_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.export_button = buttons.addButton(
            self.tr("Export to calendar (.ics)…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setAccessibleName(self.tr("Export the plan as a calendar file"))
        self.export_button.clicked.connect(self._ask_export)
        self.export_message = QLabel()
        self.export_message.setWordWrap(True)
        self.export_message.setAccessibleDescription(self.tr("Export result"))
        layout = QVBoxLayout(self)
        layout.addLayout(self.grid)
        layout.addWidget(self.export_message)
        layout.addWidget(note)
        layout.addLayout(morning_row)
        layout.addWidget(buttons)
        self._fill()
        hub.changed.connect(self._on_changed)

    def _save_morning(self) -> None:
        """The next-morning pain check (Silbernagel's model asks how the knee is the
        morning after a load): its time, or none."""
        value = self.morning_time.time().toString("HH:mm") if self.morning.isChecked() else None
        self.hub.set_setting(MORNING, value)

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the plan"),
            str(Path.home() / "rehab-coach-plan.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        """Write the plan as an .ics file; say in one line what happened."""
        store = self.hub.store
        data, count = calendar_bytes(store.plans.list(), store.routines.list(), self.hub.today())
        if not count:
            self.export_message.setText(self.tr("Nothing to export: no routine has a schedule."))
            return False
        try:
            atomic_write_bytes(path, data)
        except StoreError as exc:  # already one plain line with the reason
            self.export_message.setText(
                self.tr("Not exported to %1. %2").replace("%1", str(path)).replace("%2", str(exc))
            )
            return False
        text = (
            self.tr("Wrote 1 recurring event to %2.")
            if count == 1
            else self.tr("Wrote %1 recurring events to %2.")
        )
        self.export_message.setText(text.replace("%1", str(count)).replace("%2", str(path)))
        return True

    def _on_changed(self, area: str) -> None:
        if area == "plans":
            today = self.hub.today()
            for rid, label in self.texts.items():
                label.setText(plan_text(self.hub.store.plans.get(rid), today))

    def _fill(self) -> None:
        today = self.hub.today()
        for row, routine in enumerate(self.hub.store.routines.list()):
            name = QLabel(routine.name)
            text = QLabel(plan_text(self.hub.store.plans.get(routine.id), today))
            text.setAccessibleDescription(self.tr("Schedule of %1").replace("%1", routine.name))
            button = QPushButton(self.tr("Edit…"))
            button.setAccessibleName(self.tr("Edit the schedule of %1").replace("%1", routine.name))
            button.clicked.connect(lambda _=False, r=routine: edit_schedule(self.hub, r, self))
            self.grid.addWidget(name, row, 0)
            self.grid.addWidget(text, row, 1)
            self.grid.addWidget(button, row, 2)
            self.edit_buttons[routine.id] = button
            self.texts[routine.id] = text
        self.grid.setColumnStretch(1, 1)
