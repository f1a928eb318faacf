"""What a screen reader gets from the player: each label's value, not only its role."""

from __future__ import annotations

import pytest
from helpers.player import begin, make_rig
from PySide6.QtGui import QAccessible

from coach.ui import a11y
from coach.ui.player import run_page


@pytest.fixture
def rig(qtbot, data_dir):
    yield from make_rig(qtbot, data_dir)


def _read(widget) -> tuple[str, str]:
    """Name and description as the accessibility bridge hands them to a screen reader."""
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name), face.text(QAccessible.Text.Description)


def test_each_player_label_exposes_its_value_and_says_what_it_is(rig):
    begin(rig, None)
    rig.step(5)  # past "get ready": the first set of the side leg raise, left leg
    rig.step(2.5)  # one paced rep done
    page = rig.page
    read = {
        what: _read(widget)
        for what, widget in {
            "exercise": page.title,
            "count": page.number,
            "side": page.side_label,
            "set": page.set_label,
            "phase": page.phase,
        }.items()
    }
    assert read["exercise"] == ("Side leg raise", "Exercise")
    assert read["count"] == ("1 / 3", "Time or reps")
    assert read["side"] == ("Left side", "Side")
    assert read["set"][1] == "Set" and read["set"][0] == page.set_label.text() != ""
    assert read["phase"][1] == "Phase" and read["phase"][0] == page.phase.text() != ""
    rig.step(6)  # three reps on the left, then switch sides: the name follows the text
    rig.step(12)
    assert _read(page.side_label)[0] in ("Right side", "")
    assert _read(page.title)[0] == page.title.text()


def test_phase_changes_and_last_seconds_are_announced(rig, monkeypatch):
    said: list[tuple[str, bool]] = []

    def record(widget, message, urgent=False):
        said.append((message, urgent))
        return True

    monkeypatch.setattr(run_page, "announce", record)
    begin(rig, None)
    for _ in range(6):
        rig.step(1)
    messages = [m for m, _ in said]
    assert any(m.startswith("Side leg raise") for m in messages)  # the work phase begins
    assert [m for m, urgent in said if urgent][-3:] == ["3", "2", "1"]  # end of get ready


def test_announce_is_silent_without_a_screen_reader(qtbot):
    from PySide6.QtWidgets import QLabel

    label = QLabel("x")
    qtbot.addWidget(label)
    assert a11y.announce(label, "") is False
