"""Random ``pain add`` command lines: each is either stored exactly as typed, or refused
with exit 1/2, one line on stderr, and the data folder byte-identical."""

from __future__ import annotations

from datetime import datetime, timedelta

from helpers.cli import folder_digest, run
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

NOW = datetime.now().astimezone()
_TEXT = st.text(st.characters(exclude_characters="\x00"), max_size=30)
scores = st.one_of(
    st.integers(0, 10).map(str),
    st.integers(0, 10).map(str),
    st.integers(-3, 14).map(str),
    st.sampled_from(["7.5", " 4 ", "05", "+3", "1e1", "٣", "ten", ""]),
    _TEXT,
)
sides = st.one_of(st.none(), st.sampled_from(["left", "RIGHT", "both"]), _TEXT)
contexts = st.one_of(st.none(), st.sampled_from(["rest", "during", "After", "morning"]), _TEXT)
ats = st.one_of(
    st.none(),
    st.sampled_from([(NOW - timedelta(hours=3)).isoformat(), "2026-11-20", "2026-11-20T07:00"]),
    st.datetimes(datetime(1960, 1, 1), datetime(2100, 1, 1)).map(lambda d: d.isoformat()),
    _TEXT,
)
notes = st.one_of(st.none(), _TEXT, st.integers(1990, 2010).map(lambda n: "n" * n))
locations = st.one_of(st.none(), st.sampled_from(["outer knee", "glute", " ", "x" * 61]), _TEXT)


def _argv(score, side, context, at, note, location) -> list[str]:
    argv = ["pain", "add", score]
    for name, value in (
        ("side", side), ("context", context), ("at", at), ("note", note), ("location", location),
    ):  # fmt: skip
        if value is not None:
            argv.append(f"--{name}={value}")
    return argv


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(scores, sides, contexts, ats, notes, locations)
def test_pain_add_stores_or_refuses_cleanly(
    data_dir, capsys, score, side, context, at, note, location
):
    if not data_dir.exists():
        assert run(capsys, data_dir, "pain", "add", "1").code == 0
    before = folder_digest(data_dir)
    known = {d["id"] for d in run(capsys, data_dir, "pain", "list", "--json").json()}

    result = run(capsys, data_dir, *_argv(score, side, context, at, note, location))

    event(f"exit {result.code}")
    if result.code != 0:
        assert result.code in (1, 2)
        lines = result.err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("rehab-coach: ")
        assert result.out == ""
        assert folder_digest(data_dir) == before
        return
    entries = run(capsys, data_dir, "pain", "list", "--json").json()
    new = [d for d in entries if d["id"] not in known]
    assert len(new) == 1
    stored = new[0]
    assert stored["score"] == int(score.strip()) and 0 <= stored["score"] <= 10
    assert stored["note"] == (note or "")
    if side is not None:
        assert stored["side"] == side.strip().lower()
    if context is not None:
        assert stored["context"] == context.strip().lower()
    if location is not None:
        assert stored["location"] == location.strip()
    if at is not None:
        assert datetime.fromisoformat(stored["at"]) - NOW <= timedelta(days=1, minutes=5)
