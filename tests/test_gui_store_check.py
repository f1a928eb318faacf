"""A damaged old month that opening does not read is still reported soon after start."""

from __future__ import annotations

import json

from helpers import gui

from coach.app import store_check
from coach.domain.pain import PainEntry

store, hub, window = gui.store, gui.hub, gui.window


def _damage_an_old_month(store) -> str:
    """Valid JSON with a score of 11 in a month years back: the cheap checks at open
    (the file's first and last bytes) pass, only a full read finds it."""
    name = "pain-2021-03.json"
    path = store.data_dir / "history" / name
    path.parent.mkdir(exist_ok=True)
    entry = PainEntry.from_dict(
        {"id": "x1", "score": 4, "at": "2021-03-02T08:00:00+00:00"}
    ).to_dict()
    entry["score"] = 11
    path.write_text(json.dumps({"pain": {"1": entry}}))
    return name


def test_a_bad_record_in_an_old_month_shows_in_the_message_bar(qtbot, store, window):
    name = _damage_an_old_month(store)
    before = (store.data_dir / "history" / name).read_bytes()
    bar = window.message_bar
    assert not bar.isVisible()
    store_check(store, window).start()
    qtbot.waitUntil(bar.isVisible, timeout=10_000)
    text = bar.label.text()
    assert name in text
    assert (store.data_dir / "history" / name).read_bytes() == before


def test_a_healthy_store_shows_no_message(qtbot, store, window):
    store.pain.add(PainEntry.from_dict({"id": "ok", "score": 2, "at": "2026-11-18T08:00:00+00:00"}))
    check = store_check(store, window)
    with qtbot.waitSignal(check.done, timeout=10_000):
        check.start()
    qtbot.wait(50)  # let a queued 'damaged' (there should be none) arrive
    assert not window.message_bar.isVisible()
