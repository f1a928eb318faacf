"""Timer fidelity of the real player on the real clock, under load; prints BENCH lines.

A session of holds (``--minutes``, default 10) runs in the real :class:`PlayerView`
with the system's monotonic clock, while a busy subprocess competes for the CPU and
the GUI thread is deliberately stalled for 250 ms every 2.7 s (not a divisor of the
phase lengths, so stalls land on phase ends too). The benchmark keeps its own ideal
timeline from the routine's durations and the instant Space was pressed, and at every
redraw compares the remaining time on screen with that truth:

- ``timer_error_at_phase_end_max``: worst |shown remaining − true remaining| at the last
  redraw of each phase (goal < 50 ms);
- ``timer_error_any_redraw_max``: the same over every redraw;
- ``timer_total_drift``: where the engine put the end of the last phase against the
  ideal end (goal < 20 ms);
- ``phase_change_lag_p50/max``: how long after a true phase end the screen showed the
  next phase (a stall delays the *redraw*, never the truth; reported for honesty);
- ``key_to_screen_latency_p50/max``: Space pressed → the phase label repainted
  as paused/running, with the CPU load but without artificial stalls (goal < 50 ms).

    python benchmarks/bench_timer_fidelity.py [--minutes 10] [--stall-ms 250]
"""

from __future__ import annotations

import argparse
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shiboken6
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from coach.domain.dose import HoldDose
from coach.domain.exercise import Exercise, ExerciseSlot
from coach.domain.routine import Routine
from coach.domain.session.events import PhaseKind, PhaseStarted
from coach.store import Store
from coach.ui.cues import RecordingCues
from coach.ui.hub import DataHub
from coach.ui.player import PlayerView

HOLD_S, REST_S, SETS, TRANSITION_S, READY_S = 15, 5, 3, 10, 3


def bench(name: str, value: float, unit: str) -> None:
    print(f"BENCH {name} {value:.3f} {unit}", flush=True)


class ProbeClock:
    """The system monotonic clock, remembering its last reading (the view's "now")."""

    def __init__(self) -> None:
        self.last = time.monotonic()
        self.first: float | None = None
        self.armed = False

    def arm(self) -> None:
        """Remember the next reading: the one the engine takes when it starts."""
        self.armed, self.first = True, None

    def now(self) -> float:
        self.last = time.monotonic()
        if self.armed and self.first is None:
            self.first, self.armed = self.last, False
        return self.last


def holds_routine(minutes: float) -> Routine:
    per_exercise = SETS * HOLD_S + (SETS - 1) * REST_S + TRANSITION_S
    count = max(1, min(100, math.ceil(minutes * 60 / per_exercise)))
    slots = tuple(
        ExerciseSlot(
            Exercise(
                id=f"hold-{i}",
                name=f"Hold {i + 1}",
                summary="Hold still",
                dose=HoldDose(sets=SETS, hold_s=HOLD_S, rest_s=REST_S),
            )
        )
        for i in range(count)
    )
    return Routine(
        id="bench-holds",
        name="Benchmark holds",
        slots=slots,
        rest_between_exercises_s=TRANSITION_S,
        get_ready_s=READY_S,
    )


def ideal_durations(routine: Routine) -> list[float]:
    """Phase lengths straight from the routine: get ready, then hold/rest…, transitions."""
    out: list[float] = [READY_S]
    for i, _slot in enumerate(routine.slots):
        for s in range(SETS):
            out.append(HOLD_S)
            if s < SETS - 1:
                out.append(REST_S)
        if i < len(routine.slots) - 1:
            out.append(TRANSITION_S)
    return out


class PaintWatch(QObject):
    """Records when a label is painted with a text different from ``before``."""

    def __init__(self, label) -> None:
        super().__init__(label)  # deleted with the label, never after the application
        self.label = label
        self.before = ""
        self.painted_at: float | None = None
        label.installEventFilter(self)

    def arm(self) -> None:
        self.before = self.label.text()
        self.painted_at = None

    def eventFilter(self, obj, event) -> bool:
        changed = self.label.text() != self.before
        if event.type() == QEvent.Type.Paint and self.painted_at is None and changed:
            self.painted_at = time.perf_counter()
        return False


def run_session(player: PlayerView, routine: Routine, stall_ms: int, every_s: float):
    clock: ProbeClock = player.clock  # type: ignore[assignment]
    redraws: list[tuple[int, float, float | None]] = []  # (phase no, view time, remaining)
    starts: list[float] = []  # real time each PhaseStarted was handled (the redraw lag)
    phase_no = [-1]
    handle, show = player.events.handle, player.run_page.show_view

    def handle_probe(events):
        for ev in events:
            if isinstance(ev, PhaseStarted) and ev.view.kind != PhaseKind.DONE:
                phase_no[0] += 1
                starts.append(time.monotonic())
        handle(events)

    def show_probe(view):
        if view.kind != PhaseKind.DONE and view.started:
            redraws.append((phase_no[0], clock.last, view.remaining_s))
        show(view)

    player.events.handle = handle_probe  # type: ignore[method-assign]
    player.run_page.show_view = show_probe  # type: ignore[method-assign]

    stalls = QTimer()
    stalls.setInterval(round(every_s * 1000))
    stalls.timeout.connect(lambda: time.sleep(stall_ms / 1000))
    loop = QEventLoop()  # a local loop: QApplication.quit() would close the window
    done = QTimer()
    done.setInterval(100)
    done.timeout.connect(
        lambda: loop.quit() if player.pages.currentWidget() is player.finish_page else None
    )

    player.start_routine(routine)
    clock.arm()
    player.start_page.scale.skip_button.click()  # the session starts here
    t0 = clock.first
    stalls.start()
    done.start()
    loop.exec()
    stalls.stop()
    done.stop()
    player.events.handle = handle  # type: ignore[method-assign]
    player.run_page.show_view = show  # type: ignore[method-assign]
    return t0, redraws, starts


def measure_keys(app, player: PlayerView, presses: int) -> list[float]:
    """Space presses during a long hold; seconds from the key event to the repaint."""
    long_hold = Routine(
        id="bench-key",
        name="Key latency",
        slots=(ExerciseSlot(Exercise("long-hold", "Long hold", "Hold", HoldDose(1, 600, 0))),),
        get_ready_s=0,
    )
    player.start_routine(long_hold)
    player.start_page.scale.skip_button.click()
    watch = PaintWatch(player.run_page.phase)
    latencies: list[float] = []
    state = {"left": presses, "t": 0.0}
    loop = QEventLoop()

    def press() -> None:
        if watch.painted_at is not None and state["t"]:
            latencies.append(watch.painted_at - state["t"])
        if state["left"] == 0:
            loop.quit()
            return
        state["left"] -= 1
        watch.arm()
        state["t"] = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            app.postEvent(
                player, QKeyEvent(kind, Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier, " ")
            )
        QTimer.singleShot(300 + (state["left"] * 37) % 200, press)

    QTimer.singleShot(200, press)
    loop.exec()
    player.act("stop")
    return latencies


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--stall-ms", type=int, default=250)
    parser.add_argument("--stall-every", type=float, default=2.7)
    parser.add_argument("--no-load", action="store_true", help="skip the busy subprocess")
    parser.add_argument("--presses", type=int, default=30)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication([])
    load = None
    if not args.no_load:
        load = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        with tempfile.TemporaryDirectory() as tmp:
            store = Store.open(Path(tmp) / "data")
            hub = DataHub(store)
            player = PlayerView(hub, clock=ProbeClock(), cues=RecordingCues())
            player.resize(1280, 800)
            player.show()
            routine = holds_routine(args.minutes)
            t0, redraws, starts = run_session(player, routine, args.stall_ms, args.stall_every)
            latencies = measure_keys(app, player, args.presses)
            player.timer.stop()
            player.close()
            shiboken6.delete(player)  # before the QApplication goes, or exit can crash
            store.close()
    finally:
        if load is not None:
            load.kill()
            load.wait()
    report(routine, t0, redraws, starts, latencies, args)
    return 0


def report(routine, t0, redraws, starts, latencies, args) -> None:
    durations = ideal_durations(routine)
    ends = [t0 + sum(durations[: i + 1]) for i in range(len(durations))]
    errors_all: list[float] = []
    last_of_phase: dict[int, float] = {}
    implied_end: dict[int, float] = {}
    for phase, at, remaining in redraws:
        if remaining is None or not 0 <= phase < len(ends):
            continue
        err = abs(remaining - (ends[phase] - at))
        errors_all.append(err)
        last_of_phase[phase] = err
        implied_end[phase] = at + remaining
    lags = [max(0.0, s - ends[i - 1]) for i, s in enumerate(starts) if 0 < i <= len(ends)]
    last = len(durations) - 1
    drift = abs(implied_end.get(last, float("nan")) - ends[last])
    print(
        f"# {len(durations)} phases over {sum(durations) / 60:.1f} min, {len(redraws)} redraws, "
        f"stall {args.stall_ms} ms every {args.stall_every} s, "
        f"CPU load: {'none' if args.no_load else '1 busy process'} on {os.cpu_count()} CPUs; "
        f"phases seen {len(starts)} of {len(durations)}"
    )
    bench("timer_error_at_phase_end_max", 1000 * max(last_of_phase.values()), "ms")
    bench("timer_error_any_redraw_max", 1000 * max(errors_all), "ms")
    bench("timer_total_drift", 1000 * drift, "ms")
    bench("phase_change_lag_p50", 1000 * statistics.median(lags), "ms")
    bench("phase_change_lag_max", 1000 * max(lags), "ms")
    if latencies:
        bench("key_to_screen_latency_p50", 1000 * statistics.median(latencies), "ms")
        bench("key_to_screen_latency_max", 1000 * max(latencies), "ms")


if __name__ == "__main__":
    raise SystemExit(main())
