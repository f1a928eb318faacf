"""The line protocol between the app and its speech process (UTF-8, one message a line).

App → worker: ``say<TAB>SEQ<TAB>TEXT`` and ``quit``. Worker → app: ``ready<TAB>ENGINE``,
``failed<TAB>REASON`` and ``spoke<TAB>SEQ<TAB>MONOTONIC`` (the worker's ``time.monotonic()``
when the engine was given the text, so the delay from the on-screen cue can be measured).
Kept in its own module so both sides read the same field names and neither imports Qt
it does not need.
"""

from __future__ import annotations

SEP = "\t"
WORKER_FLAG = "--speech-worker"


def one_line(text: str) -> str:
    """Text to speak as one protocol field: separators and line breaks become spaces."""
    return " ".join(text.replace(SEP, " ").split())


def encode(*fields: object) -> bytes:
    return (SEP.join(str(f) for f in fields) + "\n").encode("utf-8", "replace")


def decode(line: bytes) -> list[str]:
    return line.decode("utf-8", "replace").rstrip("\r\n").split(SEP)


def engine_order(available: list[str]) -> list[str]:
    """Real engines first, ``speechd`` last (it can hang), ``mock`` never (tests only)."""
    real = [e for e in available if e not in ("mock", "speechd")]
    return real + [e for e in available if e == "speechd"]
