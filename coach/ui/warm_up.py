"""What the main window does after its first paint, one step per event-loop turn.

Each step has to fit in a frame (16 ms) on the machine the stall benchmarks run on,
with room for one three times slower: the menus' icons one at a time; the modules of
the player and of the views not built yet, imported on a thread
(:mod:`coach.ui.preload`), each widget then built on the GUI thread once its module is
in; the Progress chart in parts; then a year of months Calendar and Progress show,
one month per step; the views a person opens first drawn while hidden, so a first visit only
paints; and every month's pain ids, one month per step.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from coach.ui.hub import AGAIN
from coach.ui.preload import BackgroundImports, keep_out_of_gc

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QWidget

    from coach.ui.main_window import MainWindow

RETRY_MS = 20  # a step waiting for its module's background import tries again after this
READ_AHEAD_DAYS = 400  # the calendar's year strip, and a little more
PLAYER_MODULE = "coach.ui.player.view"
VIEW_MODULES = {  # what each lazily built view imports (MainWindow._make_*)
    "progress": "coach.ui.progress_view",
    "calendar": "coach.ui.calendar_view",
    "routines": "coach.ui.routines_view",
}

# refreshed while hidden (HubView.prepare), so a first visit only paints
PREPARED_VIEWS = ("progress", "calendar", "routines", "running")
# laid out and painted once while hidden (Progress does its chart in parts itself): a
# first visit to Calendar or Routines was 20-22 ms, later ones 6-9 ms (2-CPU VM)
PAINTED_AHEAD = ("calendar", "routines")
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
    out.append(in_parts(window.today.player_steps, lambda: imports.ready(PLAYER_MODULE)))
    # Qt's sound set-up, which the player's first show would otherwise do during a session:
    # QtMultimedia's import (Qt's own module, so not on the import thread: see
    # BackgroundImports) and its back end's start, a turn of the GUI thread each
    out.append(in_parts(lambda: window.today.player.audio.warm_up_steps()))
    out += [
        when_imported(VIEW_MODULES.get(name, ""), lambda n=name: window.views[n])
        for name in window.views
        if not window.views.is_built(name)
    ]
    out.append(in_parts(lambda: window.progress.chart_steps()))
    since = window.hub.today() - timedelta(days=READ_AHEAD_DAYS)
    store = window.hub.store
    out += [lambda k=k, m=m: store.read_ahead(k, m) for k, m in store.months_to_read_ahead(since)]
    # the views a person opens first, drawn while hidden from the months just parsed
    out += [lambda n=name: window.views[n].prepare() for name in PREPARED_VIEWS]
    out.append(in_parts(lambda: window.progress.paint_ahead_steps(window.stack.size())))
    for name in PAINTED_AHEAD:
        view = lambda n=name: window.views[n]  # noqa: E731
        out += [lambda v=view: lay_out_ahead(v(), window.stack.size()), lambda v=view: v().grab()]
    out += [lambda k=k, m=m: store.index_ahead(k, m) for k, m in store.months_to_index()]
    return [_frozen_after(step) for step in out]


def lay_out_ahead(view: QWidget, size: QSize) -> None:
    """Lay a hidden view out at ``size``, the stack's, as its first show would."""
    if view.isVisible():
        return
    if view.size() != size:
        view.resize(size)
    view.layout().activate()


def in_parts(make: Callable[[], list[Step]], ready: Callable[[], bool] = lambda: True) -> Step:
    """One warm-up step that runs ``make()``'s steps one per call, returning ``AGAIN``
    while some are left (the warm-up then calls it on the next turn); ``make`` is asked
    once ``ready()``. A part that returns ``False`` is not ready and is tried again."""
    parts: list[Step] | None = None

    def step() -> object:
        nonlocal parts
        if parts is None:
            if not ready():
                return False
            parts = list(make())
        if parts:
            if parts[0]() is False:
                return False
            parts.pop(0)
        return AGAIN if parts else None

    return step


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
