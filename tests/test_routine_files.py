"""Routine files a physio sends: every built-in and generated routines survive export and
import, and 1,000+ damaged or hostile files are refused in one line with the store left
byte-for-byte as it was."""

from __future__ import annotations

import copy
import json
import random
import unicodedata
from dataclasses import replace
from typing import Any

import pytest
from helpers.cli import assert_one_line_error, folder_digest, run
from helpers.strategies import file_routines
from hypothesis import HealthCheck, given, settings

from coach.domain.library import builtin_routines, dump_routine_file, load_routine_file

CONTROL = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cc"]


@pytest.mark.parametrize("routine", builtin_routines(), ids=lambda r: r.id)
def test_every_builtin_round_trips_through_the_app(routine, data_dir, capsys, tmp_path):
    first = tmp_path / "first.rehab.json"
    assert run(capsys, data_dir, "routine", "export", routine.id, str(first)).code == 0
    result = run(capsys, data_dir, "routine", "import", str(first), "--rename")
    assert result.code == 0
    second = tmp_path / "second.rehab.json"
    assert run(capsys, data_dir, "routine", "export", f"{routine.id}-2", str(second)).code == 0
    a, b = (json.loads(p.read_text(encoding="utf-8")) for p in (first, second))
    assert b["id"] == f"{routine.id}-2" and b["name"] == f"{routine.name} (2)"
    a.pop("id"), a.pop("name"), b.pop("id"), b.pop("name")
    assert a == b


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(routine=file_routines.map(lambda r: replace(r, builtin=False)))
def test_generated_routines_round_trip_through_a_file(routine, tmp_path):
    path = tmp_path / "r.rehab.json"
    dump_routine_file(routine, path)
    assert load_routine_file(path) == routine


# -- fuzzing ---------------------------------------------------------------------------
def _base() -> dict[str, Any]:
    data = builtin_routines()[0].to_dict()
    data.update(id="fuzz-base", name="Fuzz base", builtin=False)
    return data


def _leaves(node: Any, path: tuple = ()) -> list[tuple]:
    """Paths to every value whose type the schema fixes (schedules may be null)."""
    out = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key not in ("schedule", "format"):
                out.append((*path, key))
                out.extend(_leaves(value, (*path, key)))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out.append((*path, i))
            out.extend(_leaves(value, (*path, i)))
    return out


def _get(data: Any, path: tuple) -> Any:
    for key in path:
        data = data[key]
    return data


def _set(data: Any, path: tuple, value: Any) -> None:
    _get(data, path[:-1])[path[-1]] = value


def _other_type(value: Any, rng: random.Random) -> Any:
    if isinstance(value, bool):
        return rng.choice(["yes", 1, None])
    if isinstance(value, int | float):
        return rng.choice([str(value), [value], None, True])
    if isinstance(value, str):
        return rng.choice([5, ["x"], None, {"x": 1}])
    if isinstance(value, list):
        return rng.choice([{}, "list", 3])
    return rng.choice([[], "object", 0])


def _mutate(rng: random.Random, base: dict[str, Any], text: str) -> bytes:
    kind = rng.randrange(10)
    data = copy.deepcopy(base)
    ints = [p for p in _leaves(data) if type(_get(data, p)) is int]
    names = [("name",)] + [("slots", i, "exercise", "name") for i in range(len(data["slots"]))]
    if kind == 0:  # random bytes
        return bytes(rng.randrange(256) for _ in range(rng.randrange(0, 300)))
    if kind == 1:  # cut short anywhere before the closing brace
        return text.encode()[: rng.randrange(0, text.rindex("}"))]
    if kind == 2:  # a value of the wrong type
        path = rng.choice(_leaves(data))
        _set(data, path, _other_type(_get(data, path), rng))
    elif kind == 3:  # a huge or negative number
        path = rng.choice(ints)
        _set(data, path, rng.choice([10 ** rng.randrange(6, 400), -(10 ** rng.randrange(1, 30))]))
    elif kind == 4:  # deep nesting where a value belongs
        value: Any = "x"
        for _ in range(rng.randrange(21, 400)):
            value = [value] if rng.random() < 0.5 else {"a": value}
        _set(data, rng.choice(_leaves(data)), value)
    elif kind == 5:  # a control character in a name
        path = rng.choice(names)
        name = _get(data, path)
        at = rng.randrange(len(name) + 1)
        _set(data, path, name[:at] + rng.choice(CONTROL) + name[at:])
    elif kind == 6:  # a required field missing
        path = rng.choice(
            [("id",), ("name",), ("slots",), ("format",)]
            + [("slots", i, "exercise", k) for i in range(10) for k in ("id", "name", "dose")]
        )
        del _get(data, path[:-1])[path[-1]]
    elif kind == 7:  # a field nobody knows
        target = _get(data, rng.choice([(), ("slots", rng.randrange(10), "exercise")]))
        target[rng.choice(["colour", "dosage", "Name", "id "])] = 1
    elif kind == 8:  # not-a-number constants and a key given twice
        token = rng.choice(["NaN", "Infinity", "-Infinity"])
        if rng.random() < 0.5:
            return text.replace('"get_ready_s": 5', f'"get_ready_s": {token}').encode()
        return text.replace('"name": "Fuzz base"', '"name": "A", "name": "B"').encode()
    else:  # an id that is not a plain slug, or a dose of an unknown kind
        if rng.random() < 0.5:
            _set(data, ("id",), rng.choice(["Fuzz", "a b", "abc\n", "-x", "é", "a" * 65, ""]))
        else:
            _set(data, ("slots", rng.randrange(10), "exercise", "dose", "kind"), "forever")
    return json.dumps(data, ensure_ascii=rng.random() < 0.5).encode()


def test_a_thousand_malformed_files_are_refused_and_change_nothing(data_dir, capsys, tmp_path):
    base = _base()
    text = json.dumps(base, indent=2)
    good = tmp_path / "good.rehab.json"
    good.write_text(text, encoding="utf-8")
    assert load_routine_file(good).id == "fuzz-base"  # the base itself is fine
    assert run(capsys, data_dir, "routine", "list").code == 0
    before = folder_digest(data_dir)
    rng = random.Random(14)
    path = tmp_path / "bad.rehab.json"
    kinds = set()
    for i in range(1_050):
        content = _mutate(rng, base, text)
        path.write_bytes(content)
        result = run(capsys, data_dir, "routine", "import", str(path), "--rename")
        assert_one_line_error(result, 1)
        assert "cannot import" in result.err, (i, content[:200])
        kinds.add(result.err.split(": ", 2)[-1].split(" ")[0])
    assert folder_digest(data_dir) == before
    assert len(kinds) > 10  # the refusals name many different fields and reasons
