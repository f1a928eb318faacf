"""The app's own preferences (QSettings): one list of keys and defaults, and a signal.

Preferences that belong to this computer (sound, voice and its speed, theme) live in
QSettings; what a physio sets and must travel with the data (pain rules, schedules)
lives in the store.
The player's Sound/Voice buttons and the Settings dialog change the same two values, so
both read and write them here, and each hears :attr:`Preferences.changed` and shows the
new value at once instead of waiting for the next start.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from coach.ui.speech.protocol import clamp_rate

MUTED = "player/muted"  # True silences every cue (beeps and speech)
VOICE = "player/voice"  # spoken cues on/off (only heard when not muted)
THEME = "appearance/theme"  # "system", "light" or "dark"
LANGUAGE = "appearance/language"  # "system", "en" or "de"; read at start-up
VOICE_NAME = "speech/voice"  # a voice id "LOCALE/NAME" from the engine, "" = the system's
VOICE_RATE = "speech/rate"  # -1 (slowest) … 0 (normal) … 1 (fastest), as QTextToSpeech

THEMES = ("system", "light", "dark")
LANGUAGES = ("system", "en", "de")
DEFAULTS: dict[str, Any] = {
    MUTED: False,
    VOICE: True,
    THEME: "system",
    LANGUAGE: "system",
    VOICE_NAME: "",
    VOICE_RATE: 0.0,
}
CHOICES = {THEME: THEMES, LANGUAGE: LANGUAGES}


class Preferences(QObject):
    """Typed access to the keys above; emits ``changed(key)`` after a value changes."""

    changed = Signal(str)

    def value(self, key: str) -> Any:
        default = DEFAULTS[key]
        try:
            value = QSettings().value(key, default, type=type(default))
        except (TypeError, ValueError):  # "fast" where a number belongs
            return default
        if key in CHOICES and value not in CHOICES[key]:
            return default  # a hand-edited settings file must not break start-up
        if key == VOICE_RATE:
            return clamp_rate(value)
        return value

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        if self.value(key) == value:
            return
        QSettings().setValue(key, value)
        self.changed.emit(key)

    def restore_defaults(self) -> None:
        for key, value in DEFAULTS.items():
            self.set(key, value)


_instance: Preferences | None = None


def preferences() -> Preferences:
    """The one :class:`Preferences` of this process (created on first use, GUI thread)."""
    global _instance
    if _instance is None:
        _instance = Preferences(QCoreApplication.instance())
    return _instance
