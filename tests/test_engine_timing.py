"""Time in the engine comes from the clock, never from counting ticks.

A late or missing tick must not change what the player shows, a 250 ms stall must not
shorten or stretch a hold, and a laptop that slept must find the session paused where
it was.
"""

from __future__ import annotations

import sys
import time

import pytest
from helpers.engine import engine_for, exercise, of_type, routine, wait, wall

from coach.domain.clock import SystemClock
from coach.domain.dose import HoldDose, RepsDose
from coach.domain.session.engine import (
    AutoPaused,
    Countdown,
    PhaseEnded,
    PhaseKind,
    PhaseStarted,
    RepCounted,
    SessionEngine,
    SetRecorded,
)


def holds(sets: int = 3, hold_s: int = 30, rest_s: int = 15, ready: int = 5):
    return routine(exercise("glute", HoldDose(sets, hold_s, rest_s)), ready=ready)


def test_remaining_is_end_minus_now_however_rarely_the_ui_ticks():
    engine, clock = engine_for(holds(ready=0))
    engine.start()
    clock.advance(12.345)  # no tick in between: the view is still exact
    assert engine.view().remaining_s == pytest.approx(30 - 12.345)
    assert engine.view().elapsed_s == pytest.approx(12.345)


def test_pause_freezes_time_left_and_resume_continues_exactly():
    engine, clock = engine_for(holds(ready=0))
    engine.start()
    wait(engine, clock, 10.0)
    engine.pause()
    frozen = engine.view().remaining_s
    assert frozen == pytest.approx(20.0)
    wait(engine, clock, 300.0)  # the phone rang
    assert engine.view().paused and engine.view().remaining_s == frozen
    assert engine.record.sets == ()
    engine.resume()
    events = wait(engine, clock, 19.95)
    assert not of_type(events, PhaseEnded)
    assert engine.view().remaining_s == pytest.approx(0.05)
    events = wait(engine, clock, 0.05)
    assert of_type(events, PhaseEnded) == [PhaseEnded(PhaseKind.WORK)]
    assert engine.record.sets[0].duration_s == 30.0  # the pause is not counted as work


def test_toggle_is_start_pause_and_resume():
    engine, clock = engine_for(holds())
    engine.toggle()
    assert engine.view().started and not engine.view().paused
    wait(engine, clock, 2.0)
    engine.toggle()
    assert engine.view().paused
    wait(engine, clock, 60.0)
    engine.toggle()
    assert not engine.view().paused and engine.view().remaining_s == pytest.approx(3.0)


PLANNED = (5, 30, 15, 30, 15, 30)  # ready, hold, rest, hold, rest, hold


def test_a_250ms_stall_neither_shortens_nor_stretches_a_hold():
    engine, clock = engine_for(holds(sets=3, hold_s=30, rest_s=15, ready=5))
    engine.start()
    starts: list[tuple[float, PhaseKind]] = []
    t0 = clock.now()
    # 20 Hz ticks with a 250 ms stall every 3 s, across all phase ends
    for i in range(4000):
        clock.advance(0.3 if i % 60 == 59 else 0.05)
        for e in engine.tick():
            if isinstance(e, PhaseStarted):
                starts.append((e.view.remaining_s or 0.0, e.view.kind))
        view = engine.view()
        if view.kind is PhaseKind.DONE:
            break
        # what the player shows is exactly the time to the planned end
        planned_end = t0 + sum(PLANNED[: len(starts) + 1])  # end of the phase now shown
        if view.remaining_s is not None:
            assert view.remaining_s == pytest.approx(planned_end - clock.now(), abs=1e-9)
    kinds = [k for _, k in starts]
    assert kinds[:5] == [
        PhaseKind.WORK,
        PhaseKind.REST,
        PhaseKind.WORK,
        PhaseKind.REST,
        PhaseKind.WORK,
    ]
    assert [s.duration_s for s in engine.record.sets] == [30.0, 30.0, 30.0]
    assert clock.now() - t0 == pytest.approx(sum(PLANNED), abs=0.31)


def test_a_short_stall_across_several_phase_ends_starts_each_at_its_true_end():
    r = routine(exercise("hold", HoldDose(2, 1, 1)), ready=1)
    engine, clock = engine_for(r, sleep_gap_s=5.0)
    engine.start()
    clock.advance(2.5)  # ready (1 s), hold (1 s) and half the rest pass in one stall
    events = engine.tick()
    assert [e.kind for e in of_type(events, PhaseEnded)] == [PhaseKind.READY, PhaseKind.WORK]
    assert len(of_type(events, SetRecorded)) == 1
    view = engine.view()
    assert view.kind is PhaseKind.REST and view.remaining_s == pytest.approx(0.5)


def test_after_sleep_the_session_is_paused_where_the_last_tick_left_it():
    engine, clock = engine_for(holds(ready=0), sleep_gap_s=5.0)
    engine.start()
    wait(engine, clock, 8.0)
    clock.advance(3 * 3600)  # the laptop lid was closed
    events = engine.tick()
    assert of_type(events, AutoPaused) == [AutoPaused("Paused: the computer was asleep")]
    assert not of_type(events, PhaseEnded) and engine.record.sets == ()
    view = engine.view()
    assert view.paused and view.kind is PhaseKind.WORK and view.set_index == 1
    assert view.remaining_s == pytest.approx(22.0)
    wait(engine, clock, 30.0)
    assert engine.view().remaining_s == pytest.approx(22.0)
    engine.resume()
    wait(engine, clock, 22.0)
    assert engine.view().kind is PhaseKind.REST


def test_a_key_press_after_sleep_also_finds_the_session_paused_first():
    engine, clock = engine_for(holds(ready=0))
    engine.start()
    wait(engine, clock, 4.0)
    clock.advance(600)
    events = engine.pause()
    assert of_type(events, AutoPaused) and engine.view().remaining_s == pytest.approx(26.0)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows' monotonic clock counts sleep")
def test_the_real_clock_sees_a_suspend_that_time_monotonic_does_not(monkeypatch):
    # Linux's CLOCK_MONOTONIC (and macOS's mach time) stand still while the computer
    # is suspended, so with time.monotonic() a hold would carry on after waking.
    awake, asleep = [1000.0], [0.0]
    real_gettime = time.clock_gettime
    counting = {"linux": "CLOCK_BOOTTIME", "darwin": "CLOCK_MONOTONIC"}[sys.platform]

    def gettime(clock_id):
        if clock_id == getattr(time, counting):
            return awake[0] + asleep[0]
        return real_gettime(clock_id)

    monkeypatch.setattr(time, "monotonic", lambda: awake[0])
    monkeypatch.setattr(time, "clock_gettime", gettime)
    engine = SessionEngine(holds(ready=0), SystemClock(), wall=wall)
    engine.start()
    for _ in range(80):
        awake[0] += 0.05
        engine.tick()
    asleep[0] += 3600  # the lid was closed for an hour
    events = engine.tick()
    assert of_type(events, AutoPaused)
    assert engine.view().paused and engine.view().remaining_s == pytest.approx(26.0)


def test_three_two_one_is_told_once_each_and_a_late_tick_beeps_once():
    engine, clock = engine_for(holds(ready=0))
    engine.start()
    events = wait(engine, clock, 29.0)
    assert of_type(events, Countdown) == [Countdown(3), Countdown(2), Countdown(1)]
    engine2, clock2 = engine_for(holds(ready=0))
    engine2.start()
    wait(engine2, clock2, 26.5)
    clock2.advance(2.0)  # a stall across 3 and 2
    assert of_type(engine2.tick(), Countdown) == [Countdown(2)]


def test_paced_reps_tick_per_rep_even_with_a_stall():
    engine, clock = engine_for(routine(exercise("kick", RepsDose(1, 10, tempo_s=1.0)), ready=0))
    engine.start()
    events = wait(engine, clock, 3.01)
    clock.advance(2.25)  # a stall over two rep boundaries
    events += engine.tick()
    events += wait(engine, clock, 5.0)
    assert [e.rep for e in of_type(events, RepCounted)] == list(range(1, 11))
    assert not of_type(events, Countdown)  # reps have their own tick, not 3-2-1
