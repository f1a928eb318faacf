"""The app's start: the window's frame is on screen before the store is opened.

``run_gui`` builds the main window from a hub without a store, shows it, and after
the frame's first paint opens the store and fills the window one step per event-loop
turn (issue 16). What a person does in those few tenths of a second is kept: a view
clicked is the one shown, a hand-over from a second launch is done once the records
are in.
"""

from __future__ import annotations

import pytest
from helpers.gui import TODAY
from PySide6.QtCore import Qt

from coach.store import Store
from coach.ui.hub import AGAIN, DataHub
from coach.ui.main_window import MainWindow


@pytest.fixture
def frame(qtbot):
    hub = DataHub(None, today=lambda: TODAY)
    window = MainWindow(hub)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    return window


def attach(qtbot, window: MainWindow, store: Store) -> None:
    """What run_gui does after the frame's first paint, one step per turn, then what
    after_attach does once no session is left to offer."""
    window.hub.attach(store)
    for step in window.attach_steps():
        while step() == AGAIN:  # more of it on the next turn
            qtbot.wait(1)
        qtbot.wait(1)
    window.release_waiting()


def test_the_frame_paints_before_any_record_is_read(qtbot, frame):
    with qtbot.waitSignal(frame.frame_painted, timeout=3000):
        frame.show()
    assert not frame.is_attached()
    assert frame.nav_buttons["today"].isChecked()
    assert not frame.views.is_built("today")  # nothing read the store, which is not open


def test_a_view_clicked_while_the_records_open_is_the_one_shown(qtbot, frame, data_dir):
    with qtbot.waitSignal(frame.frame_painted, timeout=3000):
        frame.show()
    qtbot.mouseClick(frame.nav_buttons["calendar"], Qt.MouseButton.LeftButton)
    assert frame.nav_buttons["calendar"].isChecked()
    store = Store.open(data_dir)
    try:
        attach(qtbot, frame, store)
        assert frame.is_attached()
        assert frame.current_view() == "calendar"
        assert frame.views["calendar"].isVisible()
    finally:
        frame.close()
        store.close()


def test_a_hand_over_waits_for_the_records_then_opens_the_pain_dialog(qtbot, frame, data_dir):
    with qtbot.waitSignal(frame.frame_painted, timeout=3000):
        frame.show()
    opened = []
    frame.when_attached(lambda: opened.append(frame.open_pain_dialog()))
    assert opened == []
    store = Store.open(data_dir)
    try:
        attach(qtbot, frame, store)
        assert len(opened) == 1 and opened[0].isVisible()
        opened[0].close()
        assert frame.current_view() == "today"
        assert frame.today.isVisible()
        assert frame.log_pain_action.isEnabled()  # P logs pain once the menus are in
    finally:
        frame.close()
        store.close()


def test_the_days_backup_is_captured_before_todays_first_write_and_written_at_close(data_dir):
    """The store is opened after the frame's paint and its day's copy is read at once:
    Today's first write (the morning check's) then does not copy the store on the GUI
    thread, and a window closed before the copy's thread started still leaves it."""
    import json
    import shutil
    from datetime import date

    from coach.app import DailyBackup

    store = Store.open(data_dir)
    store.settings.set("probe", "before")
    store.close()
    shutil.rmtree(data_dir / "backups")  # a new day: no copy yet
    store = Store.open(data_dir)
    try:
        backup = DailyBackup(store)
        backup.capture()
        store.settings.set("probe", "after")  # the first write of the day
        day = data_dir / "backups" / f"auto-{date.today().isoformat()}"
        assert not day.exists()  # the write did not take it itself
        backup.wait()  # the window closed before the copy's thread started
        assert day.is_dir()
        copied = json.loads((day / "coach.json").read_text())
        assert "before" in json.dumps(copied) and "after" not in json.dumps(copied)
    finally:
        store.close()


def test_the_days_files_are_read_on_a_thread_and_a_write_meanwhile_waits_for_them(
    data_dir, monkeypatch
):
    """The start reads the day's copy on a worker thread (on the GUI thread it was the
    start's longest turn). Today's first write, made while the files are still being
    read, waits for them and does not copy the store itself; the copy holds the store
    as it was before that write."""
    import json
    import shutil
    import threading
    from datetime import date

    import coach.store.backups as bk
    from coach.app import DailyBackup

    store = Store.open(data_dir)
    store.settings.set("probe", "before")
    store.close()
    shutil.rmtree(data_dir / "backups")  # a new day: no copy yet
    real, reading, go, readers = bk.read_raw, threading.Event(), threading.Event(), []

    def slow_read(paths):
        readers.append(threading.current_thread())
        reading.set()
        go.wait(10)
        return real(paths)

    monkeypatch.setattr(bk, "read_raw", slow_read)
    store = Store.open(data_dir)
    day = data_dir / "backups" / f"auto-{date.today().isoformat()}"
    try:
        backup = DailyBackup(store)
        read = backup.capture_on_thread()
        assert reading.wait(10)
        assert not read()  # still reading, and the caller is free meanwhile
        assert readers[0] is not threading.current_thread()
        threading.Timer(0.2, go.set).start()
        store.settings.set("probe", "after")  # waits for the reading's lock
        assert read()
        assert not day.exists()  # the write did not take the copy itself
        backup.wait()
        copied = json.dumps(json.loads((day / "coach.json").read_text()))
        assert "before" in copied and "after" not in copied
    finally:
        go.set()
        store.close()


def test_a_close_while_the_days_files_are_read_still_leaves_the_copy(data_dir, monkeypatch):
    """The window closed while the reading thread still runs: closing waits for it and
    writes the copy before the store closes."""
    import shutil
    import threading
    from datetime import date

    import coach.store.backups as bk
    from coach.app import DailyBackup

    store = Store.open(data_dir)
    store.settings.set("probe", "before")
    store.close()
    shutil.rmtree(data_dir / "backups")
    real, reading = bk.read_raw, threading.Event()

    def slow_read(paths):
        reading.set()
        threading.Event().wait(0.2)
        return real(paths)

    monkeypatch.setattr(bk, "read_raw", slow_read)
    store = Store.open(data_dir)
    try:
        backup = DailyBackup(store)
        backup.capture_on_thread()
        assert reading.wait(10)
        backup.wait()  # the close
        assert (data_dir / "backups" / f"auto-{date.today().isoformat()}" / "coach.json").is_file()
    finally:
        store.close()


@pytest.mark.parametrize("process", [True, False], ids=["child process", "thread fallback"])
def test_the_days_copy_is_written_by_a_child_process_or_else_a_thread(
    qtbot, data_dir, monkeypatch, process
):
    """A child process writes the copy (a thread of the app took the interpreter lock
    from the chart's paints); where it cannot start, a thread still writes it."""
    import shutil
    from datetime import date

    import coach.ui.own_process
    from coach.app import DailyBackup

    first = Store.open(data_dir)
    first.settings.set("probe", "before")
    first.close()
    shutil.rmtree(data_dir / "backups", ignore_errors=True)  # a new day: no copy yet
    if not process:
        monkeypatch.setattr(
            coach.ui.own_process, "own_command", lambda *a: ("/nonexistent/rehab-coach", [])
        )
    store = Store.open(data_dir)
    day = data_dir / "backups" / f"auto-{date.today().isoformat()}"
    try:
        backup = DailyBackup(store)
        backup.start()
        qtbot.waitUntil(day.is_dir, timeout=30_000)
        assert (backup.thread is None) == process
        backup.wait()
        assert (day / "coach.json").is_file()
    finally:
        store.close()


@pytest.mark.parametrize("close_early", [False, True], ids=["fed over turns", "closed while fed"])
def test_the_days_copy_fed_a_part_per_turn_is_whole(qtbot, data_dir, monkeypatch, close_early):
    """The copy's bytes go to its process a part per turn (five years are eleven
    megabytes); a window closed halfway through still leaves the whole copy."""
    import shutil
    from datetime import date, timedelta

    from helpers.gui import local

    import coach.app
    from coach.app import DailyBackup
    from coach.domain.pain import PainEntry
    from coach.store.backups import relative_names
    from coach.store.paths import StorePaths

    first = Store.open(data_dir)
    for days in range(0, 120, 7):  # several months, so several files
        first.pain.add(PainEntry(score=days % 9, at=local(TODAY - timedelta(days=days), 9)))
    first.close()
    shutil.rmtree(data_dir / "backups", ignore_errors=True)  # a new day: no copy yet
    monkeypatch.setattr(coach.app, "FEED_BYTES_PER_TURN", 64)
    store = Store.open(data_dir)
    day = data_dir / "backups" / f"auto-{date.today().isoformat()}"
    try:
        backup = DailyBackup(store)
        backup.start()
        if not close_early:
            qtbot.waitUntil(day.is_dir, timeout=30_000)
        backup.wait()
        files = relative_names(StorePaths(data_dir))
        assert len(files) > 4  # coach.json and the months
        for rel, path in files.items():
            assert (day / rel).read_bytes() == path.read_bytes(), rel
    finally:
        store.close()


def test_the_frame_says_it_is_opening_the_records_when_they_take_a_while(qtbot, frame):
    from PySide6.QtWidgets import QLabel

    frame.show()
    page = frame.stack.currentWidget()
    assert page.accessibleName() == "Opening your records"
    note = page.findChild(QLabel)
    assert not note.isVisible()  # a normal start replaces the page before it shows
    qtbot.waitUntil(note.isVisible, timeout=3000)
    assert note.text() == "Opening your records…"


def _left_unfinished(qtbot, data_dir):
    """A store with a session of the first built-in routine left unfinished this
    morning, and a window on it (not shown yet)."""
    from dataclasses import replace

    from helpers.gui import finished, local

    from coach.domain.library import builtin_routines

    store = Store.open(data_dir)
    routine = builtin_routines()[0]
    left = replace(finished(routine, local(TODAY, 7)), ended_at=None, end_reason=None)
    store.sessions.save(left)
    window = MainWindow(DataHub(store, today=lambda: TODAY))
    qtbot.addWidget(window)
    return store, window, routine


def test_the_warm_up_goes_on_behind_the_offer_to_resume_a_session(qtbot, data_dir):
    """A start with an unfinished session shows the resume offer; the views are still
    built behind it, so the first click after answering is not the one that waits."""
    store, window, _routine = _left_unfinished(qtbot, data_dir)
    try:
        window.show()
        assert window.today.check_unfinished() is True
        assert window.today.is_player_active()  # the offer is on screen
        qtbot.waitUntil(lambda: all(window.views.is_built(n) for n in window.views), timeout=20_000)
        assert window.today.is_player_active()  # and still waits for the person
    finally:
        window.close()
        store.close()


def test_the_player_is_built_a_page_per_turn_and_then_plays(qtbot, data_dir):
    """The warm-up (and the resume offer) build the player in parts, each a short
    turn; the player they make is whole: a routine started on it shows its pages."""
    store = Store.open(data_dir)
    try:
        hub = DataHub(store, today=lambda: TODAY)
        window = MainWindow(hub)
        qtbot.addWidget(window)
        steps = window.today.player_steps()
        assert len(steps) == 5  # four pages, then the player around them
        for step in steps:
            step()
        player = window.today.player
        assert player.pages.count() == 4
        routine = store.routines.list()[0]
        window.show()
        window.start_routine(routine)
        qtbot.waitUntil(lambda: player.pages.currentWidget() is player.start_page)
        assert player.start_page.isVisible()
    finally:
        store.close()


def test_a_start_asked_for_at_launch_waits_behind_the_offer_to_resume(qtbot, data_dir):
    """``rehab-coach start`` with a session left unfinished: the offer comes first and
    no new session starts under it (it used to begin, then the offer covered it)."""
    from coach.app import after_attach

    store, window, routine = _left_unfinished(qtbot, data_dir)
    try:
        window.show()
        backup = after_attach(window, store, ask=(routine.name, False))
        qtbot.waitUntil(window.today.is_player_active, timeout=20_000)
        qtbot.wait(200)  # the asked-for start has had its turn
        player = window.today.player
        assert player.pages.currentWidget() is player.resume_page
        assert player.engine is None  # nothing started under the offer
        backup.wait()
    finally:
        window.store_check.stop()
        window.close()
        store.close()


def test_a_second_launchs_start_during_the_opening_waits_behind_the_offer(qtbot, data_dir):
    """``rehab-coach start`` run again while the first launch is still opening, with a
    session left unfinished: the offer comes first and nothing starts under it."""
    from coach.app import after_attach

    store, window, routine = _left_unfinished(qtbot, data_dir)
    try:
        window.show()
        window.when_attached(lambda: window.start_by_name(routine.name))  # the hand-over
        backup = after_attach(window, store)
        qtbot.waitUntil(window.today.is_player_active, timeout=20_000)
        qtbot.wait(200)  # the handed-over start has had its turn
        player = window.today.player
        assert player.pages.currentWidget() is player.resume_page
        assert player.engine is None
        backup.wait()
    finally:
        window.store_check.stop()
        window.close()
        store.close()
