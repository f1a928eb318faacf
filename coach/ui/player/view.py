"""The exercise player: drives a :class:`SessionEngine` and shows it across the room.

A 20 Hz QTimer calls ``engine.tick()`` and redraws from ``engine.view()``; the player
never counts ticks, so a late or stalled timer only delays a redraw, never the truth.
Engine events become cues (each also shown on screen) and store writes: the session is
saved through the hub when it starts, after every set and at the end, so a crash loses
at most the set in progress. Keys go to the open bar first (stop confirm, pain score),
then to the session: Space, → / N, ← / B, P, Esc.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from coach.domain.clock import Clock, SystemClock, wall_now
from coach.domain.pain import Context, PainEntry
from coach.domain.record import EndReason, SessionRecord
from coach.domain.routine import Routine
from coach.domain.session.engine import SessionEngine
from coach.domain.session.events import PhaseKind
from coach.domain.session.pain_defaults import side_of, target_area
from coach.domain.session.view import end_message
from coach.ui.cues import CueSink, QtCues
from coach.ui.i18n import text as domain_text
from coach.ui.session_detail import counts_line
from coach.ui.turns import NEXT_TURN_MS

from . import announce
from .audio import AudioSettings
from .events import EventHandler
from .finish_panel import FinishPanel
from .keys import handle_key
from .resume import ResumePanel, UnfinishedFlow
from .run_page import RunPage
from .start_page import StartPage

if TYPE_CHECKING:
    from coach.ui.hub import DataHub

REFRESH_MS = 50  # 20 Hz: under one frame of error at the phase ends


class PlayerPages:
    """The player's four pages, made ahead one per event-loop turn by :meth:`make`
    (2-4 ms each) and handed to :class:`PlayerView`, which makes any still missing:
    the player built in one go was a 12-19 ms turn of the app's start."""

    COUNT = 4

    def __init__(self) -> None:
        self.made: list[QWidget] = []

    def make(self) -> None:
        """Make the next page (nothing once all four are made)."""
        kinds = (StartPage, RunPage, FinishPanel, ResumePanel)
        if len(self.made) < len(kinds):
            self.made.append(kinds[len(self.made)]())

    def all(self) -> tuple[StartPage, RunPage, FinishPanel, ResumePanel]:
        while len(self.made) < self.COUNT:
            self.make()
        start, run, finish, resume = self.made
        return start, run, finish, resume  # type: ignore[return-value]


class PlayerView(QWidget):
    """Signals: finished() — the session ended and the user left the player."""

    finished = Signal()

    def __init__(
        self,
        hub: DataHub,
        clock: Clock | None = None,
        cues: CueSink | None = None,
        parent: QWidget | None = None,
        pages: PlayerPages | None = None,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.clock = clock or SystemClock()
        self.cues: CueSink = cues if cues is not None else QtCues(self)
        self.engine: SessionEngine | None = None
        self.routine: Routine | None = None
        self._paused_for_stop = False  # Esc paused a running phase: "Keep going" resumes it
        self._paused_for_pain = False  # P paused a running phase: logging or cancel resumes it
        self._advised_over = False  # the stop question covers the pain advice
        self._pain_at_limit = False  # pain at the routine's limit was logged this session
        self._before: int | None = None  # the start page's "pain right now"
        self._leave_pending = False  # a save asked to leave on the next turn
        self._finish_pending: SessionEngine | None = None  # see show_finish
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Exercise player"))

        self.pages = QStackedWidget(self)
        made = (pages or PlayerPages()).all()
        self.start_page, self.run_page, self.finish_page, self.resume_page = made
        self.run_page.pictures = lambda ref: self.hub.store.pictures.path(ref)
        for page in (self.start_page, self.run_page, self.finish_page, self.resume_page):
            self.pages.addWidget(page)
        QVBoxLayout(self).addWidget(self.pages)

        self.audio = AudioSettings(
            self.run_page.sound_button, self.run_page.voice_button, self.cues, self
        )
        self.unfinished = UnfinishedFlow(self)
        self.events = EventHandler(self)
        self._wire()

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.refresh)
        # One extra precise wake-up just after the shown number is due to change (or
        # the phase to end), so the screen turns over within a millisecond or two of
        # the truth instead of up to one 50 ms tick late.
        self.edge_timer = QTimer(self)
        self.edge_timer.setSingleShot(True)
        self.edge_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.edge_timer.timeout.connect(self.refresh)

    def _wire(self) -> None:
        rp = self.run_page
        c = rp.controls
        c.play.clicked.connect(self._play_clicked)
        c.set_done.clicked.connect(lambda: self.act("set_done"))
        c.next.clicked.connect(lambda: self.act("next"))
        c.back.clicked.connect(lambda: self.act("back"))
        c.add_rest.clicked.connect(lambda: self.add_rest(15))
        c.pain.clicked.connect(self.ask_pain)
        c.stop.clicked.connect(self.ask_stop)
        rp.stop_banner.chosen.connect(self.stop)
        rp.stop_banner.cancelled.connect(self._cancel_stop)
        rp.pain_banner.scale.chosen.connect(self._log_pain)
        rp.pain_banner.cancelled.connect(self.cancel_pain)
        rp.advice_banner.stop_chosen.connect(lambda: self.stop(EndReason.STOPPED_FOR_PAIN))
        rp.advice_banner.continue_chosen.connect(self._continue_after_pain)
        self.start_page.scale.chosen.connect(self._pain_before)
        self.start_page.scale.skipped.connect(lambda: self._begin(None))
        self.start_page.advice.start_chosen.connect(lambda: self._begin(self._before))
        self.start_page.advice.not_today_chosen.connect(self._not_today)
        self.start_page.cancel.clicked.connect(self.leave)
        self.finish_page.saved.connect(self._save_finish)

    # -- public API ----------------------------------------------------------------
    def start_routine(self, routine: Routine) -> None:
        """Ask "pain right now" (one tap or skip), then start a new session of ``routine``."""
        self._load(routine, SessionEngine(routine, self.clock))
        self._before = None
        self.start_page.show_routine(routine, self.engine.view().routine_remaining_s)
        self.pages.setCurrentWidget(self.start_page)
        self.setFocus()

    def resume_session(self, record: SessionRecord) -> None:
        """Continue an unfinished session at the step after its last recorded set."""
        routine = self.hub.store.routines.get(record.routine_id)
        if routine is None:
            self.unfinished.cannot_resume(record, self.tr("Its routine no longer exists."))
            return
        try:
            engine = SessionEngine(routine, self.clock, resume_from=record)
        except ValueError as exc:  # finished meanwhile, or the routine id was reused
            self.unfinished.cannot_resume(record, str(exc).split(": ", 1)[-1])
            return
        self._load(routine, engine)
        self.run_page.show_cue(self.tr("Resumed — press Space when you are ready"))
        self.pages.setCurrentWidget(self.run_page)
        self.refresh()
        self.setFocus()

    def check_unfinished(self) -> bool:
        """On app start: offer "Resume" / "Save as interrupted" for an unfinished session.

        Returns True when it is asking (the main window should then show the player).
        """
        return self.unfinished.check()

    # -- engine calls --------------------------------------------------------------
    def act(self, name: str, *args: object) -> None:
        """Call an engine method, handle its events and redraw at once (no wait for a tick)."""
        if self.engine is None:
            return
        self.events.handle(getattr(self.engine, name)(*args))
        self.refresh(tick=False)

    def _play_clicked(self) -> None:
        """The Start / Pause / Resume button. Not Space's "toggle": in a self-paced set
        Space means "set done", and a click on "Pause" must never record a set."""
        if self.engine is None:
            return
        view = self.engine.view()
        self.act("pause" if view.started and not view.paused else "toggle")

    def refresh(self, tick: bool = True) -> None:
        engine = self.engine
        if engine is None:
            return
        if tick:
            self.events.handle(engine.tick())
            if self.engine is not engine:
                return
        if self.pages.currentWidget() is self.run_page:
            view = engine.view()
            self.run_page.show_view(view)
            self._aim_at_edge(view.remaining_s, view.started and not view.paused)

    def _aim_at_edge(self, remaining: float | None, running: bool) -> None:
        if remaining is None or not running:
            return
        to_edge = remaining - math.floor(remaining) or 1.0  # the display rounds up
        if to_edge * 1000 < REFRESH_MS + 5 and not self.edge_timer.isActive():
            self.edge_timer.start(math.ceil(to_edge * 1000) + 1)

    def add_rest(self, seconds: int = 15) -> None:
        """+15 s in a rest; the cue line then says the new length ("Rest 60 seconds")."""
        if self.engine is None:
            return
        before = self.engine.view()
        self.act("add_rest", seconds)
        view = self.engine.view() if self.engine is not None else None
        if view is not None and view.duration_s != before.duration_s:
            self.run_page.show_cue(announce.rest_seconds(view))

    def ask_stop(self) -> None:
        """Esc / Stop: pause and ask why, one click for the answer (it hurts, no time,
        other). Enter takes "It hurts" when pain at the routine's limit was logged this
        session or the pain advice is open, so that record says it ended for pain."""
        if self.engine is None:
            return
        view = self.engine.view()
        if view.kind == PhaseKind.DONE:
            return
        running = view.started and not view.paused
        # a stop asked over the pain prompt takes over the pause the prompt made
        self._paused_for_stop = running or self._paused_for_pain
        self._paused_for_pain = False
        if running:
            self.act("pause")
        self._advised_over = not self.run_page.advice_banner.isHidden()
        pain = self._advised_over or self._pain_at_limit
        default = EndReason.STOPPED_FOR_PAIN if pain else EndReason.STOPPED
        self.run_page.advice_banner.hide()
        self.run_page.pain_banner.hide()
        self.run_page.stop_banner.ask(default)

    def _cancel_stop(self) -> None:
        self.run_page.stop_banner.hide()
        if self._advised_over:
            self.run_page.advice_banner.show()  # back to the question it covered
        if self._paused_for_stop:
            self.act("resume")

    def stop(self, reason: EndReason) -> None:
        self.run_page.hide_banners()
        self.act("stop", reason)

    def ask_pain(self) -> None:
        """P: pause the set while the score is chosen (a hold must not run on), with the
        side being exercised and the routine's target area already chosen."""
        if self.engine is None or not self.run_page.pain_banner.isHidden():
            return
        view = self.engine.view()
        if not view.started or view.kind == PhaseKind.DONE:
            return
        self.run_page.stop_banner.hide()
        self._paused_for_pain = not view.paused
        if self._paused_for_pain:
            self.act("pause")
        side = view.side if view.kind == PhaseKind.WORK else None
        self.run_page.pain_banner.ask(side_of(side), target_area(self.routine))

    def cancel_pain(self) -> None:
        self.run_page.pain_banner.hide()
        self._end_pain_pause(resume=True)

    def _end_pain_pause(self, resume: bool = False) -> None:
        """The pain prompt is answered or cancelled: resume what it paused."""
        paused, self._paused_for_pain = self._paused_for_pain, False
        if resume and paused:
            self.act("resume")

    def _log_pain(self, score: int) -> None:
        self.run_page.pain_banner.hide()
        self.act("pain", score)
        if self.routine is not None and score >= self.routine.pain_stop_threshold:
            self._pain_at_limit = True
            self._paused_for_pain = False  # the advice keeps it paused until answered
        else:
            self._end_pain_pause(resume=True)

    def _continue_after_pain(self) -> None:
        self.run_page.advice_banner.hide()
        self.act("resume")

    # -- flow between pages ----------------------------------------------------------
    def _load(self, routine: Routine, engine: SessionEngine) -> None:
        self.routine = routine
        self.engine = engine
        self._paused_for_pain = self._paused_for_stop = self._advised_over = False
        self._pain_at_limit = False
        self._leave_pending = False  # a save's deferred leave must not end this session
        self.run_page.routine = routine
        self.run_page.hide_banners()
        self.run_page.show_cue("")
        self.run_page.details_button.setChecked(False)
        self.timer.start()

    def _pain_before(self, score: int) -> None:
        """A score at or above the routine's limit asks first: Start anyway / Not today."""
        self._before = score
        if self.routine is not None and score >= self.routine.pain_stop_threshold:
            self.start_page.advise(score, self.routine.pain_stop_threshold)
            return
        self._begin(score)

    def _not_today(self) -> None:
        """Leave without starting; the score given is still real pain, so it goes into
        the diary as pain at rest (no session was done to tie it to)."""
        if self._before is not None:
            self.hub.add_pain(
                PainEntry(
                    score=self._before,
                    at=wall_now(),
                    location=target_area(self.routine),
                    context=Context.REST,
                    note=self.tr("before a session, not started"),
                )
            )
        self.leave()

    def _begin(self, pain_before: int | None) -> None:
        if self.engine is None:
            return
        self.start_page.advice.hide()
        self.engine.set_pain_before(pain_before)
        self.hub.save_session(self.engine.record)  # resumable even before the first set
        self.pages.setCurrentWidget(self.run_page)
        self.act("start")
        self.setFocus()

    def show_finish(self, record: SessionRecord) -> None:
        """How it ended, and the sets counted against the planned sets ("1 of 23 planned
        sets done (4%) · 22 not reached"), then "pain now" and a note."""
        self.timer.stop()
        headline = domain_text(end_message(record.end_reason))  # the engine's own words
        summary = counts_line(record) + "\n" + self.tr("Saved.")
        threshold = self.routine.pain_stop_threshold if self.routine else 5
        self.finish_page.reset(headline, summary, threshold)
        self._finish_pending = self.engine
        # The page comes on the next turn: the switch lays the page out (6-7 ms), and
        # with the session's last write and the run page's redraw before it in the same
        # turn the end of a session was the player's longest stall (15-17 ms).
        QTimer.singleShot(NEXT_TURN_MS, self, self._show_finish_page)

    def _show_finish_page(self) -> None:
        """The finish page of :meth:`show_finish`, unless the player moved on since."""
        pending, self._finish_pending = self._finish_pending, None
        if pending is not None and pending is self.engine:
            self.pages.setCurrentWidget(self.finish_page)

    def _save_finish(self, pain_after: int | None, notes: str) -> None:
        """Save now; leave on the next turn of the event loop, so the write and the
        overview's refresh behind ``finished`` are two short stalls, not one long one."""
        if self.engine is not None:
            self.hub.save_session(self.engine.finish(pain_after, notes))
            self.engine = None  # a second click on Save must not save it twice
        self.timer.stop()
        self._leave_pending = True
        QTimer.singleShot(0, self, self._leave_if_pending)

    def _leave_if_pending(self) -> None:
        """The deferred :meth:`leave` of a save, unless a new session began meanwhile."""
        if self._leave_pending:
            self.leave()

    def leave(self) -> None:
        """Back to idle; tells the main window (``finished``) to show its overview."""
        self._leave_pending = False
        self.timer.stop()
        self.edge_timer.stop()
        self.engine = None
        self.pages.setCurrentWidget(self.start_page)
        self.finished.emit()

    # -- Qt events ---------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._finish_pending is not None:
            self._show_finish_page()  # a key after the session's end is the finish page's
        if not handle_key(self, event):
            super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.audio.prepare_soon()
