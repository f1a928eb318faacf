"""The streak (planned sessions done in full, in a row) and the forgiving habit score,
both over the judged units of a plan: planned days and "N a week" week targets."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from .status import DONE_STATUSES, EPS, JUDGED

Unit = tuple[date, int, float, bool]  # a judged day or week target: when, planned, done, all
HALF_LIFE_UNITS = 13  # Loop Habit Tracker's constant: a miss weighs half after 13 more


def habit_score(units: list[Unit]) -> float:
    """The forgiving trend (Loop Habit Tracker's habit score, per judged planned day or
    week rather than per calendar day): an exponential moving average of the share done,
    so one missed day after a long run lowers it by about 5 %, while the streak resets.
    The honest percentage is ``ratio``; this one is for the person's morale."""
    keep = 0.5 ** (1 / HALF_LIFE_UNITS)
    score = 0.0
    for _day, planned, done, _ok in units:
        score = score * keep + (done / planned if planned else 0.0) * (1 - keep)
    return score


def overall_score(units: dict[str, list[Unit]]) -> float:
    weights = {rid: sum(u[1] for u in found) for rid, found in units.items()}
    total = sum(weights.values())
    if not total:
        return 0.0
    return sum(habit_score(found) * weights[rid] for rid, found in units.items()) / total


def judged_units(days, targets) -> dict[str, list[Unit]]:
    """Judged units per routine, oldest first (one pass over the days)."""
    units: dict[str, list[Unit]] = defaultdict(list)
    for day, items in days.items():
        for item in items:
            if item.status in JUDGED:
                ok = item.status in DONE_STATUSES
                units[item.routine_id].append((day, item.planned, item.done, ok))
    for t in targets:
        if t.judged:
            ok = t.done >= t.target - EPS
            units[t.routine_id].append((t.last_day, t.target, t.done, ok))
    for found in units.values():
        found.sort(key=lambda u: u[0])
    return units


def streak_of(units: list[Unit]) -> int:
    """Planned sessions done in full in a row, newest first: a day counts when all its
    judged entries are done; open, paused and unplanned days neither count nor break."""
    by_day: dict[date, list[tuple[int, bool]]] = defaultdict(list)
    for day, planned, _done, ok in units:
        by_day[day].append((planned, ok))
    streak = 0
    for day in sorted(by_day, reverse=True):
        if not all(ok for _, ok in by_day[day]):
            break
        streak += sum(n for n, _ in by_day[day])
    return streak
