"""Pain rules: the thresholds of the traffic light and the trend line, editable by the
person or their physio. The form is shown by Settings ▸ Pain rules
(:mod:`coach.ui.settings_pages`), which saves it as one setting in the store.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QFormLayout,
    QSpinBox,
    QWidget,
)

from coach.domain.pain.rules import LIMITS, PainRules
from coach.ui.i18n import text as domain_text

SOURCES = QT_TRANSLATE_NOOP(
    "PainRulesWidget",
    "Pain during exercise may reach the acceptable level if it settles by the next morning; "
    "worse the next morning means the load was too high (Silbernagel et al. 2007). "
    "A change of 2 points or 30% is meaningful (Farrar et al. 2001). "
    "A routine's own stop level is used during its sessions when it is lower.",
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
            spin.setAccessibleName(domain_text(label))
            if name == "meaningful_percent":
                spin.setSuffix(" %")
            elif name == "baseline_days":
                spin.setSuffix(self.tr(" days"))
            self.spins[name] = spin
            form.addRow(domain_text(label), spin)
        self.set_rules(rules)

    def set_rules(self, rules: PainRules) -> None:
        for f in fields(rules):
            self.spins[f.name].setValue(getattr(rules, f.name))

    def rules(self) -> PainRules:
        """The rules shown; raises ValueError naming the field when they do not fit."""
        return PainRules(**{name: spin.value() for name, spin in self.spins.items()})
