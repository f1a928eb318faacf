"""Calendar: a month where each day shows what was planned, what was done, how it hurt.

Each cell carries marks as text as well as colour — "✓2" done, "○1" planned and not
done, "✗" stopped for pain, "P4" the worst pain of the day — so it reads without
colour. The numbers come from :func:`coach.domain.analytics.day_summaries`. Beside the month,
the adherence of each visible week; below it, the details of the selected day.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coach.domain import analytics
from coach.domain.analytics import DaySummary
from coach.domain.pain import PainEntry
from coach.domain.record import SessionRecord
from coach.domain.routine import Routine
from coach.ui import dates, theme
from coach.ui.hub import DataHub, HubView
from coach.ui.session_detail import SessionDetailDialog, outcome_line


class MonthCalendar(QCalendarWidget):
    """A QCalendarWidget whose cells also paint the day's marks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks: dict[date, DaySummary] = {}
        self.today = date.today()
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.setAccessibleName(self.tr("Month calendar"))
        self.setMinimumSize(460, 340)
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

    def paintCell(self, painter: QPainter, rect: QRect, qdate: QDate) -> None:  # Qt override
        day = qdate.toPython()
        marks = self.marks.get(day)
        if marks and marks.done:
            tint = QColor(theme.done_colour())
            tint.setAlpha(45)
            painter.fillRect(rect, tint)
        super().paintCell(painter, rect, qdate)
        if not marks:
            return
        painter.save()
        painter.setFont(theme.scaled_font(theme.SMALL_SCALE, bold=True))
        metrics = painter.fontMetrics()
        x, y = rect.left() + 4, rect.bottom() - 4
        parts: list[tuple[str, QColor]] = []
        if marks.done:
            parts.append((f"{theme.DONE_MARK}{len(marks.done)}", theme.done_colour()))
        if marks.missed:
            future = day > self.today
            colour = theme.muted_colour() if future else theme.text_colour()
            parts.append((f"{theme.PLANNED_MARK}{len(marks.missed)}", colour))
        if marks.stopped_for_pain:
            parts.append((theme.STOPPED_MARK, theme.pain_colour(10)))
        for text, colour in parts:
            painter.setPen(colour)
            painter.drawText(x, y, text)
            x += metrics.horizontalAdvance(text) + 6
        if marks.max_pain is not None and rect.height() > 2 * metrics.height():
            text = f"P{marks.max_pain}"
            painter.setPen(theme.pain_colour(marks.max_pain))
            width = metrics.horizontalAdvance(text)
            painter.drawText(rect.right() - width - 4, rect.top() + metrics.ascent() + 3, text)
        painter.restore()


class CalendarView(HubView):
    areas = ("pain", "sessions", "routines")

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        title = QLabel(self.tr("Calendar"))
        theme.set_font(title, theme.TITLE_SCALE, bold=True)
        legend = QLabel(
            self.tr(
                "%1 sessions done   %2 planned, not done   %3 stopped for pain   P = worst pain"
            )
            .replace("%1", theme.DONE_MARK)
            .replace("%2", theme.PLANNED_MARK)
            .replace("%3", theme.STOPPED_MARK)
        )
        legend.setWordWrap(True)
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
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(side)
        scroll.setMinimumWidth(240)
        row = QHBoxLayout()
        row.addWidget(self.calendar, 3)
        row.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(legend)
        layout.addLayout(row, 1)
        self._sessions: list[SessionRecord] = []
        self._pain: list[PainEntry] = []
        self._routines: list[Routine] = []

    def visible_range(self) -> tuple[date, date]:
        first = date(self.calendar.yearShown(), self.calendar.monthShown(), 1)
        start = first - timedelta(days=first.weekday())
        return start, start + timedelta(days=41)

    def refresh(self) -> None:
        store = self.hub.store
        start, end = self.visible_range()
        today = self.hub.today()
        self.calendar.today = today
        self._routines = store.routines.list()
        self._sessions = store.sessions.list(start=start, end=end)
        self._pain = store.pain.list(start=start, end=end)
        self.calendar.marks = analytics.day_summaries(
            self._routines, self._sessions, self._pain, start, end
        )
        self.calendar.updateCells()
        self._show_weeks(start, min(end, today))
        self._show_day()

    def _show_weeks(self, start: date, end: date) -> None:
        """Adherence from ``start`` to ``end``: the visible weeks, up to today."""
        lines = [self.tr("Planned sessions done, per week:")]
        if end < start:
            self.weeks.setText("\n".join(lines))
            return
        weeks = analytics.weekly_adherence(self._routines, self._sessions, start, end)
        planned = sum(w.planned for w in weeks)
        done = sum(w.done for w in weeks)
        for week in weeks:
            lines.append(
                f"{dates.day_month(week.week_start)}:  {self._share(week.done, week.planned)}"
            )
        lines.append("")
        lines.append(self.tr("All weeks shown: %1").replace("%1", self._share(done, planned)))
        self.weeks.setText("\n".join(lines))

    def _share(self, done: int, planned: int) -> str:
        if not planned:
            return self.tr("nothing planned")
        return (
            self.tr("%1 of %2 (%3%)")
            .replace("%1", str(done))
            .replace("%2", str(planned))
            .replace("%3", str(round(100 * done / planned)))
        )

    def _show_day(self) -> None:
        day = self.calendar.selectedDate().toPython()
        lines = ["", dates.full_date(day)]
        planned = [r.name for r in self._routines if r.schedule and r.schedule.planned_on(day)]
        if planned:
            lines.append(self.tr("Planned: %1").replace("%1", ", ".join(planned)))
        ended = (s for s in self._sessions if s.day == day and s.finished)
        sessions = sorted(ended, key=lambda s: s.started_at)
        for s in sessions:
            # what it was, counted against the planned sets: "Stopped after 1 of 23 sets (4%)"
            lines.append(f"{s.started_at:%H:%M}  {s.routine_name} — {outcome_line(s)}")
        self._show_session_buttons(sessions)
        for p in self._pain:
            if analytics.entry_day(p) == day:
                note = f" — {p.note}" if p.note else ""
                lines.append(
                    self.tr("%1  pain %2/10, %3, %4")
                    .replace("%1", f"{p.at:%H:%M}")
                    .replace("%2", str(p.score))
                    .replace("%3", p.location)
                    .replace("%4", p.context.value)
                    + note
                )
        if len(lines) == 2:
            lines.append(self.tr("Nothing recorded."))
        self.day.setText("\n".join(lines))

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
            button = QPushButton(text.replace("%2", s.routine_name))
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
        dialog = SessionDetailDialog(record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.detail_dialog = dialog
        dialog.finished.connect(lambda _r: setattr(self, "detail_dialog", None))
        dialog.open()
        return dialog
