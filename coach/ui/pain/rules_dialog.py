"""Pain rules: the thresholds of the traffic light and the trend line, editable by the
person or their physio, with "Restore defaults". Saved as one setting in the store.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coach.domain.pain.rules import LIMITS, SETTINGS_KEY, PainRules
from coach.store.pain_light import load_rules
from coach.ui.hub import DataHub

SOURCES = (
    "Pain during exercise may reach the acceptable level if it settles by the next morning; "
    "worse the next morning means the load was too high (Silbernagel et al. 2007). "
    "A change of 2 points or 30% is meaningful (Farrar et al. 2001). "
    "A routine's own stop level is used during its sessions when it is lower."
)


class PainRulesWidget(QWidget):
    """The spin boxes; usable on its own (a settings dialog's page) or in the dialog."""

    def __init__(self, rules: PainRules, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout(self)
        for name, (lo, hi, label) in LIMITS.items():
            spin = QSpinBox()
            spin.setRange(lo, hi)
            spin.setAccessibleName(self.tr(label))
            if name == "meaningful_percent":
                spin.setSuffix(" %")
            elif name == "baseline_days":
                spin.setSuffix(self.tr(" days"))
            self.spins[name] = spin
            form.addRow(self.tr(label), spin)
        self.set_rules(rules)

    def set_rules(self, rules: PainRules) -> None:
        for f in fields(rules):
            self.spins[f.name].setValue(getattr(rules, f.name))

    def rules(self) -> PainRules:
        """The rules shown; raises ValueError naming the field when they do not fit."""
        return PainRules(**{name: spin.value() for name, spin in self.spins.items()})


class PainRulesDialog(QDialog):
    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setWindowTitle(self.tr("Pain rules"))
        self.setAccessibleName(self.tr("Pain rules"))
        self.form = PainRulesWidget(load_rules(hub.store))
        about = QLabel(self.tr(SOURCES))
        about.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleDescription(self.tr("Problem"))
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.defaults_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.defaults_button.setAccessibleName(self.tr("Restore default pain rules"))
        self.defaults_button.clicked.connect(self.restore_defaults)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def restore_defaults(self) -> None:
        self.form.set_rules(PainRules())

    def save(self) -> None:
        try:
            rules = self.form.rules()
        except ValueError as exc:
            field, _, message = str(exc).partition(": ")
            label = LIMITS.get(field.removeprefix("pain_rules."), ("", "", field))[2]
            self.problem.setText(f"{self.tr(label)} {message}.")
            self.problem.show()
            return
        if self.hub.set_setting(SETTINGS_KEY, rules.to_dict()):
            self.accept()


class PainRulesPage(QWidget):
    """The pain rules as a settings page: each change is saved at once when the rules fit
    together (a stop level not above the acceptable level is shown, not saved), and
    :meth:`restore_defaults` resets them. For a settings dialog with one page per subject."""

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.setAccessibleName(self.tr("Pain rules"))
        about = QLabel(self.tr(SOURCES))
        about.setWordWrap(True)
        self.form = PainRulesWidget(load_rules(hub.store))
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleDescription(self.tr("Problem"))
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        for spin in self.form.spins.values():
            spin.valueChanged.connect(lambda _v: self.save())

    def save(self) -> bool:
        try:
            rules = self.form.rules()
        except ValueError as exc:
            field, _, message = str(exc).partition(": ")
            label = LIMITS.get(field.removeprefix("pain_rules."), ("", "", field))[2]
            self.problem.setText(f"{self.tr(label)} {message}.")
            self.problem.show()
            return False
        self.problem.hide()
        if self.hub.store.settings.get(SETTINGS_KEY) == rules.to_dict():
            return True
        return self.hub.set_setting(SETTINGS_KEY, rules.to_dict())

    def restore_defaults(self) -> None:
        spins = list(self.form.spins.values())
        for spin in spins:  # one write for the whole reset, not one per box
            spin.blockSignals(True)
        self.form.set_rules(PainRules())
        for spin in spins:
            spin.blockSignals(False)
        self.save()
