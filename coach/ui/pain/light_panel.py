"""The traffic light on Today: the level in words and colour, why, what to do, and
that it is not medical advice. A thin view over :func:`coach.store.pain_light.light_on`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.domain.pain.light import Level, TrafficLight
from coach.store.pain_light import light_on
from coach.ui import theme
from coach.ui.hub import DataHub, HubView
from coach.ui.i18n import text as domain_text

COLOURS = {
    Level.GREEN: "#2e7d32",
    Level.AMBER: "#e09b00",
    Level.RED: "#c62828",
    Level.UNKNOWN: "#7a7a7a",
}


class LightPanel(HubView):
    """Signals ``rules_requested()`` (the Pain rules… button)."""

    areas = ("pain", "sessions", "settings", "routines")
    rules_requested = Signal()

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self.light: TrafficLight | None = None
        self.setAccessibleName(self.tr("Pain traffic light"))
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.lamp = QLabel("●")
        self.lamp.setAccessibleName(self.tr("Light colour"))
        theme.set_font(self.lamp, 2.4)
        self.headline = theme.plain_label("", theme.BIG_SCALE, bold=True)
        self.headline.setAccessibleDescription(self.tr("Light"))
        self.reason = theme.plain_label()
        self.reason.setAccessibleDescription(self.tr("Why"))
        self.advice = theme.plain_label()
        self.advice.setAccessibleDescription(self.tr("Advice"))
        self.note = theme.plain_label("", theme.SMALL_SCALE)
        self.note.setAccessibleDescription(self.tr("Not medical advice"))
        self.rules_button = QPushButton(self.tr("Pain rules…"))
        self.rules_button.setAccessibleName(self.tr("Edit pain rules"))
        self.rules_button.clicked.connect(self.rules_requested)
        text = QVBoxLayout()
        text.setSpacing(2)
        for label in (self.headline, self.reason, self.advice, self.note):
            text.addWidget(label)
        row = QHBoxLayout(frame)
        row.addWidget(self.lamp, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        row.addWidget(self.rules_button, 0, Qt.AlignmentFlag.AlignTop)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

    def refresh(self) -> None:
        self.show_light(light_on(self.hub.store, self.hub.today()))

    def show_light(self, light: TrafficLight) -> None:
        self.light = light
        words = {
            Level.GREEN: self.tr("Green light"),
            Level.AMBER: self.tr("Amber light"),
            Level.RED: self.tr("Red light"),
            Level.UNKNOWN: self.tr("No light yet"),
        }
        self.headline.setText(words[light.level])
        self.lamp.setStyleSheet(f"color: {COLOURS[light.level]};")
        self.reason.setText(domain_text(light.reason) + ".")
        self.advice.setText(domain_text(light.advice))
        self.note.setText(domain_text(light.note))
