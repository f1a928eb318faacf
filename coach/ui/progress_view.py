"""Progress: is the knee getting better? Daily pain, its weekly trend, sessions done.

The view reads pain entries and sessions through the hub's store, turns them into
series with :mod:`coach.domain.analytics` and hands plain lists to the chart. The
daily value is the worst score of the day: one bad moment is what a flare-up looks
like, and a day's average hides it.

Two things keep the event loop free on five years of data: pyqtgraph (about 0.7 s
to import) is imported on a background thread after the window shows, and only the
preset's range is read at once; "All" reads older months one per event-loop turn.
"""

from __future__ import annotations

import importlib
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.domain import analytics
from coach.domain.pain import PainEntry
from coach.domain.pain.chart import session_kind
from coach.domain.pain.rules import PainRules
from coach.domain.pain.summary import trend_summary
from coach.domain.record import SessionHeader
from coach.store import StoreError
from coach.store.pain_light import load_rules
from coach.ui import dates, theme
from coach.ui.hub import AGAIN, DataHub, HubView
from coach.ui.i18n import text as domain_text
from coach.ui.preload import keep_out_of_gc, start_import_thread
from coach.ui.turns import NEXT_TURN_MS

if TYPE_CHECKING:
    from coach.ui.pain_chart import PainChart

CHART_MODULE = "coach.ui.pain_chart"
PRESETS: tuple[tuple[str, int | None], ...] = (  # marked for lupdate: self.tr(label) alone
    (QT_TRANSLATE_NOOP("ProgressView", "2 weeks"), 14),  # would leave them English in German
    (QT_TRANSLATE_NOOP("ProgressView", "3 months"), 91),
    (QT_TRANSLATE_NOOP("ProgressView", "All"), None),
)
WARM_UP_DAYS = 7  # read a week before the range so the rolling mean starts right
TREND_DAYS = 35  # the trend line compares with the week four weeks ago
DAILY = (
    ("worst", QT_TRANSLATE_NOOP("ProgressView", "Daily worst")),
    ("mean", QT_TRANSLATE_NOOP("ProgressView", "Daily mean")),
)
CHUNK_DAYS = 31
EMPTY_CHUNKS_TO_STOP = 12  # a year with no record at all: the history has begun
DRAW_EVERY_CHUNKS = 12  # redraw once a year of history read, and once at the end
# A redraw of more records than this is spread over event-loop turns (five years are
# ~8,000 and cost ~30 ms of Python); fewer are drawn at once, in the click's own turn.
SYNC_RECORDS = 1500
CHART_PARTS = 6  # PainChart.build_step calls until it is whole (extra calls do nothing)
STEP_BUDGET_S = 0.002  # work per turn when spread: leaves the frame for its paint
IMPORT_WAIT_S = 0.005  # a turn's wait for the chart library's import: well inside a frame
TURN = object()  # a job yields this to end the slice now (a paint or a parse comes next)


class _Preload:
    """The background import of the chart module (one per process)."""

    thread: threading.Thread | None = None


def preload_chart() -> threading.Thread:
    """Start importing the chart module on a background thread (once per process)."""
    if _Preload.thread is None:
        _Preload.thread = start_import_thread(
            lambda: importlib.import_module(CHART_MODULE), "chart-import"
        )
    return _Preload.thread


class LocationBox(QCheckBox):
    """A location's series toggle; :meth:`show_location` gives it another location."""

    location = ""

    def show_location(self, location: str, checked: bool) -> None:
        self.location = location
        self.setText(location)  # a check box's text is plain: typed text stays literal
        self.blockSignals(True)  # a relabel is not a person's toggle
        self.setChecked(checked)
        self.blockSignals(False)


class ProgressView(HubView):
    """Signals ``diary_requested()`` (the Diary… button), ``edit_requested(id)`` (a
    click on an entry's point) and ``report_requested()`` (Report for my physio…)."""

    areas = ("pain", "sessions", "settings")
    diary_requested = Signal()
    edit_requested = Signal(str)
    report_requested = Signal()

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self._hidden_locations: set[str] = set()
        self.location_boxes: dict[str, QCheckBox] = {}
        self._range: int | None = 91
        self._rules = PainRules()
        self._drawn: tuple | None = None  # what the chart holds (see _same_data)
        self._since = hub.today()
        self._pain: list[PainEntry] = []
        # the chart marks each ended session by how it ended: its header is all it needs
        self._sessions: list[SessionHeader] = []
        self._job: Iterator[object] | None = None  # a redraw or "All" under way (see _run)
        self._sliced = False
        self._all_from: date | None = None  # where "All" begins (Store.first_month)
        self._slice_next = False  # the next job goes in slices from its start (prepare)
        self._stepper = QTimer(self)
        self._stepper.setInterval(NEXT_TURN_MS)
        self._stepper.timeout.connect(self._step)
        self._redraw_soon = QTimer(self)  # a change announced while on screen (mark_stale)
        self._redraw_soon.setSingleShot(True)
        self._redraw_soon.setInterval(NEXT_TURN_MS)
        self._redraw_soon.timeout.connect(self._redraw_if_stale)
        self.chart: PainChart | None = None
        title = QLabel(self.tr("Progress"))
        theme.set_font(title, theme.TITLE_SCALE, bold=True)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # a location is typed text
        self.summary.setAccessibleDescription(self.tr("Pain summary"))
        self.summary.setWordWrap(True)
        self.trend = QLabel()
        self.trend.setTextFormat(Qt.TextFormat.PlainText)
        self.trend.setAccessibleDescription(self.tr("Pain trend"))
        theme.set_font(self.trend, theme.BIG_SCALE, bold=True)

        bar = QHBoxLayout()
        self.range_buttons = QButtonGroup(self)
        for i, (label, days) in enumerate(PRESETS):
            button = QPushButton(self.tr(label))
            button.setCheckable(True)
            button.setChecked(days == self._range)
            button.setAccessibleName(self.tr("Show %1").replace("%1", self.tr(label)))
            self.range_buttons.addButton(button, i)
            bar.addWidget(button)
        self.range_buttons.idClicked.connect(self._preset_clicked)
        bar.addStretch(1)
        self.daily_kind = QComboBox()
        self.daily_kind.setAccessibleName(self.tr("Daily value"))
        for key, label in DAILY:
            self.daily_kind.addItem(self.tr(label), key)
        self.daily_kind.currentIndexChanged.connect(lambda _i: self._draw())
        bar.addWidget(self.daily_kind)
        # Diary and report beside the title, as Today has its buttons: on the presets'
        # row the German "Bericht für meine Physiotherapie…" was cut to a fragment at 900 px
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        diary = QPushButton(self.tr("Diary…"))
        diary.setAccessibleName(self.tr("Open the pain diary to edit or delete entries"))
        diary.clicked.connect(self.diary_requested)
        heading.addWidget(diary)
        self.report_button = QPushButton(self.tr("Report for my physio…"))
        self.report_button.setAccessibleName(self.tr("Make a progress report for your physio"))
        self.report_button.clicked.connect(self.report_requested)
        heading.addWidget(self.report_button)
        self.locations_row = QHBoxLayout()
        self.locations_row.addWidget(QLabel(self.tr("Locations:")))
        self.locations_row.addStretch(1)

        self.empty = QLabel(
            self.tr("No pain entries in this range.\nPress P or “Log pain” to add one.")
        )
        self.empty.setAccessibleDescription(self.tr("No pain data"))
        theme.set_font(self.empty, theme.BIG_SCALE)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.pending = QWidget()  # where the chart will be, while its library loads
        self.stack.addWidget(self.pending)
        # Says when the chart is not whole yet: "All" filling in, or years being redrawn.
        self.status = QLabel()
        self.status.setAccessibleDescription(self.tr("Chart status"))
        theme.set_font(self.status, theme.SMALL_SCALE)
        policy = self.status.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the chart does not jump when it goes
        self.status.setSizePolicy(policy)
        self.status.hide()
        hint = QLabel(
            self.tr(
                "Drag or scroll on the chart to pan and zoom in time; + and − zoom. "
                "Point at an entry to read it; click it to edit."
            )
        )
        theme.set_font(hint, theme.SMALL_SCALE)
        hint.setWordWrap(True)  # unwrapped, the German line made the view wider than the window

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.trend)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addLayout(self.locations_row)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        layout.addWidget(hint)

    def refresh(self) -> None:
        """Re-read the loaded span (the store keeps parsed files, so this is cheap), then
        draw it; "All" then reads older months, one a turn."""
        today = self.hub.today()
        wanted = today - timedelta(days=max(self._range or 91, TREND_DAYS) + WARM_UP_DAYS)
        self._since = min(self._since, wanted) if self._pain or self._sessions else wanted
        store = self.hub.store
        self._rules = load_rules(store)
        self._pain = store.pain.list(start=self._since)
        self._sessions = [s for s in store.sessions.headers(start=self._since) if s.finished]
        self._draw()

    def _draw(self) -> None:
        """Redraw from the records read: at once when they are few (or unchanged), in
        slices from the event loop when there are years of them. On "All" the reading of
        older months then goes on from where it was."""
        self._run(self._all_job() if self._range is None else self._draw_job())

    # -- work spread over event-loop turns --------------------------------------------
    def _run(self, job: Iterator[object]) -> None:
        """Replace any unfinished redraw or read with ``job`` and do what fits now."""
        if self._job is not None:
            self._job.close()
        self._job = job
        self._sliced, self._slice_next = self._slice_next, False
        self._step(first=True)

    def _step(self, first: bool = False) -> None:
        """Advance the job: all of it while it is small; otherwise about one budget of
        work per turn, so the event loop (and a paint) comes between slices."""
        if self._job is None:
            self._stepper.stop()
            return
        if not first and not self.isVisible():
            self._stepper.stop()  # resumed by showEvent; nobody is looking
            return
        deadline = time.perf_counter() + STEP_BUDGET_S
        try:
            while True:
                value = next(self._job)
                if self._sliced and (value is TURN or time.perf_counter() >= deadline):
                    break
        except StopIteration:
            self._job = None
        except StoreError as exc:  # a damaged older month: stop here and say so
            self._job = None
            self.hub.report_read_error(exc)
        if self._job is None:
            self._stepper.stop()
            self.status.hide()
        elif not self._stepper.isActive():
            self._stepper.start()

    def _slice_from_here(self, text: str) -> None:
        """From now on the job yields to the event loop; the status line says why."""
        if not self._sliced:
            self._sliced = True
        self.status.setText(text)
        self.status.show()

    def _all_job(self) -> Iterator[object]:
        """ "All": draw what is read, then one month further back per step (pain, then
        sessions) down to the oldest month on disk, redrawing as the history fills in.
        Without month files (an older layout's store), until a year of nothing is found."""
        store = self.hub.store
        first = self._all_from = store.first_month()

        def older_left() -> bool:
            return self._since > first if first is not None else empty < EMPTY_CHUNKS_TO_STOP

        empty, undrawn = 0, 0
        if older_left():  # years of them may follow: a second of reading, in slices
            self._slice_from_here(self.tr("Loading older months…"))
        yield from self._draw_job()
        while older_left():
            end = self._since - timedelta(days=1)
            start = end - timedelta(days=CHUNK_DAYS - 1)
            yield TURN  # a month may need parsing (~10 ms): a turn of its own
            pain = store.pain.list(start=start, end=end)
            keep_out_of_gc()  # a month's records: no 30 ms full collection of them later
            yield TURN
            # headers only: an older month's sessions in full were 5-10 ms to parse
            sessions = [s for s in store.sessions.headers(start, end) if s.finished]
            keep_out_of_gc()
            self._since = start
            self._pain = pain + self._pain
            self._sessions = sessions + self._sessions
            found = bool(pain or sessions)
            empty = 0 if found else empty + 1
            undrawn += found
            self.status.setText(
                self.tr("Loading older months… (back to %1)").replace("%1", dates.short_day(start))
            )
            yield
            if undrawn >= DRAW_EVERY_CHUNKS:
                undrawn = 0
                yield from self._draw_job()  # ends its slice: the chart's paint comes next
        if undrawn:
            yield from self._draw_job()

    def _draw_job(self) -> Iterator[object]:
        """The redraw as steps: the domain's series one by one, then the chart's series
        one by one. Small data runs through in one go; years of it go in slices (the
        chart keeps its last picture meanwhile and the status line says it is updating)."""
        if self.chart is None and preload_chart().is_alive():
            # The first screen is Progress (the view the app was closed on), or it was
            # clicked before the warm-up: the chart library (a quarter of a second)
            # imports on its thread while the window shows and the status line says so.
            self.stack.setCurrentWidget(self.pending)
            self._slice_from_here(self.tr("Drawing the chart…"))
            while _Preload.thread is not None and _Preload.thread.is_alive():
                _Preload.thread.join(IMPORT_WAIT_S)  # the GIL is the thread's meanwhile
                yield TURN
        chart = self._ensure_chart()
        pain, sessions = self._pain, self._sessions
        if len(pain) + len(sessions) > SYNC_RECORDS:
            self._slice_from_here(self.status.text() if self._sliced else self.tr("Drawing…"))
        self._fill_locations(pain)
        hidden = self._hidden_locations
        shown = [e for e in pain if e.location not in hidden]
        worst = self.daily_kind.currentData() != "mean"
        key = ((frozenset(hidden), worst), pain, sessions)
        first = self.hub.today() - timedelta(days=(self._range or 10**5) - 1)
        same = self._same_data(key)  # then a preset only moves the view
        if not same:
            yield
            order = list(self.location_boxes)
            by_location = analytics.daily_by_location(shown, worst)
            lines = {loc: by_location[loc] for loc in order if loc in by_location}
            yield
            daily = [(d.day, float(d.max)) for d in analytics.daily_pain(shown)]
            yield
            mean = analytics.rolling_mean(daily)
            marks = [(s.day, session_kind(s)) for s in sessions]
            yield
            flares = [(f.day, f.last_day) for f in analytics.flare_ups(shown)]
            yield
            label = self.tr("Daily worst") if worst else self.tr("Daily mean")
        hold = not same or self._sliced
        if hold:  # the last picture stays until the new one is whole
            chart.setUpdatesEnabled(False)
        try:
            if not same:
                self._drawn = None  # until the chart holds all of it
                for _part in chart.set_data_steps(shown, lines, mean, marks, flares, label):
                    yield
            page, moved = self._show(chart, shown, sessions, first)
            if self._sliced:
                if moved:  # the new span's layout is made now, not in the paint
                    yield TURN
                    chart.prepare_paint()
                # The step that lets the chart paint does nothing else: the paint of
                # five years (5-11 ms) then has its turn to itself.
                yield TURN
        finally:
            if hold:
                chart.setUpdatesEnabled(True)
        if not same:
            self._drawn = key
        self.stack.setCurrentWidget(page)  # once the chart may paint: no stale frame
        if self._sliced:
            yield TURN  # the chart's paint follows this step, alone in its turn

    def _show(
        self, chart: PainChart, shown: list[PainEntry], sessions: list, first: date
    ) -> tuple[QWidget, bool]:
        """The texts beside the chart and its span, for the entries from ``first`` on.
        Returns the page to show (the chart, or the "no entries" line) and whether the
        chart's span moved (its date axis then gets new ticks)."""
        in_range = [e for e in shown if analytics.entry_day(e) >= first]
        count = sum(1 for s in sessions if s.day >= first)
        self.summary.setText(self._summary(in_range, count))
        self.trend.setText(domain_text(trend_summary(shown, self.hub.today(), self._rules).text))
        self._check_preset()
        moved = chart.show_range(self._range, self.hub.today(), self._all_from)
        return (chart if in_range else self.empty), moved

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        if self._job is not None and not self._stepper.isActive():
            self._stepper.start()  # a redraw or "All" left unfinished when hidden

    def mark_stale(self) -> None:
        """On screen, a change is redrawn on the next turn of the event loop, not inside
        the write that announced it: the write (and the dialog closing after it) and
        the redraw are then two short stalls instead of one of 25-30 ms."""
        if not self.isVisible():
            super().mark_stale()
            return
        self._stale = True
        self._redraw_soon.start()

    def _redraw_if_stale(self) -> None:
        if self._stale and self.isVisible():
            self._stale = False
            # In slices even when small, without a word: three months were one 8-ms
            # step with the chart's paint straight after it in the same turn.
            self._slice_next = True
            self.refresh_safely()

    def loading(self) -> bool:
        """True while "All" is still reading older months, the chart is being redrawn
        (the status line above the chart says which) or a change waits to be drawn."""
        return self._job is not None or self._redraw_soon.isActive()

    def prepare(self) -> object:
        """As :meth:`HubView.prepare`, once the chart is built (a part per turn by
        :meth:`chart_steps`); ``False`` until then, so the warm-up tries again later.
        The redraw then goes in slices, one per call (``AGAIN`` until it is done): drawn
        whole, three months of a five-year store were a 20 ms turn of the warm-up. If
        the person opens Progress meanwhile, the view's own stepper finishes it."""
        if self.chart is None or not self.chart.is_built():
            return False
        if self._job is None:
            if not self._stale or self.isVisible():
                return None
            self._stale = False
            self._slice_next = True
            if self._drawn is None:
                self.stack.setCurrentWidget(self.pending)  # not "no entries" meanwhile
            self.refresh_safely()
        elif not self.isVisible():
            self._step(first=True)
        return AGAIN if self._job is not None and not self.isVisible() else None

    def chart_steps(self) -> list[Callable[[], object]]:
        """The chart built ahead of the first visit, as steps for the window's warm-up
        (one per event-loop turn, each a few ms): pyqtgraph is imported on a thread, the
        chart is made once it is in (``False`` until then), then a part per step."""
        preload_chart()
        made: dict[str, object] = {}  # the axes, then the plot on them, a turn each

        def imported() -> bool:
            return _Preload.thread is None or not _Preload.thread.is_alive()

        def new_axes() -> bool:
            if self.chart is None and "axes" not in made:
                if not imported():
                    return False
                made["axes"] = importlib.import_module(CHART_MODULE).PainChart.new_axes()
            return True

        def new_plot() -> None:
            if self.chart is None and "plot" not in made:
                module = importlib.import_module(CHART_MODULE)
                made["plot"] = module.PainChart.new_plot(made["axes"])

        def new_chart() -> None:
            if self.chart is None:
                self.chart = self._new_chart(made.get("plot"))

        def part() -> None:
            if self.chart is not None:
                self.chart.build_step()

        return [new_axes, new_plot, new_chart, *[part] * CHART_PARTS]

    def paint_ahead_steps(self, size: QSize) -> list[Callable[[], object]]:
        """:meth:`paint_ahead`'s parts, in order, as steps for the window's warm-up."""
        parts = ("layout", "time zone", "bottom", "left", "all")
        return [lambda p=p: self.paint_ahead(size, p) for p in parts]

    def paint_ahead(self, size: QSize, part: str) -> None:
        """Lay the hidden view out at ``size`` (the window's) and paint its chart once off
        screen: pyqtgraph's first paint of the data (fonts, symbol atlas, paths, axis
        layout) is better spent now than in the first click on Progress. The warm-up
        calls it once per part: ``"layout"`` (the legend fitted to the new width,
        5-8 ms), ``"time zone"`` (read by the date axis's first ticks, 4-5 ms), then each
        axis (its first tick picture), then ``"all"`` (the rest of the paint, 8-11 ms);
        in one turn they were 25-30 ms."""
        if self.isVisible() or self.chart is None or not self.chart.is_built():
            return
        if self.size() != size:
            self.resize(size)
            self.layout().activate()
        if part == "layout":
            # A hidden widget gets its resize events at its first paint: a grab of one
            # pixel delivers them now (the legend fitted to the width), not in "all".
            self.chart.grab(QRect(0, 0, 1, 1))
        elif part == "time zone":
            self.chart.load_time_zone()
        elif part in ("bottom", "left"):
            self.chart.paint_axis(part)
        elif part == "all":
            self.chart.grab()

    def _new_chart(self, plot=None) -> PainChart:
        # Waits for the background import if it is still running.
        module = importlib.import_module(CHART_MODULE)
        chart = module.PainChart(build_now=False, plot=plot)
        chart.entry_clicked.connect(self.edit_requested)
        chart.range_changed_by_hand.connect(self._unhighlight_presets)
        self.stack.addWidget(chart)
        return chart

    def _ensure_chart(self) -> PainChart:
        if self.chart is None:
            self.chart = self._new_chart()
        self.chart.finish_building()
        return self.chart

    def _same_data(self, key: tuple) -> bool:
        """True when the records and choices are those last drawn (the store hands out
        the same pain entries until a file changes; session headers are made afresh
        and compared by value), so a preset only moves the view."""
        last = self._drawn
        return (
            last is not None
            and last[0] == key[0]
            and len(last[1]) == len(key[1])
            and all(a is b for a, b in zip(last[1], key[1], strict=True))
            and last[2] == key[2]
        )

    def _summary(self, entries: list[PainEntry], sessions: int) -> str:
        span = {14: self.tr("last 2 weeks"), 91: self.tr("last 3 months")}.get(
            self._range or 0, self.tr("all time")
        )
        count = (self.tr("1 session") if sessions == 1 else self.tr("%1 sessions")).replace(
            "%1", str(sessions)
        )
        if not entries:
            return self.tr("No pain entries (%1) · %2").replace("%1", span).replace("%2", count)
        last = entries[-1]
        entries_text = (
            self.tr("1 pain entry") if len(entries) == 1 else self.tr("%1 pain entries")
        ).replace("%1", str(len(entries)))
        return (
            self.tr("%1 and %2 (%3) · latest %4/10 (%5) on %6")
            .replace("%1", entries_text)
            .replace("%2", count)
            .replace("%3", span)
            .replace("%4", str(last.score))
            .replace("%6", dates.short_day(last.at))
            .replace("%5", last.location)
        )

    def _fill_locations(self, entries: list[PainEntry]) -> None:
        """One check box per location, most used first: the chart's series toggles.

        The boxes are relabelled in place, and only the extra ones made or removed: a new
        entry that reorders the locations used to delete every box and add new ones,
        and the row, empty for a turn, let the chart grow by 5 px and shrink back (two
        relayouts and two full repaints, a 26 ms stall instead of 8 ms)."""
        counts = Counter(e.location for e in entries)
        wanted = sorted(counts, key=lambda loc: (-counts[loc], loc))
        if wanted == list(self.location_boxes):
            return
        boxes = list(self.location_boxes.values())
        for box in boxes[len(wanted) :]:
            self.locations_row.removeWidget(box)
            box.deleteLater()
        while len(boxes) < len(wanted):
            box = LocationBox()
            box.toggled.connect(lambda on, b=box: self._toggle_location(b.location, on))
            self.locations_row.insertWidget(1 + len(boxes), box)
            boxes.append(box)
        self.location_boxes = {}
        for location, box in zip(wanted, boxes, strict=False):
            box.show_location(location, location not in self._hidden_locations)
            box.setAccessibleName(self.tr("Show %1").replace("%1", location))
            self.location_boxes[location] = box

    def _toggle_location(self, location: str, on: bool) -> None:
        if on:
            self._hidden_locations.discard(location)
        else:
            self._hidden_locations.add(location)
        self._draw()

    def _unhighlight_presets(self) -> None:
        """Zoomed or panned by hand: no preset describes what is shown any more."""
        self.range_buttons.setExclusive(False)
        for button in self.range_buttons.buttons():
            button.setChecked(False)
        self.range_buttons.setExclusive(True)

    def _check_preset(self) -> None:
        index = next(i for i, (_l, days) in enumerate(PRESETS) if days == self._range)
        self.range_buttons.button(index).setChecked(True)

    def _preset_clicked(self, index: int) -> None:
        """Redrawn on the next turn (see :meth:`mark_stale`): the click's own turn and
        the paint of the new span were one stall of 13-14 ms at five years. The redraw
        goes in slices, so that paint (the date axis's new ticks: 4 ms at five years)
        does not share a turn with the re-read either."""
        self._range = PRESETS[index][1]
        self._slice_next = True
        self.mark_stale()
