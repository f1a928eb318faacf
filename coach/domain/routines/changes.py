"""What changed between two versions of a routine, in the words a physio would use.

"Clam shell: 30 reps per side → 3 × 20 reps per side; equipment: green band → blue band".
Computed here, once, so the History tab, ``routine history`` and any report say the same.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from coach.domain.exercise import ExerciseSlot
from coach.domain.routine import Routine


def dose_text(slot: ExerciseSlot) -> str:
    """The dose as the lists print it: "3 × 20 reps per side, rest 30 s"."""
    text = slot.dose.describe()
    if slot.exercise.per_side:
        text += " per side"
    if slot.dose.sets > 1 and slot.dose.rest_s:
        text += f", rest {slot.dose.rest_s} s"
    return text


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _equipment_change(old: tuple[str, ...], new: tuple[str, ...]) -> str | None:
    if old == new:
        return None
    gone = [e for e in old if e not in new]
    came = [e for e in new if e not in old]
    if not gone and not came:
        return None  # only the order of the items changed
    before = ", ".join(gone) or "none"
    after = ", ".join(came) or "none"
    if len(gone) == len(came) == 1:
        return f"equipment: {before} → {after}"
    parts = []
    if came:
        parts.append(f"added {after}")
    if gone:
        parts.append(f"dropped {before}")
    return "equipment: " + ", ".join(parts)


def _slot_change(old: ExerciseSlot, new: ExerciseSlot) -> str | None:
    parts = []
    if old.exercise.name != new.exercise.name:
        parts.append(f"renamed to {new.exercise.name}")
    before, after = dose_text(old), dose_text(new)
    if before != after:
        parts.append(f"{before} → {after}")
    equipment = _equipment_change(old.exercise.equipment, new.exercise.equipment)
    if equipment:
        parts.append(equipment)
    if old.note != new.note:
        parts.append("note changed" if new.note else "note removed")
    if old.exercise.instructions != new.exercise.instructions:
        parts.append("instructions reworded")
    if not parts:
        return None
    return f"{old.exercise.name}: " + "; ".join(parts)


def describe_changes(old: Routine | None, new: Routine) -> list[str]:
    """One line per change, in routine order; ``["First version"]`` without ``old``."""
    if old is None:
        return ["First version"]
    lines: list[str] = []
    if old.name != new.name:
        lines.append(f"Renamed {old.name} → {new.name}")
    olds = {s.exercise.id: s for s in old.slots}
    news = {s.exercise.id: s for s in new.slots}
    old_ids = [s.exercise.id for s in old.slots]
    new_ids = [s.exercise.id for s in new.slots]
    for i, slot in enumerate(new.slots, start=1):
        if slot.exercise.id not in olds:
            lines.append(f"Added {slot.exercise.name} ({dose_text(slot)}) as {_ordinal(i)}")
    for slot in old.slots:
        if slot.exercise.id not in news:
            lines.append(f"Removed {slot.exercise.name}")
    common_old = [i for i in old_ids if i in news]
    common_new = [i for i in new_ids if i in olds]
    matcher = SequenceMatcher(a=common_old, b=common_new, autojunk=False)
    # Exercises outside the longest run kept in order are the ones that moved.
    kept = {common_new[b + k] for _, b, n in matcher.get_matching_blocks() for k in range(n)}
    for i, ex_id in enumerate(new_ids, start=1):
        if ex_id in olds and ex_id not in kept:
            lines.append(f"Moved {news[ex_id].exercise.name} to {_ordinal(i)}")
    for ex_id in new_ids:
        if ex_id in olds:
            change = _slot_change(olds[ex_id], news[ex_id])
            if change:
                lines.append(change)
    if old.rest_between_exercises_s != new.rest_between_exercises_s:
        lines.append(
            f"Rest between exercises {old.rest_between_exercises_s} s → "
            f"{new.rest_between_exercises_s} s"
        )
    if old.get_ready_s != new.get_ready_s:
        lines.append(f"Get-ready countdown {old.get_ready_s} s → {new.get_ready_s} s")
    if old.pain_stop_threshold != new.pain_stop_threshold:
        lines.append(f"Stop advised at pain {old.pain_stop_threshold} → {new.pain_stop_threshold}")
    if old.description != new.description:
        lines.append("Description reworded")
    return lines or ["No change to the exercises or doses"]


def summary(old: Routine | None, new: Routine) -> str:
    """The changes on one line, for lists."""
    return "; ".join(describe_changes(old, new))
