"""The three points around a session as diary entries: before, (during,) after.

The player asks for the score before starting and after finishing; those live on the
session record, but the chart, Today and the traffic light read the diary. So each one
also becomes a :class:`PainEntry` tied to the session, with a fixed id derived from the
session's, which makes writing it again (the record is saved after every set) a no-op
instead of a duplicate. "During" entries are written by the player as they happen.
"""

from __future__ import annotations

import hashlib

from .entry import Context, PainEntry, Side


def capture_id(session_id: str, context: Context) -> str:
    """The fixed id of a session's before or after entry: 32 hex digits like every other
    id, so the short ids ``pain list`` shows stay distinct (a session-id prefix would give
    its before and after entries the same short id)."""
    seed = f"{session_id}/{context.value}".encode()
    return hashlib.sha256(seed).hexdigest()[:32]


def side_exercised(record) -> Side:  # record: SessionRecord
    """The one side every sided set was done on, else both (or not sided)."""
    sides = {s.side for s in record.sets if s.side}
    return Side(sides.pop()) if len(sides) == 1 else Side.BOTH


def session_pain_entries(record, location: str) -> list[PainEntry]:
    """The before and after entries a session record implies (none for a score skipped)."""
    side = side_exercised(record)
    out = []
    if record.pain_before is not None:
        out.append(
            PainEntry(
                id=capture_id(record.id, Context.BEFORE),
                score=record.pain_before,
                at=record.started_at,
                location=location,
                side=side,
                context=Context.BEFORE,
                session_id=record.id,
            )
        )
    if record.pain_after is not None and record.ended_at is not None:
        out.append(
            PainEntry(
                id=capture_id(record.id, Context.AFTER),
                score=record.pain_after,
                at=record.ended_at,
                location=location,
                side=side,
                context=Context.AFTER,
                session_id=record.id,
            )
        )
    return out
