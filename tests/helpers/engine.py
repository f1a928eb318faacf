"""Small routines and a driver for the session-engine tests.

The driver moves a :class:`FakeClock` in UI-sized steps and calls ``tick()`` the way the
player's 20 Hz timer does, collecting every event, so a test reads like a person using
the player: "start, wait 12 s, press next".
"""

from __future__ import annotations

from datetime import UTC, datetime

from coach.domain.clock import FakeClock
from coach.domain.dose import Dose
from coach.domain.exercise import Exercise, ExerciseSlot
from coach.domain.routine import Routine
from coach.domain.session.engine import Event, PhaseKind, SessionEngine, WorkMode

WALL = datetime(2026, 11, 21, 18, 30, tzinfo=UTC)


def wall() -> datetime:
    return WALL


def exercise(ex_id: str, dose: Dose, *, per_side: bool = False, name: str = "") -> Exercise:
    title = name or ex_id.replace("-", " ").capitalize()
    return Exercise(id=ex_id, name=title, summary=title, dose=dose, per_side=per_side)


def routine(*exercises: Exercise, between: int = 20, ready: int = 5, threshold: int = 5) -> Routine:
    return Routine(
        id="test-routine",
        name="Test routine",
        slots=tuple(ExerciseSlot(e) for e in exercises),
        rest_between_exercises_s=between,
        get_ready_s=ready,
        pain_stop_threshold=threshold,
    )


def engine_for(r: Routine, **kwargs) -> tuple[SessionEngine, FakeClock]:
    clock = FakeClock()
    return SessionEngine(r, clock, wall=wall, **kwargs), clock


def wait(
    engine: SessionEngine, clock: FakeClock, seconds: float, step: float = 0.05
) -> list[Event]:
    """Let ``seconds`` pass with a tick every ``step`` (the player's refresh)."""
    events: list[Event] = []
    n = round(seconds / step)
    for _ in range(n):
        clock.advance(step)
        events += engine.tick()
    rest = seconds - n * step
    if rest > 1e-12:
        clock.advance(rest)
        events += engine.tick()
    return events


def run_to_end(
    engine: SessionEngine, clock: FakeClock, step: float = 0.05, self_paced_s: float = 30.0
) -> list[Event]:
    """Play the session to DONE, pressing "set done" after ``self_paced_s`` in each
    self-paced set and resuming whenever it is paused."""
    events: list[Event] = []
    if not engine.view().started:
        events += engine.start()
    view = engine.view()
    while view.kind is not PhaseKind.DONE:
        if view.paused:
            events += engine.resume()
        elif view.mode is WorkMode.SELF_PACED_REPS and view.elapsed_s >= self_paced_s:
            events += engine.set_done()
        clock.advance(step)
        events += engine.tick()
        view = engine.view()
    return events


def planned_keys(r: Routine) -> list[tuple[str, int, str | None]]:
    """Every set/side the routine plans, in the order a person does them."""
    keys = []
    for slot in r.slots:
        sides = ("left", "right") if slot.exercise.per_side else (None,)
        for s in range(1, slot.dose.sets + 1):
            keys += [(slot.exercise.id, s, side) for side in sides]
    return keys


def of_type(events: list[Event], cls: type) -> list:
    return [e for e in events if isinstance(e, cls)]
