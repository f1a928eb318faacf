"""Reading what a report needs from the store, for the CLI (the dialog reads the same
things a month per event-loop turn)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from coach import __version__
from coach.domain.report import Report, ReportRequest, build_report
from coach.domain.report.build import WARM_UP_DAYS
from coach.domain.running.rules import RunningRules
from coach.store.pain_light import light_on
from coach.store.running_rules import load_running_rules

if TYPE_CHECKING:
    from coach.store import Store


class DamagedRunningPlan(ValueError):
    """The ladder's decision history in coach.json does not read; one plain line."""


def running_records(store: Store, start: date, end: date) -> tuple[list, list, RunningRules]:
    """The runs from 30 days before ``start`` (the single-run cap looks back that far)
    to ``end``, the ladder's decision history and the running rules in force. A damaged
    history is a :class:`DamagedRunningPlan`, whose message says so in one line."""
    from coach.domain.running.caps import WINDOW_DAYS
    from coach.domain.running.progress import SETTINGS_KEY, load_steps

    runs = store.runs.list(start - timedelta(days=WINDOW_DAYS), end)
    try:
        steps = load_steps(store.settings.get(SETTINGS_KEY))
    except ValueError as exc:
        raise DamagedRunningPlan(f"the running plan in coach.json is damaged ({exc})") from None
    return runs, steps, load_running_rules(store)


def report_from_store(store: Store, request: ReportRequest, made_at: datetime) -> Report:
    """The report for ``request``; records from a week before the period are read too,
    so the rolling mean, flare-ups and the traffic light start with their history."""
    since = request.start - timedelta(days=WARM_UP_DAYS)
    runs, steps, run_rules = running_records(store, request.start, request.end)
    return build_report(
        request,
        store.routines.list(),
        store.sessions.list(since, request.end),
        store.pain.list(since, request.end),
        made_at,
        __version__,
        light=light_on(store, request.end),  # what `rehab-coach light --on END` says
        plan=store.plans.adherence(request.start, request.end),  # `adherence --json`
        runs=runs,
        run_steps=steps,
        run_rules=run_rules,
    )
