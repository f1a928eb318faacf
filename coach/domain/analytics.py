"""Numbers the chart, the calendar and the physio report are drawn from.

Plain data in, plain data out: no store, no Qt. This module is the stable name the
views import; the pain series live in :mod:`pain.trend` and planned-versus-done in
:mod:`adherence`, each small enough to read in one sitting.
"""

from __future__ import annotations

from .adherence import (
    DaySummary,
    WeekAdherence,
    counts_as_done,
    day_summaries,
    weekly_adherence,
)
from .pain.trend import (
    DailyPain,
    FlareUp,
    daily_by_location,
    daily_pain,
    entry_day,
    flare_ups,
    rolling_mean,
    to_epoch_arrays,
)

__all__ = [
    "DailyPain",
    "DaySummary",
    "FlareUp",
    "WeekAdherence",
    "counts_as_done",
    "daily_by_location",
    "daily_pain",
    "day_summaries",
    "entry_day",
    "flare_ups",
    "rolling_mean",
    "to_epoch_arrays",
    "weekly_adherence",
]
