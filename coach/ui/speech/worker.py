"""The speech process: owns the QTextToSpeech engine, speaks what the app sends.

Started by :class:`coach.ui.speech.client.SpeechClient` as ``rehab-coach --speech-worker
[ENGINE...]`` (``python -m coach --speech-worker ...`` from source). It tries the engines
in order (by default every installed one but the test engine, ``speechd`` last) and says
``ready`` or ``failed`` on stdout; then it answers ``voices``, takes ``voice`` and
``rate`` (and says what the engine now uses) and speaks each ``say`` line, until ``quit``
or the end of stdin (the app closed or died). See :mod:`.protocol`. Everything Qt stays
on this process's main thread: a plain Python thread only reads stdin into a queue, which
a short timer empties, so the engine never meets a second thread.
"""

from __future__ import annotations

import queue
import sys
import threading
import time

from coach.ui.speech.protocol import (
    clamp_rate,
    decode,
    encode,
    engine_order,
    parse_rate,
    rate_field,
    voice_id,
    voice_parts,
)

ENGINE_WAIT_S = 2.5  # per engine: Ready or Error within this, or try the next one
POLL_MS = 10  # how often the queue of lines from the app is emptied (adds ≤ 10 ms)


def _send(*fields: object) -> None:
    sys.stdout.buffer.write(encode(*fields))
    sys.stdout.buffer.flush()


def _read_stdin(lines: queue.Queue) -> None:
    """Plain Python on a thread: blocking reads, no Qt. ``None`` marks the end."""
    for line in sys.stdin.buffer:
        lines.put(line)
    lines.put(None)


def _first_ready(engines: list[str]):
    """The first engine that reaches Ready, and the reasons the others did not."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtTextToSpeech import QTextToSpeech

    reasons = []
    installed = set(QTextToSpeech.availableEngines())
    engines = engines or engine_order(sorted(installed))
    settled = (QTextToSpeech.State.Ready, QTextToSpeech.State.Error)
    for name in engines:
        if name not in installed:
            reasons.append(f"{name}: not installed")
            continue
        tts = QTextToSpeech(name)  # may block for seconds: only this process waits
        deadline = time.monotonic() + ENGINE_WAIT_S
        while tts.state() not in settled and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.01)
        if tts.state() == QTextToSpeech.State.Ready:
            return tts, name, reasons
        reasons.append(f"{name}: {tts.errorString() or tts.state().name}")
        del tts
    return None, "", reasons


class Voices:
    """The engine's voices by id, and the way back to the voice it started with."""

    def __init__(self, tts) -> None:
        self.tts = tts
        self.default_locale = tts.locale()
        self.default_voice = tts.voice()
        self.known: dict[str, object] = {}  # id → QVoice, from every list sent so far
        self.default = True  # the system's voice, not one the person chose

    def listed(self, language: str) -> list[str]:
        """Ids of the voices for ``language`` (``de``), or the default locale's voices
        when the engine has none for it. Engines list voices per locale, so this visits
        each matching locale and then goes back to the one in use."""
        tts = self.tts
        locale, voice = tts.locale(), tts.voice()
        wanted = [loc for loc in tts.availableLocales() if loc.name().split("_")[0] == language]
        ids: list[str] = []
        for loc in wanted or [self.default_locale]:
            if loc != tts.locale():
                tts.setLocale(loc)
            for v in tts.availableVoices():
                vid = voice_id(v.name(), v.locale().name())
                if vid and vid not in self.known:
                    self.known[vid] = v
                if vid and vid not in ids:
                    ids.append(vid)
        if tts.locale() != locale:
            tts.setLocale(locale)
        tts.setVoice(voice)
        return ids

    def use(self, vid: str) -> None:
        """Speak with voice ``vid``; an empty or unknown id goes back to the default."""
        voice = self.known.get(vid) or self._find(vid)
        self.default = voice is None
        if voice is None:
            self.tts.setLocale(self.default_locale)
            self.tts.setVoice(self.default_voice)
        else:
            self.tts.setLocale(voice.locale())
            self.tts.setVoice(voice)

    def _find(self, vid: str):
        """A voice of a locale not listed yet (chosen while the app spoke another language)."""
        name, locale = voice_parts(vid)
        for loc in self.tts.availableLocales():
            if name and loc.name() == locale:
                self.tts.setLocale(loc)
                for v in self.tts.availableVoices():
                    if v.name() == name:
                        self.known[vid] = v
                        return v
        return None

    def using(self) -> tuple[str, str, str]:
        voice = self.tts.voice()
        vid = voice_id(voice.name(), voice.locale().name())
        if self.default and voice == self.default_voice:
            vid = ""
        return ("using", vid, rate_field(self.tts.rate()))


def main(engines: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer

    app = QCoreApplication(sys.argv[:1])
    tts, name, reasons = _first_ready(engines)
    if tts is None:
        _send("failed", "; ".join(reasons) or "no speech engine installed")
        return 0
    _send("ready", name)
    voices = Voices(tts)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_read_stdin, args=(lines,), name="stdin", daemon=True).start()

    def drain() -> None:
        while True:
            try:
                line = lines.get_nowait()
            except queue.Empty:
                return
            fields = decode(line) if line is not None else ["quit"]
            if fields[0] == "quit":
                app.quit()
                return
            if fields[0] == "say" and len(fields) == 3:
                tts.say(fields[2])  # replaces anything still being spoken
                _send("spoke", fields[1], f"{time.monotonic():.6f}")
            elif fields[0] == "voices" and len(fields) == 2:
                _send("voices", *voices.listed(fields[1]))
            elif fields[0] == "voice" and len(fields) == 2:
                voices.use(fields[1])
                _send(*voices.using())
            elif fields[0] == "rate" and len(fields) == 2:
                tts.setRate(clamp_rate(parse_rate(fields[1]) or 0.0))
                _send(*voices.using())

    timer = QTimer()
    timer.timeout.connect(drain)
    timer.start(POLL_MS)
    app.exec()
    return 0
