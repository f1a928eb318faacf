"""The player says what happened: counts against the planned sets, why it stopped, pain
asked without the set running on, advice before and after, and the small labels.

The short routine plans four sets: side leg raise left and right (3 paced reps at 2 s),
then two 10 s wall-sit holds; its pain limit is 3.
"""

from __future__ import annotations

import pytest
from helpers.player import K, begin, make_rig

from coach.domain.pain import Context, Side
from coach.domain.record import EndReason


@pytest.fixture
def rig(qtbot, data_dir):
    yield from make_rig(qtbot, data_dir)


def finish_text(rig) -> str:
    page = rig.player.finish_page
    return page.headline.text() + "\n" + page.summary.text()


def test_the_finish_page_counts_a_stopped_session_against_the_planned_sets(rig):
    begin(rig, None)
    rig.step(5 + 6 + 2)  # left side done, switching sides
    rig.key(K.Key_Escape)
    rig.key(K.Key_O)  # "other reason"
    text = finish_text(rig)
    assert "Session stopped" in text
    assert "1 of 4 planned sets done (25%) · 3 not reached" in text
    (record,) = rig.sessions()
    assert record.end_reason == EndReason.STOPPED


def test_the_stop_question_takes_the_reason_in_one_click(rig):
    begin(rig, None)
    rig.step(7)
    rig.page.controls.stop.click()
    assert not rig.page.stop_banner.isHidden()
    rig.page.stop_banner.no_time.click()
    (record,) = rig.sessions()
    assert record.end_reason == EndReason.STOPPED_NO_TIME
    assert "out of time" in finish_text(rig)


def test_it_hurts_stops_for_pain(rig):
    begin(rig, None)
    rig.step(7)
    rig.key(K.Key_Escape)
    rig.page.stop_banner.hurts.click()
    (record,) = rig.sessions()
    assert record.end_reason == EndReason.STOPPED_FOR_PAIN


def test_pain_then_continue_anyway_then_stop_is_kept_as_stopped_for_pain(rig):
    """Pain 6 logged, "Continue anyway", then Stop used to save a plain "stopped"."""
    begin(rig, None)
    rig.step(7)
    rig.key(K.Key_P)
    rig.digit("6")
    rig.page.advice_banner.go_on.click()
    rig.step(2)
    rig.key(K.Key_Escape)
    assert rig.page.stop_banner.hurts.font().bold()  # Enter's answer, marked
    rig.key(K.Key_Return)
    (record,) = rig.sessions()
    assert record.end_reason == EndReason.STOPPED_FOR_PAIN


def test_esc_on_the_stop_question_keeps_going(rig):
    begin(rig, None)
    rig.step(7)
    rig.key(K.Key_Escape)
    rig.key(K.Key_Escape)
    assert rig.page.stop_banner.isHidden()
    assert not rig.shown()["phase"].startswith("Paused")
    assert rig.sessions()[0].end_reason is None


def test_the_pain_prompt_pauses_the_set_and_resumes_after(rig):
    begin(rig, None)
    rig.step(5 + 2)  # 1 of 3 reps on the left side
    assert rig.shown()["number"] == "1 / 3"
    rig.key(K.Key_P)
    rig.step(3)  # choosing the score takes a while
    assert rig.shown()["number"] == "1 / 3"
    assert rig.shown()["phase"].startswith("Paused")
    rig.digit("2")
    assert not rig.shown()["phase"].startswith("Paused")
    rig.step(2)
    assert rig.shown()["number"] == "2 / 3"


def test_cancelling_the_pain_prompt_resumes_the_set(rig):
    begin(rig, None)
    rig.step(5 + 2)
    rig.key(K.Key_P)
    rig.step(3)
    rig.key(K.Key_Escape)
    assert rig.page.pain_banner.isHidden()
    rig.step(2)
    assert rig.shown()["number"] == "2 / 3"
    assert rig.store.pain.list() == []


def test_the_pain_prompt_defaults_to_the_side_exercised_and_the_target_area(rig):
    begin(rig, None)
    rig.step(5 + 6 + 5 + 1)  # on the right side
    rig.key(K.Key_P)
    assert rig.page.pain_banner.chosen_side == Side.RIGHT
    assert rig.page.pain_banner.chosen_location == "outer knee"
    rig.digit("2")
    (entry,) = rig.store.pain.list()
    assert (entry.side, entry.location, entry.context) == (Side.RIGHT, "outer knee", Context.DURING)


def test_side_and_place_are_one_key_away(rig):
    begin(rig, None)
    rig.step(5 + 1)  # left side
    rig.key(K.Key_P)
    rig.key(K.Key_B)  # both
    rig.key(K.Key_W)  # the next place
    rig.digit("1")
    rig.digit("0")  # 10: advice, not the back key
    (entry,) = rig.store.pain.list()
    assert (entry.score, entry.side, entry.location) == (10, Side.BOTH, "outer hip")


def test_pain_before_at_the_limit_asks_first_and_not_today_leaves(rig):
    rig.player.start_routine(rig.routine)
    rig.digit("8")
    start = rig.player.start_page
    assert rig.player.pages.currentWidget() is start  # the get-ready did not start
    assert not start.advice.isHidden()
    assert "limit of 3" in start.advice.message.text()
    assert "not advised" in start.advice.message.text()
    with rig.qtbot.waitSignal(rig.player.finished, timeout=1000):
        start.advice.not_today.click()
    assert rig.sessions() == []
    (entry,) = rig.store.pain.list()  # the score given is kept, as pain at rest
    assert (entry.score, entry.context.value, entry.session_id) == (8, "rest", None)


def test_pain_before_at_the_limit_then_start_anyway_starts_and_keeps_the_score(rig):
    rig.player.start_routine(rig.routine)
    rig.digit("8")
    rig.key(K.Key_Return)  # Start anyway
    assert rig.player.pages.currentWidget() is rig.page
    assert rig.sessions()[0].pain_before == 8


def test_pain_after_at_the_limit_gets_the_advice_on_the_finish_page(rig):
    begin(rig, None)
    rig.step(7)
    rig.key(K.Key_Escape)
    rig.key(K.Key_O)
    finish = rig.player.finish_page
    rig.digit("2")
    assert finish.advice.isHidden()
    rig.digit("7")
    assert not finish.advice.isHidden()
    assert "Stopping is advised" in finish.advice.text()


def test_the_start_page_does_not_show_the_last_score_as_chosen(rig):
    begin(rig, "2")
    rig.key(K.Key_Escape)
    rig.key(K.Key_O)
    rig.player.finish_page.save.click()
    rig.player.start_routine(rig.routine)
    assert [b.isChecked() for b in rig.player.start_page.scale.buttons] == [False] * 11


def test_plus_15_s_says_the_new_length_of_the_rest(rig):
    begin(rig, None)
    rig.step(5 + 6 + 5 + 6 + 20 + 10)  # the first wall sit done: resting 5 s
    assert rig.shown()["title"] == "Rest" and rig.shown()["cue"] == "Rest 5 seconds"
    rig.page.controls.add_rest.click()
    assert rig.shown()["cue"] == "Rest 20 seconds"
    rig.key(K.Key_Plus)
    assert rig.shown()["cue"] == "Rest 35 seconds"


def test_the_paused_label_has_no_lift_or_lower_cue(rig):
    begin(rig, None)
    rig.step(5 + 1)
    rig.key(K.Key_Space)
    assert rig.shown()["phase"] == "Paused — Reps"


def test_the_player_buttons_show_their_keys(rig):
    begin(rig, None)
    c = rig.page.controls
    faces = {b.accessibleName(): b.text() for b in (c.back, c.play, c.next, c.pain, c.stop)}
    assert faces == {
        "Back": "Back · B",
        "Pause": "Pause · Space",
        "Next": "Next · N",
        "Log pain": "Pain · P",
        "Stop the session": "Stop · Esc",
    }


def test_play_skip_back_pain_and_stop_give_the_same_truthful_counts_everywhere(rig):
    """The issue's walk-through: every place that reports the session agrees."""
    from coach.commands.sessions import describe_session
    from coach.domain.session.counts import set_counts
    from coach.ui.player.resume import describe
    from coach.ui.session_detail import outcome_line

    begin(rig, None)
    rig.step(5 + 6 + 1)  # the left side done in full: switching
    rig.key(K.Key_B)  # look back at it
    rig.key(K.Key_N)  # and leave it without a redo
    rig.step(5 + 2)  # 1 rep into the right side
    rig.key(K.Key_P)
    rig.digit("2")
    rig.key(K.Key_N)  # cut the right side short
    rig.key(K.Key_Escape)
    rig.key(K.Key_H)  # it hurts
    (record,) = rig.sessions()
    left, right = sorted(record.sets, key=lambda s: s.side)
    assert (left.side, left.done, left.skipped) == ("left", 3, False)
    assert (right.side, right.done, right.skipped) == ("right", 1, True)
    counts = set_counts(record)
    assert (counts.planned, counts.done, counts.skipped, counts.not_reached) == (4, 1, 1, 2)
    assert record.end_reason == EndReason.STOPPED_FOR_PAIN
    assert "1 of 4 planned sets done (25%) · 1 skipped · 2 not reached" in finish_text(rig)
    assert "Stopped for pain after 1 of 4 sets (25%)" in outcome_line(record)
    assert "1 done, 1 skipped, 2 not reached of 4 planned" in describe_session(record)
    assert "1 of 4 sets done, 1 skipped" in describe(record)
