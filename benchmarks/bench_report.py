"""Progress-report benchmarks: time to build and write the PDF, its size, and the
longest single step (what the dialog would block the event loop for).

Goals from issue 13: a 12-week report < 2 s, a 2-year report < 6 s, a 12-week file
< 1 MB, and no step of the dialog's page-by-page rendering > 50 ms. Histories come from
the demo story (12 weeks, then 104 weeks), so every section has content.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from make_big_store import generate

from coach.app import make_application
from coach.domain.demo import generate_history
from coach.domain.library import builtin_routines
from coach.domain.report import ReportRequest, build_report
from coach.render.report_pdf import ReportJob

TODAY = date(2026, 11, 30)


def bench(name: str, value: float, unit: str) -> None:
    print(f"BENCH {name} {value:.2f} {unit}", flush=True)


def run(weeks: int, label: str, folder: Path) -> None:
    history = generate_history(TODAY, weeks=weeks)
    routines = builtin_routines()
    start = TODAY - timedelta(days=7 * weeks - 1)
    request = ReportRequest(start, TODAY, patient="Bench Mark", condition="IT-band syndrome")
    out = folder / f"report-{label}.pdf"
    t0 = time.perf_counter()
    report = build_report(
        request, routines, history.sessions, history.pain, datetime.now().astimezone(), "bench"
    )
    built = time.perf_counter() - t0
    job = ReportJob(report, out, "a4")
    longest = 0.0
    last = time.perf_counter()
    for _ in job.steps():
        now = time.perf_counter()
        longest = max(longest, now - last)
        last = now
    total = time.perf_counter() - t0
    bench(f"report_{label}_total", total * 1000, "ms")
    bench(f"report_{label}_build_model", built * 1000, "ms")
    bench(f"report_{label}_longest_step", longest * 1000, "ms")
    bench(f"report_{label}_pages", job.pages, "pages")
    bench(f"report_{label}_size", out.stat().st_size / 1024, "KiB")


def dialog_stall(folder: Path) -> None:
    """The Report dialog making a 2-year report from a real store: the longest gap
    between two ticks of a 5 ms timer is how long the window could not repaint."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from coach.store import Store
    from coach.ui.hub import DataHub
    from coach.ui.report_dialog import ReportDialog

    today = date.today()
    data = folder / "data"
    generate(data, today, years=2)
    store = Store.open(data)
    try:
        hub = DataHub(store)
        dialog = ReportDialog(hub)
        dialog.show()
        settle = QEventLoop()  # the person fills in the form: the print chart is built now
        QTimer.singleShot(1500, settle.quit)
        settle.exec()
        start = today - timedelta(days=729)
        dialog._set_dates(start, today)
        dialog.path.setText(str(folder / "dialog-2y.pdf"))
        clock = QElapsedTimer()
        clock.start()
        gaps: list[int] = []
        last = [clock.elapsed()]

        def tick() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        ticker = QTimer()
        ticker.setInterval(5)
        ticker.timeout.connect(tick)
        loop = QEventLoop()
        dialog.written.connect(loop.quit)
        dialog.stopped.connect(loop.quit)
        ticker.start()
        began = clock.elapsed()
        dialog.make_button.click()
        loop.exec()
        ticker.stop()
        bench("report_dialog_2_years_total", clock.elapsed() - began, "ms")
        bench("report_dialog_2_years_longest_gui_stall", max(gaps, default=0), "ms")
        ordered = sorted(gaps) or [0]
        bench("report_dialog_2_years_p95_tick_gap", ordered[int(0.95 * (len(ordered) - 1))], "ms")
        load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
        bench("machine_load_average", load, "runnable")
        dialog.close()
    finally:
        store.close()


def main() -> None:
    make_application()
    with tempfile.TemporaryDirectory() as tmp:
        run(12, "12_weeks", Path(tmp))
        run(104, "2_years", Path(tmp))
        dialog_stall(Path(tmp))


if __name__ == "__main__":
    main()
