"""Routine files: the built-in library and the files a physio sends.

A routine file is untrusted input, so it passes four gates in order, each ending in a
one-line message that names the field a person has to fix: size (1 MB), nesting depth
(checked on the raw text, so a hostile ``[[[[…`` never reaches the recursive JSON
parser), JSON syntax (with line and column), the versioned JSON Schema in
``assets/schema/routine.schema.json``, and finally the domain's own validation.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coach.resources import asset_path

from .routine import Routine
from .routines.names import check_routine_names
from .routines.pictures import is_own
from .schema_messages import describe_schema_error
from .text import escape_control, has_control

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator

MAX_FILE_BYTES = 1024 * 1024
MAX_DEPTH = 20
# A text runs to its closing quote, or to the end of the file when it has none (the JSON
# reader then refuses it there): a match at every later quote would make this quadratic.
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"?', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


class RoutineFileError(ValueError):
    """A routine file was refused; ``str()`` is the one line to show a person."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def load_routine_file(path: str | os.PathLike[str]) -> Routine:
    """Read and check a routine file; the result is never marked built-in."""
    routine = replace(_read_routine(Path(path)), builtin=False)
    refuse_control_characters(routine)
    return routine


def refuse_control_characters(routine: Routine) -> None:
    """Ids and names from a file must not carry terminal control characters (an OSC 52
    sequence in a name would set the clipboard when a terminal lists it)."""
    named = [("id", routine.id), ("name", routine.name)]
    for i, slot in enumerate(routine.slots):
        named += [
            (f"slots[{i}].exercise.id", slot.exercise.id),
            (f"slots[{i}].exercise.name", slot.exercise.name),
        ]
    for field, value in named:
        if has_control(value):
            raise RoutineFileError(
                field, f"contains a control character ({escape_control(value)}); remove it"
            )


def without_own_pictures(routine: Routine) -> tuple[Routine, int]:
    """``routine`` with the pictures the person added taken out (shipped drawings stay),
    and how many were taken out. A routine file must never name a file in the data
    folder, and a physio has no use for a reference to a picture they do not have."""
    slots, dropped = [], 0
    for slot in routine.slots:
        if is_own(slot.exercise.picture):
            slot = replace(slot, exercise=replace(slot.exercise, picture=""))
            dropped += 1
        slots.append(slot)
    return (replace(routine, slots=tuple(slots)) if dropped else routine), dropped


def dump_routine_file(routine: Routine, path: str | os.PathLike[str]) -> None:
    """Write ``routine`` as a file another install can import.

    The built-in flag is dropped (a file cannot make itself built-in), so are pictures
    the person added (:func:`without_own_pictures`), and the write is all-or-nothing, so
    a failed export never leaves half a file behind.
    """
    target = Path(path)
    data = replace(without_own_pictures(routine)[0], builtin=False).to_dict()
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".routine-", suffix=".tmp", dir=target.parent)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise RoutineFileError(target.name, f"cannot write: {exc.strerror or exc}") from None
    finally:
        if tmp_name is not None:
            Path(tmp_name).unlink(missing_ok=True)


# Lists show the built-ins in this order (the main routine first); others follow by id.
BUILTIN_ORDER = (
    "it-band-strength",
    "it-band-stretch",
    "foam-rolling",
    "icing-20",
    "icing-10-10-10",
    "return-to-run-week-1",
)


def builtin_routines() -> list[Routine]:
    """The routines shipped in ``assets/routines``, read once per process."""
    return list(_builtin_cache())


@lru_cache(maxsize=1)
def _builtin_cache() -> tuple[Routine, ...]:
    files = asset_path("routines").glob("*.json")
    # The shipped files are part of the program: tests check them against the schema
    # (test_library), so reading them skips it (and jsonschema's import, ~80 ms of
    # start-up). The domain's own validation still builds every routine.
    routines = [replace(_read_routine(file, schema=False), builtin=True) for file in files]
    rank = {rid: i for i, rid in enumerate(BUILTIN_ORDER)}
    routines.sort(key=lambda r: (rank.get(r.id, len(rank)), r.id))
    return tuple(routines)


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    from jsonschema import Draft202012Validator

    schema = json.loads(asset_path("schema", "routine.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def _read_routine(path: Path, schema: bool = True) -> Routine:
    data = parse_json_limited(path)
    errors = list(_validator().iter_errors(data)) if schema else []
    if errors:
        from jsonschema.exceptions import best_match

        error = best_match(errors)
        field, message = describe_schema_error(error)
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
        raise RoutineFileError(field, message)
    try:
        routine = Routine.from_dict(data)
        check_routine_names(routine)
    except ValueError as exc:
        field, _, message = str(exc).partition(": ")
        raise RoutineFileError(field.removeprefix("routine."), message) from None
    return routine


def parse_json_limited(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Any:
    """Parse a JSON file no bigger than ``max_bytes`` and no deeper than ``MAX_DEPTH``."""
    name = path.name
    try:
        if path.exists() and not path.is_dir() and not path.is_file():
            raise RoutineFileError(name, "is not a regular file")  # a FIFO would hang the read
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise RoutineFileError(name, "no such file") from None
    except IsADirectoryError:
        raise RoutineFileError(name, "is a folder, not a file") from None
    except OSError as exc:
        raise RoutineFileError(name, f"cannot read: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:
        raise RoutineFileError(name, f"is larger than {max_bytes // 1024} KB; not a routine file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RoutineFileError(
            name, f"is not UTF-8 text (bad byte at offset {exc.start})"
        ) from None
    depth = nesting_depth(text, MAX_DEPTH)
    if depth > MAX_DEPTH:
        raise RoutineFileError(name, f"is nested more than {MAX_DEPTH} levels deep")
    try:
        return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        raise RoutineFileError(
            name, f"is not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    except RoutineFileError:
        raise  # from the hooks below
    except ValueError:  # Python refuses integers of more than 4,300 digits
        raise RoutineFileError(name, "holds a number too long to be a routine value") from None


def nesting_depth(text: str, stop_above: int | None = None) -> int:
    """Deepest bracket nesting outside strings; stops counting once past ``stop_above``."""
    depth = deepest = 0
    for match in _BRACKET.finditer(_STRING.sub('""', text)):
        if match.group() in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if stop_above is not None and deepest > stop_above:
                    break
        else:
            depth -= 1
    return deepest


def _refuse_constant(name: str) -> Any:
    raise RoutineFileError("file", f"{name} is not a number a routine can use")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise RoutineFileError(key, "appears twice in the same object")
        result[key] = value
    return result
