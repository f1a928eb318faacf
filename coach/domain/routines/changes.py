"""What changed between two versions of a routine, in the words a physio would use.

"Clam shell: 30 reps per side → 3 × 20 reps per side; equipment: green band → blue band".
Computed here, once, so the History tab, ``routine history`` and any report say the same.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from coach.domain.exercise import ExerciseSlot
from coach.domain.message import Msg, join
from coach.domain.routine import Routine


def dose_text(slot: ExerciseSlot) -> str:
    """The dose as the lists print it: "3 × 20 reps per side, rest 30 s"."""
    text = slot.dose.describe()
    if slot.exercise.per_side:
        text = Msg("{dose} per side", dose=text)
    if slot.dose.sets > 1 and slot.dose.rest_s:
        text = Msg("{dose}, rest {rest} s", dose=text, rest=slot.dose.rest_s)
    return text


def _ordinal(n: int) -> str:
    if 10 <= n % 100 <= 20 or n % 10 not in (1, 2, 3):
        return Msg("{n}th", n=n)
    return {1: Msg("{n}st", n=n), 2: Msg("{n}nd", n=n), 3: Msg("{n}rd", n=n)}[n % 10]


def _equipment_change(old: tuple[str, ...], new: tuple[str, ...]) -> str | None:
    if old == new:
        return None
    gone = [e for e in old if e not in new]
    came = [e for e in new if e not in old]
    if not gone and not came:
        return None  # only the order of the items changed
    before = ", ".join(gone) or Msg("none")
    after = ", ".join(came) or Msg("none")
    if len(gone) == len(came) == 1:
        return Msg("equipment: {before} → {after}", before=before, after=after)
    parts = []
    if came:
        parts.append(Msg("added {items}", items=after))
    if gone:
        parts.append(Msg("dropped {items}", items=before))
    return Msg("equipment: {changes}", changes=join(parts, ", "))


def _slot_change(old: ExerciseSlot, new: ExerciseSlot) -> str | None:
    parts = []
    if old.exercise.name != new.exercise.name:
        parts.append(Msg("renamed to {name}", name=new.exercise.name))
    before, after = dose_text(old), dose_text(new)
    if before != after:
        parts.append(Msg("{before} → {after}", before=before, after=after))
    equipment = _equipment_change(old.exercise.equipment, new.exercise.equipment)
    if equipment:
        parts.append(equipment)
    if old.note != new.note:
        parts.append(Msg("note changed") if new.note else Msg("note removed"))
    if old.exercise.instructions != new.exercise.instructions:
        parts.append(Msg("instructions reworded"))
    if not parts:
        return None
    return Msg("{name}: {changes}", name=old.exercise.name, changes=join(parts))


def describe_changes(old: Routine | None, new: Routine) -> list[str]:
    """One line per change, in routine order; ``["First version"]`` without ``old``."""
    if old is None:
        return [Msg("First version")]
    lines: list[str] = []
    if old.name != new.name:
        lines.append(Msg("Renamed {old} → {new}", old=old.name, new=new.name))
    olds = {s.exercise.id: s for s in old.slots}
    news = {s.exercise.id: s for s in new.slots}
    old_ids = [s.exercise.id for s in old.slots]
    new_ids = [s.exercise.id for s in new.slots]
    for i, slot in enumerate(new.slots, start=1):
        if slot.exercise.id not in olds:
            lines.append(
                Msg(
                    "Added {name} ({dose}) as {place}",
                    name=slot.exercise.name,
                    dose=dose_text(slot),
                    place=_ordinal(i),
                )
            )
    for slot in old.slots:
        if slot.exercise.id not in news:
            lines.append(Msg("Removed {name}", name=slot.exercise.name))
    common_old = [i for i in old_ids if i in news]
    common_new = [i for i in new_ids if i in olds]
    matcher = SequenceMatcher(a=common_old, b=common_new, autojunk=False)
    # Exercises outside the longest run kept in order are the ones that moved.
    kept = {common_new[b + k] for _, b, n in matcher.get_matching_blocks() for k in range(n)}
    for i, ex_id in enumerate(new_ids, start=1):
        if ex_id in olds and ex_id not in kept:
            lines.append(
                Msg("Moved {name} to {place}", name=news[ex_id].exercise.name, place=_ordinal(i))
            )
    for ex_id in new_ids:
        if ex_id in olds:
            change = _slot_change(olds[ex_id], news[ex_id])
            if change:
                lines.append(change)
    if old.rest_between_exercises_s != new.rest_between_exercises_s:
        lines.append(
            Msg(
                "Rest between exercises {before} s → {after} s",
                before=old.rest_between_exercises_s,
                after=new.rest_between_exercises_s,
            )
        )
    if old.get_ready_s != new.get_ready_s:
        lines.append(
            Msg(
                "Get-ready countdown {before} s → {after} s",
                before=old.get_ready_s,
                after=new.get_ready_s,
            )
        )
    if old.pain_stop_threshold != new.pain_stop_threshold:
        lines.append(
            Msg(
                "Stop advised at pain {before} → {after}",
                before=old.pain_stop_threshold,
                after=new.pain_stop_threshold,
            )
        )
    if old.description != new.description:
        lines.append(Msg("Description reworded"))
    return lines or [Msg("No change to the exercises or doses")]


def summary(old: Routine | None, new: Routine) -> str:
    """The changes on one line, for lists."""
    return join(describe_changes(old, new))
