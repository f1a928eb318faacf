"""The traffic light of the 24-hour pain-monitoring model (Silbernagel et al., 2007).

Physios steer by how pain behaves over a day, not only during the exercise: pain during
may reach the acceptable level if it settles by the next morning; worse the next morning
means the load was too high. :func:`traffic_light` applies that to the diary and gives
one :class:`TrafficLight`: green, amber or red (or unknown without the entries to judge),
the reason in plain words, one sentence of advice and a "not medical advice" note.

The rules, each threshold from :class:`~coach.domain.pain.rules.PainRules`:

- **red**: pain during or after the last session at or above ``stop``; above the
  acceptable level in two sessions running; next-morning pain more than ``morning_red``
  above the person's usual; resting pain whose 7-day mean rose by ``rest_rise`` or more.
- **amber**: above the acceptable level once; next morning ``morning_amber`` to
  ``morning_red`` above usual.
- **green**: within the acceptable level, and next morning back to usual.

"Acceptable" during a routine's session is the routine's own stop level when that is
lower; entries tied to no session are judged against the global setting. The person's
usual is the median of their resting, before-exercise and morning scores in the
``baseline_days`` before the session. Pure function: the caller passes the entries and
sessions of (at least) the last ``LOOKBACK_DAYS`` days; older ones are ignored.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from statistics import median
from typing import Any

from ..message import Msg, join
from ..record import SessionHeader, SessionRecord
from .entry import Context, PainEntry
from .rules import DEFAULT_RULES, PainRules

RECENT_DAYS = 7  # the last session judged must be this recent
LOOKBACK_DAYS = 90  # what a caller must pass: baseline (≤60) + the three weeks judged


class Level(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"
    UNKNOWN = "unknown"


_RANK = {Level.UNKNOWN: 0, Level.GREEN: 1, Level.AMBER: 2, Level.RED: 3}

ADVICE = {
    Level.GREEN: Msg("Carry on: the load suits you, and progressing the dose is fine."),
    Level.AMBER: Msg("Keep the dose as it is and don't progress until the light is green again."),
    Level.RED: Msg("Step back: rest, ice, lower the dose, and talk to your physio."),
    Level.UNKNOWN: Msg(
        "Log pain during and after your sessions and the next morning to get a light."
    ),
}
NOT_MEDICAL_ADVICE = Msg(
    "A rule of thumb from the pain-monitoring model, not medical advice: "
    "your physio knows your case."
)
# when the pain came: one phrase each, so a language can inflect "the session" as it needs
WHEN_DONE = {
    (Context.DURING, True): Msg("during the session"),
    (Context.AFTER, True): Msg("after the session"),
    (Context.DURING, False): Msg("during exercise"),
    (Context.AFTER, False): Msg("after exercise"),
}
EXERCISE_CONTEXTS = (Context.DURING, Context.AFTER)
USUAL_CONTEXTS = (Context.REST, Context.BEFORE, Context.MORNING)
RESTING_CONTEXTS = (Context.REST, Context.MORNING)


@dataclass(frozen=True)
class Finding:
    """One rule's verdict: its level, a short id, and the reason in plain words."""

    level: Level
    rule: str
    reason: str


@dataclass(frozen=True)
class TrafficLight:
    """The light for ``day``. ``reason`` joins the findings that set the level."""

    day: date
    level: Level
    reason: str
    advice: str
    note: str = NOT_MEDICAL_ADVICE
    findings: tuple[Finding, ...] = ()
    session_id: str | None = None  # the session judged, if any

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.day.isoformat(),
            "light": self.level.value,
            "reason": self.reason,
            "advice": self.advice,
            "note": self.note,
            "session_id": self.session_id,
            "findings": [
                {"light": f.level.value, "rule": f.rule, "reason": f.reason} for f in self.findings
            ],
        }


@dataclass
class _Bout:
    """One session's exercise pain (or, for entries tied to no session, one day's)."""

    day: date
    acceptable: int
    session_id: str | None = None
    scores: list[tuple[int, Context]] = field(default_factory=list)
    first_at: datetime | None = None  # the earliest entry: orders bouts of one day

    @property
    def worst(self) -> tuple[int, Context] | None:
        return max(self.scores, key=lambda s: s[0]) if self.scores else None


def _fmt(value: float) -> int | float:
    """One decimal, and none when it is .0 (``2`` or ``2.5``)."""
    rounded = round(value, 1)
    return int(rounded) if rounded.is_integer() else rounded


def _when(day: date, on: date) -> str:
    if day == on:
        return Msg("today")
    if day == on - timedelta(days=1):
        return Msg("yesterday")
    return Msg("on {day}", day=day)


def _bouts(
    entries: list[PainEntry],
    sessions: Iterable[SessionRecord | SessionHeader],
    on: date,
    rules: PainRules,
    stop_levels: Mapping[str, int],
) -> list[_Bout]:
    by_session: dict[str, _Bout] = {}
    for s in sessions:
        if s.day <= on:
            acceptable = rules.acceptable_for(stop_levels.get(s.routine_id))
            by_session[s.id] = _Bout(s.day, acceptable, s.id)
    loose: dict[date, _Bout] = {}
    for e in entries:
        if e.context not in EXERCISE_CONTEXTS or e.at.date() > on:
            continue
        bout = by_session.get(e.session_id or "")
        if bout is None:
            day = e.at.date()
            bout = loose.setdefault(day, _Bout(day, rules.acceptable))
        bout.scores.append((e.score, e.context))
        if bout.first_at is None or e.at < bout.first_at:
            bout.first_at = e.at
    found = [b for b in by_session.values() if b.scores] + list(loose.values())
    return sorted(found, key=lambda b: (b.day, b.first_at.timestamp() if b.first_at else 0.0))


def _exercise_findings(bouts: list[_Bout], on: date, rules: PainRules) -> list[Finding]:
    last = bouts[-1]
    score, context = last.worst or (0, Context.DURING)  # every bout here has a score
    # a bout tied to no session (logged by hand, or a run) is "exercise", not "the session"
    phrase = WHEN_DONE[(context, last.session_id is not None)]
    what = Msg("pain {score} {phrase} {when}", score=score, phrase=phrase, when=_when(last.day, on))
    if score >= rules.stop:
        reason = Msg("{what}, stop level {stop}", what=what, stop=rules.stop)
        return [Finding(Level.RED, "stop", reason)]
    if score > last.acceptable:
        prev = bouts[-2] if len(bouts) > 1 else None
        prev_worst = prev.worst if prev else None
        if prev is not None and prev_worst is not None and prev_worst[0] > prev.acceptable:
            return [
                Finding(
                    Level.RED,
                    "twice",
                    Msg(
                        "pain above the acceptable level two sessions running "
                        "({before}, then {score}; acceptable {acceptable})",
                        before=prev_worst[0],
                        score=score,
                        acceptable=last.acceptable,
                    ),
                )
            ]
        reason = Msg("{what}, acceptable {acceptable}", what=what, acceptable=last.acceptable)
        return [Finding(Level.AMBER, "above", reason)]
    reason = Msg("{what}, acceptable {acceptable}", what=what, acceptable=last.acceptable)
    return [Finding(Level.GREEN, "within", reason)]


def _usual(entries: list[PainEntry], bout: _Bout, rules: PainRules) -> float | None:
    first = bout.day - timedelta(days=rules.baseline_days)
    scores = [
        e.score
        for e in entries
        if e.context in USUAL_CONTEXTS
        and (
            first <= e.at.date() < bout.day
            or (e.context is Context.BEFORE and bout.session_id and e.session_id == bout.session_id)
        )
    ]
    return float(median(scores)) if scores else None


def _morning_finding(
    entries: list[PainEntry], bout: _Bout, on: date, rules: PainRules
) -> Finding | None:
    morning_day = bout.day + timedelta(days=1)
    if morning_day > on:
        return None
    mornings = [
        e.score
        for e in entries
        if e.context is Context.MORNING
        and (
            (bout.session_id is not None and e.session_id == bout.session_id)
            or (e.at.date() == morning_day and e.session_id in (None, bout.session_id))
        )
    ]
    if not mornings:
        return None
    score = max(mornings)
    usual = _usual(entries, bout, rules)
    if usual is None:
        return None
    rise = score - usual
    reason = Msg("next morning {score}, usual {usual}", score=score, usual=_fmt(usual))
    if rise > rules.morning_red:
        return Finding(Level.RED, "morning-red", reason)
    if rise >= rules.morning_amber:
        return Finding(Level.AMBER, "morning-amber", reason)
    return Finding(Level.GREEN, "morning-settled", reason)


def _resting_finding(entries: list[PainEntry], on: date, rules: PainRules) -> Finding | None:
    week = on - timedelta(days=RECENT_DAYS - 1)
    before = week - timedelta(days=RECENT_DAYS)
    now_scores, then_scores = [], []
    for e in entries:
        if e.context not in RESTING_CONTEXTS:
            continue
        day = e.at.date()
        if week <= day <= on:
            now_scores.append(e.score)
        elif before <= day < week:
            then_scores.append(e.score)
    if not now_scores or not then_scores:
        return None
    now = sum(now_scores) / len(now_scores)
    then = sum(then_scores) / len(then_scores)
    if now - then >= rules.rest_rise:
        return Finding(
            Level.RED,
            "rest-rising",
            Msg(
                "resting pain up from {before:.1f} to {now:.1f} over the last {days} days",
                before=then,
                now=now,
                days=RECENT_DAYS,
            ),
        )
    return None


def traffic_light(
    entries: Iterable[PainEntry],
    sessions: Iterable[SessionRecord | SessionHeader],
    on: date,
    rules: PainRules = DEFAULT_RULES,
    stop_levels: Mapping[str, int] | None = None,
) -> TrafficLight:
    """The light for the day ``on`` from the diary and the sessions.

    ``stop_levels`` maps a routine id to its own stop level (``Routine.pain_stop_threshold``);
    a session whose routine is not in it is judged against ``rules.acceptable``. Entries and
    sessions after ``on`` are ignored, so a light for a past day reads as it did then.
    The last session with exercise pain in the ``RECENT_DAYS`` up to ``on`` is judged, with
    the one before it for "two sessions running" and its next-morning check; resting pain is
    judged over the last two weeks.
    """
    entry_list = [e for e in entries if e.at.date() <= on]
    bouts = _bouts(entry_list, sessions, on, rules, stop_levels or {})
    bouts = [b for b in bouts if b.day > on - timedelta(days=RECENT_DAYS + 14)]
    findings: list[Finding] = []
    judged: _Bout | None = None
    if bouts and bouts[-1].day > on - timedelta(days=RECENT_DAYS):
        judged = bouts[-1]
        findings += _exercise_findings(bouts, on, rules)
        morning = _morning_finding(entry_list, judged, on, rules)
        if morning is not None:
            findings.append(morning)
    resting = _resting_finding(entry_list, on, rules)
    if resting is not None:
        findings.append(resting)
    level = max((f.level for f in findings), key=_RANK.__getitem__, default=Level.UNKNOWN)
    if level is Level.UNKNOWN:
        reason = Msg(
            "no pain logged during or after a session in the last {days} days", days=RECENT_DAYS
        )
    else:
        parts = [f.reason for f in findings if f.level is level]
        if level is Level.GREEN and judged is not None and judged.session_id is not None:
            morning_day = judged.day + timedelta(days=1)
            if morning_day > on:
                parts.append(Msg("the next-morning check is still to come"))
            elif morning_day == on and not any(f.rule.startswith("morning") for f in findings):
                parts.append(Msg("no next-morning score yet"))
        reason = join(parts)
    reason = reason.capitalized()
    return TrafficLight(
        day=on,
        level=level,
        reason=reason,
        advice=ADVICE[level],
        findings=tuple(findings),
        session_id=judged.session_id if judged else None,
    )
