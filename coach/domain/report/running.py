"""The report's return-to-run section: every running figure the PDF prints, computed here.

Fed by the running subject (:mod:`coach.domain.running`): the level history is its
decision history, a run over its cap is its :func:`~coach.domain.running.caps.overruns`,
the week's guide is its :func:`~coach.domain.running.caps.weekly_guide`. The section is
there only when the period has runs or running decisions; the renderer prints these
numbers as they are and draws the weekly bars from them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from coach.domain.analytics import daily_pain, entry_day
from coach.domain.pain import Context, PainEntry
from coach.domain.running.caps import (
    WINDOW_DAYS,
    overruns,
    single_run_cap,
    week_start,
    weekly_guide,
)
from coach.domain.running.levels import level
from coach.domain.running.progress import Step, current_level
from coach.domain.running.rules import DEFAULT_RUNNING_RULES, RunningRules
from coach.domain.running.runs import Run


def cap_rule(rules: RunningRules) -> str:
    """The single-run cap in force, as the report states it."""
    return (
        f"a single run at most {rules.single_run_percent}% of the longest run in the last "
        f"{WINDOW_DAYS} days (Garmin-RUNSAFE cohort, Br J Sports Med 2025)"
    )


def guide_rule(rules: RunningRules) -> str:
    """The weekly guide in force, as the report states it."""
    return (
        f"about {rules.weekly_percent}% more a week than the week before (the seeds' rule; "
        "a weaker signal than the single-run cap)"
    )


@dataclass(frozen=True)
class LevelLine:
    """One decision on the walk/run ladder: after the run day, the light (or the
    person's override), the level moved from and to, and why."""

    run_day: date
    decision: str  # "green" | "amber" | "red" | "override"
    light: str  # the pain light the decision came from ("none" before any)
    from_level: int
    to_level: int
    level_text: str  # the session of the level moved to
    rest_day: bool
    reason: str  # the light's reason, kept with an override too
    rule: str


@dataclass(frozen=True)
class RunWeek:
    """One Monday-to-Sunday week of running against the caps.

    ``guide_m`` is the week before's total plus 10% (``None`` when nothing was run the
    week before: there is no volume to add to). ``longest_cap_m`` is the single-run cap
    on the day of the week's longest run (``None`` with no run in the 30 days before)."""

    monday: date
    distance_m: float
    runs: int
    longest_m: float
    longest_cap_m: float | None
    guide_m: float | None
    over_guide: bool
    over_cap: int  # runs of the week past their single-run cap


@dataclass(frozen=True)
class OverrunLine:
    """A run past the single-run cap: the numbers and the rule, in a sentence too."""

    run_id: str
    day: date
    distance_m: float
    minutes: float
    cap_distance_m: float
    cap_minutes: float
    longest_distance_m: float
    longest_minutes: float
    distance_share: float  # the run ÷ the longest of the 30 days before it
    duration_share: float
    ratio: float
    text: str


@dataclass(frozen=True)
class RunPain:
    """Pain around one run: during and after (as logged with the run, else the diary
    entries tied to it) and the next morning's worst check."""

    run_id: str
    day: date
    distance_m: float
    minutes: float
    terrain: str
    during: int | None
    after: int | None
    next_morning: int | None
    over_cap: bool


@dataclass(frozen=True)
class RunningSection:
    levels: list[LevelLine]
    level_now: int  # the level after the period's last decision
    level_now_text: str
    weeks: list[RunWeek]
    overruns: list[OverrunLine]
    pain: list[RunPain]
    run_count: int
    distance_m: float
    minutes: float
    cap_ratio: float
    guide_ratio: float
    cap_rule: str
    guide_rule: str


def _decision_word(step: Step) -> str:
    return "override" if step.decision.overridden else step.decision.light


def _level_lines(steps: Sequence[Step], start: date, end: date) -> list[LevelLine]:
    out = []
    for step in steps:
        if not start <= step.run_day <= end:
            continue
        d = step.decision
        out.append(
            LevelLine(
                step.run_day,
                _decision_word(step),
                d.light,
                d.from_level,
                d.to_level,
                level(d.to_level).text(),
                d.rest_day,
                d.reason,
                d.rule,
            )
        )
    return out


def _weeks(
    runs: list[Run], start: date, end: date, flagged: set[str], rules: RunningRules
) -> list[RunWeek]:
    out = []
    monday = week_start(start)
    while monday <= end:
        mine = [r for r in runs if monday <= r.day < monday + timedelta(days=7)]
        guide = weekly_guide(
            runs, monday, ratio=rules.weekly_ratio
        )  # the week before + the weekly %
        longest = max(mine, key=lambda r: r.distance_m, default=None)
        cap = single_run_cap(runs, longest.day, ratio=rules.ratio) if longest is not None else None
        total = sum(r.distance_m for r in mine)
        guide_m = guide.guide_m if guide.last_week_m > 0 else None
        out.append(
            RunWeek(
                monday,
                total,
                len(mine),
                longest.distance_m if longest is not None else 0.0,
                cap.distance_m if cap is not None else None,
                guide_m,
                guide_m is not None and total > guide_m,
                sum(1 for r in mine if r.id in flagged),
            )
        )
        monday += timedelta(days=7)
    return out


def _tied(entries: Iterable[PainEntry], run_id: str, context: Context) -> int | None:
    scores = [e.score for e in entries if e.session_id == run_id and e.context == context]
    return max(scores) if scores else None


def build_running(
    runs: Iterable[Run],
    steps: Sequence[Step],
    pain: Sequence[PainEntry],
    start: date,
    end: date,
    rules: RunningRules = DEFAULT_RUNNING_RULES,
) -> RunningSection | None:
    """The section for ``start``–``end``, or ``None`` when the period has no run and no
    decision. ``runs`` should reach back 30 days before ``start`` (the caps look back);
    a run's next morning is read from ``pain`` as the session log reads a session's.
    The caps are those of ``rules`` (the settings in force when the report is made)."""
    every = sorted((r for r in runs if r.day <= end), key=lambda r: r.started_at)
    in_period = [r for r in every if r.day >= start]
    lines = _level_lines(steps, start, end)
    if not in_period and not lines:
        return None
    flags = overruns(every, ratio=rules.ratio)
    over = []
    for r in in_period:
        f = flags.get(r.id)
        if f is None:
            continue
        over.append(
            OverrunLine(
                r.id,
                r.day,
                r.distance_m,
                r.minutes,
                f.cap.distance_m,
                f.cap.duration_s / 60,
                f.cap.longest_distance_m,
                f.cap.longest_duration_s / 60,
                f.distance_share,
                f.duration_share,
                f.cap.ratio,
                f.text(),
            )
        )
    mornings = {d.day: d.max for d in daily_pain(pain, context=Context.MORNING)}
    around = [e for e in pain if e.session_id and start <= entry_day(e) <= end + timedelta(1)]
    pains = [
        RunPain(
            r.id,
            r.day,
            r.distance_m,
            r.minutes,
            r.terrain.value,
            r.pain_during if r.pain_during is not None else _tied(around, r.id, Context.DURING),
            r.pain_after if r.pain_after is not None else _tied(around, r.id, Context.AFTER),
            mornings.get(r.day + timedelta(days=1)),
            r.id in flags,
        )
        for r in in_period
    ]
    upto = [s for s in steps if s.run_day <= end]
    now = current_level(upto)
    return RunningSection(
        levels=lines,
        level_now=now.number,
        level_now_text=now.text(),
        weeks=_weeks(every, start, end, set(flags), rules),
        overruns=over,
        pain=pains,
        run_count=len(in_period),
        distance_m=sum(r.distance_m for r in in_period),
        minutes=sum(r.minutes for r in in_period),
        cap_ratio=rules.ratio,
        guide_ratio=rules.weekly_ratio,
        cap_rule=cap_rule(rules),
        guide_rule=guide_rule(rules),
    )
