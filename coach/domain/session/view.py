"""Building the :class:`PhaseView` the player draws, from the plan and the phase clock.

Kept apart from the state machine so what is shown (labels, progress, the time-left
estimate) can change without touching how time is kept.
"""

from __future__ import annotations

from ..message import Msg
from ..record import EndReason
from .events import PhaseKind, PhaseView, WorkMode
from .plan import Plan
from .timer import PhaseTimer

DONE_TEXT = {
    EndReason.COMPLETED: Msg("Routine complete — well done"),
    EndReason.STOPPED: Msg("Session stopped"),
    EndReason.STOPPED_FOR_PAIN: Msg("Stopped for pain — rest, ice, and ease off next time"),
    EndReason.STOPPED_NO_TIME: Msg("Session stopped — out of time"),
    EndReason.INTERRUPTED: Msg("Session interrupted"),
}


def end_message(reason: EndReason | None) -> str:
    """How a session ended, in one line: the player's last screen says and shows it."""
    return DONE_TEXT[reason or EndReason.COMPLETED]


def progress_at(plan: Plan, index: int, elapsed: float) -> float:
    """Fraction of the routine's estimated time behind us (0..1)."""
    if index >= len(plan.phases):
        return 1.0
    if not plan.total_s:
        return 0.0
    done = plan.prefix_s[index] + min(elapsed, plan.phases[index].estimate_s)
    return min(1.0, done / plan.total_s)


def done_view(slot_count: int, reason: EndReason | None, progress: float) -> PhaseView:
    return PhaseView(
        kind=PhaseKind.DONE,
        mode=None,
        paused=False,
        started=True,
        exercise=None,
        slot_index=slot_count - 1,
        slot_count=slot_count,
        set_index=0,
        set_count=0,
        side=None,
        rep=None,
        reps_target=None,
        interval_index=None,
        interval_count=None,
        remaining_s=None,
        duration_s=None,
        elapsed_s=0.0,
        instruction=end_message(reason),
        next_label="",
        progress=progress,
        routine_remaining_s=0.0,
    )


def build_view(
    plan: Plan, index: int, slot_count: int, timer: PhaseTimer, now: float, *, started: bool
) -> PhaseView:
    """The view of phase ``index`` at ``now`` (its first instant when not started)."""
    phase = plan.phases[index]
    assert phase.step is not None
    step = plan.steps[phase.step]
    if started:
        elapsed = timer.elapsed(now)
        remaining, duration = timer.remaining(now), timer.duration
    else:
        elapsed, remaining, duration = 0.0, phase.duration_s, phase.duration_s
    rep = rep_phase = None
    if phase.mode is WorkMode.PACED_REPS and phase.reps and phase.tempo_s:
        rep = reps_at(phase.reps, phase.tempo_s, elapsed)
        if phase.lift_s is not None and rep < phase.reps:
            rep_phase = "up" if elapsed - rep * phase.tempo_s < phase.lift_s else "down"
    left = remaining if remaining is not None else max(0.0, phase.estimate_s - elapsed)
    after = plan.total_s - plan.prefix_s[index + 1]
    return PhaseView(
        kind=phase.kind,
        mode=phase.mode,
        paused=timer.paused,
        started=started,
        exercise=step.exercise,
        slot_index=step.slot_index,
        slot_count=slot_count,
        set_index=step.set_index,
        set_count=step.set_count,
        side=step.side,
        rep=rep,
        reps_target=phase.reps,
        interval_index=phase.interval_index,
        interval_count=phase.interval_count,
        remaining_s=remaining,
        duration_s=duration,
        elapsed_s=elapsed,
        instruction=phase.instruction,
        next_label=phase.next_label,
        progress=progress_at(plan, index, elapsed),
        routine_remaining_s=left + after,
        rep_phase=rep_phase,
    )


def reps_at(reps: int, tempo_s: float, elapsed: float) -> int:
    """Paced reps completed after ``elapsed`` seconds (1 µs slack for float sums)."""
    return min(reps, int((elapsed + 1e-6) / tempo_s))
