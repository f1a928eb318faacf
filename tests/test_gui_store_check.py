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


def test_the_check_runs_in_a_process_of_its_own_and_finds_the_damage(qtbot, store, window):
    """In a child process the check shares no interpreter lock with the window's paints;
    no thread of the app's own does the reading."""
    import threading

    name = _damage_an_old_month(store)
    check = store_check(store, window)
    found: list[str] = []
    check.damaged.connect(found.append)
    with qtbot.waitSignal(check.done, timeout=20_000):
        check.start()
        assert "store-check" not in [t.name for t in threading.enumerate()]
    assert len(found) == 1 and name in found[0]
    assert "backup" in found[0]


def test_the_check_process_prints_the_message_about_the_first_damaged_file(store):
    import subprocess
    import sys

    name = _damage_an_old_month(store)
    run = subprocess.run(
        [sys.executable, "-m", "coach", "--store-check", str(store.data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 0
    (line,) = run.stdout.strip().splitlines()  # one line, in plain words
    assert name in line and "is damaged" in line and "backup" in line
