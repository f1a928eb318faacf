"""The player test rig: a PlayerView on a fresh store with a FakeClock and a cue recorder.

``Rig.step`` moves the clock in one-second strides (shorter than the engine's sleep
detection) and asks the player to redraw, which is what its 20 Hz timer does.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt

from coach.domain.clock import FakeClock
from coach.domain.dose import HoldDose, RepsDose
from coach.domain.exercise import Exercise, ExerciseSlot
from coach.domain.routine import Routine
from coach.store import Store
from coach.ui.cues import RecordingCues
from coach.ui.hub import DataHub
from coach.ui.player import PlayerView

K = Qt.Key


def short_routine(threshold: int = 3) -> Routine:
    """Per-side paced reps (3 reps at 2 s, one set), then two 10 s holds with 5 s rest."""
    raise_ = Exercise(
        id="side-leg-raise",
        name="Side leg raise",
        summary="Lift the top leg to about 45°, slowly",
        dose=RepsDose(sets=1, reps=3, tempo_s=2, rest_s=10),
        instructions="Lie on your side, band at the ankles.",
        equipment=("band",),
        per_side=True,
    )
    hold = Exercise(
        id="wall-sit",
        name="Wall sit",
        summary="Back on the wall, knees over ankles",
        dose=HoldDose(sets=2, hold_s=10, rest_s=5),
    )
    return Routine(
        id="test-short",
        name="Short test routine",
        slots=(ExerciseSlot(raise_), ExerciseSlot(hold)),
        rest_between_exercises_s=20,
        get_ready_s=5,
        pain_stop_threshold=threshold,
    )


class Rig:
    """A player on a fresh store, with the clock and cue recorder beside it."""

    def __init__(self, qtbot, data_dir, routine: Routine) -> None:
        self.qtbot = qtbot
        self.data_dir = data_dir
        self.store = Store.open(data_dir)
        self.hub = DataHub(self.store)
        self.hub.save_routine(routine)
        self.routine = routine
        self.clock = FakeClock()
        self.cues = RecordingCues()
        self.player = self.new_player()

    def new_player(self) -> PlayerView:
        player = PlayerView(self.hub, clock=self.clock, cues=self.cues)
        self.qtbot.addWidget(player)
        player.resize(1000, 700)
        player.show()
        return player

    @property
    def page(self):
        return self.player.run_page

    def key(self, key) -> None:
        self.qtbot.keyClick(self.player, key)

    def digit(self, d: str) -> None:
        self.qtbot.keyClicks(self.player, d)

    def step(self, seconds: float) -> None:
        whole = int(seconds)
        for _ in range(whole):
            self.clock.advance(1.0)
            self.player.refresh()
        if seconds - whole:
            self.clock.advance(seconds - whole)
            self.player.refresh()

    def sessions(self):
        return self.store.sessions.list()

    def wait_finish_page(self) -> None:
        """The finish page comes on the turn after the session's end (see
        ``PlayerView.show_finish``), as a person sees it."""
        player = self.player
        self.qtbot.waitUntil(lambda: player.pages.currentWidget() is player.finish_page)

    def shown(self) -> dict[str, str]:
        p = self.page
        return {
            "title": p.title.text(),
            "instruction": p.instruction.text(),
            "phase": p.phase.text(),
            "number": p.number.text(),
            "set": p.set_label.text(),
            "side": p.side_label.text(),
            "next": p.next_label.text(),
            "cue": p.cue.text(),
        }


def begin(rig: Rig, pain_key: str | None = "2", routine: Routine | None = None) -> None:
    """Open the player on the routine and answer the pain question (None: Space skips)."""
    rig.player.start_routine(routine or rig.routine)
    assert rig.player.pages.currentWidget() is rig.player.start_page
    if pain_key is None:
        rig.key(K.Key_Space)
    else:
        rig.digit(pain_key)
    assert rig.player.pages.currentWidget() is rig.page


def make_rig(qtbot, data_dir, routine: Routine | None = None) -> Iterator[Rig]:
    """Body of each test module's ``rig`` fixture: the rig, then its store closed."""
    r = Rig(qtbot, data_dir, routine or short_routine())
    yield r
    r.player.timer.stop()
    r.store.close()
