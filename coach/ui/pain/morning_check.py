""" "How is it this morning?" — the next-morning check on Today.

Shown on the day after a session day until answered or skipped, and never on a later
start of the app that day: the session it asks about is stored as asked the first time
the question shows (see :mod:`coach.domain.pain.morning`). The answer is a ``morning``
entry tied to yesterday's session, written through the hub like any other entry.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.domain.clock import wall_now
from coach.domain.pain import Context, PainEntry
from coach.domain.pain.morning import SETTINGS_KEY, morning_check_due
from coach.domain.record import SessionRecord
from coach.ui import theme
from coach.ui.hub import DataHub


class MorningCheck(QFrame):
    """Call :meth:`check` (Today does, on refresh); it shows itself when the question is due."""

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.session: SessionRecord | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Next-morning check"))
        self.question = QLabel()
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.question.setWordWrap(True)
        theme.set_font(self.question, theme.BIG_SCALE, bold=True)
        why = QLabel(
            self.tr("Worse than usual the morning after means yesterday's load was too high.")
        )
        why.setWordWrap(True)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.score_buttons: list[QPushButton] = []
        for score in range(11):
            button = QPushButton(str(score))
            button.setMinimumSize(40, 40)
            button.setAccessibleName(self.tr("This morning %1 of 10").replace("%1", str(score)))
            button.clicked.connect(lambda _=False, s=score: self.answer(s))
            self.score_buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setAccessibleName(self.tr("Skip the morning check"))
        self.skip_button.clicked.connect(self.skip)
        row.addWidget(self.skip_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(why)
        layout.addLayout(row)
        self.hide()

    def check(self) -> bool:
        """Show the question if it is due (and mark it asked); True when shown."""
        if self.session is not None:
            return True  # still waiting for this one
        store = self.hub.store
        today = self.hub.today()
        yesterday = today - timedelta(days=1)
        due = morning_check_due(
            store.sessions.list(yesterday, yesterday),
            store.pain.list(yesterday, today),
            today,
            store.settings.get(SETTINGS_KEY),
        )
        if due is None:
            self.hide()
            return False
        if not self.hub.set_setting(SETTINGS_KEY, due.id):
            return False  # could not remember asking: better not to ask than to nag
        self.session = due
        self.question.setText(
            self.tr("How is it this morning, after yesterday's %1?").replace("%1", due.routine_name)
        )
        self.show()
        return True

    def answer(self, score: int) -> None:
        session = self.session
        if session is None:
            return
        entry = PainEntry(
            score=score,
            at=wall_now(),
            location=self.hub.store.pain.usual_location(self.hub.today()),
            context=Context.MORNING,
            session_id=session.id,
        )
        if self.hub.add_pain(entry):
            self.session = None
            self.hide()

    def skip(self) -> None:
        self.session = None
        self.hide()
