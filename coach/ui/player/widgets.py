"""The few widget shapes the player's pages share: a centred label scaled up from the
system font, a big button, and a row that centres its buttons.

Sizes scale from the system font with a floor, so the player stays readable from the
mat on a small laptop screen and follows a larger system font when there is one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from coach.ui import theme


def page_label(
    text: str = "",
    scale: float = 1.0,
    minimum: float = 0.0,
    bold: bool = False,
    center: bool = True,
    wrap: bool = True,
) -> QLabel:
    """A label ``scale`` times the system font, never under ``minimum`` pt; word-wrapped
    unless ``wrap`` is False (the run page's one-line rows keep their height)."""
    label = QLabel(text)
    label.setWordWrap(wrap)
    if center:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    theme.set_font(label, scale, bold, minimum)
    return label


def big_button(
    text: str, accessible: str, parent: QWidget, key: str = "", focus: bool = False
) -> QPushButton:
    """A button big enough to hit from the mat. Banner buttons take no focus (the
    player routes keys to the open banner); the resume question's buttons do."""
    button = QPushButton(text, parent)
    if not focus:
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setAccessibleName(accessible)
    if key:
        button.setToolTip(parent.tr("Key: %1").replace("%1", key))
    button.setMinimumSize(200, 52)
    theme.set_font(button, 1.3, minimum=12.0)
    return button


def centered_row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row
