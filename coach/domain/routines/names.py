"""Names and ids that reach a screen or a terminal must be one clean line.

A routine file is written by someone else, so a name with a newline or an escape code
could forge lines in ``routine list`` or hide text in a dialog. These checks run where a
routine enters the store (import, save), not when the store is read: a name that got in
before this rule must not make a person's whole store look damaged.
"""

from __future__ import annotations

import unicodedata

from coach.domain.message import Msg
from coach.domain.routine import Routine
from coach.domain.validation import problem as problem_msg


def control_characters(text: str) -> list[str]:
    """The control characters in ``text`` (Unicode category Cc: newline, tab, ESC, DEL…)."""
    return [ch for ch in text if unicodedata.category(ch) == "Cc"]


def name_problem(text: str) -> str | None:
    """Why ``text`` cannot be a name, in plain words, or ``None`` when it can."""
    if not text.strip():
        return Msg("must not be empty")
    bad = control_characters(text)
    if bad:
        shown = repr(bad[0]).strip("'")
        return Msg(
            "must be one line of plain text (it holds the control character {shown})", shown=shown
        )
    return None


def check_routine_names(routine: Routine) -> None:
    """Raise ``ValueError("field: message")`` for the first id or name a person would see
    garbled; the field is named the way a routine file names it."""
    checks = [("id", routine.id), ("name", routine.name)]
    for i, slot in enumerate(routine.slots):
        checks.append((f"slots[{i}].exercise.id", slot.exercise.id))
        checks.append((f"slots[{i}].exercise.name", slot.exercise.name))
        checks.extend(
            (f"slots[{i}].exercise.equipment[{j}]", item)
            for j, item in enumerate(slot.exercise.equipment)
        )
    for field, value in checks:
        problem = name_problem(value)
        if problem:
            raise ValueError(problem_msg(field, problem))
