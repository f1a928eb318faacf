"""Switching the theme (Settings ▸ Theme) re-polishes every widget: how long the window
is busy for one switch, light ↔ dark, on the main window with all four views built.

Prints ``BENCH theme_switch_median <ms> ms`` and the worst of the runs."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication

RUNS = 10


def main() -> None:
    app = QApplication.instance() or QApplication([])
    from coach.store import Store
    from coach.ui import theme
    from coach.ui.hub import DataHub
    from coach.ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "data")
        window = MainWindow(DataHub(store))
        window.resize(1280, 800)
        window.show()
        for name in ("progress", "calendar", "routines", "today"):
            window.show_view(name)
            app.processEvents()
        theme.apply("light")
        app.processEvents()
        times = []
        for i in range(RUNS):
            start = time.perf_counter()
            theme.apply("dark" if i % 2 == 0 else "light")
            app.processEvents()
            times.append((time.perf_counter() - start) * 1000)
        window.close()
        store.close()
    print(f"BENCH theme_switch_median {statistics.median(times):.0f} ms")
    print(f"BENCH theme_switch_max {max(times):.0f} ms")


if __name__ == "__main__":
    main()
