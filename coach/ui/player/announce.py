"""What the player says and shows for each engine event, kept apart from the widgets.

Every audible cue has a visible twin (the cue line under the big number, and a flash
of the number), so a muted laptop or a person who cannot hear it loses nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coach.domain.session.events import PhaseKind, PhaseView, WorkMode
from coach.ui.i18n import text as domain_text

from .big_number import format_seconds


def tr(text: str) -> str:
    return QCoreApplication.translate("Player", text)


def _interval_label(view: PhaseView) -> str | None:
    """The dose's own word for an interval period ("Run", "Walk"), or None outside one."""
    dose = view.exercise.dose if view.exercise else None
    if view.mode == WorkMode.INTERVAL_WORK:
        return getattr(dose, "work_label", "") or tr("Work")
    if view.mode == WorkMode.INTERVAL_RECOVER:
        return getattr(dose, "recover_label", "") or tr("Recover")
    return None


def spoken(view: PhaseView) -> str:
    """The short sentence spoken when a phase starts ("Clam shell, left side")."""
    kind = view.kind
    if kind in (PhaseKind.READY, PhaseKind.SWITCH):
        return phase_word(view)
    if kind == PhaseKind.REST:
        return rest_seconds(view)
    if kind == PhaseKind.TRANSITION:
        return tr("Rest. %1").replace("%1", domain_text(view.next_label))
    if kind == PhaseKind.DONE:
        return domain_text(view.instruction)  # "Routine complete — well done" / …
    label = _interval_label(view)
    if label is not None:
        return label
    return exercise_and_side(view)


def rest_seconds(view: PhaseView) -> str:
    return tr("Rest %1 seconds").replace("%1", str(round(view.duration_s or 0)))


def shown_cue(view: PhaseView) -> str:
    """The cue line's text when a phase starts: the spoken words, unless the screen
    already says them (the title "Switch sides", the phase word "Run", or the exercise
    name beside "Left side"); then the line stays empty rather than repeat them."""
    if view.kind in (PhaseKind.READY, PhaseKind.SWITCH):
        return ""
    if view.kind == PhaseKind.TRANSITION:  # the next exercise is on the line above
        return rest_seconds(view)
    text = spoken(view)
    if view.kind == PhaseKind.WORK and text in (phase_word(view), exercise_and_side(view)):
        return ""
    return text


def exercise_and_side(view: PhaseView) -> str:
    """ "Clam shell, left side" (or just the name for an exercise done once)."""
    return with_side(view.exercise.name if view.exercise else "", view.side)


def with_side(text: str, side: str | None) -> str:
    if side == "left":
        return tr("%1, left side").replace("%1", text)
    if side == "right":
        return tr("%1, right side").replace("%1", text)
    return text


def up_next(view: PhaseView) -> str:
    """The one line shown during get-ready, rest and switch: which exercise comes, and
    which set and side, so a person who looks up mid-rest knows what to get ready for.
    It replaces the engine's relative "Next: set 2 of 3" (which names no exercise)."""
    if view.exercise is None:
        return domain_text(view.next_label)
    what = view.exercise.name
    if view.set_count > 1 and view.set_index:
        what = (
            tr("%1 — set %2 of %3")
            .replace("%1", what)
            .replace("%2", str(view.set_index))
            .replace("%3", str(view.set_count))
        )
    return tr("Up next: %1").replace("%1", with_side(what, view.side))


def countdown_text(seconds_left: int, start: int = 3) -> str:
    """ "3…", "3… 2…", "3… 2… 1…" — the count builds up so a glance shows where it is."""
    steps = [f"{n}…" for n in range(max(start, seconds_left), seconds_left - 1, -1)]
    return " ".join(steps)


def phase_word(view: PhaseView) -> str:
    kind = view.kind
    if kind == PhaseKind.READY:
        return tr("Get ready")
    if kind == PhaseKind.REST:
        return tr("Rest")
    if kind == PhaseKind.SWITCH:
        return tr("Switch sides")
    if kind == PhaseKind.TRANSITION:
        return tr("Rest before the next exercise")
    if kind == PhaseKind.DONE:
        return tr("Done")
    mode = view.mode
    if mode == WorkMode.PACED_REPS:
        if view.paused:  # no lift/lower cue while nothing moves
            return tr("Reps")
        if view.rep_phase == "up":
            return tr("Reps — lift ↑")
        if view.rep_phase == "down":
            return tr("Reps — lower ↓")
        return tr("Reps — follow the beat")
    if mode == WorkMode.SELF_PACED_REPS:
        if view.paused:  # Space resumes now; it is "set done" only while running
            return tr("Reps at your own pace")
        return tr("Reps at your own pace — Space when done")
    if mode == WorkMode.HOLD:
        return tr("Hold")
    return _interval_label(view) or tr("Time left")


def countdown_word(view: PhaseView) -> str:
    """Above the number outside work: what the number counts down to."""
    if view.kind == PhaseKind.DONE:
        return tr("Done")
    if view.kind == PhaseKind.READY:
        return tr("Starting in")
    return tr("Seconds left")


def number_text(view: PhaseView) -> str:
    if view.kind == PhaseKind.DONE:
        return "✓"
    if view.kind == PhaseKind.WORK and view.mode == WorkMode.PACED_REPS:
        return f"{view.rep or 0} / {view.reps_target}"
    if view.kind == PhaseKind.WORK and view.mode == WorkMode.SELF_PACED_REPS:
        return tr("%1 reps").replace("%1", str(view.reps_target))
    return format_seconds(view.remaining_s)


def set_text(view: PhaseView) -> str:
    if view.interval_count:
        return (
            tr("Interval %1 / %2")
            .replace("%1", str(view.interval_index or 1))
            .replace("%2", str(view.interval_count))
        )
    if view.set_count and view.set_index:
        return (
            tr("Set %1 / %2").replace("%1", str(view.set_index)).replace("%2", str(view.set_count))
        )
    return ""


def side_text(side: str | None) -> str:
    if side == "left":
        return tr("Left side")
    if side == "right":
        return tr("Right side")
    return ""
