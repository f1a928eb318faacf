"""Reading what a report needs from the store, for the CLI (the dialog reads the same
things a month per event-loop turn)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from coach import __version__
from coach.domain.report import Report, ReportRequest, build_report
from coach.domain.report.build import WARM_UP_DAYS
from coach.store.pain_light import light_on

if TYPE_CHECKING:
    from coach.store import Store


def report_from_store(store: Store, request: ReportRequest, made_at: datetime) -> Report:
    """The report for ``request``; records from a week before the period are read too,
    so the rolling mean, flare-ups and the traffic light start with their history."""
    since = request.start - timedelta(days=WARM_UP_DAYS)
    return build_report(
        request,
        store.routines.list(),
        store.sessions.list(since, request.end),
        store.pain.list(since, request.end),
        made_at,
        __version__,
        light=light_on(store, request.end),  # what `rehab-coach light --on END` says
        plan=store.plans.adherence(request.start, request.end),  # `adherence --json`
    )
