"""The Running view's weekly volume chart as plain arrays, computed here once.

Per week (Monday first): the distance run, and the seeds' weekly guide (last week's
distance + 10% by default, the weaker signal). Per run: its distance, the single-run cap
of its day (110% of the longest run in the 30 days before by default; :mod:`.caps`),
whether it went over and by how much (the rule and the numbers), and the pain around
it: during, after, and the next morning's check (the 24-hour pain model). The chart
widget only draws these.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from coach.domain.pain import Context, PainEntry

from ..message import Msg, join
from .caps import overrun_of, run_caps, week_start
from .ground import ground_flags
from .progress import Step
from .rules import DEFAULT_RUNNING_RULES, RunningRules
from .runs import Run, Terrain

NAN = math.nan


@dataclass
class RunChartData:
    """Parallel lists; NaN where there is no value (a gap the chart leaves open)."""

    week_start: list[date] = field(default_factory=list)
    week_km: list[float] = field(default_factory=list)
    week_guide_km: list[float] = field(default_factory=list)
    run_day: list[date] = field(default_factory=list)
    run_id: list[str] = field(default_factory=list)
    run_km: list[float] = field(default_factory=list)
    cap_km: list[float] = field(default_factory=list)
    over: list[bool] = field(default_factory=list)
    over_text: list[str] = field(default_factory=list)  # "" when within the cap
    over_share: list[float] = field(default_factory=list)  # run ÷ 30-day longest (the larger)
    ground_text: list[str] = field(default_factory=list)  # hills/downhill at levels 1–6, or ""
    ground_level: list[int] = field(default_factory=list)  # the level it was at (0: no flag)
    pain_during: list[float] = field(default_factory=list)
    pain_after: list[float] = field(default_factory=list)
    pain_morning: list[float] = field(default_factory=list)
    runs: list[Run] = field(default_factory=list)  # for the hover text, made on demand
    cap_percent: int = 110  # the rules in force, for the legend
    guide_percent: int = 10

    @property
    def over_count(self) -> int:
        return sum(self.over)

    def hover_lines(self, i: int) -> list[Msg]:
        """What pointing at run ``i`` says, a line each (messages the app translates)."""
        return run_hover(
            self.runs[i],
            self.cap_km[i],
            self.pain_morning[i],
            self.over_text[i],
            self.ground_text[i],
        )

    def hover(self, i: int) -> str:
        """What pointing at run ``i`` says, in plain English words."""
        return "\n".join(self.hover_lines(i))


def _score(value: int | None) -> float:
    return NAN if value is None else float(value)


def mornings(entries: Iterable[PainEntry]) -> dict[date, int]:
    """The worst next-morning score of each day."""
    found: dict[date, int] = {}
    for e in entries:
        if e.context == Context.MORNING:
            day = e.at.astimezone().date()
            found[day] = max(found.get(day, 0), e.score)
    return found


TERRAIN_WORDS = {
    Terrain.FLAT: Msg("flat"),
    Terrain.ROLLING: Msg("rolling"),
    Terrain.HILLS: Msg("hills"),
    Terrain.DOWNHILL: Msg("downhill"),
}


def run_hover(
    run: Run, cap_km: float, morning: float, over_text: str, ground_text: str = ""
) -> list[Msg]:
    """What pointing at a run says, a line each, in plain words."""
    lines = [
        Msg(
            "{day}: {km:.2f} km in {minutes:.0f} min, {terrain}",
            day=run.day,
            km=run.km,
            minutes=run.minutes,
            terrain=TERRAIN_WORDS[run.terrain],
        )
    ]
    if not math.isnan(cap_km):
        lines.append(Msg("single-run cap that day: {km:.2f} km", km=cap_km))
    pains = []
    if run.pain_during is not None:
        pains.append(Msg("during {score}", score=run.pain_during))
    if run.pain_after is not None:
        pains.append(Msg("after {score}", score=run.pain_after))
    if not math.isnan(morning):
        pains.append(Msg("next morning {score}", score=round(morning)))
    if pains:
        lines.append(Msg("pain {scores} (0–10)", scores=join(pains, ", ")))
    if over_text:
        lines.append(over_text)
    if ground_text:
        lines.append(ground_text)
    return lines


def run_chart(
    runs: Sequence[Run],
    entries: Iterable[PainEntry] = (),
    *,
    rules: RunningRules = DEFAULT_RUNNING_RULES,
    today: date | None = None,
    steps: Sequence[Step] = (),
) -> RunChartData:
    """The chart's arrays for ``runs`` (any order) and the diary ``entries`` around
    them (only next-morning entries are used), with the caps of ``rules``; ``steps``
    (the ladder's decisions) say which runs on hills or downhill were at an early level."""
    data = RunChartData(cap_percent=rules.single_run_percent, guide_percent=rules.weekly_percent)
    if not runs:
        return data
    morning = mornings(entries)
    ground = ground_flags(runs, steps)
    weeks: dict[date, float] = {}
    for run, cap in run_caps(runs, ratio=rules.ratio):
        day = run.day
        flag = overrun_of(run, cap)
        cap_km = NAN if cap is None else cap.distance_m / 1000
        next_morning = morning.get(day + timedelta(days=1))
        m = NAN if next_morning is None else float(next_morning)
        text = "" if flag is None else flag.text()
        data.run_day.append(day)
        data.run_id.append(run.id)
        data.run_km.append(run.km)
        data.cap_km.append(cap_km)
        data.over.append(flag is not None)
        data.over_text.append(text)
        flat_flag = ground.get(run.id)
        data.ground_text.append("" if flat_flag is None else flat_flag.text())
        data.ground_level.append(0 if flat_flag is None else flat_flag.level)
        data.over_share.append(
            0.0 if flag is None else max(flag.distance_share, flag.duration_share)
        )
        data.pain_during.append(_score(run.pain_during))
        data.pain_after.append(_score(run.pain_after))
        data.pain_morning.append(m)
        data.runs.append(run)
        monday = week_start(day)
        weeks[monday] = weeks.get(monday, 0.0) + run.km
    first = min(weeks)
    last = week_start(max(today or first, max(weeks)))
    monday = first
    previous = 0.0
    while monday <= last:
        km = weeks.get(monday, 0.0)
        data.week_start.append(monday)
        data.week_km.append(km)
        data.week_guide_km.append(previous * rules.weekly_ratio if previous > 0 else NAN)
        previous = km
        monday += timedelta(days=7)
    return data
