"""Small checks shared by the domain dataclasses.

Every failure is a ``ValueError`` whose message names the field, because the same
message reaches a person (CLI stderr, a dialog, a routine-import report). Its one
argument is a :class:`~coach.domain.message.Msg` ``"{field}: {message}"``, so ``str(exc)``
reads as it always did while the app can show the message part in the person's language
(:func:`problem_parts`; a caller that re-raises under another field path uses
:func:`refield` to keep it).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from .message import Msg

_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,63}")
MAX_TEXT = 2000


def problem(field: str, message: str) -> Msg:
    return Msg("{field}: {message}", field=field, message=message)


def fail(field: str, message: str) -> None:
    raise ValueError(problem(field, message))


def problem_parts(exc: BaseException) -> tuple[str, str]:
    """``(field, message)`` of a validation error; the message stays a :class:`Msg`."""
    arg = exc.args[0] if exc.args else ""
    if isinstance(arg, Msg) and arg.template == "{field}: {message}":
        fields = arg.fields()
        return str(fields["field"]), fields["message"]
    field, _, message = str(exc).partition(": ")
    return field, message


def refield(exc: BaseException, field: str) -> ValueError:
    """The same problem under another field path (a nested object named from outside)."""
    return ValueError(problem(field, problem_parts(exc)[1]))


def check_int(field: str, value: Any, lo: int, hi: int) -> int:
    # bool is an int subclass; True must not pass as a score of 1.
    if isinstance(value, bool) or not isinstance(value, int):
        fail(field, Msg("must be a whole number, got {value}", value=repr(value)))
    if not lo <= value <= hi:
        fail(field, Msg("must be between {lo} and {hi}, got {value}", lo=lo, hi=hi, value=value))
    return value


def check_number(field: str, value: Any, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        fail(field, Msg("must be a number, got {value}", value=repr(value)))
    if value != value or not lo <= value <= hi:  # NaN fails the first test
        fail(
            field,
            Msg("must be between {lo:g} and {hi:g}, got {value}", lo=lo, hi=hi, value=repr(value)),
        )
    return float(value)


def check_text(field: str, value: Any, *, max_len: int = MAX_TEXT, required: bool = False) -> str:
    if not isinstance(value, str):
        fail(field, Msg("must be text, got {kind}", kind=type(value).__name__))
    if "\x00" in value:
        fail(field, Msg("must not contain NUL characters"))
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone surrogate: bytes that were not UTF-8
            fail(
                field,
                Msg("is not valid text (an undecodable character at position {at})", at=exc.start),
            )
    if len(value) > max_len:
        fail(
            field,
            Msg(
                "is too long ({length} characters, at most {most})",
                length=len(value),
                most=max_len,
            ),
        )
    if required and not value.strip():
        fail(field, Msg("must not be empty"))
    return value


def check_list(field: str, value: Any) -> list[Any]:
    """A JSON array read from a file (a text or a number there is damage, not data)."""
    if not isinstance(value, list | tuple):
        fail(field, Msg("must be a list"))
    return list(value)


def check_slug(field: str, value: Any) -> str:
    if not isinstance(value, str) or not _SLUG.fullmatch(value):  # "$" would allow "id\n"
        fail(
            field,
            Msg("must be lower-case letters, digits and dashes, got {value}", value=repr(value)),
        )
    return value


def check_aware(field: str, value: Any) -> datetime:
    if not isinstance(value, datetime):
        fail(field, Msg("must be a date and time, got {value}", value=repr(value)))
    if value.tzinfo is None or value.utcoffset() is None:
        fail(field, Msg("must carry a UTC offset"))
    return value


def parse_datetime(field: str, value: Any) -> datetime:
    if not isinstance(value, str):
        fail(field, Msg("must be an ISO date-time text, got {value}", value=repr(value)))
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        fail(field, Msg("is not an ISO date-time: {value}", value=repr(value)))
    return check_aware(field, parsed)
