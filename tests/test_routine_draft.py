"""The editor's checks (``draft.problems``) agree with the routine file rules: a routine a
file can carry has no problems, and a broken field is named by its path."""

from __future__ import annotations

from helpers.strategies import file_routines
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.domain.library import builtin_routines
from coach.domain.routines.draft import duplicate_slot, free_id, new_slot, problems


@settings(max_examples=60, deadline=None)
@given(routine=file_routines)
def test_a_routine_a_file_can_carry_has_no_problems(routine):
    assert problems(routine.to_dict()) == {}


@settings(max_examples=60, deadline=None)
@given(
    index=st.integers(0, 9),
    control=st.sampled_from(["\n", "\t", "\x1b", "\x7f", "\x85"]),
    where=st.sampled_from(["name", "exercise"]),
)
def test_a_control_character_in_a_name_is_named_by_its_field(index, control, where):
    draft = builtin_routines()[0].to_dict()
    if where == "name":
        draft["name"] += control
        field = "name"
    else:
        draft["slots"][index]["exercise"]["name"] += control
        field = f"slots[{index}].exercise.name"
    found = problems(draft)
    assert list(found) == [field]
    assert "control character" in found[field]


def test_new_and_duplicated_exercises_get_free_ids():
    draft = builtin_routines()[0].to_dict()
    taken = {s["exercise"]["id"] for s in draft["slots"]}
    twin = duplicate_slot(draft["slots"][1], taken)
    assert twin["exercise"]["id"] == "clam-shell-copy"
    draft["slots"].append(twin)
    draft["slots"].append(new_slot(taken | {"clam-shell-copy"}))
    assert problems(draft) == {}
    assert free_id("Clam shell", {"clam-shell"}) == "clam-shell-2"
    assert free_id("Ünïcode & more!", set()) == "unicode-more"
    assert free_id("肩", set()) == "exercise"


def test_an_empty_list_and_a_bad_range_are_explained():
    draft = builtin_routines()[0].to_dict()
    draft["slots"][6]["exercise"]["dose"]["reps_max"] = 5
    assert problems(draft) == {
        "slots[6].exercise.dose.reps_max": "must be between 20 and 500, got 5"
    }
    draft["slots"] = []
    assert problems(draft) == {"slots": "a routine needs at least one exercise"}
