"""How the app opens a dialog over a window: window-modal, deleted when closed, and shown
without blocking (``show``, never ``exec``), so the window keeps painting and a timer
running in the player keeps its digits moving."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


def show_window_modal(dialog: W) -> W:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog
