"""Generate the player's cue sounds as small WAV files with the standard library only.

Run ``python build_scripts/make_sounds.py`` to rewrite ``assets/sounds/*.wav``. The WAVs
are committed, so the app never needs this script at run time; it exists so the sounds
can be changed and reviewed as code instead of as opaque binaries.

Three cues, kept distinct in pitch and length so they can be told apart without looking:
- ``tick.wav``: a short soft click on each paced rep (high, 40 ms);
- ``countdown.wav``: the 3-2-1 beep before a phase ends (mid, 120 ms);
- ``phase_end.wav``: a rising two-note chime when a phase ends (400 ms).
"""

from __future__ import annotations

import argparse
import math
import struct
import wave
from dataclasses import dataclass
from pathlib import Path

RATE = 44_100
OUT_DIR = Path(__file__).resolve().parent.parent / "assets" / "sounds"


@dataclass(frozen=True)
class Note:
    """One sine note with a fast attack and an exponential decay (no clicks at the ends)."""

    freq: float
    ms: int
    volume: float = 0.5
    decay: float = 6.0


def render(notes: list[Note]) -> bytes:
    frames = bytearray()
    for note in notes:
        count = int(RATE * note.ms / 1000)
        attack = max(1, int(RATE * 0.004))
        for i in range(count):
            t = i / RATE
            env = min(1.0, i / attack) * math.exp(-note.decay * i / count)
            tail = min(1.0, (count - i) / attack)  # fade the last samples to zero
            value = note.volume * env * tail * math.sin(2 * math.pi * note.freq * t)
            frames += struct.pack("<h", int(value * 32767))
    return bytes(frames)


SOUNDS: dict[str, list[Note]] = {
    "tick": [Note(1800, 40, volume=0.35, decay=8.0)],
    "countdown": [Note(880, 120, volume=0.5, decay=3.0)],
    "phase_end": [Note(660, 160, volume=0.55, decay=2.0), Note(990, 240, volume=0.55)],
}


def write_all(out_dir: Path = OUT_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, notes in SOUNDS.items():
        path = out_dir / f"{name}.wav"
        with wave.open(str(path), "wb") as wav:
            wav.setnchannels(1)
            wav.setsampwidth(2)
            wav.setframerate(RATE)
            wav.writeframes(render(notes))
        written.append(path)
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="folder for the WAV files")
    args = parser.parse_args()
    for path in write_all(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
