"""The system-tray icon and the reminders it shows while the app runs.

The icon's menu: start today's routine, log pain, open, quit. Every half minute the
reminders due since the last look (:func:`due_reminders`) are shown as notifications;
clicking one starts that routine. Where the platform has no tray (some Linux desktops,
CI) the reminders appear in the window's message bar instead and nothing else changes.

With reminders set, closing the window keeps the app in the tray (said once; the
``close_to_tray`` setting turns it off); Quit in the menu quits.

Signals: ``reminded(str)`` with each reminder's text.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from coach.domain.plan.reminders import MORNING_CHECK, Reminder, due_reminders
from coach.ui.hub import DataHub

CHECK_MS = 30_000
MUTED = "reminders_muted"  # setting: routine ids without reminders
CLOSE_TO_TRAY = "close_to_tray"
TOLD = "close_to_tray_told"
MORNING = "morning_check_time"  # setting: "HH:MM", or absent for none


class Tray(QObject):
    reminded = Signal(str)

    def __init__(self, hub: DataHub, window, now: Callable[[], datetime] = datetime.now) -> None:
        super().__init__(window)
        self.hub = hub
        self.window = window
        self._now = now
        self._since = now()
        self._last: Reminder | None = None
        self.icon: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon = QSystemTrayIcon(QApplication.windowIcon(), self)
            self.icon.setToolTip(self.tr("Rehab Coach"))
            self.icon.setContextMenu(self._menu())
            self.icon.messageClicked.connect(self._clicked)
            self.icon.activated.connect(lambda _reason: window.bring_to_front())
            self.icon.show()
            window.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def _menu(self) -> QMenu:
        menu = QMenu()
        self._menu_ref = menu  # the tray icon does not own its menu
        entries = (
            (self.tr("Start today's routine"), lambda: self.window.start_by_name("")),
            (self.tr("Log pain"), self._log_pain),
            (self.tr("Open Rehab Coach"), self.window.bring_to_front),
        )
        for text, slot in entries:
            action = QAction(text, menu)
            action.triggered.connect(slot)
            menu.addAction(action)
        menu.addSeparator()
        keep = QAction(self.tr("Keep running here when the window is closed"), menu)
        keep.setCheckable(True)
        keep.setChecked(bool(self.hub.store.settings.get(CLOSE_TO_TRAY, True)))
        keep.toggled.connect(lambda on: self.hub.set_setting(CLOSE_TO_TRAY, on))
        menu.addAction(keep)
        self.keep_action = keep
        quit_action = QAction(self.tr("Quit"), menu)
        quit_action.triggered.connect(QApplication.quit)
        menu.addAction(quit_action)
        return menu

    def _log_pain(self) -> None:
        self.window.bring_to_front()
        self.window.open_pain_dialog()

    def _clicked(self) -> None:
        last = self._last
        if last is None or last.routine_id == MORNING_CHECK:
            self._log_pain()
            return
        self.window.bring_to_front()
        routine = self.hub.store.routines.get(last.routine_id)
        if routine is not None:
            self.window.start_by_name(routine.id)

    def check(self) -> list[Reminder]:
        """Show the reminders due since the last check (returned for tests)."""
        now = self._now()
        since, self._since = self._since, now
        if now <= since:
            return []
        store = self.hub.store
        first = since.date() - timedelta(days=since.weekday() + 1)
        morning = store.settings.get(MORNING)
        try:
            morning_time = time.fromisoformat(morning) if morning else None
        except (TypeError, ValueError):
            morning_time = None
        due = due_reminders(
            store.plans.list(),
            store.routines.list(),
            store.sessions.list(start=first, end=now.date()),
            since,
            now,
            paper=store.plans.paper(start=first, end=now.date()),
            muted=store.settings.get(MUTED, []) or [],
            morning_check=morning_time,
        )
        for reminder in due:
            self._last = reminder
            if self.icon is not None:
                self.icon.showMessage(self.tr("Rehab Coach"), reminder.text)
            else:
                self.window.message_bar.show_message(reminder.text)
            self.reminded.emit(reminder.text)
        return due

    def has_reminders(self) -> bool:
        store = self.hub.store
        muted = set(store.settings.get(MUTED, []) or [])
        today = self._now().date()
        return any(
            (s := p.current(today)) is not None and s.times and p.routine_id not in muted
            for p in store.plans.list()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt override
        """Closing the window with reminders set hides it to the tray instead."""
        if (
            watched is self.window
            and event.type() == QEvent.Type.Close
            and self.icon is not None
            and self.hub.store.settings.get(CLOSE_TO_TRAY, True)
            and not self.window.today.is_player_active()
            and self.has_reminders()
        ):
            event.ignore()
            self.window.hide()
            if not self.hub.store.settings.get(TOLD, False):
                self.icon.showMessage(
                    self.tr("Rehab Coach"),
                    self.tr(
                        "Still running in the tray for your reminders. Quit from this icon's menu."
                    ),
                )
                self.hub.set_setting(TOLD, True)
            return True
        return super().eventFilter(watched, event)
