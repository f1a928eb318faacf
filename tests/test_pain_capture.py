"""Three-point capture: a session's before and after scores become diary entries.

Saved where the session record is saved (the store), in the same transaction, so the
chart, Today and the traffic light see the pain a person gave the player.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from helpers.store import T0, pain, session

from coach.domain.pain import Context, Side
from coach.domain.record import EndReason
from coach.store import Store


def _by_context(store: Store) -> dict[Context, list]:
    out: dict[Context, list] = {}
    for e in store.pain.list():
        out.setdefault(e.context, []).append(e)
    return out


def test_before_and_after_become_entries_tied_to_the_session(data_dir):
    store = Store.open(data_dir)
    store.pain.add(pain(2, T0 - timedelta(days=1), location="outer hip"))
    live = session(sets=2, pain_before=3)
    assert store.sessions.save(live) == 1
    assert store.sessions.save(live.with_set(live.sets[0])) == 0  # the next set: no duplicate
    done = replace(
        live, ended_at=T0 + timedelta(minutes=30), end_reason=EndReason.COMPLETED, pain_after=4
    )
    assert store.sessions.save(done) == 1
    entries = _by_context(store)
    (before,) = entries[Context.BEFORE]
    (after,) = entries[Context.AFTER]
    assert (before.score, before.at, before.session_id) == (3, T0, live.id)
    assert (after.score, after.at, after.session_id) == (4, T0 + timedelta(minutes=30), live.id)
    # where it hurt last time, and the one side every set was done on
    assert before.location == after.location == "outer hip"
    assert before.side is Side.LEFT


def test_a_skipped_score_writes_nothing(data_dir):
    store = Store.open(data_dir)
    assert store.sessions.save(session(sets=1)) == 0
    assert store.pain.list() == []


def test_the_persons_edits_stay_and_only_the_score_follows_the_record(data_dir):
    store = Store.open(data_dir)
    live = session(pain_before=3)
    store.sessions.save(live)
    (before,) = store.pain.list()
    store.pain.add(replace(before, location="glute", note="stiff"))
    store.sessions.save(replace(live, pain_before=5))
    (again,) = store.pain.list()
    assert (again.score, again.location, again.note) == (5, "glute", "stiff")


def test_an_after_entry_logged_by_hand_for_the_session_is_not_doubled(data_dir):
    store = Store.open(data_dir)
    end = T0 + timedelta(minutes=40)
    record = session(ended_at=end, end_reason=EndReason.COMPLETED, pain_after=2)
    store.pain.add(pain(2, end, context=Context.AFTER, session_id=record.id))
    store.sessions.save(record)
    assert [e.context for e in store.pain.list()] == [Context.AFTER]
