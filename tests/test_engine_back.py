"""Back, like a music player, at each of its edges: 3 s into a set restarts it, less goes
to the previous set, and from a switch or a rest it goes to the set just done.

Written for mutants of ``SessionEngine.back`` that survived ``make mutate``: the
existing tests pressed back only in the first set, where restarting and going back
land on the same phase.
"""

from __future__ import annotations

from helpers.engine import engine_for, exercise, routine, wait

from coach.domain.dose import HoldDose, RepsDose
from coach.domain.session.engine import BACK_RESTART_S, PhaseKind


def _clams():
    """Get ready 5 s; clam shell 2 sets x 30 reps at 2 s per side (60 s), a 5 s switch,
    20 s rest between sets; then a stretch."""
    return routine(
        exercise("clam-shell", RepsDose(sets=2, reps=30, tempo_s=2.0, rest_s=20), per_side=True),
        exercise("stretch", HoldDose(sets=1, hold_s=30)),
        ready=5,
        between=30,
    )


def _where(engine) -> tuple:
    view = engine.view()
    return (view.kind, view.set_index, view.side, view.remaining_s)


def test_back_ten_seconds_into_the_second_side_restarts_that_side():
    engine, clock = engine_for(_clams())
    engine.start()
    wait(engine, clock, 5 + 60 + 5 + 10)
    engine.back()
    assert _where(engine) == (PhaseKind.WORK, 1, "right", 60.0)


def test_back_exactly_three_seconds_in_restarts_the_set_a_moment_less_goes_back():
    assert BACK_RESTART_S == 3.0
    engine, clock = engine_for(_clams())
    engine.start()
    wait(engine, clock, 5 + 60 + 5 + 3, step=1.0)  # whole seconds: exactly 3.0 s in
    engine.back()
    assert _where(engine) == (PhaseKind.WORK, 1, "right", 60.0)

    engine, clock = engine_for(_clams())
    engine.start()
    wait(engine, clock, 5 + 60 + 5 + 2.9, step=0.1)
    engine.back()
    assert _where(engine) == (PhaseKind.WORK, 1, "left", 60.0)


def test_back_early_in_the_second_set_goes_to_the_last_side_of_the_first():
    engine, clock = engine_for(_clams())
    engine.start()
    wait(engine, clock, 5 + 60 + 5 + 60 + 20 + 1)  # 1 s into set 2, left side
    engine.back()
    assert _where(engine) == (PhaseKind.WORK, 1, "right", 60.0)


def test_back_in_the_switch_goes_to_the_side_just_done():
    engine, clock = engine_for(_clams())
    engine.start()
    wait(engine, clock, 5 + 60 + 2)  # in the 5 s switch
    assert engine.view().kind is PhaseKind.SWITCH
    engine.back()
    assert _where(engine) == (PhaseKind.WORK, 1, "left", 60.0)
