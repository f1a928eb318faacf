"""What the main window does after its first paint, one step per event-loop turn.

Each step has to fit in a frame (16 ms) on the machine the stall benchmarks run on,
with room for one three times slower: the menus' icons one at a time; the modules of
the player and of the views not built yet, imported on a thread
(:mod:`coach.ui.preload`), each widget then built on the GUI thread once its module is
in; the Progress chart in parts; then a year of months Calendar and Progress show,
one month per step; those two views drawn while hidden, so their first visit only
paints; and every month's pain ids, one month per step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from coach.ui.preload import BackgroundImports, keep_out_of_gc

if TYPE_CHECKING:
    from coach.ui.main_window import MainWindow

RETRY_MS = 20  # a step waiting for its module's background import tries again after this
READ_AHEAD_DAYS = 400  # the calendar's year strip, and a little more
PLAYER_MODULE = "coach.ui.player.view"
VIEW_MODULES = {  # what each lazily built view imports (MainWindow._make_*)
    "progress": "coach.ui.progress_view",
    "calendar": "coach.ui.calendar_view",
    "routines": "coach.ui.routines_view",
}

PLAYER_STEPS = 5  # len(TodayView.player_steps()): four pages, then the player
CHART_STEPS = 7  # len(ProgressView.chart_steps()): the import's wait, then 6 parts
AUDIO_STEPS = 2  # len(AudioSettings.warm_up_steps()) with the real cues (fewer do nothing)
PAINT_AHEAD_PARTS = ("layout", "time zone", "bottom", "left", "all")  # ProgressView.paint_ahead
PREPARED_VIEWS = ("progress", "calendar", "routines")  # refreshed while hidden (HubView.prepare)
Step = Callable[[], object]  # returns False when not ready yet


def steps(window: MainWindow) -> list[Step]:
    """The warm-up steps of ``window``, in the order a person is likely to need them."""
    imports = BackgroundImports([PLAYER_MODULE, *VIEW_MODULES.values()])

    def when_imported(module: str, build: Callable[[], object]) -> Step:
        def step() -> bool:
            if not imports.ready(module):
                return False
            build()
            return True

        return step

    out: list[Step] = [imports.start, *window._menu_icon_steps()]
    player: list[Step] = []  # TodayView.player_steps, asked for once its module is in

    def player_step(i: int) -> Step:
        def step() -> object:
            if not imports.ready(PLAYER_MODULE):
                return False
            if not player:
                player.extend(window.today.player_steps())
            return player[i]() if i < len(player) else None

        return step

    out += [player_step(i) for i in range(PLAYER_STEPS)]

    def audio_step(i: int) -> Step:
        def step() -> None:
            parts = window.today.player.audio.warm_up_steps()
            if i < len(parts):
                parts[i]()

        return step

    # Qt's sound set-up, which the player's first show would otherwise do during a session
    out += [audio_step(i) for i in range(AUDIO_STEPS)]
    out += [
        when_imported(VIEW_MODULES.get(name, ""), lambda n=name: window.views[n])
        for name in window.views
        if not window.views.is_built(name)
    ]
    chart: list[Step] = []  # ProgressView.chart_steps, asked for once Progress is built

    def chart_step(i: int) -> Step:
        def step() -> object:
            if not chart:
                chart.extend(window.progress.chart_steps())
            return chart[i]() if i < len(chart) else None

        return step

    out += [chart_step(i) for i in range(CHART_STEPS)]
    since = window.hub.today() - timedelta(days=READ_AHEAD_DAYS)
    store = window.hub.store
    out += [lambda k=k, m=m: store.read_ahead(k, m) for k, m in store.months_to_read_ahead(since)]
    # the views a person opens first, drawn while hidden from the months just parsed
    out += [lambda n=name: window.views[n].prepare() for name in PREPARED_VIEWS]
    for part in PAINT_AHEAD_PARTS:
        out.append(lambda p=part: window.progress.paint_ahead(window.stack.size(), p))
    out += [lambda k=k, m=m: store.index_ahead(k, m) for k, m in store.months_to_index()]
    return [_frozen_after(step) for step in out]


def _frozen_after(step: Step) -> Step:
    """``step``, then what it made kept out of the collector's full scans (see
    :func:`coach.ui.preload.keep_out_of_gc`): built widgets and parsed months live as
    long as the window, and a full collection of them would be a 20–30 ms stall."""

    def run() -> object:
        result = step()
        if result is not False:
            keep_out_of_gc()
        return result

    return run
