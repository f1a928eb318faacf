"""Small checks shared by the domain dataclasses.

Every failure is a ``ValueError`` whose message names the field, because the same
message reaches a person (CLI stderr, a dialog, a routine-import report).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
MAX_TEXT = 2000


def fail(field: str, message: str) -> None:
    raise ValueError(f"{field}: {message}")


def check_int(field: str, value: Any, lo: int, hi: int) -> int:
    # bool is an int subclass; True must not pass as a score of 1.
    if isinstance(value, bool) or not isinstance(value, int):
        fail(field, f"must be a whole number, got {value!r}")
    if not lo <= value <= hi:
        fail(field, f"must be between {lo} and {hi}, got {value}")
    return value


def check_number(field: str, value: Any, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        fail(field, f"must be a number, got {value!r}")
    if value != value or not lo <= value <= hi:  # NaN fails the first test
        fail(field, f"must be between {lo:g} and {hi:g}, got {value!r}")
    return float(value)


def check_text(field: str, value: Any, *, max_len: int = MAX_TEXT, required: bool = False) -> str:
    if not isinstance(value, str):
        fail(field, f"must be text, got {type(value).__name__}")
    if "\x00" in value:
        fail(field, "must not contain NUL characters")
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone surrogate: bytes that were not UTF-8
            fail(field, f"is not valid text (an undecodable character at position {exc.start})")
    if len(value) > max_len:
        fail(field, f"is too long ({len(value)} characters, at most {max_len})")
    if required and not value.strip():
        fail(field, "must not be empty")
    return value


def check_list(field: str, value: Any) -> list[Any]:
    """A JSON array read from a file (a text or a number there is damage, not data)."""
    if not isinstance(value, list | tuple):
        fail(field, "must be a list")
    return list(value)


def check_slug(field: str, value: Any) -> str:
    if not isinstance(value, str) or not _SLUG.fullmatch(value):  # "$" would allow "id\n"
        fail(field, f"must be lower-case letters, digits and dashes, got {value!r}")
    return value


def check_aware(field: str, value: Any) -> datetime:
    if not isinstance(value, datetime):
        fail(field, f"must be a date and time, got {value!r}")
    if value.tzinfo is None or value.utcoffset() is None:
        fail(field, "must carry a UTC offset")
    return value


def parse_datetime(field: str, value: Any) -> datetime:
    if not isinstance(value, str):
        fail(field, f"must be an ISO date-time text, got {value!r}")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        fail(field, f"is not an ISO date-time: {value!r}")
    return check_aware(field, parsed)
