"""Today's dose-step suggestion as a person meets it: three green sessions show it,
Review opens the editor with the new doses, Save makes a new version, an amber day
takes the suggestion away, and "Not now" is remembered."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from helpers import gui
from helpers.gui import TODAY, local
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from coach.domain.pain import Context, PainEntry
from coach.domain.routines.progression import DISMISSED_KEY

store, hub, window = gui.store, gui.hub, gui.window
ROUTINE_ID = "my-strength"


@pytest.fixture
def green_streak(hub):
    """An own copy of the IT-band routine done Thu, Sat and Mon with pain 1 before and
    2 after (within its own stop level 3), each next morning back to the usual 1. Today
    is Wednesday 18 Nov 2026: the light is green."""
    gui.save_planned(hub, gui.routine_on("it-band-strength", ROUTINE_ID, "My strength", {0, 3, 5}))
    routine = hub.store.routines.get(ROUTINE_ID)
    for back in (6, 4, 2):
        day = TODAY - timedelta(days=back)
        record = replace(gui.finished(routine, local(day, 18)), pain_before=1, pain_after=2)
        hub.save_session(record)
        hub.add_pain(PainEntry(score=1, at=local(day + timedelta(days=1), 8),
                               context=Context.MORNING))  # fmt: skip
    return routine


def today_of(qtbot, window):
    window.show_view("today")
    today = window.today
    qtbot.waitUntil(lambda: today.progression.isVisible())
    return today


def test_three_green_sessions_offer_the_next_dose_and_review_saves_a_version(
    qtbot, window, store, green_streak, capsys
):
    from coach.cli import main

    today = today_of(qtbot, window)
    panel = today.progression
    assert [h.routine_id for h in panel.found] == [ROUTINE_ID]
    review = panel.review_buttons[ROUTINE_ID]
    assert review.text() == "Review in editor…" and review.accessibleName()
    qtbot.mouseClick(review, Qt.MouseButton.LeftButton)
    editor = panel.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    # The first exercise, side leg raise, 30 reps → 33, shown in the form, not yet saved.
    reps = next(s for s in editor.findChildren(QSpinBox) if s.accessibleName() == "Reps")
    assert reps.value() == 33
    assert editor.draft()["slots"][0]["exercise"]["dose"]["reps"] == 33
    assert editor.is_dirty() and editor.undo_button.isEnabled()
    assert "not saved yet" in editor.status.text()
    assert [v.number for v in store.routines.history(ROUTINE_ID)] == [1]
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.status.text() == "Saved as version 2."
    assert store.routines.get(ROUTINE_ID).slots[0].dose.reps == 33
    assert main(["routine", "history", "My strength", "--data-dir", str(store.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "v2" in out and "30" in out and "33" in out
    # The new version starts the count again: no suggestion until three more greens.
    editor.close()
    qtbot.waitUntil(lambda: not today.progression.isVisible())


def test_an_amber_day_takes_the_suggestion_away(qtbot, window, hub, green_streak):
    today = today_of(qtbot, window)
    # Pain 6 after exercise today: above the acceptable 5 once, so amber.
    hub.add_pain(PainEntry(score=6, at=local(TODAY, 12), context=Context.AFTER))
    qtbot.waitUntil(lambda: not today.progression.isVisible())
    assert today.progression.found == []
    assert ROUTINE_ID not in today.progression.review_buttons


def test_not_now_is_remembered(qtbot, window, hub, store, green_streak):
    today = today_of(qtbot, window)
    qtbot.mouseClick(today.progression.not_now_buttons[ROUTINE_ID], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not today.progression.isVisible())
    assert ROUTINE_ID in store.settings.get(DISMISSED_KEY)
    today.progression.refresh(TODAY)  # as after a restart: still set aside
    assert today.progression.found == []


def test_a_builtin_is_duplicated_to_edit(qtbot, window, hub, store):
    from coach.domain.library import builtin_routines

    strength = next(r for r in builtin_routines() if r.id == "it-band-strength")
    for back in (6, 4, 2):
        day = TODAY - timedelta(days=back)
        hub.save_session(replace(gui.finished(strength, local(day, 18)), pain_before=1,
                                 pain_after=2))  # fmt: skip
        hub.add_pain(PainEntry(score=1, at=local(day + timedelta(days=1), 8),
                               context=Context.MORNING))  # fmt: skip
    today = today_of(qtbot, window)
    button = today.progression.review_buttons["it-band-strength"]
    assert button.text() == "Duplicate to edit…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    editor = today.progression.editor
    qtbot.waitExposed(editor)
    assert editor.routine_id != "it-band-strength"
    assert editor.draft()["slots"][0]["exercise"]["dose"]["reps"] == 33
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    copy = store.routines.get(editor.routine_id)
    assert copy is not None and not copy.builtin and copy.slots[0].dose.reps == 33
    assert store.routines.get("it-band-strength").slots[0].dose.reps == 30  # untouched
    qtbot.waitUntil(lambda: not today.progression.isVisible())  # the built-in's set aside
    editor.close()


@pytest.fixture
def german(qapp):
    from PySide6.QtCore import QLocale

    from coach.ui import i18n

    before = QLocale()
    assert i18n.install("de") == "de"
    yield
    i18n.install("en")
    QLocale.setDefault(before)


def test_in_german_the_card_gives_its_reason_doses_and_rule_in_german(
    qtbot, german, hub, green_streak
):
    """The reason, each dose step and the rule were English sentences on a German Today."""
    from PySide6.QtWidgets import QLabel

    from coach.ui.main_window import MainWindow

    window = MainWindow(hub)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    panel = today_of(qtbot, window).progression
    words = "\n".join(label.text() for label in panel.findChildren(QLabel))
    assert "3 grüne Einheiten in Folge von My strength (" in words
    assert "Side leg raise: 30 Wdh. → 33 Wdh. oder ein stärkeres Band" in words
    assert "Regel: nach 3 grünen Einheiten in Folge" in words
    for english in ("green sessions", "reps", "tighter band", "Suggested"):
        assert english not in words


def test_at_start_the_card_shows_after_its_months_are_read_a_turn_each(qtbot, store, green_streak):
    """As run_gui opens the records: the steps one per event-loop turn (Today's months
    for the suggestion read a turn each, so none of those turns is a long stall)."""
    from coach.ui.hub import DataHub
    from coach.ui.main_window import MainWindow
    from coach.ui.turns import in_turns

    hub = DataHub(None, today=lambda: TODAY)
    window = MainWindow(hub)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    hub.attach(store)
    in_turns(window, window.attach_steps())
    qtbot.waitUntil(lambda: window.today.progression.isVisible())
    assert [h.routine_id for h in window.today.progression.found] == [ROUTINE_ID]
