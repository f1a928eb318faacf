"""How long after its on-screen cue is a spoken cue handed to the speech engine?

The player shows a cue and calls ``cues.say`` in the same event-loop turn, so with the
recording sink the delay is the time of that call. With the real sink the text goes to
the speech process (coach.ui.speech.worker) over a pipe; the worker stamps the moment it
gives the text to its QTextToSpeech engine with the same monotonic clock. Uses Qt's
``mock`` engine, which every Qt build ships, so the figure is the app's own overhead, not
a voice's; the engine's start-up is reported too (paid once, after the window shows).

- ``speech_ready``: from ``prepare()`` to the worker's "ready" (ms);
- ``speech_cue_delay_p50/p95/max``: on-screen cue → engine has the text (ms; goal < 100);
- ``speech_cue_delay_recording_max``: the same with the recording sink (ms).

    python benchmarks/bench_speech.py [--cues 60]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from coach.ui.cues import QtCues, RecordingCues


def wait_until(predicate, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    loop = QEventLoop()
    while not predicate() and time.monotonic() < deadline:
        QTimer.singleShot(5, loop.quit)
        loop.exec()
    return predicate()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cues", type=int, default=60)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])  # noqa: F841

    cues = QtCues(engines=["mock"], ready_timeout_ms=10_000)
    t0 = time.monotonic()
    cues.prepare(voice=True)
    if not wait_until(lambda: cues.speech_state != "starting", 15):
        print("speech worker did not answer", file=sys.stderr)
        return 1
    if cues.speech_state != "ready":
        print(f"speech worker: {cues.speech_state}", file=sys.stderr)
        return 1
    print(f"BENCH speech_ready {(time.monotonic() - t0) * 1000:.0f} ms")

    client = cues._speech  # the benchmark reads the worker's stamps; the app never does
    delays: dict[int, float] = {}
    client.spoken.connect(lambda seq, at: delays.__setitem__(seq, (at - client.sent_at[seq])))
    for i in range(args.cues):
        cues.say(f"Set {i + 1} of {args.cues}, left side")
        wait_until(lambda n=i + 1: len(delays) >= n, 2)  # one cue at a time, as in a session
        wait_until(lambda: False, 0.02)
    ms = sorted(d * 1000 for d in delays.values())
    if len(ms) < args.cues:
        print(f"only {len(ms)} of {args.cues} cues acknowledged", file=sys.stderr)
    print(f"BENCH speech_cue_delay_p50 {statistics.median(ms):.1f} ms")
    print(f"BENCH speech_cue_delay_p95 {ms[int(0.95 * (len(ms) - 1))]:.1f} ms")
    print(f"BENCH speech_cue_delay_max {ms[-1]:.1f} ms")
    cues.shutdown()

    recording = RecordingCues()
    worst = 0.0
    for i in range(args.cues):
        shown = time.monotonic()  # the player draws the cue, then says it in the same call
        recording.say(f"Set {i + 1}")
        worst = max(worst, time.monotonic() - shown)
    print(f"BENCH speech_cue_delay_recording_max {worst * 1000:.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
