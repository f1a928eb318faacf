"""The main window: a calm sidebar of four views, a message bar, and the P key.

Views: Today (with the exercise player in place), Progress, Calendar, Routines. A
failed write shows its plain message in a non-modal bar across the top, which the
person can dismiss; nothing else interrupts them. The File menu makes the physio's
report and exports the records as CSV.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coach import APP_NAME
from coach.domain.routine import Routine
from coach.store import StoreError
from coach.ui import theme
from coach.ui.calendar_view import CalendarView
from coach.ui.hub import DataHub
from coach.ui.pain.diary import DiaryDialog
from coach.ui.pain.rules_dialog import PainRulesDialog
from coach.ui.pain.undo import PainUndo, UndoBar
from coach.ui.pain_dialog import PainDialog
from coach.ui.progress_view import ProgressView
from coach.ui.routines_view import RoutinesView
from coach.ui.today_view import TodayView

VIEW_NAMES = ("today", "progress", "calendar", "routines")


class MessageBar(QFrame):
    """A dismissable one-line notice across the top of the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Message"))
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setAccessibleDescription(self.tr("Message text"))
        self.close_button = close = QToolButton()
        close.setText(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss message"))
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.addWidget(QLabel("⚠"))
        row.addWidget(self.label, 1)
        row.addWidget(close)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()


class MainWindow(QMainWindow):
    def __init__(self, hub: DataHub, demo: bool = False) -> None:
        super().__init__()
        self.hub = hub
        self.demo = demo
        title = APP_NAME + (self.tr(" (demo data)") if demo else "")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumSize(900, 620)

        self.today = TodayView(hub)
        self.progress = ProgressView(hub)
        self.calendar = CalendarView(hub)
        self.routines = RoutinesView(hub)
        self.views = {
            "today": self.today,
            "progress": self.progress,
            "calendar": self.calendar,
            "routines": self.routines,
        }
        labels = {
            "today": self.tr("Today"),
            "progress": self.tr("Progress"),
            "calendar": self.tr("Calendar"),
            "routines": self.tr("Routines"),
        }
        self.stack = QStackedWidget()
        self.nav = QButtonGroup(self)
        self.nav_buttons: dict[str, QPushButton] = {}
        sidebar = QVBoxLayout()
        sidebar.setSpacing(6)
        for i, name in enumerate(VIEW_NAMES):
            self.stack.addWidget(self.views[name])
            button = QPushButton(labels[name])
            button.setCheckable(True)
            button.setMinimumHeight(44)
            theme.set_font(button, theme.BIG_SCALE)
            button.setAccessibleName(self.tr("Show %1").replace("%1", labels[name]))
            button.setToolTip(self.tr("Ctrl+%1").replace("%1", str(i + 1)))
            self.nav.addButton(button, i)
            self.nav_buttons[name] = button
            sidebar.addWidget(button)
            QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self, lambda n=name: self.show_view(n))
        sidebar.addStretch(1)
        hint = QLabel(self.tr("P: log pain\nCtrl+1–4: views"))
        hint.setWordWrap(True)
        sidebar.addWidget(hint)
        self.nav.idClicked.connect(lambda i: self.show_view(VIEW_NAMES[i]))
        self.stack.currentChanged.connect(lambda _i: self._update_pain_key())

        self.message_bar = MessageBar()
        hub.error.connect(self.message_bar.show_message)
        self.pain_undo = PainUndo(hub, self)
        self.undo_bar = UndoBar(self.pain_undo)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.pain_undo.undo)
        self.today.light_panel.rules_requested.connect(self.open_pain_rules)
        self.progress.diary_requested.connect(self.open_diary)
        self.progress.edit_requested.connect(self.edit_pain)
        self.today.log_pain_requested.connect(self.open_pain_dialog)
        self.calendar.log_pain_requested.connect(self.open_pain_dialog)
        self.calendar.start_requested.connect(self.start_routine)
        self.today.player_active.connect(lambda _active: self._update_pain_key())
        # P logs pain anywhere, except inside the player, which has its own P.
        self.pain_shortcut = QShortcut(QKeySequence("P"), self, self.open_pain_dialog)

        body = QHBoxLayout()
        side = QWidget()
        side.setLayout(sidebar)
        side.setFixedWidth(170)
        body.addWidget(side)
        body.addWidget(self.stack, 1)
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.addWidget(self.message_bar)
        outer.addWidget(self.undo_bar)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.progress.report_requested.connect(self.open_report_dialog)
        self._build_menus()
        self.show_view("today")

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        self.report_action = QAction(self.tr("&Report for my physio…"), self)
        self.report_action.setShortcut(QKeySequence("Ctrl+R"))
        self.report_action.triggered.connect(self.open_report_dialog)
        self.csv_action = QAction(self.tr("Export &CSV…"), self)
        self.csv_action.triggered.connect(self.export_csv)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(self.report_action)
        menu.addAction(self.csv_action)
        menu.addSeparator()
        menu.addAction(quit_action)

    def open_report_dialog(self):
        """Open the Report dialog (non-blocking; it paints the PDF between repaints)."""
        from coach.ui.report_dialog import ReportDialog

        dialog = ReportDialog(self.hub, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self.report_dialog = dialog
        return dialog

    def export_csv(self) -> None:
        """File → Export CSV…: the same three files as ``rehab-coach export-csv``."""
        from coach.ui.csv_export import export_csv_interactively

        message = export_csv_interactively(self, self.hub.store)
        if message:
            self.statusBar().showMessage(message, 15000)

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        QTimer.singleShot(0, self.progress.preload)  # the chart loads while the person looks

    def current_view(self) -> str:
        return VIEW_NAMES[self.stack.currentIndex()]

    def show_view(self, name: str) -> None:
        self.nav_buttons[name].setChecked(True)
        self.stack.setCurrentWidget(self.views[name])
        if name == "today" and self.today.is_player_active():
            # back to a running session: its keys (Space, N, Esc…) must reach it, not
            # the sidebar button that was just clicked
            self.today.player.setFocus()

    def start_by_name(self, name: str) -> None:
        """``rehab-coach start [ROUTINE]``: the named routine, or today's planned one
        not yet done. A session already on screen is never replaced."""
        self.show_view("today")
        if self.today.is_player_active():
            return
        if name:
            routine = self.hub.store.routines.find(name)
            if routine is None:
                self.message_bar.show_message(
                    self.tr("There is no routine called “%1”.").replace("%1", name)
                )
                return
        else:
            routine = self.today.next_planned()
            if routine is None:
                return  # nothing left planned today: Today says so
        self.today.start(routine)

    def start_routine(self, routine: Routine) -> None:
        """Open Today with the player on ``routine`` (from the calendar's day actions)."""
        self.show_view("today")
        self.today.start(routine)

    def open_pain_dialog(self) -> PainDialog:
        """Open the pain dialog (non-blocking, so the window keeps painting)."""
        dialog = PainDialog(self.hub, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self.pain_dialog = dialog
        return dialog

    def open_diary(self) -> DiaryDialog:
        """The list of entries to edit or delete (non-blocking; undo works in it too)."""
        dialog = DiaryDialog(self.hub, self.pain_undo, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.diary = dialog
        return dialog

    def edit_pain(self, entry_id: str) -> PainDialog | None:
        """Open one entry for editing (a click on its point in the chart)."""
        try:
            entry = self.hub.store.pain.get(entry_id)
        except StoreError as exc:
            self.hub.report_read_error(exc)
            return None
        if entry is None:
            return None
        dialog = PainDialog(self.hub, self, editing=entry, undo=self.pain_undo)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self.pain_dialog = dialog
        return dialog

    def open_pain_rules(self) -> PainRulesDialog:
        dialog = PainRulesDialog(self.hub, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()
        self.pain_rules = dialog
        return dialog

    def bring_to_front(self) -> None:
        """Another launch handed over to this one: show the window to the person."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def _update_pain_key(self) -> None:
        """P belongs to the player while it is on screen; everywhere else it logs pain."""
        in_player = self.stack.currentWidget() is self.today and self.today.is_player_active()
        self.pain_shortcut.setEnabled(not in_player)
