"""The Report dialog: pick a period and names, write the physio's PDF, open it.

The window never stalls while the report is made: the records are read on the GUI
thread (the store keeps them parsed), the report model is built on a worker thread
(plain Python, no Qt object), and the PDF is painted on the GUI thread a few steps per
event-loop turn, with a progress bar and Cancel. Names and the paper size are
remembered in QSettings; a cancelled or failed report leaves no file behind.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QDate,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.commands.common import inside_data_dir
from coach.domain.report import Report, ReportRequest
from coach.render.pages import default_paper
from coach.render.report_data import DamagedRunningPlan, running_records
from coach.store import StoreError
from coach.store.pain_light import light_on
from coach.ui.dates import edit_format
from coach.ui.hub import DataHub
from coach.ui.progress_view import _Preload, preload_chart

SLICE_S = 0.015  # work per event-loop turn: with one step more, still under 50 ms
WAIT_MS = 10  # between looks at a worker thread
WORKER_NAME = "report-model"
WARM_UP_DAYS = 7  # as the report model reads: the week before feeds the trend
PRESETS = (  # marked for lupdate, translated where the list is filled
    ("last2", QT_TRANSLATE_NOOP("ReportDialog", "Last 2 weeks")),
    ("last4", QT_TRANSLATE_NOOP("ReportDialog", "Last 4 weeks")),
    ("since", QT_TRANSLATE_NOOP("ReportDialog", "Since the last report")),
    ("custom", QT_TRANSLATE_NOOP("ReportDialog", "Custom")),
)
KEY = "report/"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _build(
    out: list, request, routines, sessions, pain, made_at, light, plans, ticked, running
) -> None:
    """On the worker thread: plain Python only, the result handed over in a list. The
    adherence is judged as ``PlanRepo.adherence`` judges it, from the same records."""
    from coach import __version__
    from coach.domain.report import build_report
    from coach.domain.report.sources import plan_adherence

    try:
        today = date.today()
        plan = plan_adherence(plans, sessions, request.start, request.end, today, routines, ticked)
        out.append(
            build_report(
                request,
                routines,
                sessions,
                pain,
                made_at,
                __version__,
                light=light,
                plan=plan,
                runs=running[0],
                run_steps=running[1],
                run_rules=running[2],
            )
        )
    except BaseException as exc:  # handed to the GUI thread, which says it plainly
        out.append(exc)


class ReportDialog(QDialog):
    """Emits ``written(path)`` when a PDF is in place, ``stopped(message)`` otherwise."""

    written = Signal(str)
    stopped = Signal(str)

    def __init__(
        self,
        hub: DataHub,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self._clock = clock
        self.settings = QSettings()
        self.setWindowTitle(self.tr("Progress report for your physio"))
        self.setAccessibleName(self.tr("Progress report"))
        self.setMinimumWidth(560)
        self._steps: Iterator[float | None] | None = None
        self._job = None
        self._target: Path | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)

        self.range = QComboBox()
        self.range.setAccessibleName(self.tr("Period"))
        for key, label in PRESETS:
            self.range.addItem(self.tr(label), key)
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit, name in ((self.start, self.tr("First day")), (self.end, self.tr("Last day"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(edit_format())
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._dates_edited)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end)
        dates.addStretch(1)

        self.patient = self._line("patient", self.tr("Patient name"))
        self.clinician = self._line("clinician", self.tr("Clinician name"))
        self.condition = self._line("condition", self.tr("Condition"))
        self.questions = QPlainTextEdit()
        self.questions.setAccessibleName(self.tr("Questions for my physio"))
        self.questions.setPlaceholderText(self.tr("Anything you want to ask at the appointment"))
        self.questions.setMaximumHeight(90)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        saved = self.settings.value(KEY + "paper", default_paper())
        self.paper.setCurrentIndex(max(0, self.paper.findData(saved)))
        self.path = QLineEdit(str(self._default_path()))
        self.path.setAccessibleName(self.tr("Save the PDF as"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.setAccessibleName(self.tr("Choose where to save the PDF"))
        self.browse.clicked.connect(self._choose_path)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)

        form = QFormLayout()
        form.addRow(self.tr("Period:"), self.range)
        form.addRow("", dates)
        form.addRow(self.tr("Patient:"), self.patient)
        form.addRow(self.tr("Clinician:"), self.clinician)
        form.addRow(self.tr("Condition:"), self.condition)
        form.addRow(self.tr("Questions for my physio:"), self.questions)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Save as:"), where)

        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Report progress"))
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Report status"))

        self.make_button = QPushButton(self.tr("Make the PDF"))
        self.make_button.setDefault(True)
        self.make_button.setAccessibleName(self.tr("Make the PDF"))
        self.make_button.clicked.connect(self.make)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the report"))
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton(self.tr("Open the PDF"))
        self.open_button.setAccessibleName(self.tr("Open the PDF"))
        self.open_button.clicked.connect(self.open_pdf)
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.folder_button.setAccessibleName(self.tr("Show the PDF in its folder"))
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for b in (self.open_button, self.folder_button):
            b.hide()
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.cancel_button.hide()
        for b in (self.cancel_button, self.make_button, self.close_button):
            buttons.addWidget(b)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self.range.currentIndexChanged.connect(self._preset_chosen)
        since = self._last_end()
        item = self.range.model().item(2)
        if since is None and item is not None:
            item.setEnabled(False)
            item.setToolTip(self.tr("No report has been made yet"))
        self.range.setCurrentIndex(0)
        self._preset_chosen(0)
        self._charts = None
        self._prebuild = QTimer(self)
        self._prebuild.setInterval(100)
        self._prebuild.timeout.connect(self._prebuild_chart)
        preload_chart()  # the chart module imports off the GUI thread while the form is filled
        self._prebuild.start()

    # -- the form -------------------------------------------------------------------

    def _line(self, key: str, name: str) -> QLineEdit:
        edit = QLineEdit(str(self.settings.value(KEY + key, "") or ""))
        edit.setAccessibleName(name)
        edit.setMaxLength(200)
        return edit

    def _default_path(self) -> Path:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        base = Path(folder) if folder and Path(folder).is_dir() else Path.home()
        return base / f"rehab-report-{self.hub.today().isoformat()}.pdf"

    def _last_end(self) -> date | None:
        text = self.settings.value(KEY + "last_end", "")
        try:
            return date.fromisoformat(str(text)) if text else None
        except ValueError:
            return None

    def _preset_chosen(self, index: int) -> None:
        key = self.range.itemData(index)
        today = self.hub.today()
        span = {"last2": 14, "last4": 28}.get(key)
        if span is not None:
            self._set_dates(today - timedelta(days=span - 1), today)
        elif key == "since":
            last = self._last_end()
            if last is not None:
                self._set_dates(min(last + timedelta(days=1), today), today)

    def _set_dates(self, start: date, end: date) -> None:
        for edit in (self.start, self.end):
            edit.blockSignals(True)
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(end))
        for edit in (self.start, self.end):
            edit.blockSignals(False)

    def _dates_edited(self) -> None:
        """Typing a date makes the period a custom one."""
        self.range.blockSignals(True)
        self.range.setCurrentIndex(self.range.findData("custom"))
        self.range.blockSignals(False)

    def period(self) -> tuple[date, date]:
        return _pydate(self.start.date()), _pydate(self.end.date())

    def _choose_path(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as"),
            self.path.text(),
            self.tr("PDF (*.pdf)"),
            options=QFileDialog.Option.DontConfirmOverwrite,  # "Make the PDF" asks once
        )
        if chosen:
            self.path.setText(chosen)

    # -- making the PDF -------------------------------------------------------------

    def _refuse(self, message: str) -> None:
        self.status.setText(message)
        self.stopped.emit(message)

    def make(self) -> None:
        """Check the form, then start: read, build on a worker, paint in slices."""
        if self._timer.isActive():
            return
        start, end = self.period()
        if start > end:
            return self._refuse(self.tr("The first day is after the last day."))
        text = self.path.text().strip()
        if not text:
            return self._refuse(self.tr("Choose where to save the PDF."))
        target = Path(text).expanduser()
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if inside_data_dir(target, self.hub.store.data_dir):
            return self._refuse(
                self.tr(
                    "%1 is inside the data folder, which only Rehab Coach itself writes; "
                    "choose a place outside it."
                ).replace("%1", str(target))
            )
        if target.is_dir():
            return self._refuse(
                self.tr("%1 is a folder; give a file name.").replace("%1", str(target))
            )
        if not target.parent.is_dir():
            return self._refuse(
                self.tr("The folder %1 does not exist.").replace("%1", str(target.parent))
            )
        if not os.access(target.parent, os.W_OK | os.X_OK):
            return self._refuse(
                self.tr("The folder %1 cannot be written.").replace("%1", str(target.parent))
            )
        if target.exists() and not self._confirm_replace(target):
            return self._refuse(self.tr("Not replaced; nothing was written."))
        self._remember()
        self._target = target
        request = ReportRequest(
            start,
            end,
            patient=self.patient.text().strip(),
            clinician=self.clinician.text().strip(),
            condition=self.condition.text().strip(),
            questions=self.questions.toPlainText(),
        )
        self._set_busy(True)
        self.status.setText(self.tr("Reading the records…"))
        self._steps = self._work(request, target, self.paper.currentData())
        self._timer.setInterval(0)
        self._timer.start()

    def _confirm_replace(self, target: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("%1 already exists. Replace it?").replace("%1", target.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _work(self, request: ReportRequest, target: Path, paper: str) -> Iterator[float | None]:
        """All the work, in steps the event loop runs between repaints; ``None`` means
        "waiting for a thread", so the turn ends and the next comes a little later."""
        store = self.hub.store
        start, end = request.start, request.end
        since = start - timedelta(days=WARM_UP_DAYS)
        routines = store.routines.list()
        sessions: list = []
        pain: list = []
        # A month per step: the first read of a month parses its files.
        month = since
        while month <= end:
            last = min(
                end, (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(1)
            )
            sessions += store.sessions.list(month, last)
            pain += store.pain.list(month, last)
            month = last + timedelta(days=1)
            yield 0.02
        # Years of records are now in memory for good (the store keeps them parsed): out
        # of the collector's reach, as the app does at start-up, or a full collection
        # while the report is painted stalls the window for ~100 ms (measured, 2 years).
        gc.freeze()
        light = light_on(store, end)  # the light `rehab-coach light --on END` gives
        plans = store.plans.list()
        ticked = store.plans.paper(start, end)  # sessions ticked off as done on paper
        running = running_records(store, start, end)  # runs and the ladder's decisions
        yield 0.04
        made_at = datetime.now().astimezone()
        built: list[Report | BaseException] = []
        worker = threading.Thread(
            target=_build,
            args=(built, request, routines, sessions, pain, made_at, light, plans, ticked, running),
            name=WORKER_NAME,
            daemon=True,
        )
        worker.start()
        while worker.is_alive() or (_Preload.thread is not None and _Preload.thread.is_alive()):
            yield None
        result = built[0]
        if isinstance(result, BaseException):
            raise result
        from coach.render.report_pdf import ReportJob

        if self._charts is None:
            yield from self._make_charts()
        self._job = ReportJob(result, target, paper, charts=self._charts)
        if result.empty:
            self.status.setText(
                self.tr("Nothing was recorded in this period; the PDF says so. Writing…")
            )
        else:
            self.status.setText(self.tr("Writing the PDF…"))
        for fraction in self._job.steps():
            yield 0.05 + 0.95 * fraction

    def _make_charts(self) -> Iterator[None]:
        from coach.render.chart import ChartPrinter

        self._charts = ChartPrinter(self)
        yield None

    def _prebuild_chart(self) -> None:
        """Once the chart module is imported, build the print chart while the person
        fills in the form, so making the PDF does not wait for it."""
        if _Preload.thread is not None and _Preload.thread.is_alive():
            return
        self._prebuild.stop()
        if self._charts is None and not self._timer.isActive():
            for _ in self._make_charts():
                pass

    def _turn(self) -> None:
        """One event-loop turn: steps until the slice is used up or a thread is awaited."""
        assert self._steps is not None
        try:
            until = self._clock() + SLICE_S
            while self._clock() < until:
                fraction = next(self._steps)
                if fraction is None:
                    self._timer.setInterval(WAIT_MS)
                    return
                self._timer.setInterval(0)
                self.progress.setValue(round(fraction * 100))
        except StopIteration:
            self._finished()
        except (StoreError, DamagedRunningPlan) as exc:  # a damaged month or running plan:
            self._failed(str(exc))  # the message is one plain line
        except OSError as exc:
            self._failed(
                self.tr("Could not write the PDF: %1.").replace("%1", exc.strerror or "error")
            )
        except Exception as exc:
            self._failed(
                self.tr("Could not make the report (%1).").replace("%1", type(exc).__name__)
            )

    def _finished(self) -> None:
        self._timer.stop()
        self._set_busy(False)
        self.progress.setValue(100)
        path = str(self._target)
        pages = self._job.pages if self._job else 0
        self.settings.setValue(KEY + "last_end", self.period()[1].isoformat())
        self.status.setText(
            self.tr("Saved %1 (%2 pages).").replace("%1", path).replace("%2", str(pages))
        )
        self.open_button.show()
        self.folder_button.show()
        self.open_button.setFocus()
        self._steps = None
        self.written.emit(path)

    def _failed(self, message: str) -> None:
        self._stop_work()
        self._refuse(message)

    def _stop_work(self) -> None:
        self._timer.stop()
        if self._steps is not None:
            self._steps.close()  # ends the painting (the painter is closed)
        if self._job is not None:
            self._job.cancel()  # removes its temporary file
        self._steps = None
        self._job = None
        self._set_busy(False)
        self.progress.hide()

    def cancel(self) -> None:
        if not self._timer.isActive():
            return
        self._stop_work()
        self._refuse(self.tr("Cancelled; nothing was written."))

    def reject(self) -> None:  # Qt override: closing while busy cancels first
        if self._timer.isActive():
            self.cancel()
        super().reject()

    def done(self, result: int) -> None:  # Qt override: every way of closing ends here
        self._prebuild.stop()
        if self._charts is not None:
            self._charts.close()
            self._charts = None
        super().done(result)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(True)
        if busy:
            self.progress.setValue(0)
            self.open_button.hide()
            self.folder_button.hide()
        self.cancel_button.setVisible(busy)
        self.make_button.setEnabled(not busy)
        for w in (self.range, self.start, self.end, self.path, self.browse, self.paper):
            w.setEnabled(not busy)

    def _remember(self) -> None:
        for key, edit in (
            ("patient", self.patient),
            ("clinician", self.clinician),
            ("condition", self.condition),
        ):
            self.settings.setValue(KEY + key, edit.text().strip())
        self.settings.setValue(KEY + "paper", self.paper.currentData())

    # -- after ----------------------------------------------------------------------

    def open_pdf(self) -> None:
        if self._target is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._target)))

    def show_folder(self) -> None:
        if self._target is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._target.parent)))
