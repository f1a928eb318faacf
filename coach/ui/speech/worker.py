"""The speech process: owns the QTextToSpeech engine, speaks what the app sends.

Started by :class:`coach.ui.speech.client.SpeechClient` as ``rehab-coach --speech-worker
[ENGINE...]`` (``python -m coach --speech-worker ...`` from source). It tries the engines
in order (by default every installed one but the test engine, ``speechd`` last) and says
``ready`` or ``failed`` on stdout; then it speaks each ``say`` line until ``quit`` or the
end of stdin (the app closed or died). Everything Qt stays on this process's main thread:
a plain Python thread only reads stdin into a queue, which a short timer empties, so the
engine never meets a second thread.
"""

from __future__ import annotations

import queue
import sys
import threading
import time

from coach.ui.speech.protocol import decode, encode, engine_order

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


def main(engines: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication, QTimer

    app = QCoreApplication(sys.argv[:1])
    tts, name, reasons = _first_ready(engines)
    if tts is None:
        _send("failed", "; ".join(reasons) or "no speech engine installed")
        return 0
    _send("ready", name)
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

    timer = QTimer()
    timer.timeout.connect(drain)
    timer.start(POLL_MS)
    app.exec()
    return 0
