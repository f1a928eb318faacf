"""The Running view's dialogs: a run logged by hand, and an override of the ladder.

Both check what was typed with the domain's own rules (:class:`Run`), show a refusal
in one plain line under the form, and write through the hub, so every view refreshes.
Pain during and after a run reach the diary too, tied to the run, as ``run add`` does.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from coach.domain.running.levels import LEVELS, Decision
from coach.domain.running.runs import Run, Terrain, pain_entries
from coach.ui import theme
from coach.ui.hub import DataHub
from coach.ui.i18n import text as domain_text

NOT_NOTED = -1


def strip_control(text: str) -> str:
    """Typed text without control characters (a pasted tab or newline), which the
    domain refuses in a one-line field."""
    return "".join(c for c in text if c.isprintable())


def tr(text: str) -> str:
    return QCoreApplication.translate("RunLog", text)


def terrain_labels() -> dict[Terrain, str]:
    return {
        Terrain.FLAT: tr("Flat"),
        Terrain.ROLLING: tr("Rolling"),
        Terrain.HILLS: tr("Hills"),
        Terrain.DOWNHILL: tr("Downhill"),
    }


def _pain_box(name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(NOT_NOTED, 10)
    box.setValue(NOT_NOTED)
    box.setSpecialValueText(tr("not noted"))
    box.setSuffix(" / 10")
    box.setAccessibleName(name)
    return box


class LogRunDialog(QDialog):
    """Log a run by hand. Signal ``logged(run_id)`` after it is saved."""

    logged = Signal(str)

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setWindowTitle(self.tr("Log a run"))
        self.setAccessibleName(self.tr("Log a run"))
        now = datetime.now().astimezone()
        today = hub.today()
        start = QDateTime(
            QDate(today.year, today.month, today.day), QTime(now.hour, now.minute)
        )  # fmt: skip
        self.when = QDateTimeEdit(start)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.when.setAccessibleName(self.tr("When the run started"))
        self.distance = QDoubleSpinBox()
        self.distance.setRange(0.01, 300.0)
        self.distance.setDecimals(2)
        self.distance.setSingleStep(0.1)
        self.distance.setValue(2.0)
        self.distance.setSuffix(" km")
        self.distance.setAccessibleName(self.tr("Distance in kilometres"))
        self.duration = QTimeEdit(QTime(0, 15, 0))
        self.duration.setDisplayFormat("H:mm:ss")
        self.duration.setAccessibleName(self.tr("Duration, hours minutes seconds"))
        self.terrain = QComboBox()
        for terrain, label in terrain_labels().items():
            self.terrain.addItem(label, terrain.value)
        self.terrain.setAccessibleName(self.tr("Terrain"))
        self.surface = QLineEdit()
        self.surface.setMaxLength(40)
        self.surface.setPlaceholderText(self.tr("road, track, trail, treadmill…"))
        self.surface.setAccessibleName(self.tr("Surface"))
        self.pain_during = _pain_box(self.tr("Pain during the run, 0 to 10"))
        self.pain_after = _pain_box(self.tr("Pain after the run, 0 to 10"))
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setAccessibleName(self.tr("Note"))
        self.problem = theme.plain_label("")
        self.problem.setAccessibleDescription(self.tr("Problem"))
        self.problem.hide()

        form = QFormLayout()
        form.addRow(self.tr("Started"), self.when)
        form.addRow(self.tr("Distance"), self.distance)
        form.addRow(self.tr("Time"), self.duration)
        form.addRow(self.tr("Terrain"), self.terrain)
        form.addRow(self.tr("Surface"), self.surface)
        form.addRow(self.tr("Pain during"), self.pain_during)
        form.addRow(self.tr("Pain after"), self.pain_after)
        form.addRow(self.tr("Note"), self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save the run"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        hint = theme.plain_label(
            self.tr("Pain during and after also go into your pain diary, tied to this run."),
            theme.SMALL_SCALE,
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(theme.GRID * 52)

    def run(self) -> Run:
        """The run as entered; ``ValueError`` names a field the domain refuses."""
        moment = self.when.dateTime().toPython()
        started = datetime.combine(moment.date(), time(moment.hour, moment.minute)).astimezone()
        t = self.duration.time()
        seconds = t.hour() * 3600 + t.minute() * 60 + t.second()
        during, after = self.pain_during.value(), self.pain_after.value()
        return Run(
            started_at=started,
            distance_m=round(self.distance.value() * 1000, 1),
            duration_s=float(seconds),
            terrain=Terrain(self.terrain.currentData()),
            surface=strip_control(self.surface.text()).strip(),
            pain_during=None if during == NOT_NOTED else during,
            pain_after=None if after == NOT_NOTED else after,
            note=strip_control(self.note.text()).strip(),
        )

    def save(self) -> None:
        try:
            run = self.run()
        except ValueError as exc:  # the domain's field-named line, in the language
            self._refuse(domain_text(exc.args[0]) if exc.args else str(exc))
            return
        if self.hub.add_runs([run], pain_entries(run)):
            self.logged.emit(run.id)
            self.accept()
        else:
            self._refuse(self.tr("The run could not be saved (see the message above)."))

    def _refuse(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class OverrideDialog(QDialog):
    """Choose another level than the ladder's, with a reason; both are recorded beside
    the light and rule the decision came from. Signal ``chosen(level, reason)``."""

    chosen = Signal(int, str)

    def __init__(self, decision: Decision | None, current: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Override the next level"))
        self.setAccessibleName(self.tr("Override the next level"))
        self.level = QComboBox()
        for lvl in LEVELS:
            self.level.addItem(self.tr("Level %1").replace("%1", str(lvl.number)), lvl.number)
        self.level.setCurrentIndex(current - 1)
        self.level.setAccessibleName(self.tr("Level for the next run"))
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("for example: my physio said to repeat"))
        self.reason.setAccessibleName(self.tr("Reason for the override"))
        intro = theme.plain_label(
            self.tr(
                "The ladder moves by the pain light. You can choose another level; "
                "your choice and your reason are kept with the light's decision."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Level"), self.level)
        form.addRow(self.tr("Reason"), self.reason)
        self.problem = theme.plain_label("")
        self.problem.setAccessibleDescription(self.tr("Problem"))
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Record override"))
        self.ok_button.setAccessibleName(self.tr("Record the override"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.setMinimumWidth(theme.GRID * 56)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _ok(self) -> None:
        why = strip_control(self.reason.text()).strip()
        if not why:
            self.problem.setText(self.tr("Say why, in a few words: it is kept with the plan."))
            self.problem.show()
            return
        self.chosen.emit(int(self.level.currentData()), why)
        self.accept()
