""" "How is it this morning?" — the next-morning check on Today.

Shown on the day after a session day or a run day until answered or skipped, and never on a later
start of the app that day: the session it asks about is stored as asked the first time
the question shows (see :mod:`coach.domain.pain.morning`). The answer is a ``morning``
entry tied to yesterday's session or run, written through the hub like any other entry.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from coach.domain.clock import wall_now
from coach.domain.pain import Context, PainEntry
from coach.domain.pain.morning import (
    SETTINGS_KEY,
    TIME_KEY,
    MorningDue,
    morning_check_due,
    morning_time,
)
from coach.store import StoreError
from coach.ui import theme
from coach.ui.hub import DataHub

log = logging.getLogger(__name__)


class MorningCheck(QFrame):
    """Call :meth:`check` (Today does, on refresh); it shows itself when the question is due.

    On the day the app started it asks at once; on a later day (the app left running
    overnight) only from the chosen morning time on, checked once a minute. ``now`` is
    injectable for tests."""

    def __init__(
        self,
        hub: DataHub,
        parent: QWidget | None = None,
        now: Callable[[], datetime] = wall_now,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.now = now
        self.session: MorningDue | None = None  # the session or run asked about
        self._start_day: date | None = None
        self._minute = QTimer(self)
        self._minute.setInterval(60_000)
        self._minute.timeout.connect(self._tick)
        self._minute.start()
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

    def _tick(self) -> None:
        try:
            self.check()
        except StoreError:  # a damaged or locked store is reported where it is written
            log.warning("morning check skipped: the store could not be read")

    def check(self) -> bool:
        """Show the question if it is due (and mark it asked); True when shown."""
        if self.session is not None:
            return True  # still waiting for this one
        store = self.hub.store
        today = self.hub.today()
        if self._start_day is None:
            self._start_day = today
        elif today != self._start_day and self.now().time() < morning_time(
            store.settings.get(TIME_KEY)
        ):
            return False  # running overnight: wait for the person's morning
        yesterday = today - timedelta(days=1)
        due = morning_check_due(
            store.sessions.list(yesterday, yesterday),
            store.pain.list(yesterday, today),
            today,
            store.settings.get(SETTINGS_KEY),
            store.runs.list(yesterday, yesterday),
        )
        if due is None:
            self.hide()
            return False
        if not self.hub.set_setting(SETTINGS_KEY, due.id, announce=False):
            return False  # could not remember asking: better not to ask than to nag
        self.session = due
        if due.session is not None:
            asked = self.tr("How is it this morning, after yesterday's %1?").replace(
                "%1", due.session.routine_name
            )
        else:
            km = QLocale().toString(due.run.km if due.run else 0.0, "f", 1)
            asked = self.tr("How is it this morning, after yesterday's %1 km run?").replace(
                "%1", km
            )
        self.question.setText(asked)
        self.show()
        return True

    def answer(self, score: int) -> None:
        session = self.session
        if session is None:
            return
        at = self.now()  # the injected clock, as for when to ask
        entry = PainEntry(
            score=score,
            at=at,
            location=self.hub.store.pain.usual_location(at),
            context=Context.MORNING,
            session_id=session.id,
        )
        if self.hub.add_pain(entry):
            self.session = None
            self.hide()

    def skip(self) -> None:
        self.session = None
        self.hide()
