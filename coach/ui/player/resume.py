"""The question asked on app start when a session was left unfinished (closed, crashed,
power cut): continue where it stopped, or keep it as an interrupted session."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from coach.domain.record import EndReason, SessionRecord
from coach.domain.session.counts import set_counts

from .widgets import big_button, centered_row, page_label

if TYPE_CHECKING:
    from .view import PlayerView


def describe(record: SessionRecord) -> str:
    """ "Clam routine — started Sun 22 Nov, 08:10, 3 of 23 sets done, 1 skipped": counted
    against the planned sets, like every other screen, and skipped sets are not done."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("ResumePanel", text)

    counts = set_counts(record)
    when = record.started_at.strftime("%a %d %b, %H:%M")
    sets = tr("%1 of %2 sets done").replace("%1", str(counts.done))
    text = tr("%1 — started %2, %3").replace("%1", record.routine_name)
    text = text.replace("%2", when).replace("%3", sets.replace("%2", str(counts.planned)))
    if counts.skipped:
        text += tr(", %1 skipped").replace("%1", str(counts.skipped))
    return text


class ResumePanel(QWidget):
    """Emits ``resume_chosen()`` or ``interrupted_chosen()`` for the record it shows."""

    resume_chosen = Signal()
    interrupted_chosen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = page_label(
            self.tr("You have an unfinished session"), 1.8, minimum=16.0, bold=True
        )
        self.detail = page_label(scale=1.3, minimum=12.0)
        self.problem = page_label()
        self.problem.hide()

        self.resume = big_button(
            self.tr("Resume"), self.tr("Resume the unfinished session"), self, "Space", True
        )
        self.interrupted = big_button(
            self.tr("Save as interrupted"),
            self.tr("Save the unfinished session as interrupted"),
            self,
            focus=True,
        )
        self.resume.clicked.connect(self.resume_chosen)
        self.interrupted.clicked.connect(self.interrupted_chosen)

        buttons = centered_row(self.resume, self.interrupted)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.headline)
        layout.addWidget(self.detail)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_record(self, record: SessionRecord, can_resume: bool, problem: str = "") -> None:
        """``can_resume`` is False when the routine is gone; only "interrupted" is offered."""
        self.detail.setText(describe(record))
        self.resume.setEnabled(can_resume)
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))


class UnfinishedFlow:
    """Walks the unfinished sessions, newest first: resume one, or keep each as
    interrupted. Resuming the newest saves any older ones as interrupted, since only
    the latest can sensibly be continued."""

    def __init__(self, player: PlayerView) -> None:
        self.player = player
        self.pending: list[SessionRecord] = []
        player.resume_page.resume_chosen.connect(self._resume)
        player.resume_page.interrupted_chosen.connect(self._interrupted)

    def check(self) -> bool:
        store = self.player.hub.store
        self.pending = sorted(store.sessions.unfinished(), key=lambda r: r.started_at)[::-1]
        return self._offer()

    def cannot_resume(self, record: SessionRecord, problem: str) -> None:
        """Show ``record`` again with only "Save as interrupted" offered, and why."""
        if record not in self.pending:
            self.pending.insert(0, record)
        self.player.resume_page.show_record(record, False, problem)
        self.player.pages.setCurrentWidget(self.player.resume_page)

    def _offer(self) -> bool:
        if not self.pending:
            return False
        record = self.pending[0]
        can = self.player.hub.store.routines.get(record.routine_id) is not None
        problem = "" if can else self.player.tr("Its routine no longer exists.")
        self.player.resume_page.show_record(record, can, problem)
        self.player.pages.setCurrentWidget(self.player.resume_page)
        self.player.setFocus()  # Space resumes from the keyboard (see keys.py)
        return True

    def _resume(self) -> None:
        if not self.pending:
            return
        record, older = self.pending[0], self.pending[1:]
        for other in older:
            self._save_interrupted(other)
        self.pending = [record]  # kept until it is resumed, in case it cannot be
        self.player.resume_session(record)
        if self.player.pages.currentWidget() is not self.player.resume_page:
            self.pending = []

    def _interrupted(self) -> None:
        if self.pending:
            self._save_interrupted(self.pending.pop(0))
        if not self._offer():
            self.player.leave()

    def _save_interrupted(self, record: SessionRecord) -> None:
        last = max((s.at for s in record.sets if s.at), default=record.started_at)
        ended = max(last, record.started_at)
        self.player.hub.save_session(
            replace(record, end_reason=EndReason.INTERRUPTED, ended_at=ended)
        )
