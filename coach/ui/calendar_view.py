"""Calendar: a month where each day shows what was planned, what was done, how it hurt.

Each cell is painted by :mod:`coach.ui.plan.day_cell` (a ring filled by completion, the
worst pain as "P4", flags), from :func:`coach.domain.analytics.adherence` — the same
figures as the command line and the report. Above the month, a year of adherence;
beside it, the adherence of each visible week and the selected day, from where the
person can start today's routine, log pain or mark a session done on paper.

Signals: ``start_requested(Routine)``, ``log_pain_requested()``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QLocale, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from coach.domain import analytics
from coach.domain.analytics import Adherence, CalendarDay, DayStatus
from coach.domain.pain import PainEntry
from coach.domain.plan.completion import session_completion
from coach.domain.plan.paper import PaperSession
from coach.domain.record import SessionRecord
from coach.domain.routine import Routine
from coach.ui import dates, theme
from coach.ui.dialogs import show_window_modal
from coach.ui.hub import AGAIN, DataHub, HubView
from coach.ui.i18n import text as domain_text
from coach.ui.plan.day_cell import FLARE_MARK, PAUSE_MARK, paint_colours, paint_day
from coach.ui.plan.plan_dialog import PlanDialog
from coach.ui.plan.week_column import WeekColumn
from coach.ui.plan.year_strip import YearStrip
from coach.ui.session_detail import SessionDetailDialog, open_session_detail, outcome_line

STATUS_TEXT = {  # translated in the CalendarView context (self.tr there)
    DayStatus.PLANNED: QT_TRANSLATE_NOOP("CalendarView", "planned"),
    DayStatus.OPEN: QT_TRANSLATE_NOOP("CalendarView", "still open today"),
    DayStatus.DONE: QT_TRANSLATE_NOOP("CalendarView", "done"),
    DayStatus.DONE_ON_PAPER: QT_TRANSLATE_NOOP("CalendarView", "done on paper"),
    DayStatus.PARTIAL: QT_TRANSLATE_NOOP("CalendarView", "partly done (%1%)"),
    DayStatus.MISSED: QT_TRANSLATE_NOOP("CalendarView", "missed"),
    DayStatus.PAUSED: QT_TRANSLATE_NOOP("CalendarView", "paused"),
    DayStatus.EXTRA: QT_TRANSLATE_NOOP("CalendarView", "done, not planned"),
}


class MonthCalendar(QCalendarWidget):
    """A QCalendarWidget whose cells also paint the day's marks.

    Signals: ``rows_moved()`` after the rows were resized (the week column follows)."""

    rows_moved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks: dict[date, CalendarDay] = {}
        self.colours = paint_colours()
        self.today = date.today()
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setAccessibleName(self.tr("Month calendar"))
        self.setMinimumSize(420, 300)
        names = {
            "qt_calendar_prevmonth": self.tr("Previous month"),
            "qt_calendar_nextmonth": self.tr("Next month"),
            "qt_calendar_monthbutton": self.tr("Choose month"),
            "qt_calendar_yearbutton": self.tr("Choose year"),
            "qt_calendar_yearedit": self.tr("Year"),
            "qt_calendar_calendarview": self.tr("Days of the month"),
        }
        for child in self.findChildren(QWidget):
            if child.objectName() in names:
                child.setAccessibleName(names[child.objectName()])
        self._fit_header_row()

    def _fit_header_row(self) -> None:
        """The weekday names get one line of height, the six weeks share the rest
        (QCalendarWidget gives all seven rows the same height)."""
        view = self.findChild(QTableView, "qt_calendar_calendarview")
        if view is None:
            return
        header = view.verticalHeader()
        header.setMinimumSectionSize(1)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._view = view
        self._fit_rows()

    def _fit_rows(self) -> None:
        view = getattr(self, "_view", None)
        if view is None:
            return
        header = view.verticalHeader()
        first = view.fontMetrics().height() + 8
        rest = max(1, (view.viewport().height() - first) // 6)
        header.resizeSection(0, first)
        for row in range(1, 7):
            header.resizeSection(row, rest)
        self.rows_moved.emit()

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self._fit_rows()

    def showEvent(self, event) -> None:  # Qt override
        super().showEvent(event)
        self._fit_rows()

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # Qt override
        super().paintCell(painter, rect, qdate)
        day = qdate.toPython()
        cell = self.marks.get(day)
        if cell is not None:
            selected = qdate == self.selectedDate()
            paint_day(painter, rect, cell, self.today, selected, self.colours)


class ElidedButton(QPushButton):
    """A button whose text is cut with "…" to the width it gets (the whole text in its
    tool tip) instead of asking for that width: "Details: 02:37 IT-band strength" made
    the side column wider than its scroll area, so the selected day's lines ran off the
    right edge behind a horizontal scroll bar."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.full_text = text
        self.setToolTip(text)
        # a push button's policy is Minimum (its whole text is its least width): Preferred
        # lets the column give it less, down to minimumSizeHint
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def minimumSizeHint(self) -> QSize:  # Qt override
        return QSize(min(super().minimumSizeHint().width(), 80), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        room = max(0, self.width() - 2 * theme.GRID - 4)
        shown = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)

    def sizeHint(self) -> QSize:  # Qt override: as wide as the whole text would like
        hint = super().sizeHint()
        extra = self.fontMetrics().horizontalAdvance(
            self.full_text
        ) - self.fontMetrics().horizontalAdvance(self.text())
        return QSize(hint.width() + max(0, extra), hint.height())


class CalendarView(HubView):
    areas = ("pain", "sessions", "routines", "plans")
    start_requested = Signal(object)
    log_pain_requested = Signal()

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self._judged = False  # the year's sessions judged ahead (see prepare)
        title = QLabel(self.tr("Calendar"))
        theme.set_font(title, theme.TITLE_SCALE, bold=True)
        self.month_line = QLabel()
        self.month_line.setAccessibleDescription(self.tr("Adherence this month"))
        self.month_line.setTextFormat(Qt.TextFormat.PlainText)
        self.month_line.setWordWrap(True)
        theme.set_font(self.month_line, theme.BIG_SCALE)
        self.plan_button = QPushButton(self.tr("My plan…"))
        self.plan_button.setAccessibleName(self.tr("Edit my plan"))
        self.plan_button.clicked.connect(self.open_plan)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addWidget(self.month_line, 1)
        head.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignTop)
        legend = QLabel(
            self.tr(
                "Ring: share of planned sessions done (%1 all)   • done, not planned   "
                "%2 paused   P4 worst pain   %3 flare-up   %4 stopped for pain"
            )
            .replace("%1", theme.DONE_MARK)
            .replace("%2", PAUSE_MARK)
            .replace("%3", FLARE_MARK)
            .replace("%4", theme.STOPPED_MARK)
        )
        legend.setWordWrap(True)
        theme.set_font(legend, theme.SMALL_SCALE)
        self.year = YearStrip()
        self.year.day_clicked.connect(lambda day: self.calendar.setSelectedDate(QDate(day)))
        self.calendar = MonthCalendar()
        self.calendar.setSelectedDate(QDate(hub.today()))
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.refresh_safely())
        self.calendar.selectionChanged.connect(self._show_day)
        self.weeks = QLabel()
        self.weeks.setAccessibleDescription(self.tr("Adherence per week"))
        self.weeks.setTextFormat(Qt.TextFormat.PlainText)
        self.weeks.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.weeks.setWordWrap(True)
        self.day = QLabel()
        self.day.setAccessibleDescription(self.tr("Selected day"))
        self.day.setTextFormat(Qt.TextFormat.PlainText)
        self.day.setWordWrap(True)
        self.day.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.day.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self._start)
        self.pain_button = QPushButton(self.tr("Log pain"))
        self.pain_button.setAccessibleName(self.tr("Log pain"))
        self.pain_button.clicked.connect(self.log_pain_requested)
        self.paper_button = QToolButton()
        self.paper_button.setText(self.tr("Done on paper…"))
        self.paper_button.setAccessibleName(self.tr("Mark a session done on paper"))
        self.paper_button.setToolTip(
            self.tr("Done away from the computer: recorded as done on paper, and counted")
        )
        self.paper_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.paper_menu = QMenu(self.paper_button)
        self.paper_button.setMenu(self.paper_menu)
        self.note_button = QToolButton()
        self.note_button.setText(self.tr("Edit a note…"))
        self.note_button.setAccessibleName(self.tr("Edit the note of a session this day"))
        self.note_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.note_menu = QMenu(self.note_button)
        self.note_button.setMenu(self.note_menu)
        self.note_dialog: QInputDialog | None = None
        # one "Details" button per session of the selected day (left and right side by side)
        self.day_sessions = QWidget()
        self.day_sessions.setAccessibleName(self.tr("Sessions of the selected day"))
        self.day_buttons: list[QPushButton] = []
        QVBoxLayout(self.day_sessions).setContentsMargins(0, 0, 0, 0)
        self.detail_dialog: SessionDetailDialog | None = None

        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.weeks)
        column.addWidget(self.day)
        column.addWidget(self.day_sessions)
        for button in (self.start_button, self.pain_button, self.paper_button, self.note_button):
            column.addWidget(button)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(side)
        scroll.setMinimumWidth(220)
        self.week_column = WeekColumn(self.calendar)
        self.calendar.rows_moved.connect(self.week_column.update)
        row = QHBoxLayout()
        row.addWidget(self.calendar, 3)
        row.addWidget(self.week_column)
        row.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.year)
        layout.addWidget(legend)
        layout.addLayout(row, 1)
        self._sessions: list[SessionRecord] = []
        self._pain: list[PainEntry] = []
        self._paper: list[PaperSession] = []
        self._routines: list[Routine] = []
        self._adherence: Adherence | None = None
        self._start_routine: Routine | None = None

    def visible_range(self) -> tuple[date, date]:
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        start = first - timedelta(days=first.weekday())
        return start, start + timedelta(days=41)

    def _year_shown(self) -> tuple[date, date]:
        """The days the year strip and the habit strength read: the visible weeks and the
        53 weeks before their end."""
        start, end = self.visible_range()
        return min(start, end - timedelta(days=7 * 53)), end

    def prepare(self) -> object:
        """As :meth:`HubView.prepare`, in two turns: first each session of the year is
        judged (its share of planned sets done, remembered per session), then the view
        is drawn from those shares. Together they were one warm-up turn of 10 ms at
        five years."""
        if self._stale and not self.isVisible() and not self._judged:
            self._judged = True
            year_start, end = self._year_shown()
            for session in self.hub.store.sessions.list(start=year_start, end=end):
                session_completion(session)
            return AGAIN
        return super().prepare()

    def refresh(self) -> None:
        store = self.hub.store
        start, end = self.visible_range()
        today = self.hub.today()
        self.calendar.today = today
        self._routines = store.routines.list()
        plans = store.plans.list()
        first_of_month = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        year_start, _end = self._year_shown()
        self._sessions = store.sessions.list(start=year_start, end=end)
        self._paper = store.plans.paper(start=year_start, end=end)
        pain = store.pain.list(start=start - timedelta(days=7), end=end)
        self._pain = [p for p in pain if start <= analytics.entry_day(p) <= end]
        year = analytics.adherence(
            plans,
            self._sessions,
            year_start,
            end,
            today,
            paper=self._paper,
            routines=self._routines,
        )
        self._adherence = year
        self.calendar.marks = analytics.calendar_days(year, self._sessions, pain, start, end)
        self.calendar.colours = paint_colours()
        self.calendar.updateCells()
        self.year.set_days(analytics.calendar_days(year, (), ()), end, today)
        next_month = (first_of_month + timedelta(days=32)).replace(day=1)
        self._show_month(first_of_month, next_month - timedelta(days=1), plans, today)
        self._show_weeks(start, end)
        self._show_day()

    def _show_month(self, first: date, last: date, plans, today: date) -> None:
        month = analytics.adherence(
            plans, self._sessions, first, last, today, paper=self._paper, routines=self._routines
        )
        name = QLocale().standaloneMonthName(first.month)  # "November", in the language
        if not any(p.versions for p in plans):
            text = self.tr("%1: no plan yet, every routine is as needed").replace("%1", name)
        else:
            trend = self._adherence.score if self._adherence else 0.0
            text = (
                self.tr("%1: %2 · streak %3 · habit strength %4%")
                .replace("%1", name)
                .replace("%2", self._share(month.done, month.planned))
                .replace("%3", str(month.streak))
                .replace("%4", str(round(100 * trend)))
            )
        self.month_line.setText(text)
        self.month_line.setToolTip(
            self.tr(
                "Share: planned sessions done this month, today not counted until it is "
                "done. Streak: planned sessions done in a row. Habit strength: a trend "
                "over the last year that one missed day barely dents."
            )
        )

    def _show_weeks(self, start: date, end: date) -> None:
        """Adherence of the visible weeks; today and later are open, not missed."""
        lines = [self.tr("Planned sessions done, per week:")]
        figures = []
        for week in self._adherence.weeks if self._adherence else ():
            if not start <= week.week_start <= end:
                continue
            figures.append("—" if week.ratio is None else f"{round(100 * week.ratio)}%")
            share = self._share(week.done, week.planned, week.open)
            text = f"{dates.day_month(week.week_start)}:  {share}"
            lines.append(text)
        self.weeks.setText("\n".join(lines))
        self.week_column.set_figures(figures)

    def _share(self, done: float, planned: int, still_open: int = 0) -> str:
        """ "83% of 12 planned", "nothing due yet (3 to come)", "nothing planned"."""
        if planned:
            text = (
                self.tr("%1% of %2 planned")
                .replace("%1", str(round(100 * done / planned)))
                .replace("%2", str(planned))
            )
        else:
            text = self.tr("nothing due yet") if still_open else self.tr("nothing planned")
        if still_open:
            text += self.tr(" (%1 to come)").replace("%1", str(still_open))
        return text

    def open_plan(self) -> PlanDialog:
        dialog = PlanDialog(self.hub, self)
        show_window_modal(dialog)
        self.plan_dialog = dialog
        return dialog

    def _start(self) -> None:
        if self._start_routine is not None:
            self.start_requested.emit(self._start_routine)

    def edit_note(self, record: SessionRecord | PaperSession, title: str) -> QInputDialog:
        """Ask for the note of a session (played or on paper) and save it through the hub;
        a note the store refuses (too long, a NUL byte) is said in the message line."""
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Note"))
        dialog.setLabelText(title)
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        current = record.notes if isinstance(record, SessionRecord) else record.note
        dialog.setTextValue(current)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda text: self._save_note(record, text))
        self.note_dialog = dialog
        dialog.open()
        return dialog

    def _save_note(self, record: SessionRecord | PaperSession, text: str) -> None:
        try:
            if isinstance(record, SessionRecord):
                self.hub.save_session(replace(record, notes=text))
            else:
                self.hub.add_paper_session(replace(record, note=text))
        except ValueError as exc:  # the record's own check, e.g. "is too long (…)"
            reason = str(exc).split(": ", 1)[-1]
            self.hub.error.emit(self.tr("Note not saved: it %1.").replace("%1", reason))

    def _mark_on_paper(self, routine_id: str, day: date) -> None:
        self.hub.add_paper_session(PaperSession(routine_id, day))

    def _show_day(self) -> None:
        day = self.calendar.selectedDate().toPython()
        today = self.hub.today()
        names = {r.id: r for r in self._routines}
        lines = ["", dates.full_date(day)]
        entries = self._adherence.on(day) if self._adherence else ()
        for entry in entries:
            routine = names.get(entry.routine_id)
            status = self._status_text(entry)
            times = f" ×{entry.planned}" if entry.planned > 1 else ""
            lines.append(f"{routine.name if routine else entry.routine_id}{times}: {status}")
        ended = (s for s in self._sessions if s.day == day and s.finished)
        sessions = sorted(ended, key=lambda s: s.started_at)
        for s in sessions:
            # what it was, counted against the planned sets: "Stopped after 1 of 23 sets (4%)"
            lines.append(f"{s.started_at:%H:%M}  {s.routine_name} — {outcome_line(s)}")
        self._show_session_buttons(sessions)
        for p in self._paper:
            if p.day == day:
                routine = names.get(p.routine_id)
                note = f" — {p.note}" if p.note else ""
                name = routine.name if routine else p.routine_id
                lines.append(self.tr("Done on paper: %1").replace("%1", name) + note)
        for p in self._pain:
            if analytics.entry_day(p) == day:
                note = f" — {p.note}" if p.note else ""
                lines.append(
                    self.tr("%1  pain %2/10, %3, %4")
                    .replace("%1", f"{p.at:%H:%M}")
                    .replace("%2", str(p.score))
                    .replace("%3", p.location)
                    .replace("%4", domain_text(p.context.text()))
                    + note
                )
        if len(lines) == 2:
            lines.append(self.tr("Nothing recorded."))
        self.day.setText("\n".join(lines))
        self._update_actions(day, today, entries, names)

    def _status_text(self, entry) -> str:
        """ "done", "partly done (40%)", "not planned, 4% of it done"..."""
        if entry.status == DayStatus.EXTRA and entry.done < entry.sessions - 1e-9:
            share = round(100 * entry.done / max(1, entry.sessions))
            return self.tr("not planned, %1% of it done").replace("%1", str(share))
        share = round(100 * entry.done / max(1, entry.planned))
        return self.tr(STATUS_TEXT[entry.status]).replace("%1", str(share))

    def _update_actions(self, day: date, today: date, entries, names) -> None:
        open_now = [
            names[e.routine_id]
            for e in entries
            if e.status == DayStatus.OPEN and e.routine_id in names
        ]
        self._start_routine = open_now[0] if day == today and open_now else None
        self.start_button.setVisible(self._start_routine is not None)
        if self._start_routine is not None:
            text = self.tr("Start %1").replace("%1", self._start_routine.name)
            self.start_button.setText(text)
            self.start_button.setAccessibleName(text)
        self.pain_button.setVisible(day == today)
        self.paper_menu.clear()
        undone = [
            names[e.routine_id]
            for e in entries
            if e.status in (DayStatus.OPEN, DayStatus.MISSED, DayStatus.PARTIAL)
            and e.routine_id in names
        ]
        for routine in undone:
            action = self.paper_menu.addAction(routine.name)
            action.triggered.connect(
                lambda _=False, rid=routine.id, d=day: self._mark_on_paper(rid, d)
            )
        marked = [p for p in self._paper if p.day == day]
        if undone and marked:
            self.paper_menu.addSeparator()
        for paper in marked:
            routine = names.get(paper.routine_id)
            name = routine.name if routine else paper.routine_id
            action = self.paper_menu.addAction(
                self.tr("Undo: %1 done on paper").replace("%1", name)
            )
            action.triggered.connect(
                lambda _=False, pid=paper.id: self.hub.delete_paper_session(pid)
            )
        self.paper_button.setVisible(day <= today and bool(undone or marked))
        self.note_menu.clear()
        played = sorted(
            (x for x in self._sessions if x.day == day and x.finished), key=lambda x: x.started_at
        )
        for record in played:
            title = f"{record.started_at:%H:%M}  {record.routine_name}"
            action = self.note_menu.addAction(title)
            action.triggered.connect(lambda _=False, r=record, t=title: self.edit_note(r, t))
        for paper in marked:
            routine = names.get(paper.routine_id)
            title = self.tr("%1, done on paper").replace(
                "%1", routine.name if routine else paper.routine_id
            )
            action = self.note_menu.addAction(title)
            action.triggered.connect(lambda _=False, r=paper, t=title: self.edit_note(r, t))
        self.note_button.setVisible(bool(played or marked))

    def _show_session_buttons(self, sessions: list[SessionRecord]) -> None:
        layout = self.day_sessions.layout()
        for button in self.day_buttons:
            layout.removeWidget(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self.day_buttons = []
        for s in sessions:
            text = self.tr("Details: %1 %2").replace("%1", f"{s.started_at:%H:%M}")
            button = ElidedButton(text.replace("%2", s.routine_name))
            button.setAccessibleName(
                self.tr("Session details, %1 at %2")
                .replace("%1", s.routine_name)
                .replace("%2", f"{s.started_at:%H:%M}")
            )
            button.clicked.connect(lambda _=False, r=s: self.show_detail(r))
            layout.addWidget(button)
            self.day_buttons.append(button)
        self.day_sessions.setVisible(bool(sessions))

    def show_detail(self, record: SessionRecord) -> SessionDetailDialog:
        """The session's detail, each exercise with left and right side by side."""
        return open_session_detail(self, record)
