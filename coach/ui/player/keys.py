"""The player's keyboard: the open bar gets keys first, then the session.

Space start / pause / resume (set done in a self-paced set), → or N next, ← or B back,
P log pain, Esc stop (asks why first), + adds 15 s of rest. On the unfinished-session
question Space or Enter resumes; on the finish page digits pick the pain and Enter
saves. With the stop question open, H (it hurts), T (no time) or O (other) stops,
Enter takes the marked answer and Esc keeps going; with the pain bar open, digits pick
the score, L / R / B the side and W the next place. Pain before starting at the
routine's limit asks "Start anyway" (Enter) or "Not today" (Esc).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QKeyEvent

from coach.domain.pain import Side
from coach.domain.record import EndReason

if TYPE_CHECKING:
    from .view import PlayerView

K = Qt.Key
CONFIRM = (K.Key_Return, K.Key_Enter, K.Key_Y)


def handle_key(player: PlayerView, event: QKeyEvent) -> bool:
    """Returns True when the key did something in the player."""
    key = event.key()
    page = player.pages.currentWidget()
    if page is player.start_page:
        advice = player.start_page.advice
        if not advice.isHidden():
            if key in CONFIRM[:2]:
                advice.start.click()
            elif key == K.Key_Escape:
                advice.not_today.click()
            return True
        if key == K.Key_Space:
            player.start_page.scale.skipped.emit()
            return True
        if key == K.Key_Escape:  # nothing was started or saved: just leave
            player.leave()
            return True
        return player.start_page.scale.handle_key(event)
    if page is player.resume_page:  # Space or Enter resumes; the buttons say so
        button = player.resume_page.resume
        if key in (K.Key_Space, *CONFIRM[:2]) and button.isEnabled():
            button.click()
            return True
        return False
    if page is player.finish_page:  # digits pick "pain now", Enter saves and closes
        finish = player.finish_page
        if finish.scale.handle_key(event):
            return True
        if key in CONFIRM[:2]:
            finish.save.click()
            return True
        return False
    if page is not player.run_page or player.engine is None:
        return False
    run = player.run_page
    if not run.stop_banner.isHidden():
        banner = run.stop_banner
        reasons = {
            K.Key_H: EndReason.STOPPED_FOR_PAIN,
            K.Key_T: EndReason.STOPPED_NO_TIME,
            K.Key_O: EndReason.STOPPED,
        }
        if key in CONFIRM:
            banner.choose(banner.default)
        elif key in reasons:
            banner.choose(reasons[key])
        elif key in (K.Key_Escape, K.Key_N):
            banner.cancelled.emit()
        return True
    if not run.pain_banner.isHidden():
        prompt = run.pain_banner
        sides = {K.Key_L: Side.LEFT, K.Key_R: Side.RIGHT, K.Key_B: Side.BOTH}
        if key == K.Key_Escape:
            prompt.cancelled.emit()
        elif key in sides:
            prompt.set_side(sides[key])
        elif key == K.Key_W:
            prompt.next_location()
        else:
            return prompt.scale.handle_key(event)
        return True
    if not run.advice_banner.isHidden():
        if key in CONFIRM:
            player.stop(EndReason.STOPPED_FOR_PAIN)
            return True
        if key == K.Key_Space:
            run.advice_banner.continue_chosen.emit()
            return True
    actions = {
        K.Key_Space: ("toggle",),
        K.Key_Right: ("next",),
        K.Key_N: ("next",),
        K.Key_Left: ("back",),
        K.Key_B: ("back",),
    }
    if key in (K.Key_Plus, K.Key_Equal):
        player.add_rest(15)
        return True
    if key in actions:
        player.act(*actions[key])
        return True
    if key == K.Key_P:
        player.ask_pain()
        return True
    if key == K.Key_Escape:
        player.ask_stop()
        return True
    return False


# What the Keyboard shortcuts window lists for the player (Help ▸ Keyboard shortcuts):
# keep it beside handle_key so a key added there is added here in the same change.
KEY_HELP = (
    (
        QT_TRANSLATE_NOOP("keys", "Space"),
        QT_TRANSLATE_NOOP("keys", "Start, pause or resume; a self-paced set is done"),
    ),
    (QT_TRANSLATE_NOOP("keys", "→ or N"), QT_TRANSLATE_NOOP("keys", "Next step")),
    (QT_TRANSLATE_NOOP("keys", "← or B"), QT_TRANSLATE_NOOP("keys", "Back one step")),
    ("+", QT_TRANSLATE_NOOP("keys", "15 seconds more rest")),
    ("P", QT_TRANSLATE_NOOP("keys", "Log pain during the session")),
    (QT_TRANSLATE_NOOP("keys", "Esc"), QT_TRANSLATE_NOOP("keys", "Stop the session (asks first)")),
    (QT_TRANSLATE_NOOP("keys", "Enter"), QT_TRANSLATE_NOOP("keys", "Confirm the open question")),
    ("0–10", QT_TRANSLATE_NOOP("keys", "Pick a pain score on a pain scale")),
)
