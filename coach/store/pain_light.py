"""The pain rules as a stored setting, and the traffic light read from the store.

The domain's :func:`~coach.domain.pain.light.traffic_light` is pure; this module gives
it what it needs from the store: the entries and sessions of the last
``LOOKBACK_DAYS`` only (so five years of history cost no more than three months), the
routines' own stop levels, and the person's rules (defaults until a physio edits them).
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import TYPE_CHECKING

from coach.domain.pain.light import LOOKBACK_DAYS, TrafficLight, traffic_light
from coach.domain.pain.rules import SETTINGS_KEY, PainRules

if TYPE_CHECKING:
    from .store import Store

log = logging.getLogger(__name__)


def load_rules(store: Store) -> PainRules:
    """The stored rules; a setting that no longer validates gives the defaults (logged),
    so a bad value can never stop the diary from opening."""
    try:
        return PainRules.from_dict(store.settings.get(SETTINGS_KEY))
    except ValueError as exc:
        log.warning("pain rules setting ignored: %s", exc)
        return PainRules()


def save_rules(store: Store, rules: PainRules) -> None:
    store.settings.set(SETTINGS_KEY, rules.to_dict())


def light_on(store: Store, day: date, rules: PainRules | None = None) -> TrafficLight:
    """The traffic light for ``day`` from the store's diary, sessions and rules."""
    start = day - timedelta(days=LOOKBACK_DAYS)
    entries = store.pain.list(start, day)
    sessions = store.sessions.headers(start, day)  # the sets are not needed here
    wanted = {s.routine_id for s in sessions}
    stop_levels = (
        {r.id: r.pain_stop_threshold for r in store.routines.list() if r.id in wanted}
        if wanted
        else {}
    )
    return traffic_light(entries, sessions, day, rules or load_rules(store), stop_levels)
