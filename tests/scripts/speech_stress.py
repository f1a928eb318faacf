"""Start and stop the app's speech backend N times while the GUI thread builds plots.

Run by tests/test_never_hang.py in a child process with a timeout. Before speech moved
to a process, this hung in about half of the runs of 100 rounds: the speech thread
destroyed a QTextToSpeech (holding a Qt signal/slot mutex, waiting for the GIL) while
the GUI thread, holding the GIL, connected a signal (waiting for that mutex).
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication


class _Sender(QObject):
    changed = Signal()


def main(rounds: int, engines: list[str]) -> int:
    app = QApplication(sys.argv[:1])
    import pyqtgraph as pg

    from coach.ui.cues import QtCues

    start = time.monotonic()
    for _ in range(rounds):
        cues = QtCues(engines=engines, ready_timeout_ms=2000)
        cues.prepare(voice=True)
        for _ in range(3):
            plot = pg.PlotWidget()
            for _ in range(10):  # connects and disconnects: each takes a shared Qt mutex
                senders = [_Sender() for _ in range(30)]
                for sender in senders:
                    sender.changed.connect(plot.update)
                del senders
            plot.deleteLater()
            app.processEvents()
        cues.shutdown()
        cues.deleteLater()
        app.processEvents()
    print(f"ok {rounds} rounds in {time.monotonic() - start:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]), sys.argv[2].split(",")))
