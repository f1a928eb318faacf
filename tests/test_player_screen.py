"""The player's screen details: the number scales, every control is named, self-paced
sets end on Space, the other keys work, sound and voice settings stick, and a sleeping
computer comes back paused."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers.player import K, begin, make_rig, short_routine
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QWidget

from coach.domain.dose import RepsDose
from coach.domain.pain import Context


@pytest.fixture
def rig(qtbot, data_dir):
    yield from make_rig(qtbot, data_dir)


def self_paced_routine():
    base = short_routine()
    first = replace(base.slots[0], dose_override=RepsDose(sets=2, reps=12, rest_s=10))
    return replace(base, slots=(first, *base.slots[1:]))


def test_the_number_grows_with_the_window(rig, qtbot):
    begin(rig, None)
    rig.player.resize(640, 480)
    qtbot.waitUntil(lambda: rig.page.number.height() < 300)
    small = rig.page.number.pixel_size()
    rig.player.resize(1600, 1100)
    qtbot.waitUntil(lambda: rig.page.number.pixel_size() > small * 1.5)
    assert rig.page.number.pixel_size() >= 200  # digits well over 5 cm on a laptop


def test_every_button_in_the_player_has_an_accessible_name(rig):
    begin(rig, None)
    rig.key(K.Key_P)
    rig.page.details_button.setChecked(True)
    buttons = rig.player.findChildren(QAbstractButton)
    assert len(buttons) > 30
    assert [b.text() for b in buttons if not b.accessibleName()] == []


def heard(widget: QWidget) -> tuple[str, str]:
    """What a screen reader reads for ``widget``: its accessible name and description."""
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def test_a_screen_reader_hears_the_exercise_the_number_and_the_side(rig):
    """The run page's labels say what they show: a fixed accessible name ("Exercise",
    "Time or reps") used to hide the text itself, so a screen reader read "Exercise,
    Phase, Time or reps, Set, Side" and never the exercise, the count or the side."""
    begin(rig, None)
    rig.key(K.Key_N)  # skip get ready: the first set, left side
    shown = rig.shown()
    page = rig.page
    assert heard(page.title) == (shown["title"], "Exercise")
    assert heard(page.number) == (shown["number"], "Time or reps")
    assert heard(page.set_label) == (shown["set"], "Set")
    assert heard(page.side_label) == ("Left side", "Side")
    assert heard(page.phase)[0] == shown["phase"]
    assert heard(page.instruction)[0] == shown["instruction"]
    assert heard(page.time_left)[0].startswith("About ")


def test_space_ends_a_self_paced_set_and_records_the_reps_and_time(qtbot, data_dir):
    gen = make_rig(qtbot, data_dir, self_paced_routine())
    rig = next(gen)
    begin(rig, None)
    rig.step(5)
    assert rig.shown()["number"] == "12 reps"
    assert rig.page.controls.set_done.isVisible()
    rig.step(20)
    rig.key(K.Key_Space)
    assert rig.shown()["title"] == "Switch sides"
    (record,) = rig.sessions()
    (done,) = record.sets
    assert (done.side, done.done, done.skipped) == ("left", 12, False)
    assert done.duration_s == pytest.approx(20, abs=0.01)
    gen.close()


def test_the_pause_button_pauses_a_self_paced_set_and_does_not_finish_it(qtbot, data_dir):
    """In a set done at one's own pace Space means "set done", and the Pause button
    used to do what Space does: clicking "Pause" to answer the phone recorded the set
    as done and moved on to the other side. It pauses, and its face names no key."""
    gen = make_rig(qtbot, data_dir, self_paced_routine())
    rig = next(gen)
    begin(rig, None)
    rig.key(K.Key_N)  # skip get ready
    rig.step(3)
    play = rig.page.controls.play
    assert play.text() == "Pause"  # Space is "Set done" here, not pause
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)
    shown = rig.shown()
    assert (shown["title"], shown["side"]) == ("Side leg raise", "Left side")
    assert shown["phase"] == "Paused — Reps at your own pace"  # Space resumes now
    assert play.text() == "Resume · Space"
    assert [s for s in rig.sessions()[0].sets if not s.skipped] == []
    rig.step(30)  # paused: nothing runs on
    qtbot.mouseClick(play, Qt.MouseButton.LeftButton)  # Resume
    assert not rig.shown()["phase"].startswith("Paused")
    rig.step(10)
    rig.key(K.Key_Space)  # set done
    (done,) = rig.sessions()[0].sets
    assert (done.side, done.done) == ("left", 12)
    assert done.duration_s == pytest.approx(13, abs=0.01)
    gen.close()


def test_next_back_and_plus_keys(rig):
    begin(rig, None)
    rig.key(K.Key_N)  # skip get ready
    assert rig.shown()["side"] == "Left side"
    rig.step(1)
    rig.key(K.Key_Right)  # cut the left side short
    assert rig.shown()["title"] == "Switch sides"
    assert rig.sessions()[0].sets[0].skipped
    rig.key(K.Key_B)  # back to the left side again
    assert rig.shown()["side"] == "Left side"
    assert rig.shown()["number"] == "0 / 3"
    rig.step(6 + 5 + 6)  # left, switch, right
    assert rig.shown()["title"] == "Rest before the next exercise"
    before = int(rig.shown()["number"])
    rig.key(K.Key_Plus)
    assert int(rig.shown()["number"]) == before + 15
    sides = [(s.side, s.skipped) for s in rig.sessions()[0].sets]
    assert sides == [("left", False), ("right", False)]


def test_pain_ten_by_two_keys_and_escape_cancels_the_pain_bar(rig):
    begin(rig, None)
    rig.step(6)
    rig.key(K.Key_P)
    rig.key(K.Key_Escape)
    assert rig.page.pain_banner.isHidden()
    assert rig.page.stop_banner.isHidden()
    rig.key(K.Key_P)
    rig.digit("10")
    assert not rig.page.advice_banner.isHidden()
    assert "Pain 10 of 10" in rig.page.advice_banner.message.text()
    rig.key(K.Key_Space)  # continue anyway
    assert rig.page.advice_banner.isHidden()
    assert not rig.shown()["phase"].startswith("Paused")
    (entry,) = rig.store.pain.list()
    assert (entry.score, entry.context) == (10, Context.DURING)


def test_sound_off_silences_cues_but_they_still_show_and_the_choice_is_remembered(rig):
    begin(rig, None)
    rig.page.sound_button.click()
    assert rig.page.sound_button.text() == "Sound off"
    rig.cues.calls.clear()
    rig.step(5 + 6 + 5 + 6 + 20 + 10)  # to the end of the first hold
    assert rig.cues.calls == []
    assert rig.shown()["cue"] == "3… 2… 1…" or rig.shown()["title"] == "Rest"
    again = rig.new_player()
    assert again.run_page.sound_button.text() == "Sound off"
    again.run_page.sound_button.click()  # back on for the next test's sake
    assert again.run_page.sound_button.text() == "Sound on"


def test_voice_off_keeps_the_beeps_but_says_nothing(rig):
    begin(rig, None)
    rig.page.voice_button.click()
    assert rig.page.voice_button.text() == "Voice off"
    rig.cues.calls.clear()
    rig.step(5 + 3)
    assert rig.cues.spoken() == []
    assert ("tick",) in rig.cues.calls
    rig.page.voice_button.click()
    assert rig.page.voice_button.text() == "Voice on"


def test_after_the_computer_slept_the_player_is_paused_where_it_was(rig):
    begin(rig, None)
    rig.step(5 + 2)
    rig.clock.advance(3600)  # an hour asleep
    rig.player.refresh()
    assert rig.shown()["phase"].startswith("Paused")
    assert rig.shown()["number"] == "1 / 3"
    assert "asleep" in rig.shown()["cue"].lower()


def test_details_show_the_full_instructions_and_equipment(rig):
    begin(rig, None)
    rig.step(5)
    assert rig.page.details.isHidden()
    rig.page.details_button.click()
    text = rig.page.details.text()
    assert "band at the ankles" in text
    assert "Equipment: band" in text
    assert "each side" in text


def test_escape_before_starting_leaves_without_saving_anything(rig, qtbot):
    rig.player.start_routine(rig.routine)
    with qtbot.waitSignal(rig.player.finished, timeout=1000):
        rig.key(K.Key_Escape)
    assert rig.sessions() == []


def test_paced_reps_with_a_lift_and_lower_split_say_which_half_is_due(qtbot, data_dir):
    base = short_routine()
    split = RepsDose(sets=1, reps=3, lift_s=1, lower_s=2, rest_s=10)
    routine = replace(base, slots=(replace(base.slots[0], dose_override=split), base.slots[1]))
    gen = make_rig(qtbot, data_dir, routine)
    rig = next(gen)
    begin(rig, None)
    rig.step(5.5)
    assert rig.shown()["phase"] == "Reps — lift ↑"
    rig.step(1)
    assert rig.shown()["phase"] == "Reps — lower ↓"
    gen.close()


def test_the_cue_line_does_not_repeat_what_the_screen_already_says(rig):
    """The work screen showed "Side leg raise" as title, "Left side" beside the set,
    and "Side leg raise, left side" again as the cue; switch showed "Switch sides"
    twice. The words are still spoken; the line only shows what is new."""
    begin(rig, None)
    rig.step(5)
    shown = rig.shown()
    assert (shown["title"], shown["side"], shown["cue"]) == ("Side leg raise", "Left side", "")
    assert "Side leg raise, left side" in rig.cues.spoken()
    rig.step(6)
    assert (rig.shown()["title"], rig.shown()["cue"]) == ("Switch sides", "")
    assert "Switch sides" in rig.cues.spoken()
    rig.step(5 + 6)
    shown = rig.shown()
    assert shown["title"] == "Rest before the next exercise"
    assert shown["instruction"] == "Up next: Wall sit — set 1 of 2"
    assert shown["cue"] == "Rest 20 seconds"  # not the next exercise a second time
    assert "Rest. Next: Wall sit" in rig.cues.spoken()
