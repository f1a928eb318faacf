"""Numbers the chart, the calendar and the physio report are drawn from.

Plain data in, plain data out: no store, no Qt. This module is the stable name the
views import; the pain series live in :mod:`pain.trend` and planned-versus-done in
:mod:`coach.domain.plan.adherence`, each small enough to read in one sitting.
"""

from __future__ import annotations

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
from .plan.adherence import (
    Adherence,
    DayStatus,
    RoutineDay,
    WeekAdherence,
    adherence,
    counts_as_done,
)
from .plan.calendar import CalendarDay, calendar_days

__all__ = [
    "Adherence",
    "CalendarDay",
    "DailyPain",
    "DayStatus",
    "FlareUp",
    "RoutineDay",
    "WeekAdherence",
    "adherence",
    "calendar_days",
    "counts_as_done",
    "daily_by_location",
    "daily_pain",
    "entry_day",
    "flare_ups",
    "rolling_mean",
    "to_epoch_arrays",
]
