"""A session as it happened, in words and side by side: shared by Today, the calendar's
day detail and the player's finish page.

Every number here comes from :mod:`coach.domain.session.counts` (done / skipped / not
reached out of the planned sets); this module only words it, through ``tr()``, so the
finish page, Today and the calendar say the same thing about the same session.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coach.domain.record import EndReason, SessionRecord
from coach.domain.session.counts import SideTally, exercise_tallies, set_counts
from coach.ui import dates, theme


def tr(text: str) -> str:
    return QCoreApplication.translate("SessionText", text)


def _fill(text: str, *values: object) -> str:
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def sets_of(record: SessionRecord) -> str:
    """ "1 of 23 sets" — done out of the planned sets."""
    c = set_counts(record)
    return _fill(tr("%1 of %2 sets"), c.done, c.planned)


def outcome_line(record: SessionRecord) -> str:
    """What became of the session, with the done share, for a status line:
    "Completed · 23 of 23 sets", "Stopped after 1 of 23 sets (4%)", "Interrupted after
    0 of 2 sets (0%)". Stopped and interrupted sessions never read as done."""
    c = set_counts(record)
    of = sets_of(record)
    share = _fill(tr(" (%1%)"), c.percent) if c.percent is not None else ""
    reason = record.end_reason
    if reason is None:
        return _fill(tr("In progress · %1 so far"), of)
    if reason == EndReason.COMPLETED:
        text = _fill(tr("%1 Completed · %2"), theme.DONE_MARK, of)
        return text + (_fill(tr(", %1 skipped"), c.skipped) if c.skipped else "")
    lead = {
        EndReason.STOPPED: tr("Stopped after %1"),
        EndReason.STOPPED_FOR_PAIN: theme.STOPPED_MARK + " " + tr("Stopped for pain after %1"),
        EndReason.STOPPED_NO_TIME: tr("Stopped (out of time) after %1"),
        EndReason.INTERRUPTED: tr("Interrupted after %1"),
    }[reason]
    return _fill(lead, of) + share


def counts_line(record: SessionRecord) -> str:
    """ "1 of 23 planned sets done (4%) · 22 not reached": the finish page's and the
    detail's breakdown (parts that are zero left out), under a headline that already
    says how it ended."""
    c = set_counts(record)
    share = _fill(tr(" (%1%)"), c.percent) if c.percent is not None else ""
    text = _fill(tr("%1 of %2 planned sets done%3"), c.done, c.planned, share)
    if c.skipped:
        text += _fill(tr(" · %1 skipped"), c.skipped)
    if c.not_reached:
        text += _fill(tr(" · %1 not reached"), c.not_reached)
    return text


def side_cell(tally: SideTally | None, unit: str) -> str:
    """ "1/1 sets · 30/30 reps" for one side of one exercise ("—" when not planned)."""
    if tally is None:
        return "—"
    word = tr("reps") if unit == "reps" else tr("s")
    text = _fill(
        tr("%1/%2 sets · %3/%4 %5"),
        tally.sets_done,
        tally.sets_planned,
        tally.amount_done,
        tally.amount_planned,
        word,
    )
    if tally.sets_skipped:
        text += _fill(tr(" · %1 skipped"), tally.sets_skipped)
    return text


class SessionDetailDialog(QDialog):
    """One session: outcome, pain before/after, note, and each exercise with its left and
    right side (done of planned) side by side. Read-only."""

    def __init__(self, record: SessionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.record = record
        tallies = exercise_tallies(record)
        name = record.routine_name
        self.setWindowTitle(_fill(self.tr("Session: %1"), name))
        self.setAccessibleName(_fill(self.tr("Session detail: %1"), name))
        at = record.started_at
        heading = QLabel(f"{name} · {dates.short_day(at)} {at.year}, {dates.clock(at)}")
        heading.setTextFormat(Qt.TextFormat.PlainText)
        theme.set_font(heading, theme.BIG_SCALE, bold=True)
        self.outcome = QLabel(outcome_line(record) + "\n" + counts_line(record))
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setAccessibleDescription(self.tr("Outcome"))
        lines = []
        if record.pain_before is not None or record.pain_after is not None:
            show = lambda v: "–" if v is None else f"{v}/10"  # noqa: E731
            lines.append(
                _fill(
                    self.tr("Pain before %1, after %2"),
                    show(record.pain_before),
                    show(record.pain_after),
                )
            )
        if record.notes:
            lines.append(_fill(self.tr("Note: %1"), record.notes))
        self.extra = QLabel("\n".join(lines))
        self.extra.setTextFormat(Qt.TextFormat.PlainText)  # a note is shown as typed
        self.extra.setWordWrap(True)
        self.extra.setVisible(bool(lines))

        sided = any(t.per_side for t in tallies)
        headers = (
            [self.tr("Exercise"), self.tr("Left"), self.tr("Right")]
            if sided
            else [self.tr("Exercise"), self.tr("Done")]
        )
        if sided and not all(t.per_side for t in tallies):
            headers.append(self.tr("Both / not sided"))
        self.table = QTableWidget(len(tallies), len(headers))
        self.table.setAccessibleName(self.tr("Exercises, left and right"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for row, tally in enumerate(tallies):
            cells = [tally.name]
            if sided:
                cells += [side_cell(tally.side("left"), tally.unit)]
                cells += [side_cell(tally.side("right"), tally.unit)]
                if len(headers) == 4:
                    cells += [side_cell(tally.side(None), tally.unit)]
            else:
                cells += [side_cell(tally.side(None), tally.unit)]
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.outcome)
        layout.addWidget(self.extra)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 520)

    def cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text() if item else ""


def open_session_detail(owner: QWidget, record: SessionRecord) -> SessionDetailDialog:
    """Open ``record``'s detail over ``owner`` (Today's card, the calendar's day), window
    modal and deleted on close; ``owner.detail_dialog`` holds it while it is open."""
    dialog = SessionDetailDialog(record, owner)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    owner.detail_dialog = dialog  # type: ignore[attr-defined]
    dialog.finished.connect(lambda _r: setattr(owner, "detail_dialog", None))
    dialog.open()
    return dialog
