"""Today: what is planned now, what is already done, and one big button to start.

Planned routines come from the person's plan (:meth:`RoutinePlan.planned_on`, and an
"N times a week" routine while this week's target is not met yet); the others are
listed below with a smaller button, so an unplanned session is still one click away.
On a store with no plan, "Set up my plan" offers the routines' suggested schedules.
Starting a routine swaps this page for the exercise player in place.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.domain.analytics import adherence
from coach.domain.pain.light import LOOKBACK_DAYS
from coach.domain.record import EndReason, SessionRecord
from coach.domain.routine import Routine
from coach.ui import dates, theme
from coach.ui.dialogs import show_window_modal
from coach.ui.hub import DataHub, HubView
from coach.ui.pain.light_panel import LightPanel
from coach.ui.pain.morning_check import MorningCheck
from coach.ui.progression_panel import ProgressionPanel
from coach.ui.routine_texts import exercise_count
from coach.ui.session_detail import SessionDetailDialog, open_session_detail, outcome_line, sets_of

if TYPE_CHECKING:
    from coach.ui.player.view import PlayerPages, PlayerView


class TodayView(HubView):
    """Signals: ``log_pain_requested()`` (the Log pain button), ``player_active(bool)``."""

    areas = ("pain", "sessions", "routines", "plans", "settings")
    log_pain_requested = Signal()
    player_active = Signal(bool)

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self._player: PlayerView | None = None  # built on first use (see player)
        self._player_pages: PlayerPages | None = None  # made ahead (see player_steps)
        self.start_buttons: dict[str, QPushButton] = {}
        self.detail_buttons: dict[str, QPushButton] = {}
        self.detail_dialog: SessionDetailDialog | None = None
        self._day = hub.today()
        # Left open overnight, the page turns to the new day by itself.
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._check_day)
        self._clock.start()

        self.title = theme.plain_label("", theme.TITLE_SCALE, bold=True)
        self.pain_line = theme.plain_label("")
        self.pain_line.setAccessibleDescription(self.tr("Pain today"))
        log_pain = QPushButton(self.tr("Log pain (P)"))
        log_pain.setAccessibleName(self.tr("Log pain"))
        theme.set_font(log_pain, theme.BIG_SCALE)
        log_pain.clicked.connect(self.log_pain_requested)
        self.plan_button = QPushButton(self.tr("My plan…"))
        self.plan_button.setAccessibleName(self.tr("Edit my plan"))
        theme.set_font(self.plan_button, theme.BIG_SCALE)
        self.plan_button.clicked.connect(self.open_plan)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(log_pain, 0, Qt.AlignmentFlag.AlignTop)

        self.cards = QWidget()
        self.cards_layout = QVBoxLayout(self.cards)
        self.cards_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # The dose-step suggestion scrolls with the cards, above them.
        self.progression = ProgressionPanel(hub)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(self.progression)
        content_layout.addWidget(self.cards, 1)
        scroll.setWidget(content)

        overview = QWidget()
        layout = QVBoxLayout(overview)
        layout.addLayout(head)
        layout.addWidget(self.pain_line)
        self.morning_check = MorningCheck(hub)
        self.light_panel = LightPanel(hub)
        layout.addWidget(self.morning_check)
        layout.addWidget(self.light_panel)
        layout.addWidget(scroll, 1)
        safety = theme.plain_label(
            self.tr(
                "Pain during or after a session means stop, rest, ice and step back. "
                "Worse the next morning means the load was too high."
            ),
            theme.SMALL_SCALE,
        )
        layout.addWidget(safety)

        self.stack = QStackedWidget()
        self.stack.addWidget(overview)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    @property
    def player(self) -> PlayerView:
        """The exercise player, built the first time it is needed (a start, the resume
        offer, or the main window's warm-up after the first paint): its modules are a
        fifth of the start-up imports, and the overview shows first."""
        if self._player is None:
            from coach.ui.player.view import PlayerView

            self._player = PlayerView(self.hub, pages=self._player_pages)
            self._player_pages = None
            self._player.finished.connect(self.show_overview)
            self.stack.addWidget(self._player)
        return self._player

    def player_steps(self) -> list[Callable[[], object]]:
        """The player built in parts, one per event-loop turn (its module imported
        already): its pages one by one, then the player around them."""
        from coach.ui.player.view import PlayerPages

        def page() -> None:
            if self._player is None:
                if self._player_pages is None:
                    self._player_pages = PlayerPages()
                self._player_pages.make()

        return [*[page] * PlayerPages.COUNT, lambda: self.player]

    def is_player_active(self) -> bool:
        return self._player is not None and self.stack.currentWidget() is self._player

    def start(self, routine: Routine) -> None:
        self.stack.setCurrentWidget(self.player)
        self.player_active.emit(True)
        self.player.start_routine(routine)

    def check_unfinished(self) -> bool:
        """At start-up: if a session was left unfinished, show the player's offer to
        resume it or save it as interrupted (the player emits ``finished`` when done)."""
        if not self.player.check_unfinished():
            return False
        self.stack.setCurrentWidget(self.player)
        self.player_active.emit(True)
        return True

    def mark_stale(self) -> None:
        """While the player covers the overview, the save after every set only marks it
        stale: a refresh costs 15–25 ms on a five-year store, a stall the player would
        show. It is redrawn when the overview comes back."""
        if self.is_player_active():
            self._stale = True
            return
        super().mark_stale()

    def show_overview(self) -> None:
        self.stack.setCurrentIndex(0)
        self.player_active.emit(False)
        self.mark_stale()

    def open_plan(self) -> QWidget:
        """ "My plan", or on a store with no plan yet, the offer to set one up."""
        store = self.hub.store
        if store.plans.is_empty():
            from coach.ui.plan.plan_dialog import SetUpPlanDialog

            dialog: QWidget = SetUpPlanDialog(self.hub, self)
        else:
            from coach.ui.plan.plan_dialog import PlanDialog

            dialog = PlanDialog(self.hub, self)
        show_window_modal(dialog)
        self.plan_dialog = dialog
        return dialog

    def _planned_today(self, routines: list[Routine], today: date) -> list[tuple[Routine, int]]:
        """(routine, times planned today); an "N a week" routine counts once while its
        week's target is not met."""
        store = self.hub.store
        plans = store.plans.list()
        monday = today - timedelta(days=today.weekday())
        week = adherence(
            plans,
            store.sessions.list(start=monday, end=today),
            monday,
            today,
            today,
            paper=store.plans.paper(start=monday, end=today),
            routines=routines,
        )
        behind = {t.routine_id for t in week.week_targets if t.done < t.target}
        by_id = {p.routine_id: p for p in plans}
        out = []
        for routine in routines:
            plan = by_id.get(routine.id)
            if plan is None:
                continue
            times = plan.planned_on(today) or (1 if routine.id in behind else 0)
            if times:
                out.append((routine, times))
        return out

    def next_planned(self) -> Routine | None:
        """Today's first planned routine with sessions still to do (None: all done)."""
        today = self.hub.today()
        store = self.hub.store
        routines = store.routines.list()
        sessions = store.sessions.list(start=today, end=today)
        for routine, times in self._planned_today(routines, today):
            done = self._sessions_of(sessions, routine)
            if sum(1 for s in done if s.end_reason == EndReason.COMPLETED) < times:
                return routine
        return None

    def _set_up_card(self) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAccessibleName(self.tr("Set up my plan"))
        box = QVBoxLayout(card)
        box.addWidget(
            theme.plain_label(
                self.tr(
                    "No plan yet: every routine is “as needed” and nothing counts as missed. "
                    "Set up a plan to see how well you keep to it (the IT-band strength "
                    "routine every other day and the stretches twice a day are suggested)."
                )
            )
        )
        button = QPushButton(self.tr("Set up my plan"))
        button.setAccessibleName(self.tr("Set up my plan"))
        theme.set_font(button, theme.BIG_SCALE, bold=True)
        button.clicked.connect(self.open_plan)
        self.set_up_button = button
        box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return card

    def _check_day(self) -> None:
        if self.hub.today() != self._day:
            self.mark_stale()

    def refresh(self) -> None:
        for step in self._refresh_steps():
            step()

    def prepare_steps(self) -> list[Callable[[], object]]:
        """:meth:`prepare` in event-loop turns for the app's start: the cards; the months
        the progression suggestions judge, one month a turn (their parsing was most of
        the suggestions' 13-19 ms turn at five years); then the suggestions."""
        if not self._stale or self.isVisible():
            return []
        self._stale = False
        cards, suggest = self._refresh_steps()
        steps = [cards, *self._month_reads(), suggest]
        return [lambda s=s: self.refresh_safely(s) for s in steps]

    def _month_reads(self) -> list[Callable[[], object]]:
        """A read of each month of the light's lookback, newest first: the store keeps
        what it parsed, so the suggestions after them find every month read."""
        store, today = self.hub.store, self.hub.today()
        steps: list[Callable[[], object]] = []
        first = (today - timedelta(days=LOOKBACK_DAYS)).replace(day=1)
        month = today.replace(day=1)
        while month >= first:
            end = min((month + timedelta(days=32)).replace(day=1) - timedelta(days=1), today)
            steps.append(
                lambda a=month, b=end: (
                    store.sessions.headers(a, b),
                    store.pain.list(start=a, end=b),
                )
            )
            month = (month - timedelta(days=1)).replace(day=1)
        return steps

    def _refresh_steps(self) -> list[Callable[[], object]]:
        return [self._refresh_cards, lambda: self.progression.refresh(self._day)]

    def _refresh_cards(self) -> None:
        today = self._day = self.hub.today()
        store = self.hub.store
        self.title.setText(self.tr("Today · %1").replace("%1", dates.weekday_day_month(today)))
        routines = store.routines.list()
        sessions = store.sessions.list(start=today, end=today)
        pain = store.pain.list(start=today, end=today)
        if pain:
            last = pain[-1]
            count = (
                self.tr("1 entry")
                if len(pain) == 1
                else self.tr("%1 entries").replace("%1", str(len(pain)))
            )
            self.pain_line.setText(
                self.tr("Pain today: latest %1/10 at %2 (%3) · %4")
                .replace("%1", str(last.score))
                .replace("%2", last.at.strftime("%H:%M"))
                .replace("%3", last.location)
                .replace("%4", count)
            )
        else:
            self.pain_line.setText(self.tr("No pain logged today."))

        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            old = item.widget()
            if old is not None:
                old.hide()
                old.setParent(None)  # out of findChildren (and screen readers) at once
                old.deleteLater()
        self.start_buttons.clear()
        self.set_up_button = None
        self.detail_buttons.clear()
        planned = self._planned_today(routines, today)
        planned_ids = {r.id for r, _ in planned}
        heading = theme.plain_label(self.tr("Planned for today"), theme.BIG_SCALE, bold=True)
        self.cards_layout.addWidget(heading)
        if store.plans.is_empty():
            self.cards_layout.addWidget(self._set_up_card())
        elif not planned:
            self.cards_layout.addWidget(
                theme.plain_label(
                    self.tr("Nothing is planned today. A rest day counts as training too.")
                )
            )
        for routine, times in planned:
            mine = self._sessions_of(sessions, routine)
            self.cards_layout.addWidget(self._card(routine, times, mine, big=True))
        others = [r for r in routines if r.id not in planned_ids]
        if others:
            self.cards_layout.addWidget(
                theme.plain_label(self.tr("Other routines"), theme.BIG_SCALE, bold=True)
            )
            for routine in others:
                mine = self._sessions_of(sessions, routine)
                self.cards_layout.addWidget(self._card(routine, 0, mine, big=False))
        self.cards_layout.addStretch(1)
        self.morning_check.check()

    @staticmethod
    def _sessions_of(sessions: list[SessionRecord], routine: Routine) -> list[SessionRecord]:
        """Today's ended sessions of ``routine``, oldest first (one in progress is the
        player's to show)."""
        mine = [s for s in sessions if s.routine_id == routine.id and s.finished]
        return sorted(mine, key=lambda s: s.started_at)

    def status_text(self, times: int, sessions: list[SessionRecord]) -> str:
        """The card's status: the latest session as what it was ("Stopped after 1 of 23
        sets (4%)", "Interrupted after 0 of 2 sets (0%)"); only a completed session
        reads as done. With more than one planned, how many were completed."""
        completed = sum(1 for s in sessions if s.end_reason == EndReason.COMPLETED)
        if not sessions:
            if not times:
                return self.tr("Not planned today")
            return (
                self.tr("%1 Planned · 0 of %2 done")
                .replace("%1", theme.PLANNED_MARK)
                .replace("%2", str(times))
            )
        latest = sessions[-1]
        if latest.end_reason == EndReason.COMPLETED:
            text = self.tr("%1 Done today · %2").replace("%1", theme.DONE_MARK)
            text = text.replace("%2", sets_of(latest))
        else:
            text = outcome_line(latest)
        if times > 1:
            text += (
                self.tr(" · %1 of %2 planned sessions completed")
                .replace("%1", str(completed))
                .replace("%2", str(times))
            )
        elif len(sessions) > 1:
            text += self.tr(" · %1 sessions today").replace("%1", str(len(sessions)))
        return text

    def show_detail(self, record: SessionRecord) -> SessionDetailDialog:
        """The session's detail, each exercise with left and right side by side."""
        return open_session_detail(self, record)

    def _card(
        self, routine: Routine, times: int, sessions: list[SessionRecord], big: bool
    ) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAccessibleName(routine.name)
        grid = QGridLayout(card)
        name = theme.plain_label(routine.name, theme.BIG_SCALE if big else 1.0, bold=True)
        count = len(routine.slots)
        detail = exercise_count(count)
        status = self.status_text(times, sessions)
        status_label = theme.plain_label(f"{detail} · {status}")
        status_label.setAccessibleDescription(self.tr("Status of %1").replace("%1", routine.name))
        button = QPushButton(self.tr("Start"))
        button.setAccessibleName(self.tr("Start %1").replace("%1", routine.name))
        if big:
            theme.set_font(button, theme.TITLE_SCALE, bold=True)
            button.setMinimumSize(160, 56)
        button.clicked.connect(lambda _=False, r=routine: self.start(r))
        self.start_buttons[routine.id] = button
        grid.addWidget(name, 0, 0)
        grid.addWidget(status_label, 1, 0)
        if sessions:
            latest = sessions[-1]
            details = QPushButton(self.tr("Details"))
            details.setAccessibleName(
                self.tr("Details of today's %1 session").replace("%1", routine.name)
            )
            details.clicked.connect(lambda _=False, r=latest: self.show_detail(r))
            self.detail_buttons[routine.id] = details
            grid.addWidget(details, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.addWidget(button, 0, 2, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(0, 1)
        return card
