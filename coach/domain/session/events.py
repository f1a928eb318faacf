"""What the session engine tells the player: the phase kinds, the view of one instant,
and the events every engine call returns.

These are plain frozen values so the Qt player can turn them into cues and store writes
without knowing how the engine keeps time, and tests can compare them with ``==``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from ..exercise import Exercise
from ..record import SessionRecord, SetRecord


class PhaseKind(StrEnum):
    """Where the person is in the routine."""

    READY = "ready"  # get-ready countdown before the first (or resumed) exercise
    WORK = "work"  # doing the exercise
    REST = "rest"  # rest between sets of one exercise
    SWITCH = "switch"  # switch sides of a per-side exercise
    TRANSITION = "transition"  # rest between exercises
    DONE = "done"  # the routine is finished


class WorkMode(StrEnum):
    """How a WORK phase is timed; decides whether the player shows reps or seconds."""

    PACED_REPS = "paced-reps"  # the engine counts reps from the clock at the dose tempo
    SELF_PACED_REPS = "self-paced-reps"  # the person says "set done"; no countdown
    HOLD = "hold"  # a countdown per hold
    TIMED = "timed"  # one countdown (foam rolling, ice)
    INTERVAL_WORK = "interval-work"  # the work part of a work/recover interval
    INTERVAL_RECOVER = "interval-recover"  # the recover part; none after the last work


@dataclass(frozen=True)
class PhaseView:
    """Everything the player draws, computed from the clock at one instant.

    ``remaining_s`` is ``end - now`` (frozen while paused), never a count of ticks, so a
    redraw at any moment shows the truth. ``rep_phase`` is "up"/"down" while a paced rep
    with a lift/lower split is running, for a spoken or shown cue; otherwise ``None``.
    """

    kind: PhaseKind
    mode: WorkMode | None
    paused: bool
    started: bool
    exercise: Exercise | None
    slot_index: int  # 0-based position of the exercise in the routine
    slot_count: int
    set_index: int  # 1-based; 0 outside an exercise
    set_count: int
    side: str | None  # "left" / "right" / None
    rep: int | None  # paced: reps counted so far; self-paced and timed: None
    reps_target: int | None  # reps dose: the target; otherwise None
    interval_index: int | None  # 1-based interval number in an intervals dose
    interval_count: int | None
    remaining_s: float | None  # None when self-paced (and in DONE)
    duration_s: float | None  # planned length of this phase; None when self-paced
    elapsed_s: float
    instruction: str  # one line: "Clam shell — left side", "Rest", "Switch sides"
    next_label: str  # "Next: Clam shell, right side" / "Next: set 3 of 3"
    progress: float  # 0..1 over the whole routine
    routine_remaining_s: float  # estimate of time left (self-paced reps estimated)
    rep_phase: str | None = None  # "up" / "down" during a paced rep with lift/lower


@dataclass(frozen=True)
class PhaseStarted:
    """A new phase began; ``view`` is the view at its first instant (say it, show it)."""

    view: PhaseView


@dataclass(frozen=True)
class RepCounted:
    """A paced rep was completed (a short tick)."""

    rep: int
    target: int


@dataclass(frozen=True)
class Countdown:
    """3, 2, 1 seconds before a timed phase ends (a distinct tone)."""

    seconds_left: int


@dataclass(frozen=True)
class PhaseEnded:
    """A phase ended, by its clock or by next/set done (the end-of-phase tone)."""

    kind: PhaseKind


@dataclass(frozen=True)
class SetRecorded:
    """A set (or one side of it) was recorded; save ``session_record`` now."""

    set_record: SetRecord
    session_record: SessionRecord


@dataclass(frozen=True)
class PainLogged:
    """The person logged pain during the session; the UI writes a 'during' PainEntry.

    ``advise_stop`` is true when the score reached the routine's stop threshold; the
    engine has already paused and the player should offer stop or continue.
    """

    score: int
    exercise_id: str | None
    advise_stop: bool


@dataclass(frozen=True)
class SessionEnded:
    """The session ended (completed, stopped, stopped for pain); save the record."""

    session_record: SessionRecord


@dataclass(frozen=True)
class AutoPaused:
    """The engine paused itself, e.g. after the computer slept; ``reason`` is plain words."""

    reason: str


Event = (
    PhaseStarted
    | RepCounted
    | Countdown
    | PhaseEnded
    | SetRecorded
    | PainLogged
    | SessionEnded
    | AutoPaused
)
