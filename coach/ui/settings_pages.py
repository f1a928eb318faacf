"""Settings pages of subjects that live elsewhere, registered with the Settings dialog.

Pain rules (issue 11's thresholds of the traffic light, kept in the store so they
travel with the data) as a page that applies each change at once, like the rest of
Settings: a set of values that does not fit together (the acceptable level at or above
the stop level) is named in one line and not saved until it fits. The time of the
morning check is not here: My plan sets it (it also switches the morning reminder on),
and two places writing one setting made saving the rules turn that reminder on.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from coach.domain.pain.rules import LIMITS, SETTINGS_KEY, PainRules
from coach.domain.validation import problem_parts
from coach.store.pain_light import load_rules
from coach.ui.i18n import text as domain_text
from coach.ui.pain.rules_dialog import SOURCES, PainRulesWidget
from coach.ui.settings_dialog import SettingsContext, register_page


class PainRulesPage(QWidget):
    def __init__(self, context: SettingsContext) -> None:
        super().__init__()
        self.hub = context.hub
        store = self.hub.store
        self.form = PainRulesWidget(load_rules(store))
        about = QLabel(QCoreApplication.translate("PainRulesWidget", SOURCES))
        about.setWordWrap(True)
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
            spin.valueChanged.connect(self._apply)

    def _apply(self) -> None:
        """Save what is shown, if it fits together; say plainly what does not."""
        try:
            rules = self.form.rules()
        except ValueError as exc:
            field, message = problem_parts(exc)
            label = LIMITS.get(field.removeprefix("pain_rules."), ("", "", field))[2]
            said = f"{domain_text(label)} {domain_text(message)}. "
            self.problem.setText(said + self.tr("Not saved yet."))
            self.problem.show()
            return
        self.problem.hide()
        if load_rules(self.hub.store) != rules:
            self.hub.set_setting(SETTINGS_KEY, rules.to_dict())

    def restore_defaults(self) -> None:
        for spin in self.form.spins.values():
            spin.blockSignals(True)
        self.form.set_rules(PainRules())
        for spin in self.form.spins.values():
            spin.blockSignals(False)
        self._apply()


register_page("pain-rules", QT_TRANSLATE_NOOP("settings", "Pain rules"), PainRulesPage)
