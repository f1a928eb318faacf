"""What the Running view (and ``run next``) shows before the next run: the level, the
pain-gated decision after the last run day with its reason and rule, whether a rest day
or the morning check is owed, the single-run cap (first) and the weekly guide (weaker)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .caps import RunCap, WeeklyGuide, single_run_cap, weekly_guide
from .levels import FLAT_ONLY_UP_TO, Level
from .progress import Step, current_level, due_decision, last_run_day
from .rules import DEFAULT_RUNNING_RULES, RunningRules
from .runs import Run


@dataclass(frozen=True)
class NextRun:
    level: Level
    last: Step | None  # the decision now in force (``due`` once it is recorded)
    due: Step | None  # a decision the last run day is owed: record it
    waiting_for_morning: bool  # green so far, but the morning check is not in yet
    rest_today: bool
    cap: RunCap | None
    guide: WeeklyGuide

    @property
    def flat_only(self) -> bool:
        return self.level.number <= FLAT_ONLY_UP_TO


def next_run(
    steps: Sequence[Step],
    runs: Sequence[Run],
    today: date,
    light: str,
    reason: str,
    morning_checked: bool,
    rules: RunningRules = DEFAULT_RUNNING_RULES,
) -> NextRun:
    """The next run; the caps use the person's ``rules`` (Settings ▸ Running)."""
    due = due_decision(steps, runs, today, light, reason, morning_checked)
    decided = [*steps, due] if due is not None else list(steps)
    last = decided[-1] if decided else None
    run_day = last_run_day(runs, today)
    waiting = (
        run_day is not None
        and (last is None or last.run_day < run_day)
        and light == "green"
        and not morning_checked
    )
    rest = last is not None and last.decision.rest_day and last.run_day >= today - timedelta(days=1)
    return NextRun(
        level=current_level(decided),
        last=last,
        due=due,
        waiting_for_morning=waiting,
        rest_today=rest,
        cap=single_run_cap(runs, today, ratio=rules.ratio),
        guide=weekly_guide(runs, today, ratio=rules.weekly_ratio),
    )


def morning_checked(runs: Sequence[Run], mornings_after: Sequence[date], today: date) -> bool:
    """True when a next-morning score was logged on a day after the last run day
    (``mornings_after``: the days of the morning entries since then)."""
    run_day = last_run_day(runs, today)
    return run_day is not None and any(d > run_day for d in mornings_after)
