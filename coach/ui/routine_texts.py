"""Short texts about a routine that Today and Routines both show.

Their own module, so Today (the first screen) does not import the Routines view and
its editor just to say "10 exercises". The translation context stays "RoutinesView".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def exercise_count(count: int) -> str:
    # two literal calls, so lupdate finds both forms
    if count == 1:
        text = QCoreApplication.translate("RoutinesView", "%1 exercise")
    else:
        text = QCoreApplication.translate("RoutinesView", "%1 exercises")
    return text.replace("%1", str(count))
