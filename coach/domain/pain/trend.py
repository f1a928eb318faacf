"""Pain over time: daily values, the rolling mean, flare-ups, and chart arrays.

A day is the local calendar day an entry was written on, read from the entry's own UTC
offset (``at.date()``), so entries made while travelling stay on the days the person
lived them and nothing depends on the machine's time zone.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from .entry import Context, PainEntry


@dataclass(frozen=True)
class DailyPain:
    """All entries of one day (after filtering): their mean, worst and number."""

    day: date
    mean: float
    max: int
    count: int


@dataclass(frozen=True)
class FlareUp:
    """Consecutive days whose worst pain stood ``jump`` or more above the week before."""

    day: date
    last_day: date
    peak: int
    baseline: float
    notes: list[str] = field(default_factory=list)


def entry_day(entry: PainEntry) -> date:
    return entry.at.date()


def daily_pain(
    entries: Iterable[PainEntry],
    location: str | None = None,
    context: Context | str | None = None,
) -> list[DailyPain]:
    """One :class:`DailyPain` per day that has entries, oldest first.

    ``location`` matches case-insensitively; ``context`` keeps one context only (for
    example the next-morning checks, the honest measure of yesterday's load).
    """
    wanted_location = location.casefold().strip() if location else None
    wanted_context = Context(context) if context is not None else None
    by_day: dict[date, list[int]] = defaultdict(list)
    for entry in entries:
        if wanted_location and entry.location.casefold().strip() != wanted_location:
            continue
        if wanted_context is not None and entry.context != wanted_context:
            continue
        by_day[entry_day(entry)].append(entry.score)
    return [
        DailyPain(day, sum(scores) / len(scores), max(scores), len(scores))
        for day, scores in sorted(by_day.items())
    ]


def daily_by_location(
    entries: Iterable[PainEntry], worst: bool = True
) -> dict[str, list[tuple[date, float]]]:
    """Each location's daily value (its worst score, or the mean), oldest day first, in
    one pass over the entries: the chart draws one line per location."""
    by_key: dict[str, dict[date, list[int]]] = defaultdict(lambda: defaultdict(list))
    for entry in entries:
        by_key[entry.location][entry_day(entry)].append(entry.score)
    return {
        location: [
            (day, float(max(scores)) if worst else sum(scores) / len(scores))
            for day, scores in sorted(days.items())
        ]
        for location, days in by_key.items()
    }


def rolling_mean(
    values_by_day: Mapping[date, float] | Iterable[tuple[date, float]],
    window_days: int = 7,
) -> list[tuple[date, float]]:
    """For each day with a value, the mean of the values in the ``window_days`` calendar
    days ending that day. Days without a value are skipped, not counted as zero, so a
    week without entries does not drag the line down to "no pain"."""
    if window_days < 1:
        raise ValueError("window_days: must be at least 1")
    items = values_by_day.items() if isinstance(values_by_day, Mapping) else values_by_day
    window: deque[tuple[date, float]] = deque()
    total = 0.0
    out: list[tuple[date, float]] = []
    for day, value in sorted(items):
        window.append((day, value))
        total += value
        while (day - window[0][0]).days >= window_days:
            total -= window.popleft()[1]
        mean = total / len(window)
        # Keep float drift from leaving the range of the values in the window.
        values = [v for _, v in window]
        out.append((day, min(max(mean, min(values)), max(values))))
    return out


def flare_ups(
    entries: Iterable[PainEntry], jump: int = 2, window_days: int = 7, merge_days: int = 3
) -> list[FlareUp]:
    """Days whose worst score is at least ``jump`` above the mean worst score of the
    ``window_days`` calendar days before. Such days no more than ``merge_days`` apart
    form one flare-up: the run that set it off and the session stopped two days later
    are one episode to talk through with the physio, not two."""
    entry_list = list(entries)
    daily = {d.day: d.max for d in daily_pain(entry_list)}
    notes: dict[date, list[str]] = defaultdict(list)
    for entry in sorted(entry_list, key=lambda e: e.at):
        if entry.note.strip():
            notes[entry_day(entry)].append(entry.note)
    found: list[FlareUp] = []
    window: deque[tuple[date, int]] = deque()  # the days with data in the window before
    total = 0
    for day, peak in sorted(daily.items()):
        while window and (day - window[0][0]).days > window_days:
            total -= window.popleft()[1]
        before_count = len(window)
        window.append((day, peak))
        total += peak
        if not before_count:
            continue
        baseline = (total - peak) / before_count
        if peak - baseline < jump:
            continue
        last = found[-1] if found else None
        if last is not None and (day - last.last_day).days <= merge_days:
            found[-1] = FlareUp(
                last.day, day, max(last.peak, peak), last.baseline, [*last.notes, *notes[day]]
            )
        else:
            found.append(FlareUp(day, day, peak, round(baseline, 2), list(notes[day])))
    return found


def to_epoch_arrays(
    daily: Sequence[DailyPain] | Sequence[tuple[date, float]], value: str = "mean"
) -> tuple[list[float], list[float]]:
    """(timestamps, values) for pyqtgraph's ``DateAxisItem``: local midnight of each day
    as POSIX seconds. For :class:`DailyPain` items ``value`` picks "mean" or "max"."""
    xs: list[float] = []
    ys: list[float] = []
    for item in daily:
        if isinstance(item, DailyPain):
            day, y = item.day, float(getattr(item, value))
        else:
            day, y = item[0], float(item[1])
        xs.append(datetime.combine(day, time()).timestamp())
        ys.append(y)
    return xs, ys
