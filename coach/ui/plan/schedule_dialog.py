"""Set one routine's schedule: weekdays, every N days or N times a week; times a day and
their times; from when (backdating is asked about), until when; and pauses.

The dialog writes through the hub on OK, so the past keeps the plan it had: a new
schedule starts on its "from" day and the old one ends the day before.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coach.domain.plan.schedule import DAY_NAMES, Schedule
from coach.domain.plan.versions import RoutinePlan
from coach.domain.routine import Routine
from coach.ui import theme
from coach.ui.hub import DataHub
from coach.ui.i18n import text as domain_text
from coach.ui.plan.tray import MUTED

AS_NEEDED, WEEKDAYS, EVERY, PER_WEEK = range(4)


def plan_text(plan: RoutinePlan, today: date) -> str:
    """ "every other day · since 2 Nov 2026", "as needed", "paused until 14 Nov"."""
    schedule = plan.current(today)
    if schedule is None:
        return tr("as needed")
    text = domain_text(schedule.describe())
    if schedule.start > today:
        text += tr(" · from %1").replace("%1", _day(schedule.start, "d MMM yyyy"))
    if schedule.end is not None:
        text += tr(" · until %1").replace("%1", _day(schedule.end, "d MMM yyyy"))
    pause = next((p for p in plan.pauses if p.covers(today)), None)
    if pause is not None:
        text += tr(" · paused until %1").replace("%1", _day(pause.end, "d MMM"))
    return text


def tr(text: str) -> str:
    return QCoreApplication.translate("PlanText", text)


def _day(day: date, pattern: str) -> str:
    return QLocale().toString(_qdate(day), pattern)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ScheduleDialog(QDialog):
    """Signals: the QDialog ones (``accepted`` after the hub wrote the change)."""

    def __init__(self, hub: DataHub, routine: Routine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.routine = routine
        self.today = hub.today()
        self.plan = hub.store.plans.get(routine.id)
        current = self.plan.current(self.today) or routine.schedule
        self.setWindowTitle(self.tr("Schedule: %1").replace("%1", routine.name))
        self.setAccessibleName(self.windowTitle())

        heading = QLabel(routine.name)
        theme.set_font(heading, theme.BIG_SCALE, bold=True)
        now = QLabel(self.tr("Now: %1").replace("%1", plan_text(self.plan, self.today)))
        now.setWordWrap(True)
        self.kind = QButtonGroup(self)
        labels = (
            self.tr("As needed (never counts as missed)"),
            self.tr("On these weekdays"),
            self.tr("Every"),
            self.tr("A number of times a week, any days:"),
        )
        radios = []
        for i, text in enumerate(labels):
            radio = QRadioButton(text)
            radio.setAccessibleName(text)
            self.kind.addButton(radio, i)
            radios.append(radio)
        self.weekday_boxes: list[QCheckBox] = []
        days_row = QHBoxLayout()
        for name in DAY_NAMES:
            box = QCheckBox(domain_text(name))
            box.setAccessibleName(self.tr("Planned on %1").replace("%1", domain_text(name)))
            self.weekday_boxes.append(box)
            days_row.addWidget(box)
        self.every = QSpinBox()
        self.every.setRange(1, 31)
        self.every.setSuffix(self.tr(" days"))
        self.every.setAccessibleName(self.tr("Every how many days"))
        self.per_week = QSpinBox()
        self.per_week.setRange(1, 7)
        self.per_week.setSuffix(self.tr(" times a week"))
        self.per_week.setAccessibleName(self.tr("Times a week"))
        grid = QGridLayout()
        grid.addWidget(radios[AS_NEEDED], 0, 0, 1, 2)
        grid.addWidget(radios[WEEKDAYS], 1, 0)
        grid.addLayout(days_row, 1, 1)
        grid.addWidget(radios[EVERY], 2, 0)
        grid.addWidget(self.every, 2, 1)
        grid.addWidget(radios[PER_WEEK], 3, 0)
        grid.addWidget(self.per_week, 3, 1)

        self.times_per_day = QSpinBox()
        self.times_per_day.setRange(1, 6)
        self.times_per_day.setAccessibleName(self.tr("Times a day"))
        self.use_times = QCheckBox(self.tr("At set times (for reminders and calendar export)"))
        self.remind = QCheckBox(self.tr("Remind me at these times while Rehab Coach runs"))
        self._muted = list(hub.store.settings.get(MUTED, []) or [])
        self.remind.setChecked(routine.id not in self._muted)
        self.time_edits: list[QTimeEdit] = []
        times_row = QHBoxLayout()
        for i in range(6):
            edit = QTimeEdit()
            edit.setDisplayFormat("HH:mm")
            edit.setAccessibleName(self.tr("Time %1").replace("%1", str(i + 1)))
            edit.setTime(QTime(8 + 10 * (i % 2), 0))
            self.time_edits.append(edit)
            times_row.addWidget(edit)
        times_row.addStretch(1)
        self.start = QDateEdit(_qdate(self.today))
        self.start.setCalendarPopup(True)
        self.start.setAccessibleName(self.tr("From"))
        self.has_end = QCheckBox(self.tr("Until"))
        self.end = QDateEdit(_qdate(self.today + timedelta(days=42)))
        self.end.setCalendarPopup(True)
        self.end.setAccessibleName(self.tr("Until date"))
        end_row = QHBoxLayout()
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.end)
        end_row.addStretch(1)
        self.has_pause = QCheckBox(self.tr("Pause (injury flare, holiday) from"))
        self.pause_start = QDateEdit(_qdate(self.today))
        self.pause_start.setAccessibleName(self.tr("Pause from"))
        self.pause_end = QDateEdit(_qdate(self.today + timedelta(days=6)))
        self.pause_end.setAccessibleName(self.tr("Pause to"))
        pause_row = QHBoxLayout()
        pause_row.addWidget(self.has_pause)
        pause_row.addWidget(self.pause_start)
        pause_row.addWidget(QLabel(self.tr("to")))
        pause_row.addWidget(self.pause_end)
        pause_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self.tr("Times a day:"), self.times_per_day)
        form.addRow(self.use_times)
        form.addRow(times_row)
        form.addRow(self.remind)
        form.addRow(self.tr("From:"), self.start)
        form.addRow(end_row)
        form.addRow(pause_row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleDescription(self.tr("Problem"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        for edit in (self.start, self.end, self.pause_start, self.pause_end):
            edit.setDisplayFormat("d MMM yyyy")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(now)
        layout.addLayout(grid)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self._load(current)
        self.kind.idToggled.connect(lambda _i, _on: self._sync())
        self.times_per_day.valueChanged.connect(lambda _v: self._sync())
        self.use_times.toggled.connect(lambda _on: self._sync())
        self.has_end.toggled.connect(lambda _on: self._sync())
        self.has_pause.toggled.connect(lambda _on: self._sync())
        self._sync()

    def _load(self, schedule: Schedule | None) -> None:
        if schedule is None:
            self.kind.button(AS_NEEDED).setChecked(True)
            return
        index = {"weekdays": WEEKDAYS, "every_n_days": EVERY, "per_week": PER_WEEK}
        self.kind.button(index[schedule.kind]).setChecked(True)
        for i, box in enumerate(self.weekday_boxes):
            box.setChecked(i in schedule.weekdays)
        self.every.setValue(schedule.every_n_days)
        self.per_week.setValue(schedule.per_week)
        self.times_per_day.setValue(schedule.times_per_day)
        self.use_times.setChecked(bool(schedule.times))
        for edit, at in zip(self.time_edits, schedule.times, strict=False):
            edit.setTime(QTime(at.hour, at.minute))
        if schedule.end is not None and schedule.end >= self.today:
            self.has_end.setChecked(True)
            self.end.setDate(_qdate(schedule.end))

    def _sync(self) -> None:
        kind = self.kind.checkedId()
        planned = kind != AS_NEEDED
        for box in self.weekday_boxes:
            box.setEnabled(kind == WEEKDAYS)
        self.every.setEnabled(kind == EVERY)
        self.per_week.setEnabled(kind == PER_WEEK)
        for widget in (self.times_per_day, self.use_times, self.has_end):
            widget.setEnabled(planned)
        count = self.times_per_day.value()
        for i, edit in enumerate(self.time_edits):
            edit.setVisible(i < count)
            edit.setEnabled(planned and self.use_times.isChecked())
        self.remind.setEnabled(planned and self.use_times.isChecked())
        self.end.setEnabled(planned and self.has_end.isChecked())
        self.pause_start.setEnabled(self.has_pause.isChecked())
        self.pause_end.setEnabled(self.has_pause.isChecked())

    def schedule(self) -> Schedule | None:
        """What the form says (None: as needed); ValueError with a plain message."""
        kind = self.kind.checkedId()
        if kind == AS_NEEDED:
            return None
        times: tuple[time, ...] = ()
        if self.use_times.isChecked():
            times = tuple(
                edit.time().toPython() for edit in self.time_edits[: self.times_per_day.value()]
            )
        weekdays = frozenset(i for i, box in enumerate(self.weekday_boxes) if box.isChecked())
        if kind == WEEKDAYS and not weekdays:
            raise ValueError(self.tr("Pick at least one weekday."))
        start = self.start.date().toPython()
        end = self.end.date().toPython() if self.has_end.isChecked() else None
        if end is not None and end < start:
            raise ValueError(self.tr("The end date is before the start."))
        return Schedule(
            kind=("weekdays", "weekdays", "every_n_days", "per_week")[kind],
            weekdays=weekdays,
            every_n_days=self.every.value(),
            per_week=self.per_week.value(),
            times_per_day=self.times_per_day.value(),
            times=times,
            start=start,
            end=end,
        )

    def accept(self) -> None:  # Qt override
        try:
            schedule = self.schedule()
        except ValueError as exc:
            self.message.setText(domain_text(exc.args[0] if exc.args else exc))
            return
        start = self.start.date().toPython()
        if self.has_pause.isChecked():
            first, last = self.pause_start.date().toPython(), self.pause_end.date().toPython()
            if last < first:
                self.message.setText(self.tr("The pause ends before it starts."))
                return
        if start < self.today and not self._confirm_backdate(start):
            return
        if not self.hub.set_schedule(self.routine.id, schedule, start):
            return
        if self.has_pause.isChecked() and not self.hub.pause_plan(self.routine.id, first, last):
            return
        muted = [rid for rid in self._muted if rid != self.routine.id]
        if not self.remind.isChecked():
            muted.append(self.routine.id)
        if sorted(muted) != sorted(self._muted) and not self.hub.set_setting(MUTED, muted):
            return
        super().accept()

    def _confirm_backdate(self, start: date) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Backdate the schedule?"),
            self.tr(
                "The days from %1 to yesterday will be judged against this schedule, "
                "and days it plans with nothing recorded will count as missed. Backdate it?"
            ).replace("%1", f"{start:%d %b %Y}"),
        )
        return answer == QMessageBox.StandardButton.Yes
