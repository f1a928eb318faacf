"""How much of a session was done, as a share from 0 to 1: the one place adherence asks.

A partial session (stopped, sets skipped or not reached) counts as sets done / sets
planned, from the session subject's one count (:func:`coach.domain.session.counts.set_counts`),
so the calendar, the report and the finish page can never disagree about a session.
"""

from __future__ import annotations

from collections.abc import Callable

from ..record import EndReason, SessionRecord
from ..routine import Routine
from ..session.counts import set_counts

Completion = Callable[[SessionRecord], float]
_CACHE_LIMIT = 50_000
_shares: dict[tuple[str, str | None, int], float] = {}


def clear_cache() -> None:
    _shares.clear()


def session_completion(session: SessionRecord) -> float:
    """Done / planned sets of a finished session; 0.0 while it is in progress. A
    session that planned no sets (an old record without any) counts whole when it was
    completed."""
    if session.end_reason is None:
        return 0.0
    # A finished record does not change its sets; remembering its share keeps a calendar
    # refresh over years of sessions from counting every set again (≈15 µs a session).
    key = (session.id, session.end_reason.value, len(session.sets))
    cached = _shares.get(key)
    if cached is not None:
        return cached
    share = set_counts(session).share
    if share is None:
        share = 1.0 if session.end_reason == EndReason.COMPLETED else 0.0
    if len(_shares) >= _CACHE_LIMIT:
        _shares.clear()
    _shares[key] = share
    return share


def completion_for(routines: dict[str, Routine]) -> Completion:
    """The completion function adherence uses (``routines`` is kept for callers that
    want to pass a different one; the record carries its own plan)."""
    del routines
    return session_completion
