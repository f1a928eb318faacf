"""Turns engine events into cues, on-screen echoes of those cues, and store writes.

Kept out of the view so the one place that decides "what does the person hear and
see when a rep is counted" is short enough to read at a glance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coach.domain.clock import wall_now
from coach.domain.pain import Context, PainEntry
from coach.domain.session.events import (
    AutoPaused,
    Countdown,
    Event,
    PainLogged,
    PhaseEnded,
    PhaseStarted,
    RepCounted,
    SessionEnded,
    SetRecorded,
)
from coach.ui.i18n import text as domain_text

from .announce import countdown_text, shown_cue, spoken, tr

if TYPE_CHECKING:
    from .view import PlayerView


class EventHandler:
    """Owned by one :class:`PlayerView`; ``handle`` is called with every event list."""

    def __init__(self, player: PlayerView) -> None:
        self.player = player

    def _sound(self, name: str, *args: object) -> None:
        if not self.player.audio.muted:
            getattr(self.player.cues, name)(*args)

    def _say(self, text: str) -> None:
        if text and self.player.audio.voice and not self.player.audio.muted:
            self.player.cues.say(text)

    def handle(self, events: list[Event]) -> None:
        page = self.player.run_page
        for event in events:
            if isinstance(event, PhaseStarted):
                self._say(spoken(event.view))
                page.show_cue(shown_cue(event.view))
                page.number.flash()
            elif isinstance(event, RepCounted):
                self._sound("tick")  # the number itself changes; no flash, it stays calm
            elif isinstance(event, Countdown):
                self._sound("countdown", event.seconds_left)
                page.show_cue(countdown_text(event.seconds_left))
                page.number.flash()
            elif isinstance(event, PhaseEnded):
                self._sound("phase_end")
                page.number.flash()
            elif isinstance(event, SetRecorded):
                self.player.hub.save_session(event.session_record)
            elif isinstance(event, PainLogged):
                self._pain(event)
            elif isinstance(event, SessionEnded):
                self.player.hub.save_session(event.session_record)
                self.player.show_finish(event.session_record)
            elif isinstance(event, AutoPaused):
                page.show_cue(domain_text(event.reason))

    def _pain(self, event: PainLogged) -> None:
        player = self.player
        session_id = player.engine.record.id if player.engine else None
        prompt = player.run_page.pain_banner  # the side and place chosen with the score
        entry = PainEntry(
            score=event.score,
            at=wall_now(),
            location=prompt.chosen_location,
            side=prompt.chosen_side,
            context=Context.DURING,
            session_id=session_id,
            exercise_id=event.exercise_id,
        )
        player.hub.add_pain(entry)
        player.run_page.show_cue(tr("Pain %1 logged").replace("%1", str(event.score)))
        if event.advise_stop:
            threshold = player.routine.pain_stop_threshold if player.routine else 5
            player.run_page.advice_banner.show_advice(event.score, threshold)
            self._say(tr("Stopping is advised"))
