"""The line protocol between the app and its speech process (UTF-8, one message a line).

App → worker:

- ``say<TAB>SEQ<TAB>TEXT``: speak TEXT now (a cue, or the Settings' test sentence);
- ``voices<TAB>LANG``: list the voices for the language LANG (``en``, ``de``);
- ``voice<TAB>VOICE_ID``: speak with that voice (an empty id: the system's default);
- ``rate<TAB>RATE``: speak at RATE, -1 (slowest) … 0 (normal) … 1 (fastest), as
  QTextToSpeech counts it;
- ``quit``.

Worker → app:

- ``ready<TAB>ENGINE`` or ``failed<TAB>REASON`` (once, at the start);
- ``voices<TAB>VOICE_ID<TAB>VOICE_ID…`` (the answer to ``voices``);
- ``using<TAB>VOICE_ID<TAB>RATE``: what the engine reports after a ``voice`` or ``rate``,
  read back from it, so the app knows the choice arrived and what the engine made of it;
- ``spoke<TAB>SEQ<TAB>MONOTONIC``: the worker's ``time.monotonic()`` when the engine was
  given the text, so the delay from the on-screen cue can be measured.

A voice id is ``LOCALE/NAME`` (``en_GB/Anne``): a name alone is not unique, as engines
reuse names across languages. Kept in its own module, pure Python, so both sides read the
same field names and the encoding is tested without Qt.
"""

from __future__ import annotations

import math

SEP = "\t"
WORKER_FLAG = "--speech-worker"
RATE_MIN, RATE_MAX = -1.0, 1.0


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


def voice_id(name: str, locale: str) -> str:
    """``LOCALE/NAME`` for one voice, safe as one field (a nameless voice: ``""``)."""
    name = one_line(name)
    return f"{one_line(locale).replace('/', '_')}/{name}" if name else ""


def voice_parts(vid: str) -> tuple[str, str]:
    """``(name, locale)`` of a voice id; ``("", "")`` for the system default."""
    locale, _, name = vid.partition("/")
    return (name, locale) if name else ("", "")


def clamp_rate(rate: float) -> float:
    """A rate QTextToSpeech accepts: within -1…1, and 0 for anything that is not a number."""
    if not isinstance(rate, int | float) or math.isnan(rate):
        return 0.0
    return min(RATE_MAX, max(RATE_MIN, float(rate)))


def rate_field(rate: float) -> str:
    return f"{clamp_rate(rate):.2f}"


def parse_rate(field: str) -> float | None:
    """The rate in a ``rate``/``using`` field, or None when it is not a number."""
    try:
        value = float(field)
    except ValueError:
        return None
    return None if math.isnan(value) or math.isinf(value) else clamp_rate(value)
