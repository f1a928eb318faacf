"""Running: the return-to-run plan for one person, from the readiness check to the
weekly volume and the run log.

Before the first run it asks the three readiness questions (walking, stairs, a brisk
30-minute walk, all pain-free) and says why running waits until each is a yes. Then it
shows the level ladder with where the person stands, the next run with the pain-gated
decision (its reason and rule), the single-run cap first and the weekly 10% as weaker
guidance, a weekly volume chart and the run log. Every figure comes from
:mod:`coach.domain.running`; every write goes through the hub.

Construction is cheap: nothing is read until the view is first shown, and the chart
module (pyqtgraph) is imported on the first draw (the Progress view has usually loaded
pyqtgraph in the background by then).
"""

from __future__ import annotations

import importlib
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QListView,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from coach.domain.pain import Context
from coach.domain.routine import Routine
from coach.domain.running.levels import FLAT_ONLY_UP_TO, LEVELS, Action, Level
from coach.domain.running.next_run import NextRun, morning_checked, next_run
from coach.domain.running.progress import (
    READINESS_KEY,
    SETTINGS_KEY,
    Step,
    last_run_day,
    load_steps,
    with_override,
)
from coach.domain.running.readiness import QUESTIONS, Readiness, readiness_from, readiness_setting
from coach.domain.running.runs import Run
from coach.domain.running.sessions import TEMPLATE_ID, level_routine, level_routine_id
from coach.store import StoreError
from coach.store.pain_light import light_on
from coach.store.running_rules import load_running_rules
from coach.ui import dates, theme
from coach.ui.dialogs import show_window_modal
from coach.ui.hub import DataHub, HubView
from coach.ui.i18n import text as domain_text
from coach.ui.running.importing import FILE_FILTER, RunImport, is_run_file
from coach.ui.running.numbers import number, percent

if TYPE_CHECKING:
    from coach.domain.running.chart import RunChartData
    from coach.ui.running.chart import RunChart
    from coach.ui.running.dialogs import LogRunDialog, OverrideDialog

CHART_MODULE = "coach.ui.running.chart"
# the labels are translated where the buttons are made (RunningView context)
PRESETS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("RunningView", "3 months"), 91),
    (QT_TRANSLATE_NOOP("RunningView", "1 year"), 365),
    (QT_TRANSLATE_NOOP("RunningView", "All"), None),
)


class RunningView(HubView):
    """Signal ``start_requested(routine)``: open the player on the next run's routine."""

    areas = ("runs", "pain", "sessions", "settings", "routines")
    start_requested = Signal(Routine)

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(hub, parent)
        self.chart: RunChart | None = None
        self.chart_data: RunChartData | None = None
        self.plan: NextRun | None = None
        self.runs: list[Run] = []
        self._steps: list[Step] = []
        self._range: int | None = 91
        self._refreshing = False
        self._drawn: tuple | None = None  # (today, runs, pain entries) the chart shows
        self._deleted: tuple[Run, list] | None = None
        self.importer: RunImport | None = None
        self.log_dialog: LogRunDialog | None = None
        self.override_dialog: OverrideDialog | None = None

        title = theme.plain_label(self.tr("Running"), theme.TITLE_SCALE, bold=True)
        self.log_button = self._button(
            self.tr("Log a run…"), self.tr("Log a run by hand"), self.open_log_dialog
        )
        self.import_button = self._button(
            self.tr("Import from watch…"),
            self.tr("Import runs from GPX, TCX or FIT files"),
            self.import_files,
        )
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.log_button)
        head.addWidget(self.import_button)
        self.status = theme.plain_label("")
        self.status.setAccessibleDescription(self.tr("Running status"))
        self.status.hide()
        self.undo_bar = QFrame()
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_bar.setAccessibleName(self.tr("Run deleted"))
        self.undo_label = theme.plain_label("")
        self.undo_button = self._button(
            self.tr("Undo"), self.tr("Undo deleting the run"), self.undo_delete
        )
        row = QHBoxLayout(self.undo_bar)
        row.addWidget(self.undo_label, 1)
        row.addWidget(self.undo_button)
        self.undo_bar.hide()

        self.pages = QStackedWidget()  # the two pages are built when first shown
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.status)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.pages, 1)

    # -- building ------------------------------------------------------------------
    @staticmethod
    def _button(text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _build_pages(self) -> None:
        """The readiness and plan pages, built on the first show, not at start-up."""
        if self.pages.count() == 0:
            self.pages.addWidget(self._readiness_page())
            self.pages.addWidget(self._plan_page())

    def _readiness_page(self) -> QWidget:
        page = QWidget()
        page.setAccessibleName(self.tr("Ready to run?"))
        box = QVBoxLayout(page)
        box.addWidget(theme.plain_label(self.tr("Ready to run?"), theme.BIG_SCALE, bold=True))
        self.why_wait = theme.plain_label(
            self.tr(
                "Running waits until walking, stairs and a brisk 30-minute walk are all "
                "pain-free. Running on a knee that still hurts in everyday life is what set "
                "most runners back: the IT band needs the strength work first. Answer the "
                "three questions below; once each is a yes, the first level starts with "
                "about a mile (1–3 km) of walk/run on flat ground."
            )
        )
        self.why_wait.setAccessibleDescription(self.tr("Why running waits"))
        box.addWidget(self.why_wait)
        labels = {
            "walking": self.tr(
                "Can you walk as far as you like without pain at the outer knee or hip?"
            ),
            "stairs": self.tr("Can you go up and down stairs without that pain?"),
            "brisk_walk": self.tr(
                "Have you done a brisk 30-minute walk without pain, also the next morning?"
            ),
        }
        self.questions: dict[str, QCheckBox] = {}
        for key, _english in QUESTIONS:
            check = QCheckBox(labels[key])
            check.setAccessibleName(labels[key])
            self.questions[key] = check
            box.addWidget(check)
        self.ready_button = self._button(
            self.tr("Save my answers"), self.tr("Save the readiness answers"), self.save_readiness
        )
        box.addWidget(self.ready_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.ready_advice = theme.plain_label("")
        self.ready_advice.setAccessibleDescription(self.tr("Readiness advice"))
        box.addWidget(self.ready_advice)
        box.addStretch(1)
        return page

    def _plan_page(self) -> QWidget:
        page = QWidget()
        self.next_box = QGroupBox(self.tr("Next run"))
        self.next_box.setAccessibleName(self.tr("Next run"))
        nb = QVBoxLayout(self.next_box)
        self.level_label = self._value_label(self.tr("Next run's level"), theme.BIG_SCALE, True)
        self.ground_label = self._value_label(self.tr("Ground"))
        self.decision_label = self._value_label(self.tr("Decision"))
        self.rule_label = self._value_label(self.tr("Rule"), theme.SMALL_SCALE)
        self.cap_label = self._value_label(self.tr("Today's cap"), bold=True)
        self.guide_label = self._value_label(self.tr("Weekly guide"), theme.SMALL_SCALE)
        self.wait_label = self._value_label(self.tr("Before the next run"))
        left, right = QVBoxLayout(), QVBoxLayout()
        for label in (
            self.level_label,
            self.ground_label,
            self.decision_label,
            self.rule_label,
        ):
            left.addWidget(label)
        left.addStretch(1)
        for label in (self.wait_label, self.cap_label, self.guide_label):
            right.addWidget(label)
        buttons = QHBoxLayout()
        self.start_button = self._button(
            self.tr("Start this run"), self.tr("Start the next run in the player"), self.start_run
        )
        theme.set_font(self.start_button, theme.BIG_SCALE, bold=True)
        self.override_button = self._button(
            self.tr("Override…"), self.tr("Choose another level, with a reason"), self.open_override
        )
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.override_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        nb.addLayout(columns)

        # The ladder as one row of ten steps (each step's session in its tool tip and
        # accessible text), so the chart keeps its height in a small window.
        ladder_row = QHBoxLayout()
        ladder_row.addWidget(theme.plain_label(self.tr("Level ladder:")))
        self.ladder = QListWidget()
        self.ladder.setAccessibleName(self.tr("Level ladder, your level marked"))
        self.ladder.setFlow(QListView.Flow.LeftToRight)
        self.ladder.setWrapping(False)
        self.ladder.setSpacing(2)
        self.ladder.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.ladder.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ladder.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ladder.setFixedHeight(theme.GRID * 5)
        ladder_row.addWidget(self.ladder, 1)
        self.ladder_here = self._value_label(self.tr("Where you stand"), theme.SMALL_SCALE)
        ladder_row.addWidget(self.ladder_here)
        nb.insertLayout(0, ladder_row)
        top = QHBoxLayout()
        top.addWidget(self.next_box, 1)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Volume and log"))
        chart_page = QWidget()
        cp = QVBoxLayout(chart_page)
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
        self.chart_summary = self._value_label(self.tr("Weekly volume summary"))
        bar.addWidget(self.chart_summary, 1)
        cp.setContentsMargins(theme.GRID // 2, theme.GRID // 2, theme.GRID // 2, 0)
        cp.addLayout(bar)
        self.chart_holder = QVBoxLayout()
        cp.addLayout(self.chart_holder, 1)
        self.tabs.addTab(chart_page, self.tr("Weekly volume"))

        from coach.ui.running.dialogs import terrain_labels
        from coach.ui.running.table import RunTable

        log_page = QWidget()
        lp = QVBoxLayout(log_page)
        self.table_model = RunTable(self)
        self.table_model.terrains = {t.value: text for t, text in terrain_labels().items()}
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setAccessibleName(self.tr("Run log"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(40)  # width from the rows on screen, not 900 rows
        self.table.horizontalHeader().setStretchLastSection(True)
        self.delete_button = self._button(
            self.tr("Delete run"), self.tr("Delete the selected run"), self.delete_selected
        )
        lp.addWidget(self.table, 1)
        lp.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(log_page, self.tr("Run log"))

        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(self.tabs, 1)
        return page

    def _value_label(self, name: str, scale: float = 1.0, bold: bool = False):
        label = theme.plain_label("", scale, bold)
        label.setAccessibleDescription(name)
        return label

    # -- reading -------------------------------------------------------------------
    def ready_gate(self) -> bool:
        """True while the readiness page shows (no run yet and not every answer yes)."""
        return self.pages.currentIndex() == 0

    def refresh(self) -> None:
        if self._refreshing:  # a decision recorded during a refresh re-enters here
            return
        self._refreshing = True
        try:
            self._refresh()
        finally:
            self._refreshing = False

    def _refresh(self) -> None:
        self._build_pages()
        store = self.hub.store
        today = self.hub.today()
        self.runs = runs = store.runs.list()
        ready = readiness_from(store.settings.get(READINESS_KEY))
        if ready is not None:  # else leave what the person is ticking as it is
            for key, check in self.questions.items():
                check.setChecked(ready.answers.get(key, False))
        if not runs and (ready is None or not ready.ready):
            self.ready_advice.setText(self._advice(ready))
            self.pages.setCurrentIndex(0)
            return
        self.pages.setCurrentIndex(1)
        damaged = False
        try:
            self._steps = load_steps(store.settings.get(SETTINGS_KEY))
        except ValueError as exc:
            damaged = True  # shown, never written over
            self._say(
                self.tr(
                    "The running plan in your data is damaged (%1): the ladder counts from level "
                    "1 and nothing is written over it."
                ).replace("%1", str(exc))
            )
            self._steps = []
        light = light_on(store, today)
        rules = load_running_rules(store)  # Settings ▸ Running: the caps' percentages
        run_day = last_run_day(runs, today)
        since = store.pain.list(run_day + timedelta(days=1), today) if run_day else []
        mornings = [e.at.astimezone().date() for e in since if e.context == Context.MORNING]
        # The diary around the runs of the chart's range only: five years of entries take
        # a third of a second to read, once; a wider preset reads them when chosen.
        pain = []
        if runs:
            first = runs[0].day
            if self._range:
                first = max(first, today - timedelta(days=self._range))
            pain = store.pain.list(first, today)
        plan = next_run(
            self._steps,
            runs,
            today,
            light.level.value,
            light.reason,
            morning_checked(runs, mornings, today),
            rules,
        )
        if plan.due is not None and not damaged:
            self._steps = [*self._steps, plan.due]
            self.hub.set_setting(SETTINGS_KEY, [s.to_dict() for s in self._steps])
        self.plan = plan
        self._show_plan(plan)
        if self._same_data(today, runs, pain, rules):
            return  # a setting or a session changed: the chart and the log stay as drawn
        from coach.domain.running.chart import run_chart

        self._drawn = (today, runs, pain, rules, list(self._steps))
        self.chart_data = run_chart(runs, pain, rules=rules, today=today, steps=self._steps)
        data = self.chart_data
        over = {
            run_id: (share, text)
            for run_id, share, text in zip(
                data.run_id, data.over_share, data.over_text, strict=True
            )
            if text
        }
        ground = {
            run_id: (lvl, text)
            for run_id, lvl, text in zip(
                data.run_id, data.ground_level, data.ground_text, strict=True
            )
            if text
        }
        self.table_model.set_runs(runs, over, ground)
        self._draw()

    def _same_data(self, today, runs: list[Run], pain: list, rules) -> bool:
        """True when the runs, diary entries and caps are those last drawn (the store
        hands out the same objects until a file changes)."""
        last = self._drawn
        return (
            last is not None
            and last[0] == today
            and last[3] == rules
            and last[4] == self._steps  # a decision moves which runs were at levels 1–6
            and len(last[1]) == len(runs)
            and len(last[2]) == len(pain)
            and all(a is b for a, b in zip(last[1], runs, strict=True))
            and all(a is b for a, b in zip(last[2], pain, strict=True))
        )

    def _advice(self, ready: Readiness | None) -> str:
        if ready is None:
            return self.tr("Not answered yet.")
        if ready.ready:
            return self.tr("Ready for level 1: about a mile (1–3 km) of walk/run on flat ground.")
        missing = [self.questions[k].text() for k, _ in QUESTIONS if not ready.answers.get(k)]
        return (
            self.tr(
                "Not yet (answered %1): keep to walking and the strength routine until "
                "each of these is pain-free:"
            ).replace("%1", dates.short_day(ready.day))
            + "\n"
            + "\n".join(f"• {text}" for text in missing)
        )

    def level_text(self, lvl: Level) -> str:
        if lvl.continuous:
            return (
                self.tr("Level %1: %2 min continuous easy run")
                .replace("%1", str(lvl.number))
                .replace("%2", str(lvl.run_s // 60))
            )
        return (
            self.tr("Level %1: %2 × %3 min run / %4 min walk")
            .replace("%1", str(lvl.number))
            .replace("%2", str(lvl.repeats))
            .replace("%3", str(lvl.run_s // 60))
            .replace("%4", str(lvl.walk_s // 60))
        )

    def _rule(self, light: str) -> str:
        return {
            "green": self.tr(
                "Rule: green light (pain during within the acceptable level, next morning "
                "back to usual): move up a level at the next run."
            ),
            "amber": self.tr("Rule: amber light: keep the load, repeat the level."),
            "red": self.tr("Rule: red light: step back a level and rest a day."),
        }.get(light, self.tr("Rule: chosen by you."))

    def _decision_text(self, step: Step) -> str:
        d = step.decision
        verb = {
            Action.UP: self.tr("Move up to level %1"),
            Action.REPEAT: self.tr("Repeat level %1"),
            Action.BACK: self.tr("Step back to level %1"),
        }[d.action].replace("%1", str(d.to_level))
        rest = self.tr(" after a rest day") if d.rest_day else ""
        text = (
            self.tr("After your run on %1: %2%3 (%4).")
            .replace("%1", dates.short_day(step.run_day))
            .replace("%2", verb)
            .replace("%3", rest)
            .replace("%4", domain_text(d.reason))  # the light's words, when not from the store
        )
        if d.overridden:
            text += " " + (
                self.tr("Chosen by you: %1").replace("%1", d.why)
                if d.why
                else self.tr("Chosen by you.")
            )
        return text

    def _show_plan(self, plan: NextRun) -> None:
        lvl = plan.level
        self.level_label.setText(self.level_text(lvl))
        self.ground_label.setText(
            self.tr("⚠ Flat ground only: avoid hills and downhill (levels 1–%1).").replace(
                "%1", str(FLAT_ONLY_UP_TO)
            )
            if plan.flat_only
            else self.tr("Mostly flat; gentle hills only while the knee stays quiet.")
        )
        if plan.last is None:
            self.decision_label.setText(
                self.tr(
                    "No decision yet: the first run is at level 1. After each run day, "
                    "the pain light decides the next level."
                )
            )
            self.rule_label.setText(
                self.tr("Green: move up · amber: repeat · red: step back and rest a day.")
            )
        else:
            self.decision_label.setText(self._decision_text(plan.last))
            self.rule_label.setText(self._rule(plan.last.decision.light))
        waits = []
        if plan.waiting_for_morning:
            waits.append(
                self.tr(
                    "Log how the knee feels the morning after a run (P, “next morning”): "
                    "moving up waits for it."
                )
            )
        if plan.rest_today:
            waits.append(self.tr("Rest today; run tomorrow at the earliest."))
        self.wait_label.setText("\n".join(waits))
        self.wait_label.setVisible(bool(waits))
        cap = plan.cap
        if cap is None:
            self.cap_label.setText(
                self.tr("Today: no run in the last 30 days, so keep to the level's session.")
            )
        else:
            self.cap_label.setText(
                self.tr(
                    "Today: up to %1 km / %2 min (single-run cap: %3 of your longest run "
                    "in the last 30 days, %4 km / %5 min)."
                )
                .replace("%1", number(cap.distance_m / 1000))
                .replace("%2", number(cap.duration_s / 60, 0))
                .replace("%3", percent(cap.ratio))
                .replace("%4", number(cap.longest_distance_m / 1000))
                .replace("%5", number(cap.longest_duration_s / 60, 0))
            )
        guide = plan.guide
        self.guide_label.setText(
            self.tr(
                "This week about %1 km in all (last week %2 km + %3). Guidance only: a "
                "weaker signal than the single-run cap."
            )
            .replace("%1", number(guide.guide_m / 1000))
            .replace("%2", number(guide.last_week_m / 1000))
            .replace("%3", percent(guide.ratio - 1))
        )
        self.start_button.setEnabled(not plan.rest_today)
        self.ladder.clear()
        for step in LEVELS:
            here = step.number == lvl.number
            mark = "▶ " if here else ("✓ " if step.number < lvl.number else "")
            item = QListWidgetItem(f"{mark}{step.number}")
            full = self.level_text(step) + (self.tr(" — you are here") if here else "")
            item.setToolTip(full)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, mark + full)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if here:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setBackground(theme.accent_colour())
                item.setForeground(QApplication.palette().color(QPalette.ColorRole.HighlightedText))
            self.ladder.addItem(item)
        self.ladder_here.setText(
            self.tr("Level %1 of %2").replace("%1", str(lvl.number)).replace("%2", str(len(LEVELS)))
        )

    # -- chart -----------------------------------------------------------------------
    def _ensure_chart(self) -> RunChart:
        if self.chart is None:
            module = importlib.import_module(CHART_MODULE)
            self.chart = module.RunChart()
            self.chart.range_changed_by_hand.connect(self._unhighlight_presets)
            self.chart_holder.addWidget(self.chart)
        return self.chart

    def _draw(self) -> None:
        chart = self._ensure_chart()
        chart.set_data(self.chart_data)
        chart.show_range(self._range, self.hub.today())
        data = self.chart_data
        first = self.hub.today() - timedelta(days=(self._range or 10**5) - 1)
        shown = [i for i, d in enumerate(data.run_day) if d >= first]
        km = sum(data.run_km[i] for i in shown)
        over = sum(1 for i in shown if data.over[i])
        text = (
            (
                self.tr("1 run, %2 km in this range; %3 over the single-run cap.")
                if len(shown) == 1
                else self.tr("%1 runs, %2 km in this range; %3 over the single-run cap.")
            )
            .replace("%1", str(len(shown)))
            .replace("%2", number(km))
            .replace("%3", str(over))
        )
        self.chart_summary.setText(text)

    def _preset_clicked(self, index: int) -> None:
        self._range = PRESETS[index][1]
        if self.chart is not None:
            self.refresh_safely()  # reads the diary of a wider range (unchanged: no redraw)
            self._draw()

    def _unhighlight_presets(self) -> None:
        self.range_buttons.setExclusive(False)
        for button in self.range_buttons.buttons():
            button.setChecked(False)
        self.range_buttons.setExclusive(True)

    # -- actions ---------------------------------------------------------------------
    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def save_readiness(self) -> bool:
        answers = {key: check.isChecked() for key, check in self.questions.items()}
        check = Readiness(self.hub.today(), answers)
        return self.hub.set_setting(READINESS_KEY, readiness_setting(check))

    def open_log_dialog(self) -> LogRunDialog:
        from coach.ui.running.dialogs import LogRunDialog

        dialog = LogRunDialog(self.hub, self)
        dialog.logged.connect(lambda _id: self._say(self.tr("Run logged.")))
        self.log_dialog = show_window_modal(dialog)
        return dialog

    def open_override(self) -> OverrideDialog:
        from coach.ui.running.dialogs import OverrideDialog

        current = self.plan.level.number if self.plan else 1
        last = self.plan.last.decision if self.plan and self.plan.last else None
        dialog = OverrideDialog(last, current, self)
        dialog.chosen.connect(self.record_override)
        self.override_dialog = show_window_modal(dialog)
        return dialog

    def record_override(self, level: int, why: str) -> bool:
        steps = with_override(self._steps, level, self.hub.today(), why)
        return self.hub.set_setting(SETTINGS_KEY, [s.to_dict() for s in steps])

    def next_routine(self) -> Routine | None:
        """The routine of the next run's level: the person's own if they saved one, else
        made from "Return to run: week 1" (saved, so it can be resumed and edited)."""
        lvl = self.plan.level if self.plan else LEVELS[0]
        store = self.hub.store
        routine = store.routines.get(level_routine_id(lvl))
        if routine is not None:
            return routine
        template = store.routines.get(TEMPLATE_ID)
        if template is None:
            self.hub.error.emit(self.tr("The “Return to run: week 1” routine is missing."))
            return None
        routine = level_routine(lvl, template)
        if not self.hub.save_routine(routine):
            return None
        return routine

    def start_run(self) -> None:
        routine = self.next_routine()
        if routine is not None:
            self.start_requested.emit(routine)

    def selected_run(self) -> Run | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table_model.runs[rows[0].row()] if rows else None

    def delete_selected(self) -> None:
        run = self.selected_run()
        if run is None:
            self._say(self.tr("Choose a run in the log first."))
            return
        gone = self.hub.delete_run(run)
        if gone is None:
            return
        self._deleted = (run, gone)
        self.undo_label.setText(
            self.tr("Run of %1 deleted (%2 km).")
            .replace("%1", dates.short_day(run.started_at.astimezone()))
            .replace("%2", number(run.km, 2))
        )
        self.undo_bar.show()

    def undo_delete(self) -> None:
        if self._deleted is not None and self.hub.add_runs([self._deleted[0]], self._deleted[1]):
            self._deleted = None
            self.undo_bar.hide()

    def import_files(self, paths: list[Path] | None = None) -> RunImport | None:
        """Import run files (``paths``, or the ones the person chooses) on a worker
        thread, with progress; the result is one line above the page."""
        if paths is None:
            names, _filter = QFileDialog.getOpenFileNames(
                self, self.tr("Import runs"), str(Path.home()), self.tr(FILE_FILTER)
            )
            paths = [Path(n) for n in names]
        if not paths or (self.importer is not None and self.importer.running()):
            return None
        importer = RunImport(self.hub, paths, self)
        progress = QProgressDialog(
            self.tr("Reading run files…"), self.tr("Cancel"), 0, len(paths), self
        )
        progress.setAccessibleName(self.tr("Import progress"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(importer.cancel)
        importer.progress.connect(lambda done, _total: progress.setValue(done))
        importer.finished.connect(lambda _m: (progress.reset(), progress.deleteLater()))
        importer.finished.connect(self._say)
        self.importer = importer
        importer.start()
        return importer

    def drop_files(self, paths: list[Path]) -> None:
        """Run files dropped on the window (the main window passes them on)."""
        self.import_files([p for p in paths if is_run_file(p)])

    def refresh_safely(self) -> None:
        try:
            self.refresh()
        except StoreError as exc:
            self.hub.report_read_error(exc)
