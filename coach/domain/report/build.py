"""Turning records into a :class:`Report`: each section from the domain's analytics.

``build_report`` takes plain records (the caller reads the store), so the CLI, the
dialog, the tests and the benchmark build the same report the same way.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from coach.domain.analytics import (
    Adherence,
    daily_by_location,
    daily_pain,
    entry_day,
    flare_ups,
    rolling_mean,
)
from coach.domain.pain import PainEntry
from coach.domain.pain.chart import session_kind
from coach.domain.pain.light import TrafficLight
from coach.domain.pain.rules import PainRules
from coach.domain.plan.versions import RoutinePlan
from coach.domain.record import EndReason, SessionRecord
from coach.domain.routine import Routine
from coach.domain.running.progress import Step
from coach.domain.running.rules import RunningRules
from coach.domain.running.runs import Run
from coach.domain.session.counts import ExerciseTally, effective_plan

from . import sources
from .model import (
    AdherenceSection,
    DoseChange,
    ExerciseDose,
    PainChange,
    PainLine,
    PainSection,
    Report,
    ReportHeader,
    SessionLine,
    SideDose,
)
from .running import build_running

WARM_UP_DAYS = 7  # pain read before the period so the rolling mean and flare-ups start right
OFTEN_SKIPPED_SHARE = 0.2
OFTEN_SKIPPED_MIN = 3
FLAG_SCORE = 6  # an entry above the 0–5 the pain-monitoring model accepts


@dataclass(frozen=True)
class ReportRequest:
    start: date
    end: date
    patient: str = ""
    clinician: str = ""
    condition: str = ""
    questions: str = ""


def build_report(
    request: ReportRequest,
    routines: Sequence[Routine],
    sessions: Iterable[SessionRecord],
    pain: Iterable[PainEntry],
    made_at: datetime,
    app_version: str,
    light: TrafficLight | None = None,
    rules: PainRules | None = None,
    plan: Adherence | None = None,
    plans: Sequence[RoutinePlan] = (),
    today: date | None = None,
    runs: Iterable[Run] = (),
    run_steps: Sequence[Step] = (),
    run_rules: RunningRules | None = None,
) -> Report:
    """The report for ``request``'s period. ``sessions`` and ``pain`` may include records
    from before the period (a week of warm-up for the trend); later ones are ignored.
    ``light`` is the store's traffic light for the last day (what ``rehab-coach light``
    says); without it the light is worked out here from the records and ``rules``.
    ``plan`` is the store's adherence for the period (``PlanRepo.adherence``, what
    ``rehab-coach adherence`` says); without it, it is judged here from ``plans``.
    ``runs`` (from 30 days before the period, for the caps) and ``run_steps`` (the
    ladder's decision history) give the return-to-run section, with the caps of
    ``run_rules`` (the store's Settings ▸ Running; the defaults without it)."""
    start, end = request.start, request.end
    all_pain = sorted((e for e in pain if entry_day(e) <= end), key=lambda e: e.at)
    all_sessions = sorted((s for s in sessions if s.day <= end), key=lambda s: s.started_at)
    in_pain = [e for e in all_pain if entry_day(e) >= start]
    in_sessions = [s for s in all_sessions if s.day >= start and s.finished]
    by_id = {r.id: r for r in routines}
    header = ReportHeader(
        start, end, made_at, app_version, request.patient, request.clinician, request.condition
    )
    return Report(
        header=header,
        adherence=_adherence(
            plan or sources.plan_adherence(plans, in_sessions, start, end, today or end, routines),
            routines,
            in_sessions,
        ),
        pain=_pain(all_pain, in_pain, in_sessions, start, end),
        light=light or sources.traffic_light(all_pain, all_sessions, end, routines, rules),
        exercises=_exercises(in_sessions, by_id),
        sessions=_session_lines(in_sessions, all_pain),
        pain_entries=_pain_lines(in_pain, in_sessions, all_pain, start),
        questions=request.questions,
        running=build_running(runs, run_steps, all_pain, start, end, run_rules or RunningRules()),
    )


def _adherence(
    result: Adherence, routines: Sequence[Routine], sessions: list[SessionRecord]
) -> AdherenceSection:
    return AdherenceSection(
        routines=sources.routine_rows(result, sessions, routines),
        weeks=list(result.weeks),
        total_planned=result.planned,
        total_done=result.done,
        total_ratio=result.ratio,
        streak=result.streak,
        sessions=sum(1 for s in sessions if s.finished),
    )


def _weeks_compared(
    start: date, end: date, days_logged: list[date]
) -> tuple[tuple[date, date], tuple[date, date]]:
    """The first seven days and the last seven days of the diary within the period:
    from the first day with an entry, and up to the last one (a period that begins
    before the diary did still compares two real weeks). A diary span under two weeks
    compares its halves."""
    if days_logged:
        start, end = max(start, min(days_logged)), min(end, max(days_logged))
    days = (end - start).days + 1
    span = 7 if days >= 14 else max(1, days // 2)
    return (start, start + timedelta(days=span - 1)), (end - timedelta(days=span - 1), end)


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def _pain(
    all_pain: list[PainEntry],
    in_pain: list[PainEntry],
    sessions: list[SessionRecord],
    start: date,
    end: date,
) -> PainSection:
    first, last = _weeks_compared(start, end, [entry_day(e) for e in in_pain])
    changes = []
    for context in sources.report_contexts():
        mine = [e for e in in_pain if e.context.value == context]
        a = [e.score for e in mine if first[0] <= entry_day(e) <= first[1]]
        b = [e.score for e in mine if last[0] <= entry_day(e) <= last[1]]
        ma, mb = _mean(a), _mean(b)
        both = ma is not None and mb is not None
        changes.append(
            PainChange(
                context,
                ma,
                mb,
                len(a),
                len(b),
                (mb - ma) if both else None,
                sources.clinically_meaningful(ma, mb) if both else None,
            )
        )
    days = daily_pain(in_pain)
    worst = max(days, key=lambda d: (d.max, d.mean), default=None)
    warm = [e for e in all_pain if entry_day(e) >= start - timedelta(days=WARM_UP_DAYS)]
    daily_all = [(d.day, float(d.max)) for d in daily_pain(warm)]
    flares = flare_ups(warm)
    mean = [(d, v) for d, v in rolling_mean(daily_all) if d >= start]
    stop = EndReason.STOPPED_FOR_PAIN
    shown = [e for e in warm if entry_day(e) >= start]
    return PainSection(
        changes=changes,
        first_week=first,
        last_week=last,
        entry_count=len(in_pain),
        worst_day=worst,
        flare_ups=[f for f in flares if f.last_day >= start],
        stopped_for_pain=sum(1 for s in sessions if s.end_reason == stop),
        points=shown,
        lines=daily_by_location(warm, worst=True),
        rolling_mean=mean,
        session_marks=[(s.day, session_kind(s)) for s in sessions],
        flare_spans=[(f.day, f.last_day) for f in flares],
    )


def _exercises(sessions: list[SessionRecord], routines: dict[str, Routine]) -> list[ExerciseDose]:
    """Per exercise (in the order first met): each side's sets and amounts planned
    against done, summed from the session subject's tallies, and every change of the
    planned amount per set over the period (progression), from the plans kept."""
    sides: dict[str, dict[str, list[int]]] = {}
    units: dict[str, str] = {}
    names: dict[str, tuple[str, str, str]] = {}
    changes: dict[str, list[DoseChange]] = defaultdict(list)
    last_planned: dict[str, int] = {}
    for s in sessions:
        planned_per_set = {ex.exercise_id: ex.planned for ex in effective_plan(s)}
        for tally in sources.tallies(s):
            ex_id = tally.exercise_id
            if ex_id not in names:
                names[ex_id] = _exercise_names(routines.get(s.routine_id), tally, s.routine_name)
            units[ex_id] = tally.unit
            for t in tally.sides:
                acc = sides.setdefault(ex_id, {}).setdefault(t.side or "", [0, 0, 0, 0, 0])
                acc[0] += t.sets_planned
                acc[1] += t.sets_done
                acc[2] += t.sets_skipped
                acc[3] += t.amount_planned
                acc[4] += t.amount_done
            now = planned_per_set.get(ex_id)
            before = last_planned.get(ex_id)
            if now is not None:
                if before is not None and before != now:
                    changes[ex_id].append(DoseChange(s.day, before, now, tally.unit))
                last_planned[ex_id] = now
    out = []
    for ex_id, by_side in sides.items():
        order = sorted(by_side, key=lambda side: ("left", "right", "").index(side))
        rows = [SideDose(side, units[ex_id], *by_side[side]) for side in order]
        planned = sum(r.amount_planned for r in rows)
        done = sum(r.amount_done for r in rows)
        sets = sum(r.sets_planned for r in rows)
        skipped = sum(r.sets_skipped for r in rows)
        name, routine_name, prescribed = names[ex_id]
        out.append(
            ExerciseDose(
                ex_id,
                name,
                routine_name,
                prescribed,
                rows,
                (done / planned) if planned else None,
                changes.get(ex_id, []),
                skipped >= OFTEN_SKIPPED_MIN and skipped / sets >= OFTEN_SKIPPED_SHARE,
            )
        )
    return out


def _exercise_names(
    routine: Routine | None, tally: ExerciseTally, routine_name: str
) -> tuple[str, str, str]:
    """The exercise's name (as the session's plan kept it), its routine, and the dose
    the routine prescribes now ("" when the routine no longer holds it)."""
    name = tally.name
    if routine is None:
        return name, routine_name, ""
    try:
        slot = routine.slot(tally.exercise_id)
    except KeyError:
        return name, routine.name, ""
    if name == tally.exercise_id:  # a record from before plans were kept
        name = slot.exercise.name
    per_side = " per side" if slot.exercise.per_side else ""
    return name, routine.name, slot.dose.describe() + per_side


def _session_lines(sessions: list[SessionRecord], pain: list[PainEntry]) -> list[SessionLine]:
    mornings = sources.next_mornings(pain)
    out = []
    for s in sessions:
        c = sources.counts(s)
        minutes = (s.ended_at - s.started_at).total_seconds() / 60 if s.ended_at else None
        out.append(
            SessionLine(
                s.id,
                s.started_at,
                s.routine_name,
                sources.outcome(s),
                round(minutes, 1) if minutes is not None else None,
                c.done,
                c.planned,
                s.pain_before,
                s.pain_after,
                mornings.get(s.day + timedelta(days=1)),
                s.notes,
            )
        )
    return out


def _pain_lines(
    entries: list[PainEntry],
    sessions: list[SessionRecord],
    all_pain: list[PainEntry],
    start: date,
) -> list[PainLine]:
    """Every entry of the period; flagged ones (a flare-up day, a session stopped for
    pain, above 5/10) first, each group oldest first."""
    flare_days: set[date] = set()
    for f in flare_ups(all_pain):
        day = f.day
        while day <= f.last_day:
            flare_days.add(day)
            day += timedelta(days=1)
    stopped = {s.id for s in sessions if s.end_reason == EndReason.STOPPED_FOR_PAIN}
    flagged, plain = [], []
    for e in entries:
        if e.session_id and e.session_id in stopped:
            flag = "session stopped for pain"
        elif entry_day(e) in flare_days:
            flag = "flare-up"
        elif e.score >= FLAG_SCORE:
            flag = "above 5/10"
        else:
            flag = ""
        line = PainLine(e.at, e.score, e.location, e.side.value, e.context.value, e.note, flag)
        (flagged if flag else plain).append(line)
    return flagged + plain
