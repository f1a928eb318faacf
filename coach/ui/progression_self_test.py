"""Self-test states for the dose-step suggestion: Today after three green sessions of
the IT-band routine, and the editor opened from it on an own copy with the new doses.

They write to the self-test's scratch store only."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtWidgets import QWidget

from coach.domain.pain import Context, PainEntry
from coach.domain.record import EndReason, SessionRecord
from coach.ui.main_window import MainWindow
from coach.ui.self_test import register

ROUTINE = "it-band-strength"


def _green_streak(window: MainWindow) -> list[SessionRecord]:
    """Three sessions of the built-in in the last week, pain 1 before and 2 after, each
    next morning 1 (the demo's own records may make some of those days worse)."""
    hub = window.hub
    routine = hub.store.routines.get(ROUTINE)
    assert routine is not None
    today = hub.today()
    made = []
    for back in (6, 4, 2):
        day = today - timedelta(days=back)
        start = datetime.combine(day, time(21, 30)).astimezone()
        record = SessionRecord(
            routine_id=routine.id,
            routine_name=routine.name,
            routine_snapshot=routine.snapshot_id(),
            started_at=start,
            ended_at=start + timedelta(minutes=40),
            end_reason=EndReason.COMPLETED,
            pain_before=1,
            pain_after=2,
        )
        hub.save_session(record)
        made.append(record)
        morning = datetime.combine(day + timedelta(days=1), time(8)).astimezone()
        hub.add_pain(PainEntry(score=1, at=morning, context=Context.MORNING))
    return made


def _today(window: MainWindow) -> None:
    made = _green_streak(window)
    window.nav_buttons["today"].click()
    if window.today.is_player_active():  # the player's resume offer, from a state before
        window.today.show_overview()
    window.today.refresh()
    panel = window.today.progression
    if not any(h.routine_id == ROUTINE for h in panel.found):
        # The demo's history can leave those days or today amber; photograph the card a
        # green streak of these three sessions earns.
        from coach.domain.routines.progression import SessionVerdict, suggest

        routine = window.hub.store.routines.get(ROUTINE)
        assert routine is not None
        greens = [SessionVerdict(s.id, s.day, s.started_at, "green", "") for s in made]
        hit = suggest(routine, greens, "green")
        panel.show_found([hit] if hit else [])


def _review(window: MainWindow) -> QWidget | None:
    panel = window.today.progression
    window.nav_buttons["today"].click()
    hit = next((h for h in panel.found if h.routine_id == ROUTINE), None)
    if hit is None:
        raise RuntimeError("no dose step suggested after three green sessions")
    editor = panel.review(hit)
    if editor is not None:
        editor.confirm_on_close = False
        editor.resize(1100, 760)
    return editor


register("today-dose-step", _today)
register("dose-step-review", _review)
