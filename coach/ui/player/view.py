"""The exercise player view (stub: final constructor and signals, body coming)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from coach.ui.cues import CueSink
    from coach.ui.hub import DataHub

    from coach.domain.clock import Clock
    from coach.domain.record import SessionRecord
    from coach.domain.routine import Routine


class PlayerView(QWidget):
    """Signals: finished() — the session ended and the user left the player."""

    finished = Signal()

    def __init__(
        self,
        hub: DataHub,
        clock: Clock | None = None,
        cues: CueSink | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.clock = clock
        self.cues = cues

    def start_routine(self, routine: Routine) -> None:
        """Begin a new session of ``routine`` (asks "pain right now" first)."""

    def resume_session(self, record: SessionRecord) -> None:
        """Continue an unfinished session from the step after its last recorded set."""

    def check_unfinished(self) -> None:
        """On app start: offer to resume an unfinished session or save it as interrupted."""
