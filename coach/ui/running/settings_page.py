"""Settings ▸ Running: the single-run cap and the weekly guide, as percentages.

Kept in the store (they travel with the data, like the pain rules) and applied at once:
the Running view, its chart and the run log hear ``changed("settings")`` and redraw with
the new caps. The spin boxes cannot go out of range, so a refused value can only come
from the domain's checks; it is named in one line and nothing is saved until it fits.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from coach.domain.running.rules import LIMITS, SETTINGS_KEY, RunningRules
from coach.domain.validation import problem_parts
from coach.store.running_rules import load_running_rules
from coach.ui.i18n import text as domain_text
from coach.ui.settings_dialog import SettingsContext, register_page


class RunningRulesPage(QWidget):
    def __init__(self, context: SettingsContext) -> None:
        super().__init__()
        self.hub = context.hub
        about = QLabel(
            self.tr(
                "A single run longer than about 110% of your longest run in the last 30 days "
                "raised the risk of an overuse injury (Garmin-RUNSAFE, 5,205 runners, Br J "
                "Sports Med 2025); adding about 10% a week is the older rule of thumb, shown "
                "beside it as guidance, a weaker signal. A physio may set either differently."
            )
        )
        about.setWordWrap(True)
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        # the labels are long (German more so): a field goes under its label rather
        # than past the page's right edge
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for name, (lo, hi, label) in LIMITS.items():
            spin = QSpinBox()
            spin.setRange(lo, hi)
            spin.setSuffix(" %")
            spin.setAccessibleName(domain_text(label))
            self.spins[name] = spin
            form.addRow(domain_text(label), spin)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setAccessibleDescription(self.tr("Problem"))
        self.problem.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self._show(load_running_rules(self.hub.store))
        for spin in self.spins.values():
            spin.valueChanged.connect(self._apply)

    def _show(self, rules: RunningRules) -> None:
        for name, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(getattr(rules, name))
            spin.blockSignals(False)

    def _apply(self) -> None:
        """Save what is shown, if the domain accepts it; say plainly what it does not."""
        try:
            rules = RunningRules(**{name: spin.value() for name, spin in self.spins.items()})
        except ValueError as exc:
            field, message = problem_parts(exc)
            label = LIMITS.get(field.removeprefix("running_rules."), ("", "", field))[2]
            said = f"{domain_text(label)} {domain_text(message)}. "
            self.problem.setText(said + self.tr("Not saved yet."))
            self.problem.show()
            return
        self.problem.hide()
        if load_running_rules(self.hub.store) != rules:
            self.hub.set_setting(SETTINGS_KEY, rules.to_dict())

    def restore_defaults(self) -> None:
        self._show(RunningRules())
        self._apply()


register_page("running", QT_TRANSLATE_NOOP("settings", "Running"), RunningRulesPage)
