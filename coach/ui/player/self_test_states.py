"""Player states for ``--self-test`` screenshots: one photo per screen a person sees.

Each state starts a routine in the Today view's player on a :class:`FakeClock` and
moves that clock to the moment worth photographing, the way the GUI tests do, so the
pictures are the same on every run and on every machine.
"""

from __future__ import annotations

from dataclasses import replace

from coach.domain.clock import FakeClock
from coach.domain.dose import RepsDose
from coach.domain.library import builtin_routines
from coach.domain.routine import Routine
from coach.domain.session.events import WorkMode
from coach.ui.self_test import register

from .view import PlayerView


def _routine(routine_id: str) -> Routine:
    return next(r for r in builtin_routines() if r.id == routine_id)


def _paced() -> Routine:
    """The IT-band strength routine with a 2 s tempo on the first exercise."""
    base = _routine("it-band-strength")
    first = replace(base.slots[0], dose_override=RepsDose(sets=2, reps=30, tempo_s=2, rest_s=30))
    return replace(base, slots=(first, *base.slots[1:]))


def _start(window, routine: Routine, seconds: float = 0.0, skip: bool = True) -> PlayerView:
    player: PlayerView = window.today.player
    player.clock = FakeClock()
    window.nav_buttons["today"].click()
    window.today.start(routine)
    if skip:
        player.start_page.scale.skip_button.click()
    _step(player, seconds)
    return player


def _step(player: PlayerView, seconds: float) -> None:
    clock = player.clock
    assert isinstance(clock, FakeClock)
    for _ in range(int(seconds)):
        clock.advance(1.0)
        player.refresh()
    player.run_page.number.stop_flash()  # photograph the number, not a passing flash


def _until(player: PlayerView, mode: WorkMode, limit: int = 4000) -> None:
    for _ in range(limit):
        if player.engine is None or player.engine.view().mode == mode:
            return
        _step(player, 1)


def start_page(window) -> None:
    _start(window, _routine("it-band-strength"), skip=False)


def get_ready(window) -> None:
    _start(window, _routine("it-band-strength"), 2)


def paced_work(window) -> None:
    _start(window, _paced(), 5 + 24)


def self_paced_work(window) -> None:
    _start(window, _routine("it-band-strength"), 5 + 40)


def hold_countdown(window) -> None:
    _start(window, _routine("it-band-stretch"), 5 + 28)


def rest(window) -> None:
    _start(window, _routine("it-band-stretch"), 5 + 30 + 5 + 30 + 4)


def details(window) -> None:
    player = _start(window, _routine("it-band-stretch"), 5 + 12)
    player.run_page.details_button.setChecked(True)


def details_picture(window) -> None:
    """The details of an exercise with a line drawing (the side leg raise)."""
    player = _start(window, _routine("it-band-strength"), 5 + 4)
    player.run_page.details_button.setChecked(True)


def intervals(window) -> None:
    player = _start(window, _routine("return-to-run-week-1"))
    _until(player, WorkMode.INTERVAL_WORK)
    _step(player, 20)


def pain_advice(window) -> None:
    player = _start(window, _routine("it-band-stretch"), 5 + 10)
    player.run_page.controls.pain.click()
    player.run_page.pain_banner.scale.buttons[5].click()


def stop_confirm(window) -> None:
    player = _start(window, _routine("it-band-stretch"), 5 + 10)
    player.run_page.controls.stop.click()


def finish(window) -> None:
    player = _start(window, _routine("foam-rolling"))
    for _ in range(2000):
        if player.pages.currentWidget() is player.finish_page:
            break
        _step(player, 1)
    player.finish_page.scale.buttons[2].click()
    player.finish_page.note.setPlainText("Glutes tight on the left; knee fine.")


def pain_prompt(window) -> None:
    """P during the right side of the side leg raise: paused, side and place preset."""
    player = _start(window, _paced(), 5 + 60 + 5 + 10)
    player.run_page.controls.pain.click()


def start_advice(window) -> None:
    """Pain 8 given before starting the IT-band routine (limit 3): asked first."""
    player = _start(window, _routine("it-band-strength"), skip=False)
    player.start_page.scale.buttons[8].click()


def _stopped_session(window) -> PlayerView:
    """The IT-band strength routine stopped ("It hurts") after its first set."""
    player = _start(window, _routine("it-band-strength"), 5 + 40)
    player.run_page.controls.set_done.click()  # the left side leg raise, done
    _step(player, 2)
    player.run_page.controls.stop.click()
    player.run_page.stop_banner.hurts.click()
    return player


def finish_stopped(window) -> None:
    player = _stopped_session(window)
    player.finish_page.scale.buttons[4].click()


def today_after_stop(window) -> None:
    player = _stopped_session(window)
    player.finish_page.save.click()
    window.nav_buttons["today"].click()


def calendar_after_stop(window) -> None:
    window.nav_buttons["calendar"].click()
    calendar = window.calendar
    calendar.calendar.setSelectedDate(calendar.calendar.selectedDate())
    calendar.refresh()


def session_detail(window):
    window.nav_buttons["today"].click()
    today = window.today
    button = today.detail_buttons.get("it-band-strength")
    if button is None:
        raise RuntimeError("no session today to show")
    button.click()
    return today.detail_dialog


def resume(window) -> None:
    window.nav_buttons["today"].click()
    window.today.check_unfinished()


for _name, _setup in (
    ("player-start", start_page),
    ("player-get-ready", get_ready),
    ("player-paced-work", paced_work),
    ("player-self-paced-work", self_paced_work),
    ("player-hold-countdown", hold_countdown),
    ("player-rest", rest),
    ("player-details", details),
    ("player-details-picture", details_picture),
    ("player-intervals", intervals),
    ("player-pain-advice", pain_advice),
    ("player-stop-confirm", stop_confirm),
    ("player-finish", finish),
    ("player-pain-prompt", pain_prompt),
    ("player-start-advice", start_advice),
    ("player-finish-stopped", finish_stopped),
    ("today-after-stop", today_after_stop),
    ("calendar-after-stop", calendar_after_stop),
    ("session-detail", session_detail),
    ("player-resume", resume),
):
    register(_name, _setup)
