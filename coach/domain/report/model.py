"""The physio report as plain values: every figure the PDF prints, already computed.

The renderer only formats and lays these out; it never counts, averages or compares.
Each section is its own dataclass so a section can be added (or another renderer, such
as a routine sheet, can reuse the page machinery) without touching the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from coach.domain.analytics import DailyPain, FlareUp, WeekAdherence
from coach.domain.pain import PainEntry
from coach.domain.pain.light import TrafficLight

from .running import RunningSection


@dataclass(frozen=True)
class ReportHeader:
    """Who and what the report is about. Names are printed exactly as typed."""

    start: date
    end: date
    made_at: datetime
    app_version: str
    patient: str = ""
    clinician: str = ""
    condition: str = ""

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class RoutineAdherence:
    """One routine in the period: the plan subject's figures (planned sessions judged,
    the credit for them with partial sessions counted as partial, missed, partial) and
    the sessions of it finished, planned or not."""

    routine_id: str
    routine_name: str
    sessions: int
    planned: int
    done: float
    partial: int
    missed: int
    ratio: float | None  # None when nothing was planned


@dataclass(frozen=True)
class AdherenceSection:
    """From :func:`coach.domain.plan.adherence.adherence`, as ``rehab-coach adherence``
    prints it; ``routines`` also lists routines done without a plan (planned 0)."""

    routines: list[RoutineAdherence]
    weeks: list[WeekAdherence]
    total_planned: int
    total_done: float
    total_ratio: float | None
    streak: int
    sessions: int  # finished sessions in the period, planned or not


@dataclass(frozen=True)
class PainChange:
    """Mean pain in one context, first week of the period against the last week.

    ``meaningful`` is ``None`` when either week has no entries to compare."""

    context: str
    first_mean: float | None
    last_mean: float | None
    first_count: int
    last_count: int
    change: float | None
    meaningful: bool | None


@dataclass(frozen=True)
class PainSection:
    changes: list[PainChange]
    first_week: tuple[date, date]
    last_week: tuple[date, date]
    entry_count: int
    worst_day: DailyPain | None
    flare_ups: list[FlareUp]
    stopped_for_pain: int
    # what the chart draws, as the app's Progress view draws it
    points: list[PainEntry]  # every entry of the period, shaped by its context
    lines: dict[str, list[tuple[date, float]]]  # each location's daily worst score
    rolling_mean: list[tuple[date, float]]  # the 7-day mean of the daily worst
    session_marks: list[tuple[date, str]]  # (day, "done" | "partial" | "stopped")
    flare_spans: list[tuple[date, date]]  # first and last day of each flare-up


@dataclass(frozen=True)
class SideDose:
    """Planned against done for one side (``side`` is "left", "right" or "" for both),
    summed over the period's sessions from :func:`coach.domain.session.counts.exercise_tallies`:
    sets planned by each session's plan (so sets never reached count as not done), and
    reps or seconds done, what was done of skipped sets included."""

    side: str
    unit: str  # "reps" or "s"
    sets_planned: int
    sets_done: int
    sets_skipped: int
    amount_planned: int
    amount_done: int

    @property
    def completion(self) -> float | None:
        return self.amount_done / self.amount_planned if self.amount_planned else None


@dataclass(frozen=True)
class DoseChange:
    """A change of the planned amount per set between two sessions (progression)."""

    day: date
    before: int
    after: int
    unit: str


@dataclass(frozen=True)
class ExerciseDose:
    exercise_id: str
    name: str
    routine_name: str
    prescribed: str  # the current dose as the routine describes it, "" when unknown
    sides: list[SideDose]
    completion: float | None
    changes: list[DoseChange]
    often_skipped: bool


@dataclass(frozen=True)
class SessionLine:
    """One row of the session log."""

    session_id: str
    started_at: datetime
    routine_name: str
    outcome: str  # "completed", "stopped", "stopped for pain", "stopped (no time)"…
    duration_min: float | None
    sets_done: int
    sets_planned: int
    pain_before: int | None
    pain_after: int | None
    next_morning: int | None
    note: str


@dataclass(frozen=True)
class PainLine:
    """One pain entry; ``flag`` says why it is listed first ("" when it is not)."""

    at: datetime
    score: int
    location: str
    side: str
    context: str
    note: str
    flag: str = ""


@dataclass(frozen=True)
class Report:
    header: ReportHeader
    adherence: AdherenceSection
    pain: PainSection
    light: TrafficLight  # the pain model's own light, as `rehab-coach light` gives it
    exercises: list[ExerciseDose]
    sessions: list[SessionLine]
    pain_entries: list[PainLine]
    questions: str = ""
    notes: list[str] = field(default_factory=list)  # caveats printed under the figures
    running: RunningSection | None = None  # only when the period has runs or decisions

    @property
    def empty(self) -> bool:
        """Nothing was recorded in the period (the CLI refuses such a report)."""
        return not self.sessions and not self.pain_entries and self.running is None
