"""Start-up paths of the GUI: --self-test, a damaged store, a second launch, a crash."""

from __future__ import annotations

import struct
import sys

import pytest
from helpers.gui import TODAY, answer_modal, local
from PySide6.QtCore import Qt

from coach.cli import main as cli_main
from coach.domain.pain import PainEntry
from coach.store import Store
from coach.ui import self_test
from coach.ui.errors import (
    DamagedStoreDialog,
    ExceptHook,
    open_store_with_recovery,
)
from coach.ui.single_instance import InstanceServer, hand_over


def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def seeded(data_dir, entries: int = 3) -> None:
    store = Store.open(data_dir)
    for i in range(entries):
        store.pain.add(PainEntry(score=5 - i, at=local(TODAY, 8 + i)))
    store.close()


def test_self_test_writes_one_png_per_view_and_exits_0(qapp, data_dir, tmp_path, capsys):
    seeded(data_dir)
    shots = tmp_path / "shots"
    status = cli_main(["--data-dir", str(data_dir), "--self-test", "--screenshots", str(shots)])
    assert status == 0, capsys.readouterr().err
    pngs = sorted(p.name for p in shots.glob("*.png"))
    expected = [f"{i:02d}-{name}.png" for i, (name, _) in enumerate(self_test.STATES, 1)]
    assert pngs == expected
    for name in ("today", "progress", "calendar", "routines", "pain-dialog"):
        assert any(p.endswith(f"-{name}.png") for p in pngs)
    width, height = png_size(shots / "01-today.png")
    assert (width, height) >= (1024, 700)


@pytest.mark.slow
def test_demo_self_test_renders_ten_weeks_of_history(qapp, tmp_path, capsys):
    shots = tmp_path / "shots"
    assert cli_main(["--demo", "--self-test", "--screenshots", str(shots)]) == 0
    assert len(list(shots.glob("*.png"))) == len(self_test.STATES)
    assert capsys.readouterr().err.count("self-test:") == 0


def test_self_test_fails_with_1_when_a_view_raises(qapp, data_dir, tmp_path, capsys):
    def broken(_window):
        raise RuntimeError("render failed")

    self_test.register("broken-view", broken)
    try:
        status = cli_main(["--data-dir", str(data_dir), "--self-test"])
    finally:
        self_test.STATES[:] = [s for s in self_test.STATES if s[0] != "broken-view"]
    assert status == 1
    assert "broken-view" in capsys.readouterr().err


def test_self_test_on_a_damaged_store_exits_1_without_asking(qapp, data_dir, capsys):
    seeded(data_dir)
    (data_dir / "coach.json").write_bytes(b"\0" * 64)
    assert cli_main(["--data-dir", str(data_dir), "--self-test"]) == 1
    err = capsys.readouterr().err
    assert "damaged" in err and "Traceback" not in err


def damage(data_dir) -> bytes:
    bad = b'{"schema_version": 1, "pain": {"1": {"score": '
    (data_dir / "coach.json").write_bytes(bad)
    return bad


def test_damaged_store_dialog_start_empty_keeps_the_bad_file(qtbot, data_dir):
    seeded(data_dir)
    bad = damage(data_dir)
    seen: list[str] = []

    def start_empty(dialog):
        seen.append(dialog.text())
        assert "Restore newest backup" in dialog.restore_button.text()
        qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)

    answer_modal(DamagedStoreDialog, start_empty)
    store = open_store_with_recovery(data_dir)
    assert store is not None
    try:
        assert seen and "could not be read" in seen[0]
        assert "Traceback" not in seen[0]
        store.pain.add(PainEntry(score=1, at=local(TODAY, 20)))
    finally:
        store.close()
    kept = [p for p in data_dir.iterdir() if p.is_file() and p.read_bytes() == bad]
    assert kept and kept[0].name != "coach.json"


def test_damaged_store_dialog_restores_the_newest_backup(qtbot, data_dir):
    seeded(data_dir, entries=2)
    store = Store.open(data_dir)
    store.backup()
    store.close()
    damage(data_dir)
    answer_modal(
        DamagedStoreDialog,
        lambda d: qtbot.mouseClick(d.restore_button, Qt.MouseButton.LeftButton),
    )
    store = open_store_with_recovery(data_dir)
    assert store is not None
    try:
        assert store.pain.count() == 2
    finally:
        store.close()


def test_damaged_store_dialog_quit_changes_nothing(qtbot, data_dir):
    seeded(data_dir)
    bad = damage(data_dir)
    files = sorted(p.name for p in data_dir.rglob("*"))
    answer_modal(
        DamagedStoreDialog,
        lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape),
    )
    assert open_store_with_recovery(data_dir) is None
    assert (data_dir / "coach.json").read_bytes() == bad
    assert sorted(p.name for p in data_dir.rglob("*")) == files


def test_recovery_choice_without_a_backup_cannot_restore(qtbot, data_dir):
    data_dir.mkdir()
    (data_dir / "coach.json").write_bytes(b"garbage")
    choices: list[bool] = []

    def look(dialog):
        choices.append(dialog.restore_button.isEnabled())
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)

    answer_modal(DamagedStoreDialog, look)
    assert open_store_with_recovery(data_dir) is None
    assert choices == [False]


def test_a_second_launch_hands_over_to_the_first(qtbot, data_dir):
    server = InstanceServer(data_dir)
    assert server.listen()
    try:
        with qtbot.waitSignal(server.raise_requested):
            assert hand_over(data_dir) is True
    finally:
        server.close()
    assert hand_over(data_dir) is False  # nobody listening any more


def test_run_gui_exits_0_when_an_instance_is_already_running(qtbot, data_dir):
    from coach.app import run_gui

    server = InstanceServer(data_dir)
    assert server.listen()
    try:
        with qtbot.waitSignal(server.raise_requested):
            assert run_gui(data_dir) == 0
    finally:
        server.close()
    assert not (data_dir / "coach.json").exists()  # the store was never touched


def test_an_uncaught_error_is_logged_and_shown_in_plain_words(qtbot, data_dir, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from coach import logsetup

    log_file = logsetup.setup_logging(data_dir)
    shown: list[str] = []

    def read_and_close(box):
        shown.append(box.text())
        box.accept()

    answer_modal(QMessageBox, read_and_close)
    hook = ExceptHook(log_file)
    note = "secret " + "note text"  # built, so the source line in the stack differs
    try:
        raise ValueError(note)
    except ValueError:
        hook(*sys.exc_info())
    finally:
        logsetup.close_logging()
    assert shown and "Something went wrong" in shown[0]
    assert "Traceback" not in shown[0] and "secret" not in shown[0]
    logged = log_file.read_text()
    assert "ValueError" in logged and "secret note text" not in logged
