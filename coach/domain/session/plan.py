"""Turning a Routine into the ordered list of phases the session engine walks.

The engine never looks at doses while the clock runs: everything that can be decided up
front (order, durations, labels, which set/side a phase belongs to, time estimates) is
decided here once, so a ``tick()`` is a few comparisons and a redraw is cheap.

Order: get-ready → for each exercise: for each set: for each side → work, with a
switch-sides phase between the sides, a rest between sets and a transition rest between
exercises. Both sides come from the same dose, so they get the same planned time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import accumulate

from ..dose import Dose, HoldDose, RepsDose, TimedDose
from ..exercise import Exercise
from ..message import Msg
from ..record import MAX_SET_AMOUNT, PlannedExercise
from ..routine import Routine
from .events import PhaseKind, WorkMode

SWITCH_S = 5.0  # the "switch sides" phase of a per-side exercise
SELF_PACED_REP_S = 2.5  # estimate per self-paced rep, for progress and time left only
SIDES = ("left", "right")
REST, SWITCH, GET_READY = Msg("Rest"), Msg("Switch sides"), Msg("Get ready")


@dataclass(frozen=True)
class WorkStep:
    """One set (of one side) of one exercise: the unit a SetRecord describes."""

    index: int
    slot_index: int
    exercise: Exercise
    set_index: int  # 1-based
    set_count: int
    side: str | None
    unit: str  # "reps" or "s"
    planned: int  # reps, or seconds of work
    first_phase: int = 0
    last_phase: int = 0

    @property
    def key(self) -> tuple[str, int, str | None]:
        return (self.exercise.id, self.set_index, self.side)


@dataclass(frozen=True)
class Phase:
    """One timed (or self-paced) stretch of the session.

    ``step`` is the work step a WORK phase belongs to, or for any other phase the work
    step that follows it (``None`` when nothing follows).
    """

    kind: PhaseKind
    mode: WorkMode | None
    step: int | None
    duration_s: float | None  # None: self-paced, ends on "set done"
    estimate_s: float  # duration, or a guess for a self-paced set
    instruction: str = ""
    next_label: str = ""
    interval_index: int | None = None
    interval_count: int | None = None
    tempo_s: float | None = None
    lift_s: float | None = None
    reps: int | None = None
    label: str = ""  # an interval's work/recover label

    def numbered(self, r: int, n: int) -> Phase:
        return replace(self, interval_index=r, interval_count=n)


@dataclass(frozen=True)
class Plan:
    phases: tuple[Phase, ...]
    steps: tuple[WorkStep, ...]
    start_phase: int  # where a (resumed) session begins
    prefix_s: tuple[float, ...]  # estimated seconds before each phase; last = total

    @property
    def total_s(self) -> float:
        return self.prefix_s[-1]


def side_text(side: str | None) -> str:
    if side == "left":
        return Msg("left side")
    if side == "right":
        return Msg("right side")
    return ""


def describe_next(prev: WorkStep | None, nxt: WorkStep | None) -> str:
    """The "what comes next" line, said relative to what was just done."""
    if nxt is None:
        return Msg("Next: finish")
    name, side = nxt.exercise.name, side_text(nxt.side)
    if prev is not None and prev.slot_index == nxt.slot_index:
        if nxt.side and prev.set_index == nxt.set_index:
            return Msg("Next: {name}, {side}", name=name, side=side)
        if side:
            return Msg(
                "Next: set {n} of {count}, {side}", n=nxt.set_index, count=nxt.set_count, side=side
            )
        return Msg("Next: set {n} of {count}", n=nxt.set_index, count=nxt.set_count)
    if side:
        return Msg("Next: {name}, {side}", name=name, side=side)
    return Msg("Next: {name}", name=name)


def _work_phases(step: WorkStep, dose: Dose) -> list[Phase]:
    name = step.exercise.name
    title = Msg("{name} — {side}", name=name, side=side_text(step.side)) if step.side else name
    work, i = PhaseKind.WORK, step.index
    if isinstance(dose, RepsDose):
        if dose.tempo_s is None:
            est = dose.reps * SELF_PACED_REP_S
            return [Phase(work, WorkMode.SELF_PACED_REPS, i, None, est, title, reps=dose.reps)]
        length = dose.reps * dose.tempo_s
        return [
            Phase(
                work,
                WorkMode.PACED_REPS,
                i,
                length,
                length,
                title,
                tempo_s=dose.tempo_s,
                lift_s=dose.lift_s,
                reps=dose.reps,
            )
        ]
    if isinstance(dose, HoldDose):
        return [Phase(work, WorkMode.HOLD, i, float(dose.hold_s), float(dose.hold_s), title)]
    if isinstance(dose, TimedDose):
        length = float(dose.duration_s)
        return [Phase(work, WorkMode.TIMED, i, length, length, title)]
    out: list[Phase] = []
    n = dose.repeats
    for r in range(1, n + 1):
        parts = [(WorkMode.INTERVAL_WORK, dose.work_s, dose.work_label)]
        if r < n and dose.recover_s:
            parts.append((WorkMode.INTERVAL_RECOVER, dose.recover_s, dose.recover_label))
        for mode, length, label in parts:
            text = Msg("{name} — {label}", name=name, label=label)
            out.append(
                Phase(work, mode, i, float(length), float(length), text, label=label).numbered(r, n)
            )
    return out


def unit_and_planned(dose: Dose) -> tuple[str, int]:
    """What a SetRecord's ``planned`` means for this dose: reps for a reps dose, else
    seconds of work (an intervals dose counts its work periods only)."""
    if isinstance(dose, RepsDose):
        return "reps", dose.reps
    if isinstance(dose, HoldDose):
        return "s", dose.hold_s
    if isinstance(dose, TimedDose):
        return "s", dose.duration_s
    return "s", min(dose.repeats * dose.work_s, MAX_SET_AMOUNT)


def planned_exercises(routine: Routine) -> tuple[PlannedExercise, ...]:
    """What the routine prescribes, as kept on a session record so its counts stay true
    after the routine is edited; the same sets and sides :func:`build_plan` walks."""
    out = []
    for slot in routine.slots:
        unit, planned = unit_and_planned(slot.dose)
        ex = slot.exercise
        out.append(PlannedExercise(ex.id, ex.name, slot.dose.sets, ex.per_side, planned, unit))
    return tuple(out)


def _label_next(phases: list[Phase], steps: list[WorkStep]) -> list[Phase]:
    """Fill each phase's "Next: ..." line once the whole order is known."""
    return [replace(ph, next_label=_next_text(phases, steps, i)) for i, ph in enumerate(phases)]


def _next_text(phases: list[Phase], steps: list[WorkStep], i: int) -> str:
    ph = phases[i]
    if ph.step is None:  # a phase with nothing after it
        return describe_next(None, None)
    if ph.kind is not PhaseKind.WORK:  # a rest, switch or get-ready before step ph.step
        return describe_next(steps[ph.step - 1] if ph.step > 0 else None, steps[ph.step])
    after = phases[i + 1] if i + 1 < len(phases) else None
    if after is not None and after.step == ph.step and after.kind is PhaseKind.WORK:
        if after.mode is WorkMode.INTERVAL_RECOVER:
            return Msg("Next: {name}", name=after.label)
        return Msg(
            "Next: {label} {n} of {count}",
            label=after.label,
            n=after.interval_index,
            count=after.interval_count,
        )
    nxt = steps[ph.step + 1] if ph.step + 1 < len(steps) else None
    return describe_next(steps[ph.step], nxt)


def build_plan(
    routine: Routine, done_keys: frozenset[tuple[str, int, str | None]] = frozenset()
) -> Plan:
    """The phases of ``routine``; with ``done_keys`` (from a resumed record) the session
    begins with a get-ready countdown before the first work step not yet done."""
    steps: list[WorkStep] = []
    body: list[Phase] = []
    for slot_index, slot in enumerate(routine.slots):
        dose = slot.dose
        unit, planned = unit_and_planned(dose)
        if slot_index and routine.rest_between_exercises_s:
            length = float(routine.rest_between_exercises_s)
            body.append(Phase(PhaseKind.TRANSITION, None, len(steps), length, length, REST))
        sides = SIDES if slot.exercise.per_side else (None,)
        for set_index in range(1, dose.sets + 1):
            if set_index > 1 and dose.rest_s:
                length = float(dose.rest_s)
                body.append(Phase(PhaseKind.REST, None, len(steps), length, length, REST))
            for side in sides:
                if side == SIDES[1]:
                    body.append(
                        Phase(PhaseKind.SWITCH, None, len(steps), SWITCH_S, SWITCH_S, SWITCH)
                    )
                step = WorkStep(
                    len(steps), slot_index, slot.exercise, set_index, dose.sets, side, unit, planned
                )
                first = len(body)
                body.extend(_work_phases(step, dose))
                steps.append(replace(step, first_phase=first, last_phase=len(body) - 1))
    resume = next((s.index for s in steps if s.key not in done_keys), len(steps))
    at = steps[resume].first_phase if resume < len(steps) else len(body)
    if routine.get_ready_s and resume < len(steps):
        length = float(routine.get_ready_s)
        body.insert(at, Phase(PhaseKind.READY, None, resume, length, length, GET_READY))
        steps = [
            s
            if s.first_phase < at
            else replace(s, first_phase=s.first_phase + 1, last_phase=s.last_phase + 1)
            for s in steps
        ]
    phases = _label_next(body, steps)
    prefix = (0.0, *accumulate(p.estimate_s for p in phases))
    return Plan(tuple(phases), tuple(steps), at, tuple(prefix))
