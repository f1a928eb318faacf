"""The routine sheet's model: which rows, in which words, and how they share the pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from coach.domain.dose import HoldDose, RepsDose
from coach.domain.library import builtin_routines
from coach.domain.routines.sheet import build_sheet, day_heads, lay_out
from coach.domain.routines.versions import RoutineVersion, Source

PRINTED = date(2026, 12, 7)


def _strength():
    return next(r for r in builtin_routines() if r.id == "it-band-strength")


def test_rows_are_the_exercises_in_order_with_the_per_side_dose():
    routine = _strength()
    sheet = build_sheet(routine, PRINTED)
    assert [r.name for r in sheet.rows] == [s.exercise.name for s in routine.slots]
    assert [r.number for r in sheet.rows] == list(range(1, 11))
    first = sheet.rows[0]
    assert first.dose == "30 reps per side"
    assert first.equipment == "band at ankles"
    assert first.instruction == routine.slots[0].exercise.summary
    # no equipment is a dash, not an empty cell a reader might think was cut off
    assert sheet.rows[2].equipment == "—"
    # the side shuffle is not per side: no "per side" on it
    shuffle = next(r for r in sheet.rows if r.name == "Side shuffle")
    assert "per side" not in shuffle.dose


def test_a_dose_override_with_sets_prints_sets_and_rest():
    routine = _strength()
    slot = replace(routine.slots[1], dose_override=RepsDose(sets=3, reps=20, rest_s=30))
    changed = replace(routine, slots=(routine.slots[0], slot, *routine.slots[2:]))
    row = build_sheet(changed, PRINTED).rows[1]
    assert row.dose == "3 × 20 reps per side, rest 30 s"


def test_hold_and_note_and_pain_limit_reach_the_sheet():
    routine = _strength()
    slot = replace(
        routine.slots[0],
        dose_override=HoldDose(sets=3, hold_s=45),
        note="green band now",
    )
    changed = replace(routine, slots=(slot, *routine.slots[1:]), pain_stop_threshold=4)
    sheet = build_sheet(changed, PRINTED)
    assert sheet.rows[0].dose.startswith("3 × 45 s hold per side")
    assert sheet.rows[0].note == "green band now"
    assert "pain reaches 4/10" in sheet.advice
    assert "45 s between exercises" in sheet.advice


def test_the_edition_line_names_the_version_or_says_what_it_is():
    routine = _strength()
    assert build_sheet(routine, PRINTED).edition == "Built-in routine · printed 7 Dec 2026"
    own = replace(routine, builtin=False)
    saved = datetime(2026, 12, 2, 9, 0).astimezone()
    version = RoutineVersion(own, 3, (own.snapshot_id(),), saved, Source.SAVED)
    line = build_sheet(own, PRINTED, version).edition
    assert line == "Version 3, saved 2 Dec 2026 · printed 7 Dec 2026"
    assert build_sheet(own, PRINTED, version, draft=True).edition.startswith("Unsaved changes")


def test_seven_day_columns():
    assert day_heads() == ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    assert day_heads(first_weekday=6)[:2] == ("Sun", "Mon")
    assert day_heads(week_start=date(2026, 12, 9)) == (
        "Wed 9", "Thu 10", "Fri 11", "Sat 12", "Sun 13", "Mon 14", "Tue 15",
    )  # fmt: skip


def test_rows_keep_the_comfortable_height_when_they_fit():
    layout = lay_out([40.0] * 10, 800, 900, 72, 34)
    assert layout.uniform == 72 and layout.page_count == 1
    assert layout.row_heights == (72.0,) * 10


def test_rows_shrink_before_a_second_page_is_used():
    layout = lay_out([30.0] * 20, 800, 900, 72, 34)
    assert layout.page_count == 1
    assert 34 < layout.uniform < 72
    assert 800 - 1 <= sum(layout.row_heights) <= 800  # as tall as still fits, not the floor


def test_below_the_floor_the_rows_continue_on_a_second_page():
    layout = lay_out([30.0] * 40, 800, 900, 72, 34)
    assert layout.uniform == 34
    assert layout.page_count == 2
    assert [i for page in layout.pages for i in page] == list(range(40))
    assert len(layout.pages[0]) == 800 // 34


def test_a_row_is_never_shorter_than_its_text():
    layout = lay_out([30.0, 120.0, 30.0], 800, 900, 72, 34)
    assert layout.row_heights == (72.0, 120.0, 72.0)


@given(
    st.lists(st.floats(10, 300), min_size=1, max_size=120),
    st.floats(300, 1000),
    st.floats(300, 1000),
)
def test_every_row_is_placed_once_in_order_and_no_page_overflows(needs, first, other):
    layout = lay_out(needs, first, other, 72, 34)
    assert [i for page in layout.pages for i in page] == list(range(len(needs)))
    for n, page in enumerate(layout.pages):
        room = first if n == 0 else other
        used = sum(layout.row_heights[i] for i in page)
        assert used <= room + 1e-6 or len(page) == 1  # only a row taller than a page
    assert all(h >= max(n, 34) - 1e-9 for h, n in zip(layout.row_heights, needs, strict=True))
    if layout.page_count > 1:
        assert layout.uniform == 34  # a second page only once the floor is reached
    elif layout.uniform < 72:  # shrunk: one pixel taller would no longer fit
        assert sum(max(n, layout.uniform + 1) for n in needs) > first
