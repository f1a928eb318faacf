"""Plain-words messages for JSON Schema errors, with the field path a person can find.

jsonschema's own messages ("'x' is not one of ['reps', …]", "Additional properties are
not allowed") are written for programmers; a physiotherapist importing a file needs
``slots[2].exercise.dose.kind: must be one of reps, hold, timed, intervals``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

_TYPE_WORDS = {
    "integer": "a whole number",
    "number": "a number",
    "string": "text",
    "boolean": "true or false",
    "array": "a list",
    "object": "an object",
    "null": "empty (null)",
}
_DATE_PATTERN = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
_NAME_PATTERN = "^[^\\u0000-\\u001f\\u007f-\\u009f]*$"


def field_path(parts: Iterable[Any]) -> str:
    """``["slots", 2, "exercise"]`` → ``slots[2].exercise``; the root is ``file``."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "file"


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    return "a list" if isinstance(value, list) else "an object"


def describe_schema_error(error: ValidationError) -> tuple[str, str]:
    """(field path, message) for one schema error."""
    path = list(error.absolute_path)
    value = error.instance
    rule = error.validator_value
    kind = error.validator
    if kind == "required":
        missing = next((k for k in rule if k not in value), rule[0])
        return field_path([*path, missing]), "is missing"
    if kind == "additionalProperties":
        known = error.schema.get("properties", {})
        extra = next((k for k in value if k not in known), "?")
        return field_path([*path, extra]), "is not a known field"
    field = field_path(path)
    if kind == "type":
        wanted = rule if isinstance(rule, list) else [rule]
        words = " or ".join(_TYPE_WORDS.get(w, w) for w in wanted)
        return field, f"must be {words}, got {json_type(value)}"
    if kind == "enum":
        return field, f"must be one of {', '.join(map(str, rule))}, got {_short(value)}"
    if kind == "const":
        if path == ["format"]:
            return field, f"this app reads routine files of format {rule}, got {_short(value)}"
        return field, f"must be {_short(rule)}, got {_short(value)}"
    if kind == "minimum":
        return field, f"must be at least {rule}, got {_short(value)}"
    if kind == "maximum":
        return field, f"must be at most {rule}, got {_short(value)}"
    if kind == "minLength":
        return field, "must not be empty"
    if kind == "maxLength":
        return field, f"is too long ({len(value)} characters, at most {rule})"
    if kind == "pattern":
        if rule == _DATE_PATTERN:
            return field, f"must be a date like 2026-11-21, got {_short(value)}"
        if rule == _NAME_PATTERN:
            return field, "must be one line of plain text (no control characters)"
        return field, f"must be lower-case letters, digits and dashes, got {_short(value)}"
    if kind == "minItems":
        return field, f"needs at least {rule} item{'s' if rule != 1 else ''}"
    if kind == "maxItems":
        return field, f"has too many items (at most {rule})"
    if kind == "uniqueItems":
        return field, "must not repeat a value"
    return field, error.message.splitlines()[0][:200]


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."
