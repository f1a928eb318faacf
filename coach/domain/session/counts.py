"""How much of a session was done: the one count every screen, command and report uses.

Sets are counted against what the routine *planned* (kept on the record as
``SessionRecord.plan``), never against the sets that happened to be reached: stopping
the IT-band strength routine after its first set is "1 of 23 sets", not "1 of 1".
Every planned set (of one side) is exactly one of:

- **done** — recorded and not cut short;
- **skipped** — recorded as skipped or cut short (what was done of it is still in
  the set record, in reps or seconds);
- **not reached** — no record: the session ended (or is still running) before it.

so ``done + skipped + not_reached == planned`` always. The finish page, the resume
question, Today, the calendar's day detail, the session detail, ``session list``/``show``,
the CSV export and the PDF report all read :func:`set_counts` and
:func:`exercise_tallies`; none counts on its own.

A record written before the plan was kept has no ``plan``; its plan is then inferred
from the sets it holds (each exercise's highest set number, the sides seen), which is
the best that record can say.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..message import Msg
from ..record import EndReason, PlannedExercise, SessionRecord, SetRecord

Key = tuple[str, int, str | None]


@dataclass(frozen=True)
class SetCounts:
    """Planned sets (one side of a per-side exercise is one set) and what became of them."""

    planned: int
    done: int
    skipped: int
    not_reached: int

    @property
    def share(self) -> float | None:
        """Done out of planned, 0..1; ``None`` when nothing was planned."""
        return self.done / self.planned if self.planned else None

    @property
    def percent(self) -> int | None:
        share = self.share
        return None if share is None else round(100 * share)


@dataclass(frozen=True)
class SideTally:
    """One side (or the only "side") of one exercise: sets and reps/seconds."""

    side: str | None
    sets_planned: int
    sets_done: int
    sets_skipped: int
    amount_planned: int  # reps or seconds over all planned sets of this side
    amount_done: int  # reps or seconds actually done, skipped sets included

    @property
    def sets_not_reached(self) -> int:
        return self.sets_planned - self.sets_done - self.sets_skipped

    def to_dict(self) -> dict[str, object]:
        return {
            "side": self.side,
            "sets_planned": self.sets_planned,
            "sets_done": self.sets_done,
            "sets_skipped": self.sets_skipped,
            "sets_not_reached": self.sets_not_reached,
            "amount_planned": self.amount_planned,
            "amount_done": self.amount_done,
        }


@dataclass(frozen=True)
class ExerciseTally:
    """An exercise of the session with each side's tally (left, right; or one ``None``)."""

    exercise_id: str
    name: str
    unit: str
    sides: tuple[SideTally, ...]

    @property
    def per_side(self) -> bool:
        return self.sides[0].side is not None

    def side(self, side: str | None) -> SideTally | None:
        return next((t for t in self.sides if t.side == side), None)

    def to_dict(self) -> dict[str, object]:
        return {
            "exercise_id": self.exercise_id,
            "name": self.name,
            "unit": self.unit,
            "sides": [t.to_dict() for t in self.sides],
        }


def effective_plan(record: SessionRecord) -> tuple[PlannedExercise, ...]:
    """The record's plan, or for an old record without one, the plan its sets imply."""
    if record.plan:
        return record.plan
    order: dict[str, list[SetRecord]] = {}
    for s in record.sets:
        order.setdefault(s.exercise_id, []).append(s)
    return tuple(
        PlannedExercise(
            exercise_id=ex_id,
            name=ex_id,
            sets=max(s.set_index for s in sets),
            per_side=any(s.side for s in sets),
            planned=max(s.planned for s in sets),
            unit=sets[0].unit,
        )
        for ex_id, sets in order.items()
    )


def planned_keys(record: SessionRecord) -> list[Key]:
    """Every planned set/side of the session, in the order a person does them."""
    return [key for ex in effective_plan(record) for key in ex.set_keys()]


def recorded_sets(record: SessionRecord) -> dict[Key, SetRecord]:
    """The set records by (exercise, set, side); each planned key appears at most once."""
    return {(s.exercise_id, s.set_index, s.side): s for s in record.sets}


def set_counts(record: SessionRecord) -> SetCounts:
    """Done / skipped / not reached out of the planned sets: the session's one count."""
    keys = planned_keys(record)
    sets = recorded_sets(record)
    done = skipped = 0
    for key in keys:
        entry = sets.get(key)
        if entry is None:
            continue
        if entry.skipped:
            skipped += 1
        else:
            done += 1
    return SetCounts(len(keys), done, skipped, len(keys) - done - skipped)


def exercise_tallies(record: SessionRecord) -> list[ExerciseTally]:
    """Per exercise and side: sets done/skipped of planned, reps or seconds done of planned."""
    sets = recorded_sets(record)
    out = []
    for ex in effective_plan(record):
        sides = []
        for side in ex.sides:
            entries = [sets.get((ex.exercise_id, n, side)) for n in range(1, ex.sets + 1)]
            found = [e for e in entries if e is not None]
            sides.append(
                SideTally(
                    side=side,
                    sets_planned=ex.sets,
                    sets_done=sum(1 for e in found if not e.skipped),
                    sets_skipped=sum(1 for e in found if e.skipped),
                    amount_planned=ex.sets * ex.planned,
                    amount_done=sum(e.done for e in found),
                )
            )
        out.append(ExerciseTally(ex.exercise_id, ex.name, ex.unit, tuple(sides)))
    return out


def outcome_text(record: SessionRecord) -> str:
    """One plain line for a terminal or a file: "stopped after 1 of 23 sets (4%)".

    The GUI's session detail words it its own way, with marks (``coach.ui.session_detail``)."""
    c = set_counts(record)
    of = Msg("{done} of {planned} sets", done=c.done, planned=c.planned)
    reason = record.end_reason
    if reason is None:
        return Msg("in progress, {count} so far", count=of)
    if reason is EndReason.COMPLETED:
        if c.skipped:
            return Msg("completed, {count}, {skipped} skipped", count=of, skipped=c.skipped)
        return Msg("completed, {count}", count=of)
    lead = {
        EndReason.STOPPED: Msg("stopped"),
        EndReason.STOPPED_FOR_PAIN: Msg("stopped for pain"),
        EndReason.STOPPED_NO_TIME: Msg("stopped (no time)"),
        EndReason.INTERRUPTED: Msg("interrupted"),
    }[reason]
    if c.percent is None:
        return Msg("{lead} after {count}", lead=lead, count=of)
    return Msg("{lead} after {count} ({percent}%)", lead=lead, count=of, percent=c.percent)
