"""Adding up one work step (one set of one side) and writing it into the session record.

A step can span several phases (an intervals dose is work/recover/work...), so the time
spent, the interval work done and whether any work was cut short are summed here until
the step's last phase ends, then turned into one :class:`SetRecord`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from ..record import MAX_SET_AMOUNT, SessionRecord, SetRecord
from .events import WorkMode
from .plan import WorkStep


@dataclass
class StepTally:
    elapsed: float = 0.0  # seconds in this step's finished phases
    work: float = 0.0  # seconds of interval work in them
    skipped: bool = False

    def add(self, mode: WorkMode | None, elapsed: float, *, cut: bool) -> None:
        self.elapsed += elapsed
        if mode is WorkMode.INTERVAL_WORK:
            self.work += elapsed
        # Skipping a recover period is not skipping work.
        if cut and mode is not WorkMode.INTERVAL_RECOVER:
            self.skipped = True

    def done(self, step: WorkStep, mode: WorkMode | None, last_elapsed: float, reps: int) -> int:
        """Reps or seconds done: the dose when nothing was cut short, else what was
        done so far (a self-paced set skipped without "set done" counts 0)."""
        if not self.skipped:
            return step.planned
        if mode is WorkMode.PACED_REPS:
            return reps
        if mode is WorkMode.SELF_PACED_REPS:
            return 0
        if mode in (WorkMode.INTERVAL_WORK, WorkMode.INTERVAL_RECOVER):
            return int(self.work + 1e-6)
        return int(last_elapsed + 1e-6)

    def reset(self) -> None:
        self.elapsed = 0.0
        self.work = 0.0
        self.skipped = False


def record_step(
    record: SessionRecord, step: WorkStep, tally: StepTally, done: int, at: datetime
) -> tuple[SetRecord, SessionRecord]:
    """The set record for ``step`` and the session record with it in place.

    Every planned set/side appears at most once. A step revisited after "back" replaces
    its earlier entry only when the redo was finished (not cut short) or did more than
    the earlier one; leaving it again without redoing keeps the earlier record, so
    looking back at a finished set never erases it. The entry returned is the one kept.
    """
    entry = SetRecord(
        exercise_id=step.exercise.id,
        set_index=step.set_index,
        planned=step.planned,
        done=max(0, min(done, step.planned)),
        unit=step.unit,
        side=step.side,
        duration_s=min(tally.elapsed, MAX_SET_AMOUNT),  # SetRecord keeps it to the ms
        skipped=tally.skipped,
        at=at,
    )
    sets = list(record.sets)
    keys = [(s.exercise_id, s.set_index, s.side) for s in sets]
    if step.key not in keys:
        sets.append(entry)
        return entry, replace(record, sets=tuple(sets))
    at_index = keys.index(step.key)
    earlier = sets[at_index]
    if not keeps_earlier(earlier, entry):
        sets[at_index] = entry
        return entry, replace(record, sets=tuple(sets))
    return earlier, record


def keeps_earlier(earlier: SetRecord, redo: SetRecord) -> bool:
    """A redo cut short that did no more than the earlier record leaves it standing."""
    return redo.skipped and redo.done <= earlier.done
