"""Pain diary benchmarks at five years of use; prints ``BENCH <name> <value> <unit>`` lines.

Builds the store of ``make_big_store.py`` (≈6,000 pain entries, ≈2,000 sessions) in a
temporary folder and measures what issue 11 sets goals for, medians of repeated runs:

- the traffic light: the pure function over *all* five years (worst case), and
  ``light_on`` as Today calls it (goal < 20 ms);
- the chart, rendered offscreen: first draw of "All" and of 3 months, a range change
  (goal < 100 ms), one pan frame and one hover frame (goal < 16 ms);
- the GUI stall when an entry is added, edited and undone with Today and Progress built
  (goal < 50 ms).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_pain.py
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from make_big_store import generate

from coach.domain.clock import wall_now
from coach.domain.pain import PainEntry
from coach.domain.pain.light import traffic_light
from coach.domain.pain.summary import trend_summary
from coach.store import Store
from coach.store.pain_light import light_on

RUNS = 20


def bench(name: str, value: float, unit: str) -> None:
    print(f"BENCH {name} {value:.2f} {unit}", flush=True)


def median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        action()
        times.append((time.perf_counter() - t0) * 1000.0)
    return statistics.median(times)


def domain_figures(store: Store, today: date) -> None:
    entries = store.pain.list()
    sessions = store.sessions.list()
    bench("pain_entries", len(entries), "entries")
    bench("light_pure_all_5y", median_ms(lambda: traffic_light(entries, sessions, today)), "ms")
    light_on(store, today)  # parse the months it reads once, as the app has at start-up
    bench("light_on_store_warm", median_ms(lambda: light_on(store, today)), "ms")
    bench("trend_summary_all_5y", median_ms(lambda: trend_summary(entries, today)), "ms")


def gui_figures(store: Store, today: date) -> None:
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from coach.app import make_application
    from coach.ui.hub import DataHub
    from coach.ui.main_window import MainWindow

    app = make_application()
    hub = DataHub(store, today=lambda: today)
    window = MainWindow(hub)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    progress = window.progress

    def settle() -> None:
        while progress.loading():
            app.processEvents()
        app.processEvents()

    window.show_view("progress")
    settle()
    chart = progress.chart
    assert chart is not None

    def redraw(preset: int, fresh: bool = False) -> Callable[[], None]:
        def run() -> None:
            if fresh:
                progress._drawn = None  # forget what the chart holds: a full first draw
            progress.range_buttons.button(preset).click()
            settle()
            chart.grab()

        return run

    bench("chart_first_draw_3_months", median_ms(redraw(1, fresh=True), 10), "ms")
    redraw(2)()  # "All" reads the older months once
    bench("chart_first_draw_all_5y", median_ms(redraw(2, fresh=True), 10), "ms")
    bench("chart_preset_click_all_to_3_months", median_ms(redraw(1), 10), "ms")
    bench("chart_preset_click_3_months_to_all", median_ms(redraw(2), 10), "ms")
    bench("chart_points_all_5y", chart.point_count(), "points")

    def range_change() -> None:
        chart.show_range(91, today)
        chart.grab()
        chart.show_range(None, today)
        chart.grab()

    bench("chart_range_change", median_ms(range_change, 10) / 2, "ms")
    vb = chart.getPlotItem().vb
    span = 86400.0 * 3

    def pan() -> None:
        vb.translateBy(x=span)
        chart.grab()
        vb.translateBy(x=-span)
        chart.grab()

    bench("chart_pan_frame_all_5y", median_ms(pan) / 2, "ms")
    chart.show_range(91, today)
    bench("chart_pan_frame_3_months", median_ms(pan) / 2, "ms")
    redraw(0)()  # two weeks: the hover is over a point among a few
    recent = [e for e in store.pain.list(today - timedelta(days=13), today)]
    target = recent[len(recent) // 2]
    scene = vb.mapViewToScene(QPointF(target.at.timestamp(), target.score))
    pos = QPointF(chart.mapFromScene(scene))
    away = QPointF(5, 5)

    def hover() -> None:
        for where in (pos, away):
            event = QMouseEvent(
                QEvent.Type.MouseMove,
                where,
                QPointF(chart.viewport().mapToGlobal(where.toPoint())),
                Qt.MouseButton.NoButton,
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(chart.viewport(), event)
            chart.grab()

    bench("chart_hover_frame", median_ms(hover) / 2, "ms")

    window.show_view("today")
    app.processEvents()
    entry = PainEntry(score=3, at=wall_now(), note="bench")

    def stall(action: Callable[[], object]) -> float:
        t0 = time.perf_counter()
        action()
        app.processEvents()
        return (time.perf_counter() - t0) * 1000.0

    bench("gui_add_entry_stall", stall(lambda: hub.add_pain(entry)), "ms")
    edited = replace(entry, score=5)
    bench("gui_edit_entry_stall", stall(lambda: window.pain_undo.edit(entry, edited)), "ms")
    bench("gui_undo_edit_stall", stall(window.pain_undo.undo), "ms")
    bench("gui_delete_entry_stall", stall(lambda: window.pain_undo.delete(entry)), "ms")
    bench("gui_undo_delete_stall", stall(window.pain_undo.undo), "ms")
    window.close()


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-pain-") as tmp:
        root = Path(tmp)
        today = date.today()
        generate(root, today)
        store = Store.open(root)
        try:
            domain_figures(store, today)
            gui_figures(store, today)
        finally:
            store.close()


if __name__ == "__main__":
    main()
