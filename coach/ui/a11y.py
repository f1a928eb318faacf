"""Telling a screen reader about a change the person is not looking at.

A label's new text is read when the reader's focus is on it; a phase change or the
last seconds of a hold happen while focus sits elsewhere (or on nothing, eyes on the
mat). Qt 6.8+ sends an announcement event that AT-SPI, UIA and macOS pass to the reader;
where the platform has no bridge, nothing happens. Skipped entirely while no assistive
technology is listening, so the player's redraws cost nothing extra.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget


def announce(widget: QWidget, message: str, urgent: bool = False) -> bool:
    """Ask the screen reader to say ``message``; False when none is listening."""
    if not message or not QAccessible.isActive():
        return False
    event = QAccessibleAnnouncementEvent(widget, message)
    if urgent:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
    return True
