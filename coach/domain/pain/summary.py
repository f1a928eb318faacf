"""One line on whether pain is getting better: "7-day average 2.4 (was 5.1 four weeks ago)
— improving".

A change counts as meaningful when it is at least ``meaningful_points`` points or
``meaningful_percent`` per cent of the earlier value (Farrar et al., Pain 2001: 2 points
or 30 % on the 0–10 scale); smaller changes are "about the same", so a person is not
told they are improving on noise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from ..message import Msg
from .entry import PainEntry
from .rules import DEFAULT_RULES, PainRules

WEEK = 7
COMPARE_WEEKS = 4


class Change(StrEnum):
    IMPROVING = "improving"
    WORSE = "worse"
    SAME = "about the same"
    UNKNOWN = ""


CHANGE_WORDS = {
    Change.IMPROVING: Msg("improving"),
    Change.WORSE: Msg("worse"),
    Change.SAME: Msg("about the same"),
    Change.UNKNOWN: "",
}


@dataclass(frozen=True)
class TrendSummary:
    recent: float | None  # mean score of the 7 days up to today
    earlier: float | None  # mean score of the 7 days ending four weeks before today
    change: Change
    text: str


def meaningful(earlier: float, recent: float, rules: PainRules = DEFAULT_RULES) -> Change:
    """Farrar's rule: at least ``meaningful_points`` or ``meaningful_percent`` of ``earlier``."""
    diff = recent - earlier
    points = abs(diff) >= rules.meaningful_points - 1e-9
    percent = earlier > 0 and abs(diff) * 100 >= rules.meaningful_percent * earlier - 1e-9
    if diff == 0 or not (points or percent):
        return Change.SAME
    return Change.IMPROVING if diff < 0 else Change.WORSE


def _mean(scores: list[int]) -> float | None:
    return sum(scores) / len(scores) if scores else None


def trend_summary(
    entries: Iterable[PainEntry], today: date, rules: PainRules = DEFAULT_RULES
) -> TrendSummary:
    """The 7-day average against the same week four weeks ago, with Farrar's verdict."""
    week = today - timedelta(days=WEEK - 1)
    then_end = today - timedelta(days=WEEK * COMPARE_WEEKS)
    then_start = then_end - timedelta(days=WEEK - 1)
    recent_scores, earlier_scores = [], []
    for e in entries:
        day = e.at.date()
        if week <= day <= today:
            recent_scores.append(e.score)
        elif then_start <= day <= then_end:
            earlier_scores.append(e.score)
    recent, earlier = _mean(recent_scores), _mean(earlier_scores)
    if recent is None:
        text = Msg("No pain logged in the last {days} days", days=WEEK)
        return TrendSummary(None, earlier, Change.UNKNOWN, text)
    if earlier is None:
        text = Msg("{days}-day average {recent:.1f}", days=WEEK, recent=recent)
        return TrendSummary(recent, None, Change.UNKNOWN, text)
    change = meaningful(earlier, recent, rules)
    text = Msg(
        "{days}-day average {recent:.1f} (was {earlier:.1f} four weeks ago) — {change}",
        days=WEEK,
        recent=recent,
        earlier=earlier,
        change=CHANGE_WORDS[change],
    )
    return TrendSummary(recent, earlier, change, text)
