"""Progress: is the knee getting better? Daily pain, its weekly trend, sessions done.

The view reads pain entries and sessions through the hub's store, turns them into
series with :mod:`coach.domain.analytics` and hands plain lists to :class:`PainChart`.
The daily value is the worst score of the day: one bad moment is what a flare-up looks
like, and a day's average hides it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtWidgets import (
    QButtonGroup,
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
from coach.domain.record import EndReason, SessionRecord
from coach.ui import theme
from coach.ui.hub import DataHub, HubView
from coach.ui.pain_chart import PainChart

PRESETS: tuple[tuple[str, int | None], ...] = (
    ("2 weeks", 14),
    ("3 months", 91),
    ("All", None),
)
ALL_LOCATIONS = ""


class ProgressView(HubView):
    areas = ("pain", "sessions")

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self._range: int | None = 91
        title = QLabel(self.tr("Progress"))
        theme.set_font(title, theme.TITLE_SCALE, bold=True)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Pain summary"))
        self.summary.setWordWrap(True)

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
        self.location = QComboBox()
        self.location.setAccessibleName(self.tr("Body location shown"))
        self.location.setMinimumContentsLength(14)
        self.location.currentIndexChanged.connect(lambda _i: self.refresh())
        bar.addWidget(QLabel(self.tr("Location:")))
        bar.addWidget(self.location)

        self.chart = PainChart()
        self.empty = QLabel(
            self.tr("No pain entries yet.\nPress P or “Log pain” to add your first one.")
        )
        self.empty.setAccessibleName(self.tr("No pain data"))
        theme.set_font(self.empty, theme.BIG_SCALE)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.chart)
        self.stack.addWidget(self.empty)
        hint = QLabel(self.tr("Drag or scroll on the chart to pan and zoom in time."))
        theme.set_font(hint, theme.SMALL_SCALE)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(hint)

    def refresh(self) -> None:
        store = self.hub.store
        entries = store.pain.list()
        sessions: list[SessionRecord] = [s for s in store.sessions.list() if s.finished]
        self._fill_locations(entries)
        where = self.location.currentData() or ALL_LOCATIONS
        shown = [e for e in entries if not where or e.location == where]
        daily = [(d.day, float(d.max)) for d in analytics.daily_pain(shown)]
        done = sorted({s.day for s in sessions if s.end_reason != EndReason.STOPPED_FOR_PAIN})
        stopped = sorted({s.day for s in sessions if s.end_reason == EndReason.STOPPED_FOR_PAIN})
        self.chart.set_series(daily, analytics.rolling_mean(daily), done, stopped)
        self.stack.setCurrentWidget(self.chart if shown else self.empty)
        self.summary.setText(self._summary(shown, len(sessions)))
        self._apply_range()

    def _summary(self, entries: Sequence[PainEntry], sessions: int) -> str:
        if not entries:
            return self.tr("No pain entries yet · %1 sessions recorded").replace(
                "%1", str(sessions)
            )
        last = entries[-1]
        week_ago = self.hub.today() - timedelta(days=6)
        recent = [e.score for e in entries if analytics.entry_day(e) >= week_ago]
        text = self.tr("%1 pain entries · latest %2/10 (%3) on %4 · %5 sessions recorded")
        text = (
            text.replace("%1", str(len(entries)))
            .replace("%2", str(last.score))
            .replace("%3", last.location)
            .replace("%4", last.at.strftime("%a %d %b"))
            .replace("%5", str(sessions))
        )
        if recent:
            mean = sum(recent) / len(recent)
            text += self.tr(" · last 7 days average %1").replace("%1", f"{mean:.1f}")
        return text

    def _fill_locations(self, entries: Sequence[PainEntry]) -> None:
        counts: dict[str, int] = defaultdict(int)
        for entry in entries:
            counts[entry.location] += 1
        wanted = [ALL_LOCATIONS, *sorted(counts, key=lambda loc: -counts[loc])]
        have = [self.location.itemData(i) for i in range(self.location.count())]
        if wanted == have:
            return
        current = self.location.currentData()
        self.location.blockSignals(True)
        self.location.clear()
        for loc in wanted:
            self.location.addItem(loc or self.tr("All locations"), loc)
        index = self.location.findData(current)
        self.location.setCurrentIndex(max(index, 0))
        self.location.blockSignals(False)

    def _preset_clicked(self, index: int) -> None:
        self._range = PRESETS[index][1]
        self._apply_range()

    def _apply_range(self) -> None:
        self.chart.show_range(self._range, self.hub.today())
