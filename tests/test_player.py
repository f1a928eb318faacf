"""The exercise player driven like a person would: keys and clicks on the real widget.

A FakeClock stands in for time (see ``helpers/player.py``); assertions are on what is
on screen and what the store holds.
"""

from __future__ import annotations

import pytest
from helpers.player import K, begin, make_rig
from PySide6.QtWidgets import QLabel

from coach.domain.pain import Context
from coach.domain.record import EndReason


@pytest.fixture
def rig(qtbot, data_dir):
    yield from make_rig(qtbot, data_dir)


def test_whole_routine_by_keys_and_clicks_shows_each_step_and_saves_each_set(rig):
    begin(rig, "2")
    shown = rig.shown()
    assert shown["title"] == "Get ready" and shown["number"] == "5"
    assert rig.sessions()[0].pain_before == 2  # saved before the first set

    rig.step(5)
    shown = rig.shown()
    assert shown["title"] == "Side leg raise"
    assert shown["side"] == "Left side"
    assert shown["set"] == "Set 1 / 1"
    assert shown["number"] == "0 / 3"
    assert "Side leg raise, left side" in rig.cues.spoken()
    rig.step(2)
    assert rig.shown()["number"] == "1 / 3"
    assert ("tick",) in rig.cues.calls

    rig.step(4)
    assert rig.shown()["title"] == "Switch sides"
    (record,) = rig.sessions()
    assert [(s.exercise_id, s.side, s.done) for s in record.sets] == [("side-leg-raise", "left", 3)]

    rig.step(5)
    assert rig.shown()["side"] == "Right side"
    rig.step(6)
    assert rig.shown()["title"] == "Rest before the next exercise"
    assert rig.shown()["instruction"] == "Up next: Wall sit — set 1 of 2"
    assert len(rig.sessions()[0].sets) == 2

    rig.step(20)
    shown = rig.shown()
    assert (shown["title"], shown["phase"], shown["number"]) == ("Wall sit", "Hold", "10")
    assert shown["side"] == ""
    rig.step(7)
    assert rig.shown()["number"] == "3"
    assert rig.shown()["cue"] == "3…"
    rig.step(2)
    assert rig.shown()["cue"] == "3… 2… 1…"
    assert [c for c in rig.cues.calls if c[0] == "countdown"][-3:] == [
        ("countdown", 3),
        ("countdown", 2),
        ("countdown", 1),
    ]
    rig.step(1)
    assert rig.shown()["title"] == "Rest"
    assert rig.shown()["number"] == "5"
    assert ("phase_end",) in rig.cues.calls
    assert len(rig.sessions()[0].sets) == 3

    rig.page.controls.add_rest.click()  # "+15 s"
    assert rig.shown()["number"] == "20"
    assert rig.page.controls.next.text() == "Skip rest · N"
    rig.page.controls.next.click()
    assert rig.shown()["phase"] == "Hold"
    assert rig.shown()["set"] == "Set 2 / 2"
    rig.step(10)

    rig.wait_finish_page()
    (record,) = rig.sessions()
    assert record.end_reason == EndReason.COMPLETED
    assert len(record.sets) == 4 and not any(s.skipped for s in record.sets)
    assert "complete" in rig.player.finish_page.headline.text().lower()

    rig.player.finish_page.scale.buttons[2].click()
    rig.player.finish_page.note.setPlainText("Knee fine <b>today</b>")
    with rig.qtbot.waitSignal(rig.player.finished, timeout=1000):
        rig.player.finish_page.save.click()
    (record,) = rig.sessions()
    assert record.pain_after == 2
    assert record.notes == "Knee fine <b>today</b>"


def test_space_pauses_the_countdown_and_resumes_where_it_was(rig):
    begin(rig, None)
    rig.step(5 + 6 + 5 + 6 + 20 + 4)  # into the first hold, 6 s left
    assert rig.shown()["number"] == "6"
    rig.key(K.Key_Space)
    assert rig.shown()["phase"] == "Paused — Hold"
    assert rig.page.controls.play.text() == "Resume · Space"
    rig.step(4)
    assert rig.shown()["number"] == "6"
    rig.key(K.Key_Space)
    assert rig.shown()["phase"] == "Hold"
    rig.step(3)
    assert rig.shown()["number"] == "3"


def test_escape_asks_first_and_a_confirmed_stop_is_saved_as_stopped(rig):
    begin(rig, None)
    rig.step(7)  # 2 s into the left side
    rig.key(K.Key_Escape)
    assert not rig.page.stop_banner.isHidden()
    assert rig.shown()["phase"].startswith("Paused")
    rig.key(K.Key_Escape)  # keep going
    assert rig.page.stop_banner.isHidden()
    assert not rig.shown()["phase"].startswith("Paused")

    rig.key(K.Key_Escape)
    rig.key(K.Key_Return)
    rig.wait_finish_page()
    (record,) = rig.sessions()
    assert record.end_reason == EndReason.STOPPED
    assert record.sets[0].skipped and record.sets[0].side == "left"


def test_pain_at_the_threshold_pauses_advises_stopping_and_stop_is_saved(rig):
    begin(rig, None)
    rig.step(7)
    rig.key(K.Key_P)
    assert not rig.page.pain_banner.isHidden()
    rig.digit("3")  # exactly the routine's threshold
    assert rig.page.pain_banner.isHidden()
    assert not rig.page.advice_banner.isHidden()
    assert "Stopping is advised" in rig.page.advice_banner.message.text()
    assert rig.shown()["phase"].startswith("Paused")
    number = rig.shown()["number"]
    rig.step(3)
    assert rig.shown()["number"] == number  # paused while the advice is read

    rig.page.advice_banner.stop.click()
    (record,) = rig.sessions()
    assert record.end_reason == EndReason.STOPPED_FOR_PAIN

    (entry,) = rig.store.pain.list()
    assert (entry.score, entry.context) == (3, Context.DURING)
    assert entry.session_id == record.id
    assert entry.exercise_id == "side-leg-raise"
    assert "pain" in rig.player.finish_page.headline.text().lower()


def test_esc_over_the_pain_advice_still_stops_for_pain(rig):
    begin(rig, None)
    rig.step(7)
    rig.key(K.Key_P)
    rig.digit("6")
    assert not rig.page.advice_banner.isHidden()
    rig.key(K.Key_Escape)
    assert not rig.page.stop_banner.isHidden()
    assert rig.page.advice_banner.isHidden()  # one question at a time
    rig.key(K.Key_N)  # "keep going" brings the advice back, still paused
    assert not rig.page.advice_banner.isHidden()
    assert rig.shown()["phase"].startswith("Paused")
    rig.key(K.Key_Escape)
    rig.key(K.Key_Return)
    (record,) = rig.sessions()
    assert record.end_reason == EndReason.STOPPED_FOR_PAIN


def test_pain_below_the_threshold_is_logged_and_the_session_goes_on(rig):
    begin(rig, None)
    rig.step(7)
    rig.page.controls.pain.click()
    rig.page.pain_banner.scale.buttons[2].click()
    assert rig.page.advice_banner.isHidden()
    assert rig.shown()["cue"] == "Pain 2 logged"
    assert not rig.shown()["phase"].startswith("Paused")
    (entry,) = rig.store.pain.list()
    assert entry.score == 2 and entry.context == Context.DURING


def test_closing_mid_session_then_resume_continues_at_the_next_side(rig):
    begin(rig, "2")
    rig.step(5 + 6 + 2)  # left side recorded, in the switch
    session_id = rig.sessions()[0].id
    rig.player.close()
    rig.player.deleteLater()

    rig.player = rig.new_player()
    assert rig.player.check_unfinished() is True
    resume = rig.player.resume_page
    assert rig.player.pages.currentWidget() is resume
    assert "Short test routine" in resume.detail.text()
    assert "1 of 4 sets done" in resume.detail.text()  # of the planned sets
    resume.resume.click()
    assert rig.player.pages.currentWidget() is rig.page
    rig.key(K.Key_Space)  # start: get ready, then the right side
    rig.step(5)
    shown = rig.shown()
    assert (shown["title"], shown["side"]) == ("Side leg raise", "Right side")
    rig.step(6)
    (record,) = rig.sessions()
    assert record.id == session_id
    assert [s.side for s in record.sets] == ["left", "right"]
    assert record.pain_before == 2


def test_an_unfinished_session_can_be_saved_as_interrupted(rig):
    begin(rig, None)
    rig.step(5 + 6 + 1)
    rig.player = rig.new_player()
    assert rig.player.check_unfinished() is True
    with rig.qtbot.waitSignal(rig.player.finished, timeout=1000):
        rig.player.resume_page.interrupted.click()
    (record,) = rig.sessions()
    assert record.end_reason == EndReason.INTERRUPTED
    assert record.ended_at is not None
    assert rig.player.check_unfinished() is False


def test_rest_and_switch_screens_name_what_comes_next_once(rig):
    """The rest screen once said "Next: set 2 of 3, left side" twice and never named
    the exercise; a person looking up mid-rest must read it once, with the name."""
    begin(rig, None)
    shown = rig.shown()
    assert shown["instruction"] == "Up next: Side leg raise, left side"
    rig.step(5 + 6)  # get ready, left side: now switching
    shown = rig.shown()
    assert shown["title"] == "Switch sides"
    assert shown["instruction"] == "Up next: Side leg raise, right side"
    rig.step(5 + 6 + 20 + 10)  # switch, right side, rest, first wall sit
    shown = rig.shown()
    assert (shown["title"], shown["number"]) == ("Rest", "5")
    assert shown["instruction"] == "Up next: Wall sit — set 2 of 2"
    texts = [label.text() for label in rig.page.findChildren(QLabel) if label.isVisible()]
    assert sum("set 2" in t.lower() or "2 / 2" in t for t in texts) == 1, texts
    rig.step(5)
    shown = rig.shown()
    assert (shown["title"], shown["set"], shown["next"]) == (
        "Wall sit",
        "Set 2 / 2",
        "Next: finish",
    )


def test_resume_question_does_not_count_skipped_sets_as_done(rig):
    """Skipping the left side with → and closing once offered "1 set done"."""
    begin(rig, None)
    rig.key(K.Key_N)  # past get ready
    rig.key(K.Key_Right)  # skip the left side: recorded as skipped
    assert rig.sessions()[0].sets[0].skipped
    rig.player.close()
    rig.player.deleteLater()

    rig.player = rig.new_player()
    assert rig.player.check_unfinished() is True
    assert rig.player.resume_page.detail.text().endswith(", 0 of 4 sets done, 1 skipped")


def test_space_answers_the_resume_question_from_the_keyboard(rig):
    """The resume question had no key: a person on the mat had to reach for the mouse."""
    begin(rig, None)
    rig.step(5 + 6 + 2)  # left side recorded
    rig.player.close()
    rig.player.deleteLater()

    rig.player = rig.new_player()
    assert rig.player.check_unfinished() is True
    rig.key(K.Key_Space)  # resume
    assert rig.player.pages.currentWidget() is rig.page
    assert rig.shown()["instruction"] == "Up next: Side leg raise, right side"
    rig.key(K.Key_Space)  # start the get-ready
    rig.step(5)
    assert (rig.shown()["title"], rig.shown()["side"]) == ("Side leg raise", "Right side")


def test_the_finish_page_takes_pain_and_enter_from_the_keyboard(rig):
    """After the last set, digits and Enter did nothing: the mouse was needed to close."""
    begin(rig, None)
    for _ in range(20):
        if rig.player.finish_page.headline.text():  # the session has ended
            break
        rig.key(K.Key_N)
    rig.wait_finish_page()
    rig.digit("4")
    assert rig.player.finish_page.choice.text() == "Pain now: 4 of 10"
    with rig.qtbot.waitSignal(rig.player.finished):
        rig.key(K.Key_Return)
    (record,) = rig.sessions()
    assert record.pain_after == 4 and record.end_reason == EndReason.COMPLETED
