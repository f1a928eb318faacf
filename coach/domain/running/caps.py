"""Load caps for a run: the single-run cap first, the weekly 10% as guidance beside it.

The single-run cap follows the Garmin-RUNSAFE cohort ("How much running is too much?
Identifying high-risk running sessions", Br J Sports Med 2025; 5,205 runners, 588,071
sessions): a run 10–30% longer than the longest run of the previous 30 days raised the
overuse-injury risk by about 64%, more than doubling it by about 128%, while the
week-to-week ratio did not predict injury. So a run may be at most ``ratio`` (1.10 by
default) times the longest of the last ``window_days`` (30) days, by distance and by
time. The seeds' "add about 10% a week" is shown beside it as the weaker signal. Both
ratios are settings (:class:`~.rules.RunningRules`, Settings ▸ Running): callers pass
``rules.ratio`` and ``rules.weekly_ratio``; the constants here are only the defaults.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from ..message import Msg
from .rules import DEFAULT_RUNNING_RULES
from .runs import Run

SINGLE_RUN_RATIO = DEFAULT_RUNNING_RULES.ratio
WINDOW_DAYS = 30
WEEKLY_RATIO = DEFAULT_RUNNING_RULES.weekly_ratio


@dataclass(frozen=True)
class RunCap:
    """The most a run on ``day`` should be, and the run the cap comes from."""

    day: date
    distance_m: float
    duration_s: float
    longest_distance_m: float
    longest_duration_s: float
    ratio: float

    def text(self) -> str:
        return Msg(
            "up to {km:.1f} km / {minutes:.0f} min "
            "({ratio:.0%} of the longest run in the last {days} days)",
            km=self.distance_m / 1000,
            minutes=self.duration_s / 60,
            ratio=self.ratio,
            days=WINDOW_DAYS,
        )


@dataclass(frozen=True)
class Overrun:
    """A logged run that went past its cap: the rule and the numbers, for the log,
    the chart and the report."""

    run_id: str
    cap: RunCap
    distance_share: float  # the run ÷ the longest of the 30 days before it
    duration_share: float

    def text(self) -> str:
        parts = []
        if self.distance_share > self.cap.ratio:
            parts.append(
                Msg(
                    "{share:.0%} of the longest distance ({km:.1f} km)",
                    share=self.distance_share,
                    km=self.cap.longest_distance_m / 1000,
                )
            )
        if self.duration_share > self.cap.ratio:
            parts.append(
                Msg(
                    "{share:.0%} of the longest time ({minutes:.0f} min)",
                    share=self.duration_share,
                    minutes=self.cap.longest_duration_s / 60,
                )
            )
        what = (
            parts[0]
            if len(parts) == 1
            else Msg("{first} and {second}", first=parts[0], second=parts[1])
        )
        return Msg(
            "Over the single-run cap: {what} in the {days} days before; the cap is {ratio:.0%}.",
            what=what,
            days=WINDOW_DAYS,
            ratio=self.cap.ratio,
        )


def _window(runs: Iterable[Run], day: date, window_days: int) -> list[Run]:
    first = day - timedelta(days=window_days)
    return [r for r in runs if first <= r.day < day]


def single_run_cap(
    runs: Iterable[Run],
    day: date,
    *,
    ratio: float = SINGLE_RUN_RATIO,
    window_days: int = WINDOW_DAYS,
) -> RunCap | None:
    """The cap for a run on ``day`` from the runs of the ``window_days`` before it;
    ``None`` when there were none (then the level's own prescription is the limit)."""
    before = _window(runs, day, window_days)
    if not before:
        return None
    longest_m = max(r.distance_m for r in before)
    longest_s = max(r.moving_s or r.duration_s for r in before)
    return RunCap(day, longest_m * ratio, longest_s * ratio, longest_m, longest_s, ratio)


def overrun(run: Run, runs: Iterable[Run], *, ratio: float = SINGLE_RUN_RATIO) -> Overrun | None:
    """How far ``run`` went past the cap set by the runs before its day, if it did."""
    return overrun_of(run, single_run_cap(runs, run.day, ratio=ratio))


def run_caps(
    runs: Iterable[Run], *, ratio: float = SINGLE_RUN_RATIO, window_days: int = WINDOW_DAYS
) -> list[tuple[Run, RunCap | None]]:
    """Every run, sorted by start, with the cap the runs of the ``window_days`` before its
    day set for it (``None``: no run in that window). One pass with the window sliding
    forward, so five years of runs cost little more than a month's (the view's chart and
    log, and :func:`overruns`, read all of them)."""
    ordered = sorted(runs, key=lambda r: r.started_at)
    days = [r.day for r in ordered]
    out: list[tuple[Run, RunCap | None]] = []
    first = 0
    end = 0  # runs[first:end] are the runs on days before the current run's day
    for i, run in enumerate(ordered):
        day = days[i]
        while end < i and days[end] < day:
            end += 1
        while first < end and days[first] < day - timedelta(days=window_days):
            first += 1
        if first == end:
            out.append((run, None))
            continue
        before = ordered[first:end]
        longest_m = max(r.distance_m for r in before)
        longest_s = max(r.moving_s or r.duration_s for r in before)
        out.append(
            (run, RunCap(day, longest_m * ratio, longest_s * ratio, longest_m, longest_s, ratio))
        )
    return out


def overrun_of(run: Run, cap: RunCap | None) -> Overrun | None:
    """How far ``run`` went past ``cap`` (the cap of its day), if it did."""
    if cap is None:
        return None
    ratio = cap.ratio
    d_share = run.distance_m / cap.longest_distance_m if cap.longest_distance_m else 0.0
    t_share = (run.moving_s or run.duration_s) / cap.longest_duration_s
    if d_share <= ratio and t_share <= ratio:
        return None
    return Overrun(run.id, cap, d_share, t_share)


def overruns(runs: Iterable[Run], *, ratio: float = SINGLE_RUN_RATIO) -> dict[str, Overrun]:
    """Every run of the log that went past its cap, by run id (the run log and the
    report show them all)."""
    found: dict[str, Overrun] = {}
    for run, cap in run_caps(runs, ratio=ratio):
        flag = overrun_of(run, cap)
        if flag is not None:
            found[run.id] = flag
    return found


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_distance_m(runs: Iterable[Run], monday: date) -> float:
    end = monday + timedelta(days=7)
    return sum(r.distance_m for r in runs if monday <= r.day < end)


@dataclass(frozen=True)
class WeeklyGuide:
    """About 10% more than last week (the seeds' rule, the weaker signal)."""

    monday: date
    last_week_m: float
    guide_m: float
    ratio: float

    def text(self) -> str:
        return Msg(
            "this week about {km:.1f} km in all (last week {last:.1f} km + {rise:.0%}; "
            "guidance only, a weaker signal than the single-run cap)",
            km=self.guide_m / 1000,
            last=self.last_week_m / 1000,
            rise=self.ratio - 1,
        )


def weekly_guide(runs: Iterable[Run], day: date, *, ratio: float = WEEKLY_RATIO) -> WeeklyGuide:
    runs = list(runs)
    monday = week_start(day)
    last = week_distance_m(runs, monday - timedelta(days=7))
    return WeeklyGuide(monday, last, last * ratio, ratio)
