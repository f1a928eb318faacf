"""Hypothesis strategies for every domain dataclass.

Shared on purpose: the store and analytics tests reuse them (``from helpers.strategies
import routines, pain_entries, session_records``) so a round trip through the store is tested
against the same range of values as a round trip through ``to_dict``/``from_dict``.
Values stay inside the domain's limits; the point is variety, not invalid input.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

from hypothesis import strategies as st

from coach.domain.dose import HoldDose, IntervalsDose, RepsDose, TimedDose
from coach.domain.exercise import Exercise, ExerciseSlot
from coach.domain.pain import Context, PainEntry, Side
from coach.domain.plan.schedule import Schedule
from coach.domain.record import EndReason, PlannedExercise, SessionRecord, SetRecord
from coach.domain.routine import Routine

_CHARS = st.characters(codec="utf-8", exclude_characters="\x00")


def texts(max_size: int = 40, *, required: bool = False) -> st.SearchStrategy[str]:
    """Any UTF-8 text without NUL (HTML, emoji and right-to-left included)."""
    base = st.text(_CHARS, min_size=1 if required else 0, max_size=max_size)
    return base.filter(str.strip) if required else base


slugs = st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)
ids = st.text("0123456789abcdef", min_size=8, max_size=32)
offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
aware_datetimes = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2099, 12, 31), timezones=offsets
)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@st.composite
def reps_doses(draw: st.DrawFn) -> RepsDose:
    reps = draw(st.integers(1, 500))
    reps_max = draw(st.none() | st.integers(reps, 500))
    split = draw(st.none() | st.tuples(st.floats(0.25, 30), st.floats(0.25, 30)))
    tempo = None if split else draw(st.none() | st.floats(0.5, 60))
    return RepsDose(
        sets=draw(st.integers(1, 20)),
        reps=reps,
        reps_max=reps_max,
        tempo_s=tempo,
        lift_s=split[0] if split else None,
        lower_s=split[1] if split else None,
        rest_s=draw(st.integers(0, 3600)),
    )


hold_doses = st.builds(
    HoldDose, sets=st.integers(1, 20), hold_s=st.integers(1, 600), rest_s=st.integers(0, 3600)
)
timed_doses = st.builds(TimedDose, duration_s=st.integers(1, 4 * 3600))
intervals_doses = st.builds(
    IntervalsDose,
    repeats=st.integers(1, 100),
    work_s=st.integers(1, 4 * 3600),
    recover_s=st.integers(0, 4 * 3600),
    work_label=texts(40, required=True),
    recover_label=texts(40, required=True),
)
doses = st.one_of(reps_doses(), hold_doses, timed_doses, intervals_doses)

exercises = st.builds(
    Exercise,
    id=slugs,
    name=texts(80, required=True),
    summary=texts(160, required=True),
    dose=doses,
    instructions=texts(300),
    equipment=st.lists(texts(60, required=True), max_size=3).map(tuple),
    per_side=st.booleans(),
    # what a routine file may carry: none, or a drawing shipped with the app
    picture=st.sampled_from(["", "asset:clam-shell.svg", "asset:side-shuffle.svg"]),
)
slots = st.builds(ExerciseSlot, exercise=exercises, dose_override=st.none() | doses, note=texts(80))


@st.composite
def schedules(draw: st.DrawFn) -> Schedule:
    start = draw(days)
    end = draw(st.none() | st.integers(0, 800).map(lambda n: start + timedelta(days=n)))
    kind = draw(st.sampled_from(["weekdays", "every_n_days", "per_week"]))
    weekdays = draw(st.frozensets(st.integers(0, 6), min_size=1 if kind == "weekdays" else 0))
    times_per_day = draw(st.integers(1, 6))
    times = draw(
        st.lists(
            st.times().map(lambda t: t.replace(second=0, microsecond=0)), max_size=times_per_day
        )
    )
    return Schedule(
        kind=kind,
        weekdays=weekdays,
        every_n_days=draw(st.integers(1, 31)),
        per_week=draw(st.integers(1, 7)),
        times_per_day=times_per_day,
        times=tuple(times),
        start=start,
        end=end,
    )


routines = st.builds(
    Routine,
    id=slugs,
    name=texts(80, required=True),
    slots=st.lists(slots, min_size=1, max_size=4, unique_by=lambda s: s.exercise.id).map(tuple),
    description=texts(200),
    rest_between_exercises_s=st.integers(0, 3600),
    get_ready_s=st.integers(0, 60),
    pain_stop_threshold=st.integers(1, 10),
    schedule=st.none() | schedules(),
    builtin=st.booleans(),
    category=texts(40),
)


def _one_line(text: str, fallback: str) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cc").strip() or fallback


def _file_safe(routine: Routine) -> Routine:
    slots = tuple(
        replace(
            s,
            exercise=replace(
                s.exercise,
                name=_one_line(s.exercise.name, "Exercise"),
                equipment=tuple(_one_line(e, "band") for e in s.exercise.equipment),
            ),
        )
        for s in routine.slots
    )
    return replace(routine, name=_one_line(routine.name, "Routine"), slots=slots)


# Routines a file can carry: names and equipment one line of text, no control characters
# (``coach.domain.routines.names``); the app refuses others at import and save.
file_routines = routines.map(_file_safe)

pain_entries = st.builds(
    PainEntry,
    score=st.integers(0, 10),
    at=aware_datetimes,
    location=texts(60, required=True),
    side=st.sampled_from(Side),
    context=st.sampled_from(Context),
    note=texts(200),
    session_id=st.none() | ids,
    exercise_id=st.none() | slugs,
    id=ids,
)

set_records = st.builds(
    SetRecord,
    exercise_id=slugs,
    set_index=st.integers(1, 100),
    planned=st.integers(0, 100_000),
    done=st.integers(0, 100_000),
    unit=st.sampled_from(["reps", "s"]),
    side=st.sampled_from([None, "left", "right"]),
    duration_s=st.floats(0, 100_000),
    skipped=st.booleans(),
    at=st.none() | aware_datetimes,
)


planned_exercises = st.builds(
    PlannedExercise,
    exercise_id=slugs,
    name=texts(80, required=True),
    sets=st.integers(1, 100),
    per_side=st.booleans(),
    planned=st.integers(0, 100_000),
    unit=st.sampled_from(["reps", "s"]),
)


@st.composite
def session_records(draw: st.DrawFn) -> SessionRecord:
    started = draw(aware_datetimes)
    length = draw(st.none() | st.integers(0, 6 * 3600).map(lambda s: timedelta(seconds=s)))
    ended = started + length if length is not None else None
    return SessionRecord(
        routine_id=draw(slugs),
        routine_name=draw(texts(80, required=True)),
        routine_snapshot=draw(st.text("0123456789abcdef", max_size=12)),
        started_at=started,
        sets=tuple(draw(st.lists(set_records, max_size=6))),
        ended_at=ended,
        end_reason=draw(st.sampled_from(EndReason)) if ended else None,
        pain_before=draw(st.none() | st.integers(0, 10)),
        pain_after=draw(st.none() | st.integers(0, 10)),
        notes=draw(texts(200)),
        id=draw(ids),
        plan=tuple(draw(st.lists(planned_exercises, max_size=3))),
    )
