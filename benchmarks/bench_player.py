"""Does recording a set stall the player on a five-year store? Prints BENCH lines.

Builds the 5-year store of ``make_big_store.py`` in a temporary folder, opens the real
main window on it and plays the IT-band strength routine in the Today view's player
(10 exercises, 23 sets/sides, each one saved through the hub when it is recorded).
Keys are posted like a person pressing them: Space ends each self-paced set, → skips
each rest. A 1 ms precise timer watches the event loop; its longest gap is the
longest time the screen could not have been redrawn.

- ``player_loop_stall_max``: longest event-loop gap during the sessions (goal < 50 ms);
- ``player_save_session_p50/max``: the hub write of the growing session record;
- ``player_key_handling_max``: the longest single key press handled by the player.

Long gaps are listed with what the benchmark had just done, to show where they come from.
The first routine starts 1.5 s after the window shows, as a person's first click would
(the window's warm-up after its first paint has built the player by then).

    python benchmarks/bench_player.py [--sessions 3] [--years 5] [--bare]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shiboken6
from make_big_store import generate
from PySide6.QtCore import QEvent, QEventLoop, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from coach.domain.clock import FakeClock
from coach.domain.session.events import PhaseKind, WorkMode
from coach.store import Store
from coach.ui.cues import RecordingCues
from coach.ui.hub import DataHub

KEY_EVERY_MS = 60
FIRST_START_MS = 1500  # as bench_gui_open: a person's first click comes a second or so in
WATCHES: list[LoopWatch] = []  # the running watch, for stall_probe.py's gap labels


def bench(name: str, value: float, unit: str) -> None:
    print(f"BENCH {name} {value:.2f} {unit}", flush=True)


class LoopWatch:
    """Largest gap between consecutive 1 ms timer callbacks = the longest stall."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._beat)
        self.last = 0.0
        self.gaps: list[float] = []
        self.doing = "idle"  # what the benchmark last did, to explain long gaps
        self.worst: list[tuple[float, str]] = []

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def phase(self) -> str:
        """What the benchmark is doing: stall_probe.py names a long gap by it."""
        return self.doing if self.timer.isActive() else "settle (not measured)"

    def _beat(self) -> None:
        now = time.perf_counter()
        gap = now - self.last
        self.gaps.append(gap)
        if gap > 0.02:
            self.worst.append((gap, self.doing))
        self.last = now


def make_player(hub: DataHub, bare: bool):
    """The player inside the real main window (its views listen to the hub too, so
    their refreshes count), or a bare PlayerView with ``--bare`` (the player's own cost)."""
    try:
        if bare:
            raise ImportError("bare player asked for")
        from coach.ui.main_window import MainWindow

        window = MainWindow(hub)
        window.resize(1280, 800)
        window.show()
        return window, window.today.player, lambda r: window.today.start(r)
    except ImportError:
        from coach.ui.player import PlayerView

        player = PlayerView(hub)
        player.resize(1280, 800)
        player.show()
        return player, player, player.start_routine


def play_one(app, player, start, routine, saves, keys, watch: LoopWatch) -> int:
    """Play ``routine`` to the end by posting keys; returns the number of sets saved."""
    player.clock = FakeClock()  # time is not what this benchmark measures
    player.cues = RecordingCues()
    watch.doing = "start the routine"
    start(routine)
    loop = QEventLoop()

    budget = [5000]  # presses; a routine that never ends is a bug, not a long wait

    def press() -> None:
        budget[0] -= 1
        if budget[0] < 0:
            print("# gave up: the routine did not end after 5000 key presses")
            loop.quit()
            return
        page = player.pages.currentWidget()
        if page is player.finish_page:
            watch.doing = "finish: save pain/note and leave the player"
            player.finish_page.scale.buttons[1].click()
            player.finish_page.save.click()
            loop.quit()
            return
        key = Qt.Key.Key_Space  # the start page: skip the pain question and start
        if page is not player.start_page:
            view = player.engine.view()
            if view.kind != PhaseKind.WORK:
                key = Qt.Key.Key_Right  # skip get-ready, rests and side switches
            elif view.mode != WorkMode.SELF_PACED_REPS:
                # Paced reps and holds end by the clock: move it (under the 5 s the
                # engine reads as sleep) and let the player's own timer tick record it.
                watch.doing = f"clock tick in {view.mode}"
                player.clock.advance(4.5)
                QTimer.singleShot(KEY_EVERY_MS, press)
                return
        watch.doing = f"key {key.name} on {type(page).__name__}"
        t0 = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.sendEvent(player, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))
        keys.append(time.perf_counter() - t0)
        QTimer.singleShot(KEY_EVERY_MS, press)

    original = player.hub.save_session

    def timed_save(record):
        t0 = time.perf_counter()
        ok = original(record)
        saves.append(time.perf_counter() - t0)
        return ok

    player.hub.save_session = timed_save
    QTimer.singleShot(KEY_EVERY_MS, press)
    loop.exec()
    player.hub.save_session = original
    return len(saves)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=3)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--bare", action="store_true", help="the player alone, no main window")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    app.setOrganizationName("RehabCoachBench")  # keep the user's real settings untouched
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "data"
        t0 = time.perf_counter()
        counts = generate(root, date.today(), years=args.years)
        print(f"# store: {counts} generated in {time.perf_counter() - t0:.1f} s")
        store = Store.open(root)
        store.daily_backup()  # as coach.app does at start-up
        hub = DataHub(store)
        top, player, start = make_player(hub, args.bare)
        # Let the window finish what it does after its first paint (the main window builds
        # the player and reads months ahead one step per turn), as it has by the time a
        # person clicks Start; the start-up's own stalls are bench_gui_open's to measure.
        settle = QEventLoop()
        QTimer.singleShot(FIRST_START_MS, settle.quit)
        settle.exec()
        routine = store.routines.get("it-band-strength")
        assert routine is not None
        saves: list[float] = []
        keys: list[float] = []
        watch = LoopWatch()
        WATCHES.append(watch)
        watch.start()
        for _ in range(args.sessions):
            play_one(app, player, start, routine, saves, keys, watch)
        watch.stop()
        top.close()
        shiboken6.delete(top)
        store.close()
    print(
        f"# {'bare player' if args.bare else 'main window'}: {args.sessions} sessions, "
        f"{len(saves)} session writes, {len(keys)} key presses, "
        f"{len(watch.gaps)} loop beats"
    )
    for gap, doing in sorted(watch.worst, reverse=True)[:5]:
        print(f"# gap {1000 * gap:.1f} ms after: {doing}")
    bench("player_loop_stall_max", 1000 * max(watch.gaps), "ms")
    bench("player_loop_stall_p99", 1000 * sorted(watch.gaps)[int(0.99 * len(watch.gaps))], "ms")
    bench("player_save_session_p50", 1000 * statistics.median(saves), "ms")
    bench("player_save_session_max", 1000 * max(saves), "ms")
    bench("player_key_handling_max", 1000 * max(keys), "ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
