"""The readiness check before the first run, from the seeds' rule: run again only when
walking, stairs and a brisk 30-minute walk are pain-free. Asked as three questions; the
answers are recorded with the day they were given."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..message import Msg

QUESTIONS: tuple[tuple[str, str], ...] = (
    ("walking", Msg("Can you walk as far as you like without pain at the outer knee or hip?")),
    ("stairs", Msg("Can you go up and down stairs without that pain?")),
    (
        "brisk_walk",
        Msg("Have you done a brisk 30-minute walk without pain, also the next morning?"),
    ),
)


@dataclass(frozen=True)
class Readiness:
    day: date
    answers: dict[str, bool]

    @property
    def ready(self) -> bool:
        return all(self.answers.get(key, False) for key, _ in QUESTIONS)

    def missing(self) -> list[str]:
        """The questions answered "no" (or not at all), in plain words."""
        return [text for key, text in QUESTIONS if not self.answers.get(key, False)]

    def advice(self) -> str:
        if self.ready:
            return Msg("Ready for level 1: about a mile (1–3 km) of walk/run on flat ground.")
        return Msg(
            "Not yet: keep to walking and the strength routine until each of these is "
            "pain-free. Running through pain is what set most people back."
        )


def readiness_from(raw: object) -> Readiness | None:
    """The stored answers (``running.readiness``: day and answers), or ``None`` when
    the questions were never answered or the setting is damaged."""
    if not isinstance(raw, dict) or not isinstance(raw.get("answers"), dict):
        return None
    try:
        day = date.fromisoformat(str(raw.get("day")))
    except ValueError:
        return None
    return Readiness(day, {k: v is True for k, v in raw["answers"].items() if isinstance(k, str)})


def readiness_setting(check: Readiness) -> dict[str, object]:
    return {"day": check.day.isoformat(), "answers": dict(check.answers)}
