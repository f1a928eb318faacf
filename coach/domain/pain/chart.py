"""What the pain chart draws, as plain data: the line broken across gaps, each point's
hover text, and which kind of mark a session gets. No Qt here; the chart only plots."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from ..record import EndReason, SessionHeader, SessionRecord
from .entry import Context, PainEntry

GAP_DAYS = 7  # a rolling-mean line does not bridge more days than its own window

CONTEXT_LABELS = {
    Context.REST: "at rest",
    Context.BEFORE: "before exercise",
    Context.DURING: "during exercise",
    Context.AFTER: "after exercise",
    Context.MORNING: "next morning",
}


def break_gaps(
    points: Sequence[tuple[date, float]], max_gap_days: int = GAP_DAYS
) -> list[tuple[date, float | None]]:
    """The points with a ``None`` value inserted wherever two neighbours are more than
    ``max_gap_days`` apart, so the line stops there instead of drawing straight across
    weeks without data (the chart turns ``None`` into a break)."""
    out: list[tuple[date, float | None]] = []
    last = None  # the previous day's ordinal: day arithmetic without a timedelta per point
    for day, value in points:
        ordinal = day.toordinal()
        if last is not None and ordinal - last > max_gap_days:
            out.append((out[-1][0], None))
        out.append((day, value))
        last = ordinal
    return out


def caption(entry: PainEntry) -> str:
    """The hover text of one entry: plain text, the person's words exactly as typed."""
    lines = [
        f"{entry.at:%a} {entry.at.day} {entry.at:%b %Y %H:%M}",
        f"Pain {entry.score}/10, {CONTEXT_LABELS[entry.context]}",
        f"{entry.location}, {'both sides' if entry.side.value == 'both' else entry.side.value}",
    ]
    note = " ".join(entry.note.split())
    if note:
        lines.append(note if len(note) <= 120 else note[:119] + "…")
    return "\n".join(lines)


def session_kind(record: SessionRecord | SessionHeader) -> str:
    """ "done" (completed), "stopped" (for pain) or "partial" (stopped or interrupted)."""
    if record.end_reason is EndReason.COMPLETED:
        return "done"
    if record.end_reason is EndReason.STOPPED_FOR_PAIN:
        return "stopped"
    return "partial"
