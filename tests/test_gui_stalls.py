"""Work spread over event-loop turns (issue 16, goal 2) still ends showing the truth.

Progress draws years of records in slices, saying so above the chart; the window's
warm-up builds the player and every view one step at a time; the player leaves a saved
session on the next turn. These drive the real widgets and assert what a person would
see at the end, never how long anything took.
"""

from __future__ import annotations

import sys
from datetime import timedelta

import pytest
from helpers import gui
from helpers.gui import TODAY, finished, local
from PySide6.QtCore import QEvent, QObject, Qt

from coach.domain.library import builtin_routines
from coach.domain.pain import PainEntry
from coach.ui import progress_view
from coach.ui.cues import QtCues
from coach.ui.player import PlayerView, audio

store, hub, window = gui.store, gui.hub, gui.window


@pytest.fixture
def sliced(monkeypatch):
    """Every redraw takes the sliced path (real data would need thousands of records)."""
    monkeypatch.setattr(progress_view, "SYNC_RECORDS", 3)


def _history(store, days: int) -> int:
    """One entry a day for ``days`` days back from TODAY, in one write."""
    with store.transaction():
        for back in range(days):
            store.pain.add(PainEntry(score=back % 8, at=local(TODAY - timedelta(days=back), 9)))
    return days


def test_all_says_it_is_loading_then_shows_every_entry(qtbot, store, window, sliced):
    count = _history(store, 400)
    qtbot.mouseClick(window.nav_buttons["progress"], Qt.MouseButton.LeftButton)
    view = window.progress
    qtbot.waitUntil(lambda: not view.loading())
    qtbot.mouseClick(view.range_buttons.button(2), Qt.MouseButton.LeftButton)
    assert view.loading()  # from the click on, though it is drawn from the next turn
    qtbot.waitUntil(lambda: view.status.isVisible() and "Loading" in view.status.text())
    qtbot.waitUntil(lambda: not view.loading(), timeout=60_000)
    assert not view.status.isVisible()
    assert view.chart.point_count() == count
    assert f"{count} pain entries" in view.summary.text()


def test_an_entry_added_while_all_loads_is_in_the_chart_at_the_end(
    qtbot, store, hub, window, sliced
):
    count = _history(store, 200)
    window.show_view("progress")
    view = window.progress
    qtbot.mouseClick(view.range_buttons.button(2), Qt.MouseButton.LeftButton)
    assert view.loading()
    hub.add_pain(PainEntry(score=9, at=local(TODAY, 20)))
    qtbot.waitUntil(lambda: not view.loading(), timeout=60_000)
    assert view.chart.point_count() == count + 1
    assert "latest 9/10" in view.summary.text()


def test_a_redraw_left_when_progress_is_hidden_finishes_when_it_is_back(
    qtbot, store, window, sliced
):
    count = _history(store, 60)
    window.show_view("progress")
    view = window.progress
    qtbot.waitUntil(lambda: not view.loading())
    view.daily_kind.setCurrentIndex(1)  # the daily mean: a new redraw, sliced
    window.show_view("today")
    window.show_view("progress")
    qtbot.waitUntil(lambda: not view.loading())
    assert view.chart.point_count() == count
    assert "Daily mean" in view.chart.legend.items[-1][1].text


def test_the_warm_up_builds_the_player_and_every_view(qtbot, window):
    qtbot.waitUntil(lambda: all(window.views.is_built(n) for n in window.views), timeout=20_000)
    qtbot.waitUntil(lambda: window.today._player is not None, timeout=20_000)
    qtbot.waitUntil(lambda: window.progress.chart is not None, timeout=20_000)
    window.show_view("progress")
    assert window.progress.empty.isVisible()  # no data: says so, chart built behind it


def test_saving_the_finish_page_leaves_and_a_new_start_is_not_ended(qtbot, hub, window):
    routine = next(r for r in builtin_routines() if r.id == "it-band-stretch")
    window.today.start(routine)
    player = window.today.player
    player.start_page.scale.skipped.emit()
    player.stop(finished(routine, local(TODAY, 8)).end_reason)  # straight to the finish page
    qtbot.waitUntil(lambda: player.pages.currentWidget() is player.finish_page)
    with qtbot.waitSignal(player.finished):
        player.finish_page.save.click()
    assert not window.today.is_player_active()
    # Save, then a new start before the event loop turns: the new session stays
    window.today.start(routine)
    player.start_page.scale.skipped.emit()
    player.stop(finished(routine, local(TODAY, 9)).end_reason)
    player.finish_page.save.click()
    window.today.start(routine)
    qtbot.wait(50)
    assert window.today.is_player_active()
    assert player.pages.currentWidget() is player.start_page
    assert player.engine is not None


def test_progress_drawn_by_the_warm_up_still_shows_an_entry_added_after_it(qtbot, hub, window):
    hub.add_pain(PainEntry(score=3, at=local(TODAY, 8)))
    view_ready = lambda: window.views.is_built("progress") and window.progress.chart is not None  # noqa: E731
    qtbot.waitUntil(view_ready, timeout=20_000)
    prepared = lambda: not window.progress._stale and not window.progress.loading()  # noqa: E731
    qtbot.waitUntil(prepared, timeout=20_000)  # drawn while hidden, a slice per turn
    assert not window.progress.isVisible()
    assert "1 pain entry" in window.progress.summary.text()
    hub.add_pain(PainEntry(score=6, at=local(TODAY, 12)))
    qtbot.mouseClick(window.nav_buttons["progress"], Qt.MouseButton.LeftButton)
    assert window.progress.chart.point_count() == 2
    assert "latest 6/10" in window.progress.summary.text()


def test_routines_left_while_reading_old_months_shows_the_old_day_when_back(qtbot, store, window):
    ice = builtin_routines()[3]
    long_ago = TODAY - timedelta(days=800)
    store.sessions.save(finished(ice, local(long_ago, 9)))
    window.show_view("routines")
    view = window.routines
    window.show_view("today")  # before the older months are read: they wait

    def text_of_ice() -> str:
        texts = [view.list.item(i).text() for i in range(view.list.count())]
        return next(t for t in texts if t.startswith(ice.name))

    window.show_view("routines")
    qtbot.waitUntil(lambda: str(long_ago.year) in text_of_ice(), timeout=5000)
    assert f"last done {long_ago.day} " in text_of_ice()


class _CountingCues(QtCues):
    """Qt's real cues, counting preparations and starting no speech process."""

    def __init__(self) -> None:
        super().__init__()
        self.prepared: list[bool] = []

    def prepare(self, voice: bool = True) -> None:
        self.prepared.append(voice)
        super().prepare(voice=False)


def test_the_player_prepares_its_sounds_once_after_it_shows(qtbot, hub):
    # The preparation is spread over turns (the audio back end's start is a turn of its
    # own); at the end the cues are ready, once, with the voice setting of the player.
    cues = _CountingCues()
    player = PlayerView(hub, cues=cues)
    qtbot.addWidget(player)
    player.start_routine(builtin_routines()[0])
    player.show()
    qtbot.waitUntil(lambda: bool(cues.prepared), timeout=10_000)
    player.hide()
    player.show()
    qtbot.wait(audio.PREPARE_DELAY_MS + 100)
    assert cues.prepared == [player.audio.voice]
    assert "PySide6.QtMultimedia" in sys.modules


def test_the_warm_up_sets_up_sound_before_any_session(qtbot, window):
    # The audio back end's start (a turn of 10-20 ms) happens while no timer runs, so the
    # first session's turns are not the ones it takes; the player still works after it.
    qtbot.waitUntil(lambda: window.today._player is not None, timeout=20_000)
    qtbot.waitUntil(lambda: "PySide6.QtMultimedia" in sys.modules, timeout=20_000)
    routine = next(r for r in builtin_routines() if r.id == "it-band-stretch")
    window.today.start(routine)
    assert window.today.player.pages.currentWidget() is window.today.player.start_page


class _Paints(QObject):
    """Counts the paints of the widget it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, obj, event) -> bool:  # Qt override
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_coming_back_to_progress_paints_its_chart_once(qtbot, hub, window):
    # Qt told the chart's items the window was active on every show, and each repainted
    # for it: a second full paint of five years on every visit.
    hub.add_pain(PainEntry(score=3, at=local(TODAY, 8)))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(window.is_warmed_up, timeout=20_000)
    window.show_view("progress")
    qtbot.waitUntil(lambda: window.progress.chart is not None and not window.progress.loading())
    window.show_view("today")
    qtbot.wait(50)
    paints = _Paints()
    window.progress.chart.viewport().installEventFilter(paints)
    window.show_view("progress")
    qtbot.waitUntil(lambda: paints.count > 0)
    qtbot.wait(100)
    assert paints.count == 1


def test_each_paint_while_all_fills_in_shows_more_of_the_history(qtbot, store, window, sliced):
    # The step that let the chart paint also re-clipped its lines to the new span, and
    # the lines asked for a second full paint of the same picture straight after: two
    # paints of five years in one turn, a stall a person sees.
    _history(store, 400)
    window.show_view("progress")
    view = window.progress
    qtbot.waitUntil(window.is_warmed_up, timeout=20_000)  # nothing else paints meanwhile
    qtbot.waitUntil(lambda: not view.loading())
    shown: list[tuple] = []  # what each paint showed: the points, and the span

    class Seen(QObject):
        def eventFilter(self, obj, event) -> bool:  # Qt override
            if event.type() == QEvent.Type.Paint:
                span = view.chart.getPlotItem().vb.viewRange()[0]
                shown.append((view.chart.point_count(), *span))
            return False

    seen = Seen()
    view.chart.viewport().installEventFilter(seen)
    qtbot.mouseClick(view.range_buttons.button(2), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not view.loading(), timeout=60_000)
    qtbot.wait(100)
    assert shown[-1][0] == 400
    assert len(set(shown)) >= 2  # the span widened at once, then the history filled in
    assert len(shown) == len(set(shown))  # no picture painted twice


def test_running_is_drawn_while_hidden_so_its_first_visit_only_paints(qtbot, window):
    running = window.running
    qtbot.waitUntil(lambda: running.pages.count() > 0, timeout=20_000)
    assert not running.isVisible()
    qtbot.mouseClick(window.nav_buttons["running"], Qt.MouseButton.LeftButton)
    assert running.pages.currentIndex() == 0  # the readiness questions, nothing run yet
    assert running.ready_advice.isVisible()
