"""Strength-progression suggestions read from the store, for Today and the command line.

The domain's :mod:`coach.domain.routines.progression` is pure; this gives it the
sessions of each routine at its current version, the diary of the pain model's
look-back, the rules, today's light and the "Not now" the person gave.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from coach.domain.pain.light import LOOKBACK_DAYS, traffic_light
from coach.domain.routine import Routine
from coach.domain.routines.progression import (
    DISMISSED_KEY,
    Suggestion,
    current_sessions,
    load_dismissed,
    suggest,
    verdicts,
)
from coach.domain.routines.versions import version_of_snapshot

from .pain_light import load_rules

if TYPE_CHECKING:
    from .store import Store


def suggestions(
    store: Store, today: date, routines: list[Routine] | None = None
) -> list[Suggestion]:
    """Every routine's suggestion today, in the order the routines are listed."""
    every = store.routines.list()
    routines = every if routines is None else routines
    rules = load_rules(store)
    since = today - timedelta(days=LOOKBACK_DAYS)
    sessions = store.sessions.headers(since, today)  # no sets needed: see SessionHeader
    if not sessions:
        return []
    entries = store.pain.list(since, today)
    stops = {r.id: r.pain_stop_threshold for r in every}
    # Today's light from the records just read, as ``light_on`` reads and judges them.
    light = traffic_light(entries, sessions, today, rules, stops).level.value
    if light != "green":  # amber, red or no light today: never a step (and no more work)
        return []
    dismissed = load_dismissed(store.settings.get(DISMISSED_KEY))
    out = []
    for routine in routines:
        own = routine.snapshot_id()
        version = version_of_snapshot(store.routines.history(routine.id), own)
        mine = current_sessions(sessions, routine, version.snapshots if version else (own,))
        if len(mine) < rules.progress_after:
            continue
        found = verdicts(mine, sessions, entries, rules, stops, last=rules.progress_after)
        hit = suggest(routine, found, light, rules, dismissed.get(routine.id))
        if hit is not None:
            out.append(hit)
    return out


def suggestion_for(store: Store, routine: Routine, today: date) -> Suggestion | None:
    found = suggestions(store, today, [routine])
    return found[0] if found else None


def dismissed_value(store: Store, suggestion: Suggestion) -> dict[str, str]:
    """The "Not now" setting with ``suggestion`` set aside: it is not offered again until
    a new streak of green sessions after its last one."""
    raw = store.settings.get(DISMISSED_KEY)
    kept = {k: v.isoformat() for k, v in load_dismissed(raw).items()}
    kept[suggestion.routine_id] = suggestion.last_session_at.isoformat()
    return kept
