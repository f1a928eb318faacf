"""A routine being edited, as the plain dict a routine file holds, and what is wrong with it.

The editor changes a dict (so undo can keep whole states) and asks :func:`problems`
after each change. Every problem is keyed by the field path a routine file uses
(``name``, ``slots[2].exercise.dose.reps_max``) so the form can put the message next to
the field, in the same words an import would use.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from typing import Any

from coach.domain.dose import DOSE_KINDS, dose_to_dict
from coach.domain.exercise import ExerciseSlot
from coach.domain.message import Msg
from coach.domain.routine import Routine
from coach.domain.validation import check_text, problem_parts

from .names import name_problem

Draft = dict[str, Any]


def _split(exc: ValueError) -> tuple[str, str]:
    return problem_parts(exc)  # the message stays translatable


def problems(draft: Draft) -> dict[str, str]:
    """``{field path: message}``; empty when the draft makes a valid routine."""
    found: dict[str, str] = {}
    problem = name_problem(draft.get("name", ""))
    if problem:
        found["name"] = problem
    try:
        check_text("description", draft.get("description", ""), max_len=2000)
    except ValueError as exc:
        found["description"] = _split(exc)[1]
    slots = draft.get("slots", [])
    if not slots:
        found["slots"] = Msg("a routine needs at least one exercise")
    for i, slot in enumerate(slots):
        prefix = f"slots[{i}]"
        exercise = slot.get("exercise", {})
        problem = name_problem(exercise.get("name", ""))
        if problem:
            found[f"{prefix}.exercise.name"] = problem
        for j, item in enumerate(exercise.get("equipment", [])):
            problem = name_problem(item)
            if problem:
                found[f"{prefix}.exercise.equipment"] = Msg(
                    "item {n} {problem}", n=j + 1, problem=problem
                )
        try:
            ExerciseSlot.from_dict(slot)
        except ValueError as exc:
            field, text = _split(exc)
            field = field.removeprefix("slot.").replace("dose_override", "dose")
            field = field if field.startswith(("exercise", "note", "dose")) else "exercise"
            found.setdefault(f"{prefix}.{field}", text)
    if not found:
        try:
            Routine.from_dict(draft)
        except ValueError as exc:
            field, text = _split(exc)
            found[field.removeprefix("routine.")] = text
    return found


def slot_of(field: str) -> int | None:
    """``slots[3].exercise.name`` → 3."""
    match = re.match(r"slots\[(\d+)\]", field)
    return int(match.group(1)) if match else None


def dose_of(slot: dict[str, Any]) -> dict[str, Any]:
    """The dose the slot prescribes: its override if it has one."""
    return slot.get("dose_override") or slot["exercise"]["dose"]


def set_dose(slot: dict[str, Any], dose: dict[str, Any]) -> None:
    """Change the prescribed dose in the place it lives (override or exercise)."""
    if slot.get("dose_override") is not None:
        slot["dose_override"] = dose
    else:
        slot["exercise"]["dose"] = dose


def default_dose(kind: str) -> dict[str, Any]:
    return dose_to_dict(DOSE_KINDS[kind]())


def free_id(wanted: str, taken: set[str]) -> str:
    """A slug like ``wanted`` that is not in ``taken`` (``side-plank``, ``side-plank-2``…)."""
    ascii_text = unicodedata.normalize("NFKD", wanted).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9-]+", "-", ascii_text.lower()).strip("-")[:56] or "exercise"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate


def new_slot(taken: set[str], name: str = "New exercise") -> dict[str, Any]:
    return {
        "exercise": {
            "id": free_id(name, taken),
            "name": name,
            "summary": name,
            "instructions": "",
            "equipment": [],
            "per_side": False,
            "dose": default_dose("reps"),
        }
    }


def duplicate_slot(slot: dict[str, Any], taken: set[str]) -> dict[str, Any]:
    twin = copy.deepcopy(slot)
    twin["exercise"]["id"] = free_id(slot["exercise"]["id"] + "-copy", taken)
    twin["exercise"]["name"] = (slot["exercise"]["name"] + " (copy)")[:80]
    return twin


def library_slot(exercise: dict[str, Any], taken: set[str]) -> dict[str, Any]:
    """A slot for an exercise taken from the library, with its default dose and an id
    that is free in the routine being edited."""
    chosen = copy.deepcopy(exercise)
    chosen["id"] = free_id(chosen["id"], taken)
    return {"exercise": chosen}
