"""The dose fields that fit each kind: reps, hold, timed, intervals.

One page of spin boxes per kind in a stack; the kind box switches pages. Every change
is reported as ``edited(key, value)`` with the key a dose uses in a routine file, so the
editor can record it as one undoable step. ``None`` as a value removes an optional
field (no upper rep count, no tempo).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

KINDS = ("reps", "hold", "timed", "intervals")


class DoseFields(QWidget):
    edited = Signal(str, object)  # dose key, new value (None removes it)
    kind_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        labels = {
            "reps": self.tr("Sets × reps"),
            "hold": self.tr("Sets × hold"),
            "timed": self.tr("One stretch of time"),
            "intervals": self.tr("Work / recover intervals"),
        }
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Dose kind"))
        for kind in KINDS:
            self.kind.addItem(labels[kind], kind)
        self.kind.activated.connect(lambda i: self.kind_changed.emit(KINDS[i]))
        self.fields: dict[str, QWidget] = {}
        self.pages = QStackedWidget()
        self.pages.addWidget(self._reps_page())
        self.pages.addWidget(self._hold_page())
        self.pages.addWidget(self._timed_page())
        self.pages.addWidget(self._intervals_page())
        self.error = QLabel()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setAccessibleDescription(self.tr("Dose problem"))
        self.error.setObjectName("fieldError")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.addRow(self.tr("Dose"), self.kind)
        layout.addLayout(form)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)

    # -- pages -------------------------------------------------------------------------
    def _spin(self, key: str, name: str, lo: int, hi: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(lo, hi)
        spin.setSuffix(suffix)
        spin.setAccessibleName(name)
        spin.setKeyboardTracking(True)
        spin.valueChanged.connect(lambda v, k=key: self._changed(k, v))
        self.fields[f"{self._page}.{key}"] = spin
        return spin

    def _optional(self, spin: QAbstractSpinBox, text: str) -> QAbstractSpinBox:
        """The lowest value means "not set" and reads as ``text``."""
        spin.setSpecialValueText(text)
        return spin

    def _reps_page(self) -> QWidget:
        self._page = "reps"
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Sets"), self._spin("sets", self.tr("Sets"), 1, 20))
        form.addRow(self.tr("Reps"), self._spin("reps", self.tr("Reps"), 1, 500))
        upto = self._spin("reps_max", self.tr("Reps up to"), 0, 500)
        form.addRow(self.tr("Up to (a range)"), self._optional(upto, self.tr("no range")))
        tempo = QDoubleSpinBox()
        tempo.setRange(0, 60)
        tempo.setDecimals(1)
        tempo.setSingleStep(0.5)
        tempo.setSuffix(self.tr(" s per rep"))
        tempo.setAccessibleName(self.tr("Tempo, seconds per rep"))
        tempo.valueChanged.connect(lambda v: self._changed("tempo_s", v))
        self.fields["reps.tempo_s"] = tempo
        form.addRow(self.tr("Tempo"), self._optional(tempo, self.tr("own pace")))
        rest = self._spin("rest_s", self.tr("Rest between sets"), 0, 3600, self.tr(" s"))
        form.addRow(self.tr("Rest between sets"), rest)
        return page

    def _hold_page(self) -> QWidget:
        self._page = "hold"
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Sets"), self._spin("sets", self.tr("Sets"), 1, 20))
        hold = self._spin("hold_s", self.tr("Hold seconds"), 1, 600, self.tr(" s"))
        form.addRow(self.tr("Hold"), hold)
        rest = self._spin("rest_s", self.tr("Rest between sets"), 0, 3600, self.tr(" s"))
        form.addRow(self.tr("Rest between sets"), rest)
        return page

    def _timed_page(self) -> QWidget:
        self._page = "timed"
        page = QWidget()
        form = QFormLayout(page)
        minutes = QDoubleSpinBox()
        minutes.setRange(0.1, 240)
        minutes.setDecimals(1)
        minutes.setSuffix(self.tr(" min"))
        minutes.setAccessibleName(self.tr("Minutes"))
        minutes.valueChanged.connect(lambda v: self._changed("duration_s", v))
        self.fields["timed.duration_s"] = minutes
        form.addRow(self.tr("Duration"), minutes)
        return page

    def _intervals_page(self) -> QWidget:
        self._page = "intervals"
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Repeats"), self._spin("repeats", self.tr("Repeats"), 1, 100))
        work = self._spin("work_s", self.tr("Work seconds"), 1, 14400, self.tr(" s"))
        form.addRow(self.tr("Work"), work)
        recover = self._spin("recover_s", self.tr("Recover seconds"), 0, 14400, self.tr(" s"))
        form.addRow(self.tr("Recover"), recover)
        for key, label in (
            ("work_label", self.tr("Work is called")),
            ("recover_label", self.tr("Recover is called")),
        ):
            line = QLineEdit()
            line.setMaxLength(40)
            line.setAccessibleName(label)
            line.textEdited.connect(lambda t, k=key: self._changed(k, t))
            self.fields[f"intervals.{key}"] = line
            form.addRow(label, line)
        return page

    # -- values ------------------------------------------------------------------------
    def _changed(self, key: str, value: Any) -> None:
        if self._loading:
            return
        if key == "duration_s":
            value = max(1, round(float(value) * 60))
        elif key in ("reps_max", "tempo_s") and not value:
            value = None
        elif key == "tempo_s":
            value = float(value)
        self.edited.emit(key, value)

    _loading = False

    def load(self, dose: dict[str, Any]) -> None:
        """Show ``dose`` without reporting edits; a field already showing its value is
        left alone, so the cursor of the one being typed in does not jump."""
        kind = dose.get("kind", "reps")
        self._loading = True
        try:
            self.kind.setCurrentIndex(KINDS.index(kind))
            self.pages.setCurrentIndex(KINDS.index(kind))
            for name, widget in self.fields.items():
                page, key = name.split(".")
                if page != kind:
                    continue
                value = dose.get(key)
                if key == "duration_s":
                    value = (value or 60) / 60
                if isinstance(widget, QLineEdit):
                    if widget.text() != (value or ""):
                        widget.setText(value or "")
                elif isinstance(widget, QSpinBox | QDoubleSpinBox):
                    value = value or 0
                    if abs(widget.value() - value) > 1e-9:
                        widget.setValue(value)
        finally:
            self._loading = False

    def widget(self, key: str) -> QWidget | None:
        """The field for a dose key on the page now shown (tests and error placement)."""
        return self.fields.get(f"{KINDS[self.pages.currentIndex()]}.{key}")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
