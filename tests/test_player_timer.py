"""The player moved by its own timer: the test advances a fake clock and lets the
player's 20 Hz QTimer notice, never calling ``refresh()`` itself.

Each step moves the clock, then waits (qtbot) for the player's timer to fire once, so a
player whose timer no longer drives the screen freezes here as it would for a person,
instead of being redrawn by the test. Waiting on the timer's own signal, not on a
wall-clock sleep, keeps the tests independent of the machine's speed.
"""

from __future__ import annotations

import pytest
from helpers.player import K, begin, make_rig

from coach.domain.record import EndReason


@pytest.fixture
def rig(qtbot, data_dir):
    yield from make_rig(qtbot, data_dir)


def let_time_pass(rig, seconds: float, stride: float = 1.0) -> None:
    """Move the clock in strides shorter than the sleep gap; after each, wait for one
    timeout of the player's timer (its refresh runs first: it was connected first)."""
    left = seconds
    while left > 1e-9:
        step = min(stride, left)
        with rig.qtbot.waitSignal(rig.player.timer.timeout, timeout=5000):
            rig.clock.advance(step)
        left -= step


def test_the_get_ready_countdown_follows_the_clock_through_the_players_timer(rig):
    begin(rig, None)
    assert rig.player.timer.isActive()
    assert rig.shown()["number"] == "5"
    for shown in ("4", "3", "2", "1"):
        let_time_pass(rig, 1.0)
        assert rig.shown()["number"] == shown
    let_time_pass(rig, 1.0)
    shown = rig.shown()
    assert (shown["title"], shown["side"], shown["number"]) == (
        "Side leg raise",
        "Left side",
        "0 / 3",
    )
    assert "Side leg raise, left side" in rig.cues.spoken()


def test_a_late_timer_shows_the_clocks_truth_not_a_count_of_ticks(rig):
    begin(rig, None)
    let_time_pass(rig, 3.0, stride=3.0)  # one timeout after three seconds
    assert rig.shown()["number"] == "2"


def test_paused_the_screen_stands_still_while_the_clock_and_the_timer_run(rig):
    begin(rig, None)
    let_time_pass(rig, 6.0)  # 1 s into the left side: paced reps, 2 s each
    rig.key(K.Key_Space)
    assert rig.shown()["phase"].startswith("Paused")
    before = rig.shown()
    let_time_pass(rig, 4.0)
    assert rig.shown() == before
    rig.key(K.Key_Space)
    let_time_pass(rig, 1.0)
    assert rig.shown()["number"] == "1 / 3"


def test_a_whole_routine_runs_to_the_end_on_the_timer_alone(rig):
    """5 s get ready, 3 reps x 2 s per side with a 5 s switch, 20 s between exercises,
    two 10 s holds with 5 s rest: 67 s, every set saved as it is done."""
    begin(rig, "2")
    let_time_pass(rig, 5 + 6 + 5 + 6)
    assert [s.side for s in rig.sessions()[0].sets] == ["left", "right"]
    assert rig.shown()["title"] == "Rest before the next exercise"
    let_time_pass(rig, 20 + 10 + 5 + 10)
    rig.wait_finish_page()
    assert not rig.player.timer.isActive()  # nothing left to redraw
    (record,) = rig.sessions()
    assert record.end_reason is EndReason.COMPLETED
    assert [(s.exercise_id, s.set_index, s.side, s.skipped) for s in record.sets] == [
        ("side-leg-raise", 1, "left", False),
        ("side-leg-raise", 1, "right", False),
        ("wall-sit", 1, None, False),
        ("wall-sit", 2, None, False),
    ]
    assert record.pain_before == 2
