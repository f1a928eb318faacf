"""The printable routine sheet: what it says and how its rows share the page.

For people who like paper on the floor beside them: one row per exercise, in order,
with the dose in the words the lists use ("30 reps per side"), the equipment, the one
line of instruction, and seven empty boxes to tick for the week. Everything the sheet
prints is decided here; :mod:`coach.render.routine_sheet` only measures text and paints.

Layout rule (:func:`lay_out`): the rows start at a comfortable height; when they do not
all fit on the first page they shrink together, never below a floor at which the tick
boxes stay big enough for a pen and no row is shorter than its own text; if even then
they do not fit, the sheet continues on further pages (a row is never cut or dropped).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from coach.domain.routine import Routine
from coach.domain.routines.changes import dose_text
from coach.domain.routines.versions import RoutineVersion

DAYS = 7
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass(frozen=True)
class SheetRow:
    """One exercise on the sheet."""

    number: int
    name: str
    dose: str  # "30 reps per side", "3 × 20 reps per side, rest 30 s"
    equipment: str  # "band at ankles", or "—"
    instruction: str  # the exercise's one line
    note: str = ""  # the physio's note on this routine's slot
    picture: str = ""  # the exercise's picture reference ("" for none)


@dataclass(frozen=True)
class RoutineSheet:
    """The whole sheet: title lines, the advice line, the day columns and the rows."""

    title: str  # the routine's name
    edition: str  # "Version 3, saved 2 Dec 2026 · printed 7 Dec 2026"
    advice: str  # how to use the sheet, with the routine's pain limit and rests
    days: tuple[str, ...]  # the seven column heads
    rows: tuple[SheetRow, ...]

    @property
    def document_title(self) -> str:
        return f"{self.title} — routine sheet"


@dataclass(frozen=True)
class SheetLayout:
    """Row heights and which rows go on which page (``pages[n]`` = row indexes)."""

    row_heights: tuple[float, ...]
    pages: tuple[tuple[int, ...], ...]
    uniform: float  # the shared height the rows were given (a taller text keeps its own)

    @property
    def page_count(self) -> int:
        return len(self.pages)


def _day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


def edition_line(
    routine: Routine, version: RoutineVersion | None, printed: date, draft: bool = False
) -> str:
    """Which routine this is, so an old sheet on the floor can be told from a new one."""
    if draft:
        what = "Unsaved changes (not yet a version)"
    elif version is not None:
        what = f"Version {version.number}"
        if version.saved_at is not None:
            what += f", saved {_day(version.saved_at.date())}"
    elif routine.builtin:
        what = "Built-in routine"
    else:
        what = "Not saved yet"
    return f"{what} · printed {_day(printed)}"


def advice_line(routine: Routine) -> str:
    rest = routine.rest_between_exercises_s
    text = "Tick a box each day you do the exercise. "
    if rest:
        text += f"Rest about {rest} s between exercises. "
    text += f"Stop if pain reaches {routine.pain_stop_threshold}/10, and do not train through pain."
    return text


def day_heads(week_start: date | None = None, first_weekday: int = 0) -> tuple[str, ...]:
    """``Mon 7`` … for a given week, else the weekday names from ``first_weekday``."""
    if week_start is not None:
        days = [week_start + timedelta(days=d) for d in range(DAYS)]
        return tuple(f"{WEEKDAYS[d.weekday()]} {d.day}" for d in days)
    return tuple(WEEKDAYS[(first_weekday + d) % 7] for d in range(DAYS))


def build_sheet(
    routine: Routine,
    printed: date,
    version: RoutineVersion | None = None,
    *,
    draft: bool = False,
    week_start: date | None = None,
    first_weekday: int = 0,
) -> RoutineSheet:
    rows = tuple(
        SheetRow(
            number=i,
            name=slot.exercise.name,
            dose=dose_text(slot),
            equipment=", ".join(slot.exercise.equipment) or "—",
            instruction=slot.exercise.summary,
            note=slot.note,
            picture=slot.exercise.picture,
        )
        for i, slot in enumerate(routine.slots, start=1)
    )
    return RoutineSheet(
        title=routine.name,
        edition=edition_line(routine, version, printed, draft),
        advice=advice_line(routine),
        days=day_heads(week_start, first_weekday),
        rows=rows,
    )


def lay_out(
    needs: Sequence[float],
    first_page: float,
    other_pages: float,
    comfortable: float,
    floor: float,
) -> SheetLayout:
    """Heights and pages for rows whose text needs ``needs[i]``.

    ``first_page`` is the room for rows under the title on page one, ``other_pages`` the
    room on every later page (both already without the repeated column heads). Each row
    gets ``max(needs[i], uniform)``, with ``uniform`` the largest height between ``floor``
    and ``comfortable`` at which every row fits on page one; if none does, ``floor``,
    and rows flow on to further pages in order.
    """
    if not needs:
        return SheetLayout((), ((),), comfortable)
    floor = min(floor, comfortable)

    def total(height: float) -> float:
        return sum(max(n, height) for n in needs)

    if total(comfortable) <= first_page:
        uniform = comfortable
    elif total(floor) <= first_page:
        lo, hi = floor, comfortable  # total() grows with the height: bisect
        for _ in range(40):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if total(mid) <= first_page else (lo, mid)
        uniform = lo
    else:
        uniform = floor
    heights = tuple(max(n, uniform) for n in needs)
    pages: list[list[int]] = [[]]
    room, used = first_page, 0.0
    for i, h in enumerate(heights):
        if pages[-1] and used + h > room + 1e-6:
            pages.append([])
            room, used = other_pages, 0.0
        pages[-1].append(i)
        used += h
    return SheetLayout(heights, tuple(tuple(p) for p in pages), uniform)
