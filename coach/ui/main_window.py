"""The main window: a menu bar, a calm sidebar of five views, a message bar, the P key.

Views: Today (with the exercise player in place), Progress, Calendar, Routines, Running. A
failed write shows its plain message in a non-modal bar across the top, which the
person can dismiss; nothing else interrupts them.

The menus are built in :mod:`coach.ui.menus`; features add their items with
``window.menus.add(menu, section, action)``. Size, position, maximised state and the
last view are remembered in QSettings (:meth:`MainWindow.restore_window`).
The File menu also makes the physio's report and exports the records as CSV.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coach import APP_NAME
from coach.logsetup import log_unexpected
from coach.store.errors import StoreError
from coach.ui import prefs, theme
from coach.ui.dialogs import show_window_modal
from coach.ui.hub import AGAIN, DataHub
from coach.ui.lazy_views import LazyViews
from coach.ui.menus import Menus, make_action
from coach.ui.turns import NEXT_TURN_MS
from coach.ui.view_stack import ViewStack

if TYPE_CHECKING:
    from collections.abc import Callable

    from coach.domain.routine import Routine
    from coach.ui.calendar_view import CalendarView
    from coach.ui.pain.diary import DiaryDialog
    from coach.ui.pain_dialog import PainDialog
    from coach.ui.progress_view import ProgressView
    from coach.ui.routines_view import RoutinesView
    from coach.ui.running.view import RunningView
    from coach.ui.today_view import TodayView

VIEW_NAMES = ("today", "progress", "calendar", "routines", "running")
# Tabler outline icons (assets/icons/tabler) for the sidebar and the menu items.
VIEW_ICONS = {
    "today": "sun",
    "progress": "chart-line",
    "calendar": "calendar-month",
    "routines": "list-details",
    "running": "run",
}
ACTION_ICONS = {
    "log_pain_action": "activity",
    "import_run_action": "run",
    "backup_action": "database-export",
    "restore_action": "restore",
    "open_folder_action": "folder-open",
    "settings_action": "settings",
    "quit_action": "logout",
    "full_screen_action": "maximize",
    "shortcuts_action": "keyboard",
    "guide_action": "book",
    "about_action": "info-circle",
}
GEOMETRY_KEY = "window/geometry"
MAXIMISED_KEY = "window/maximised"
VIEW_KEY = "window/view"
PAINT_FALLBACK_MS = 1000  # a window started minimised paints nothing: go on after this
WARM_UP_AFTER_PAINT_MS = 200
OPENING_NOTE_MS = 700  # the frame's page says "Opening your records…" after this
WARM_UP_PAUSE_MS = 500


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
    """The window. Given a hub without a store (the app's start), it builds only its
    frame (title, sidebar, menu titles) and shows that; :meth:`attach`, once the store
    is open, builds the views and the menus' items. Given an open store (tests, the
    self-test, the demo), it attaches at once. Signal ``frame_painted()``: the frame was
    painted before the store was attached (the app then opens the store)."""

    frame_painted = Signal()
    warmed_up = Signal()  # every view, the player and the chart built (see _warm_up)

    def __init__(self, hub: DataHub, demo: bool = False) -> None:
        super().__init__()
        self.hub = hub
        self.demo = demo
        title = APP_NAME + (self.tr(" (demo data)") if demo else "")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumSize(900, 620)

        self.stack = ViewStack()
        # Nothing but the frame is built before the window shows; Today when the store
        # is attached, the others on first use or one per event-loop turn after the
        # first paint (see coach.ui.lazy_views).
        self.views = LazyViews(self.stack)
        self.views.add("today", self._make_today)
        self.views.add("progress", self._make_progress)
        self.views.add("calendar", self._make_calendar)
        self.views.add("routines", self._make_routines)
        self.views.add("running", self._make_running)
        self._attached = False  # the store is there: views may be built
        self._ready = False  # every attach step has run
        self._released = False  # what a second launch asks for runs (release_waiting)
        self._wanted_view = "today"
        self._fill_rest: list[Callable[[], object]] = []  # the first screen's later fill steps
        self._when_attached: list[Callable[[], object]] = []
        self.view_actions: dict[str, QAction] = {}
        self.pain_shortcut: QAction | None = None  # File ▸ Log pain, once the menus are in
        self.labels = labels = {
            "today": self.tr("Today"),
            "progress": self.tr("Progress"),
            "calendar": self.tr("Calendar"),
            "routines": self.tr("Routines"),
            "running": self.tr("Running"),
        }
        self.nav = QButtonGroup(self)
        self.nav_buttons: dict[str, QPushButton] = {}
        sidebar = QVBoxLayout()
        sidebar.setSpacing(6)
        for i, name in enumerate(VIEW_NAMES):
            button = QPushButton(labels[name])
            button.setCheckable(True)
            button.setProperty("nav", True)  # the theme's style sheet aligns these left
            button.setMinimumHeight(44)
            theme.set_font(button, theme.BIG_SCALE)
            button.setAccessibleName(self.tr("Show %1").replace("%1", labels[name]))
            key = QKeySequence(f"Ctrl+{i + 1}").toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(key)
            self.nav.addButton(button, i)
            self.nav_buttons[name] = button
            sidebar.addWidget(button)
        sidebar.addStretch(1)
        hint = QLabel(self.tr("P: log pain\nF1: all keys"))
        hint.setWordWrap(True)
        sidebar.addWidget(hint)
        self.nav.idClicked.connect(lambda i: self.show_view(VIEW_NAMES[i]))
        self.stack.currentChanged.connect(lambda _i: self._update_pain_key())

        self.message_bar = MessageBar()
        hub.error.connect(self.message_bar.show_message)

        self.menus = Menus(
            self,
            self.menuBar(),
            {"file": self.tr("&File"), "view": self.tr("&View"), "help": self.tr("&Help")},
        )
        self.apply_icons(menus=False)  # the menus' icons after the first paint
        self.preferences = prefs.preferences()
        self.preferences.changed.connect(self._preference_changed)

        body = QHBoxLayout()
        self.sidebar = side = QWidget()
        side.setLayout(sidebar)
        side.setFixedWidth(theme.GRID * 20)
        body.addWidget(side)
        body.addWidget(self.stack, 1)
        central = QWidget()
        self._outer = outer = QVBoxLayout(central)
        outer.addWidget(self.message_bar)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        self.nav_buttons["today"].setChecked(True)
        # The frame's page until the first screen is filled (see attach_steps).
        self._opening: QWidget | None = self._opening_page()
        self.stack.addWidget(self._opening)
        self.stack.setCurrentWidget(self._opening)
        self._painted = False
        self._paint_fallback = QTimer(self)  # if nothing paints (see _watch_first_paint)
        self._paint_fallback.setSingleShot(True)
        self._paint_fallback.setInterval(PAINT_FALLBACK_MS)
        self._paint_fallback.timeout.connect(self._first_paint_done)
        self._warmed_up = False
        self._frame_signalled = False
        self._first_screen: QWidget | None = None
        if hub.is_attached():
            self.attach()

    def _opening_page(self) -> QWidget:
        """The frame's blank page. If the records take longer than a moment (a slow
        disk, the damaged-file question) it says what is happening."""
        page = QWidget()
        page.setAccessibleName(self.tr("Opening your records"))
        note = QLabel(self.tr("Opening your records…"), page)
        note.hide()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(note, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        QTimer.singleShot(OPENING_NOTE_MS, page, note.show)  # not once the page is gone
        return page

    def attach(self) -> None:
        """Build what shows the records, now that ``self.hub`` has its store: all of
        :meth:`attach_steps` at once (tests, the self-test, the demo)."""
        for step in self.attach_steps():
            while step() == AGAIN:
                pass

    def attach_steps(self) -> list[Callable[[], object]]:
        """The same in steps, one per event-loop turn at the app's start so none is a
        long stall: the first screen (Today, or the view the person left the app on)
        built, then filled with its records while still hidden, then shown; the menus'
        items; pain undo, file drops, and whatever was asked for meanwhile (a view
        clicked, a hand-over)."""
        if self._attached:
            return []
        return [
            self._attach_build,
            self._attach_fill,
            self._attach_fill_rest,
            self._attach_show,
            self._attach_menus,
            self._attach_rest,
        ]

    def _attach_build(self) -> None:
        self._attached = True
        self.views[self._wanted_view]  # built here, shown two turns later

    def _attach_fill(self) -> None:
        """The first screen reads its records while hidden: its ``prepare_steps`` (two
        turns for Today, one ``prepare`` for the other views)."""
        self._fill_rest = list(self.views[self._wanted_view].prepare_steps())
        if self._fill_rest:
            self._fill_rest.pop(0)()

    def _attach_fill_rest(self) -> object:
        """The first screen's other filling steps, one per turn (``AGAIN`` while some
        are left): Today's months read for its suggestions were one 13-19 ms turn."""
        if self._fill_rest:
            self._fill_rest.pop(0)()
        return AGAIN if self._fill_rest else None

    def _attach_show(self) -> None:
        opening, self._opening = self._opening, None  # show_view now shows
        self.show_view(self._wanted_view)
        if opening is not None:
            if self._first_screen is opening:  # its paint never came: watch the records'
                opening.removeEventFilter(self)
                self._first_screen = None
            self.stack.removeWidget(opening)
            opening.deleteLater()
        self._watch_first_paint()  # the warm-up waits for the records' first paint

    def _attach_menus(self) -> None:
        self._add_actions(self.labels)
        for name, action in self.view_actions.items():  # the sidebar's icons, made already
            action.setIcon(self.nav_buttons[name].icon())
        # P logs pain anywhere, except inside the player, which has its own P.
        self.pain_shortcut = self.log_pain_action
        self._update_pain_key()

    def _attach_rest(self) -> None:
        from coach.ui.pain.undo import PainUndo, UndoBar

        self.pain_undo = PainUndo(self.hub, self)
        self.undo_bar = UndoBar(self.pain_undo)
        self._outer.insertWidget(1, self.undo_bar)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.pain_undo.undo)
        self._accept_drops()
        self._ready = True

    def is_attached(self) -> bool:
        """True once every attach step has run."""
        return self._ready

    def is_warmed_up(self) -> bool:
        return self._warmed_up

    def when_attached(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` now, or once the records are in and the offer to resume a
        session left unfinished is on screen (see :meth:`release_waiting`): a second
        launch's "start" or "log pain" arriving while the first is still opening."""
        if self._released:
            callback()
        else:
            self._when_attached.append(callback)

    def release_waiting(self) -> None:
        """Run what :meth:`when_attached` kept, and from now on run it at once. Called
        after the resume offer (``coach.app.after_attach``): released by the last attach
        step, a second launch's "start" began a session the offer then covered."""
        self._released = True
        waiting, self._when_attached = self._when_attached, []
        for callback in waiting:
            callback()

    # -- the views, built on first use -------------------------------------------
    @property
    def today(self) -> TodayView:
        return self.views["today"]  # type: ignore[return-value]

    def _make_today(self) -> TodayView:
        from coach.ui.today_view import TodayView

        view = TodayView(self.hub)
        view.light_panel.rules_requested.connect(self.open_pain_rules)
        view.log_pain_requested.connect(self.open_pain_dialog)
        view.player_active.connect(lambda _active: self._update_pain_key())
        return view

    @property
    def progress(self) -> ProgressView:
        return self.views["progress"]  # type: ignore[return-value]

    @property
    def calendar(self) -> CalendarView:
        return self.views["calendar"]  # type: ignore[return-value]

    @property
    def routines(self) -> RoutinesView:
        return self.views["routines"]  # type: ignore[return-value]

    def _make_progress(self) -> ProgressView:
        from coach.ui.progress_view import ProgressView

        view = ProgressView(self.hub)
        view.diary_requested.connect(self.open_diary)
        view.edit_requested.connect(self.edit_pain)
        view.report_requested.connect(self.open_report_dialog)
        return view

    def _make_calendar(self) -> CalendarView:
        from coach.ui.calendar_view import CalendarView

        view = CalendarView(self.hub)
        view.log_pain_requested.connect(self.open_pain_dialog)
        view.start_requested.connect(self.start_routine)
        return view

    def _make_routines(self) -> RoutinesView:
        from coach.ui.routines_view import RoutinesView

        return RoutinesView(self.hub)

    @property
    def running(self) -> RunningView:
        return self.views["running"]  # type: ignore[return-value]

    def _make_running(self) -> RunningView:
        from coach.ui.running.view import RunningView

        view = RunningView(self.hub)  # reads nothing until first shown
        view.start_requested.connect(self.start_routine)
        return view

    def _accept_drops(self) -> None:
        """GPX, TCX and FIT files dropped on the window import from the first moment;
        the Running view that shows them is built when the first one arrives."""
        from coach.ui.routine_editor.importing import FileDrops
        from coach.ui.running.importing import is_run_file

        FileDrops.on(self).add(is_run_file, lambda paths: self.running.drop_files(paths))

    def _warm_up(self, steps: list | None = None) -> None:
        """After the first paint, one step per event-loop turn (the person looks at
        Today meanwhile), each well under a frame (see :mod:`coach.ui.warm_up`). A step
        that returns ``False`` is not ready yet (its module is still being imported on
        a thread) and is tried again shortly; one that returns ``AGAIN`` has more to do
        and is called again on the next turn. While a session runs it waits, so the
        player's frames are not the ones it takes."""
        from coach.ui import warm_up

        if steps is None:
            steps = warm_up.steps(self)
        if not steps:
            if not self._warmed_up:
                self._warmed_up = True
                self.warmed_up.emit()
            return
        if self._session_loaded():
            QTimer.singleShot(WARM_UP_PAUSE_MS, self, lambda: self._warm_up(steps))
            return
        try:
            result = steps[0]()
        except Exception as exc:
            # A step builds ahead of need; one that fails (a library missing on this
            # machine) is logged and dropped, and the other views still warm up. What
            # it would have made is built when first asked for, where a failure shows.
            log_unexpected(exc, where="warm-up")
            result = None
        if result is False:
            QTimer.singleShot(warm_up.RETRY_MS, self, lambda: self._warm_up(steps))
            return
        if result is not AGAIN:
            steps.pop(0)
        QTimer.singleShot(NEXT_TURN_MS, self, lambda: self._warm_up(steps))  # not after close

    def _session_loaded(self) -> bool:
        """A session is in the player (being started, run or finished). The offer to
        resume an unfinished one is not: the warm-up goes on behind it, so the views are
        ready when the person answers."""
        if not self.views.is_built("today"):
            return False  # no player yet (asking for Today here would build it)
        today = self.today
        return today.is_player_active() and today.player.engine is not None

    def _menu_icon_steps(self) -> list:
        """One step per icon of the menus (each is 15 small SVG renders, 5-8 ms)."""
        by_icon: dict[str, list[QAction]] = {}
        for attr, name in ACTION_ICONS.items():
            action = getattr(self, attr, None)
            if action is not None:
                by_icon.setdefault(name, []).append(action)

        def step(name: str, actions: list[QAction]) -> None:
            icon = theme.icon(name)
            for action in actions:
                action.setIcon(icon)

        return [lambda n=n, a=a: step(n, a) for n, a in by_icon.items()]

    def _add_actions(self, labels: dict[str, str]) -> None:
        """The shell's own menu items; features add theirs through ``self.menus``."""
        from coach.ui import app_actions

        add, tr = self.menus.add, self.tr
        self.log_pain_action = add(
            "file",
            "pain",
            make_action(
                self,
                tr("Log &pain…"),
                tip=tr("Note how much it hurts now"),
                shortcut="P",
                slot=self.open_pain_dialog,
            ),
        )
        self.diary_action = add(
            "file",
            "pain",
            make_action(
                self,
                tr("Pain &diary…"),
                tip=tr("See, edit or delete your pain entries"),
                slot=self.open_diary,
            ),
        )
        self.report_action = add(
            "file",
            "export",
            make_action(
                self,
                tr("&Report for my physio…"),
                tip=tr("Make a PDF of your progress for your physiotherapist"),
                shortcut="Ctrl+R",
                slot=self.open_report_dialog,
            ),
        )
        self.csv_action = add(
            "file",
            "export",
            make_action(
                self,
                tr("Export &CSV…"),
                tip=tr("Write your pain entries and sessions as CSV files"),
                slot=self.export_csv,
            ),
        )
        self.import_routine_action = add(
            "file",
            "import",
            make_action(
                self,
                tr("&Import routine…"),
                tip=tr("Add a routine from a file your physio sent"),
                slot=self._import_routine,
            ),
        )
        self.import_run_action = add(
            "file",
            "import",
            make_action(
                self,
                tr("Import &run…"),
                tip=tr("Add runs from a watch's or phone's GPX, TCX or FIT files"),
                slot=self._import_run,
            ),
        )
        self.plan_export_action = add(
            "file",
            "export",
            make_action(
                self,
                tr("Export plan to &calendar (.ics)…"),
                tip=tr("Write your schedule as a calendar file for your phone or computer"),
                slot=lambda: self.calendar.open_plan().export_button.click(),
            ),
        )
        app_actions.add_data_actions(self)
        self.settings_action = add(
            "file",
            "settings",
            make_action(
                self,
                tr("&Settings…"),
                tip=tr("Sound, voice, theme and the data folder"),
                shortcut=[QKeySequence.StandardKey.Preferences, "Ctrl+,"],
                role=QAction.MenuRole.PreferencesRole,
                slot=lambda: app_actions.open_settings(self),
            ),
        )
        self.plan_action = add(
            "file",
            "settings",
            make_action(
                self,
                tr("My p&lan…"),
                tip=tr("Which routines you keep to a schedule, and when"),
                slot=lambda: self.calendar.open_plan(),
            ),
        )
        self.pain_rules_action = add(
            "file",
            "settings",
            make_action(
                self,
                tr("Pain r&ules…"),
                tip=tr("The pain limits behind the traffic light and the player's advice"),
                slot=self.open_pain_rules,
            ),
        )
        self.quit_action = add(
            "file",
            "quit",
            make_action(
                self,
                tr("&Quit"),
                tip=tr("Close Rehab Coach (a running session is kept)"),
                shortcut=[QKeySequence.StandardKey.Quit, "Ctrl+Q"],
                role=QAction.MenuRole.QuitRole,
                slot=self.close,
            ),
        )
        for i, name in enumerate(VIEW_NAMES):
            self.view_actions[name] = add(
                "view",
                "views",
                make_action(
                    self,
                    labels[name],
                    tip=tr("Show %1").replace("%1", labels[name]),
                    shortcut=f"Ctrl+{i + 1}",
                    slot=lambda n=name: self.show_view(n),
                ),
            )
        self.full_screen_action = add(
            "view",
            "window",
            make_action(
                self,
                tr("&Full screen"),
                tip=tr("Fill the screen, for the player on the mat"),
                shortcut=["F11", QKeySequence.StandardKey.FullScreen],
                slot=self.toggle_full_screen,
            ),
        )
        self.full_screen_action.setCheckable(True)
        app_actions.add_help_actions(self)

    def apply_icons(self, menus: bool = True) -> None:
        """Icons tinted for the palette; again whenever the palette changes (theme).
        Each is rendered once (15 pixmaps) and shared by its button and menu item;
        ``menus=False`` does only the sidebar and the View menu (the same icons)."""
        rendered: dict[str, QIcon] = {}

        def icon(name: str) -> QIcon:
            if name not in rendered:
                rendered[name] = theme.icon(name)
            return rendered[name]

        for name, button in self.nav_buttons.items():
            button.setIcon(icon(VIEW_ICONS[name]))
            button.setIconSize(QSize(theme.GRID * 3, theme.GRID * 3))
        for name, action in self.view_actions.items():  # the same icons: no extra cost
            action.setIcon(icon(VIEW_ICONS[name]))
        if not menus:
            return
        for attr, name in ACTION_ICONS.items():
            action = getattr(self, attr, None)
            if action is not None:
                action.setIcon(icon(name))

    def changeEvent(self, event: QEvent) -> None:  # Qt override
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self.apply_icons()
        super().changeEvent(event)

    def _preference_changed(self, key: str) -> None:
        if key == prefs.THEME:
            theme.apply(self.preferences.value(prefs.THEME))

    def _import_routine(self) -> None:
        """Import on the Routines view, where the imported routine is then selected."""
        self.show_view("routines")
        self.routines.import_routine()

    def _import_run(self) -> None:
        """Import on the Running view, where the run then shows in the log."""
        self.show_view("running")
        self.running.import_files()

    def toggle_full_screen(self) -> None:
        """Full screen hides the menu bar and the sidebar so the player has the screen;
        F11 (or the menu, reachable with Alt) brings them back."""
        full = not self.isFullScreen()
        self.menuBar().setVisible(not full)
        self.sidebar.setVisible(not full)
        self.full_screen_action.setChecked(full)
        if full:
            self.showFullScreen()
        else:
            self.showNormal()

    # -- remembered window --------------------------------------------------------
    def save_window(self) -> None:
        """The view always; size and place only outside full screen, so the next start
        opens as a normal window where it was before F11."""
        settings = QSettings()
        settings.setValue(VIEW_KEY, self.current_view())
        if self.isFullScreen():
            return
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(MAXIMISED_KEY, self.isMaximized())

    def restore_window(self) -> bool:
        """Size, position and last view from the previous run; False when there was none.

        ``restoreGeometry`` already moves a window that would land off-screen after a
        monitor change; :meth:`bring_on_screen` checks again, for platforms that do not.
        """
        settings = QSettings()
        view = settings.value(VIEW_KEY, "today", type=str)
        if view in VIEW_NAMES:
            self.show_view(view)
        geometry = settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            return False
        self.bring_on_screen()
        if settings.value(MAXIMISED_KEY, False, type=bool):
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        return True

    def bring_on_screen(self) -> None:
        """If the title bar is not on any screen, centre the window on the primary one."""
        frame = self.frameGeometry()
        title = frame.adjusted(0, 0, 0, -max(0, frame.height() - 40))
        for screen in QGuiApplication.screens():
            visible = screen.availableGeometry().intersected(title)
            if visible.width() >= 80 and visible.height() >= 20:
                return
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        width, height = min(self.width(), area.width()), min(self.height(), area.height())
        self.resize(width, height)
        self.move(area.center().x() - width // 2, area.center().y() - height // 2)

    def closeEvent(self, event: QCloseEvent) -> None:  # Qt override
        self.save_window()
        super().closeEvent(event)

    def open_report_dialog(self):
        """Open the Report dialog (non-blocking; it paints the PDF between repaints)."""
        from coach.ui.report_dialog import ReportDialog

        dialog = ReportDialog(self.hub, self)
        show_window_modal(dialog)
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
        self._watch_first_paint()

    def _watch_first_paint(self) -> None:
        """The rest waits for the first screen's first paint (or a second, if the window
        starts minimised and nothing paints): the frame's, then the records'."""
        if self._painted or self._first_screen is not None or not self.isVisible():
            return
        self._first_screen = self.stack.currentWidget()
        self._first_screen.installEventFilter(self)
        self._paint_fallback.start()

    def eventFilter(self, watched, event: QEvent) -> bool:  # Qt override
        if watched is self._first_screen and event.type() == QEvent.Type.Paint:
            # The frame: open the records at once. The records: warm up a moment after,
            # so the window manager and the compositor get their turn first.
            delay = WARM_UP_AFTER_PAINT_MS if self._attached else 0
            QTimer.singleShot(delay, self, self._first_paint_done)
        return super().eventFilter(watched, event)

    def _first_paint_done(self) -> None:
        self._paint_fallback.stop()  # the frame's must not stand in for the records' paint
        if self._painted:
            return
        if self._first_screen is not None:
            self._first_screen.removeEventFilter(self)
            self._first_screen = None
        if not self._attached:
            if not self._frame_signalled:
                self._frame_signalled = True
                self.frame_painted.emit()
            return
        self._painted = True
        self._warm_up()

    def current_view(self) -> str:
        if self._opening is not None:
            return self._wanted_view
        return self.views.name_of(self.stack.currentIndex())

    def show_view(self, name: str) -> None:
        self.nav_buttons[name].setChecked(True)
        if self._opening is not None:  # shown once the records are in
            self._wanted_view = name
            return
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
        from coach.ui.pain_dialog import PainDialog

        self.pain_dialog = PainDialog.open_over(self.hub, self)
        return self.pain_dialog

    def open_diary(self) -> DiaryDialog:
        """The list of entries to edit or delete (non-blocking; undo works in it too)."""
        from coach.ui.pain.diary import DiaryDialog

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
        from coach.ui.pain_dialog import PainDialog

        self.pain_dialog = PainDialog.open_over(self.hub, self, editing=entry, undo=self.pain_undo)
        return self.pain_dialog

    def open_pain_rules(self) -> QWidget:
        """Settings ▸ Pain rules (Today's "Pain rules…" and File ▸ Pain rules…)."""
        from coach.ui import app_actions

        dialog = app_actions.open_settings(self)
        dialog.show_page("pain-rules")
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
        if self.pain_shortcut is None:
            return  # the menus' items come a turn after the first screen
        # Only a Today already built can hold the player: asking for it here would build
        # it (the start on another view builds Today when it is first needed).
        in_player = (
            self.views.is_built("today")
            and self.stack.currentWidget() is self.today
            and self.today.is_player_active()
        )
        self.pain_shortcut.setEnabled(not in_player)
