"""Text a person typed or a file supplied, made safe to show in a terminal or a message.

A note, a routine name or a file name may hold terminal control characters: ESC starts
sequences that can retitle the window, rewrite the screen or (OSC 52) set the clipboard.
:func:`escape_control` shows every such character as a visible escape (``\\x1b``), so a
listing prints exactly what is stored and the terminal obeys none of it.
"""

from __future__ import annotations

import re

# C0 controls except none (tab and newline are escaped too: a listing row is one line),
# DEL, C1 controls, lone surrogates (undecodable bytes from argv), and the Unicode
# bidirectional overrides/isolates that can make a line read differently from its bytes.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escape_control(text: object) -> str:
    """``str(text)`` with every control character shown as ``\\xNN`` / ``\\uNNNN``."""
    return _CONTROL.sub(_escape, str(text))


def has_control(text: str) -> bool:
    """True when ``text`` holds a character :func:`escape_control` would escape."""
    return _CONTROL.search(text) is not None
