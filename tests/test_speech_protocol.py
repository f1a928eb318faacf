"""The speech process's line protocol, without Qt: every message the app and the worker
exchange survives encoding, whatever a voice is called or a cue says."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from coach.ui.speech.protocol import (
    clamp_rate,
    decode,
    encode,
    one_line,
    parse_rate,
    rate_field,
    voice_id,
    voice_parts,
)

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
locale = st.from_regex(r"[a-z]{2}_[A-Z]{2}", fullmatch=True)


@given(st.lists(text, min_size=1, max_size=6))
def test_fields_made_one_line_come_back_as_sent(fields):
    sent = [one_line(f) for f in fields]
    assert decode(encode(*sent)) == sent


@given(text)
def test_a_cue_with_tabs_and_line_breaks_stays_one_field(cue):
    fields = decode(encode("say", 7, one_line(cue)))
    assert len(fields) == 3 and fields[:2] == ["say", "7"]
    assert fields[2] == " ".join(cue.replace("\t", " ").split())


@given(st.lists(st.tuples(text, locale), max_size=8))
def test_a_voice_list_round_trips_and_each_id_names_its_voice(voices):
    ids = [voice_id(name, loc) for name, loc in voices]
    assert decode(encode("voices", *ids)) == ["voices", *ids]
    for (name, loc), vid in zip(voices, ids, strict=True):
        if one_line(name):
            assert voice_parts(vid) == (one_line(name), loc)
        else:
            assert vid == ""  # a nameless voice is the system's


def test_the_system_default_has_the_empty_id():
    assert voice_id("", "en_GB") == ""
    assert voice_parts("") == ("", "")
    assert voice_parts("en_GB/Anne") == ("Anne", "en_GB")
    assert voice_parts("de_DE/a/b") == ("a/b", "de_DE")


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_a_rate_is_always_one_the_engine_accepts(rate):
    sent = parse_rate(rate_field(rate))
    assert sent is not None and -1.0 <= sent <= 1.0
    if not math.isnan(rate):
        assert math.isclose(sent, round(clamp_rate(rate), 2), abs_tol=1e-9)


def test_a_rate_field_that_is_not_a_number_is_refused():
    assert parse_rate("fast") is None
    assert parse_rate("nan") is None
    assert parse_rate("inf") is None
    assert parse_rate("2") == 1.0
    assert decode(encode("using", "en_GB/Anne", rate_field(0.5))) == ["using", "en_GB/Anne", "0.50"]
