"""How much of an exercise to do: the four dose kinds a physio prescribes.

A dose says nothing about sides; whether an exercise is done per side belongs to the
exercise, and the session engine doubles the work when it is.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, ClassVar

from .message import Msg
from .validation import check_int, check_number, check_text, fail

MAX_SETS = 20
MAX_REPS = 500
MAX_SECONDS = 4 * 3600


@dataclass(frozen=True)
class RepsDose:
    """Sets × reps. ``tempo_s`` paces each rep; ``None`` means the person paces the set.

    ``reps_max`` records a range such as "20–25 reps" (the player counts to ``reps``).
    ``lift_s``/``lower_s`` optionally split the tempo for a spoken "up / down" cue.
    """

    kind: ClassVar[str] = "reps"
    sets: int = 3
    reps: int = 10
    reps_max: int | None = None
    tempo_s: float | None = None
    lift_s: float | None = None
    lower_s: float | None = None
    rest_s: int = 30

    def __post_init__(self) -> None:
        check_int("dose.sets", self.sets, 1, MAX_SETS)
        check_int("dose.reps", self.reps, 1, MAX_REPS)
        if self.reps_max is not None:
            check_int("dose.reps_max", self.reps_max, self.reps, MAX_REPS)
        if self.tempo_s is not None:
            check_number("dose.tempo_s", self.tempo_s, 0.5, 60)
        for name in ("lift_s", "lower_s"):
            value = getattr(self, name)
            if value is not None:
                check_number(f"dose.{name}", value, 0.1, 60)
        if (self.lift_s is None) != (self.lower_s is None):
            fail("dose.lift_s", Msg("lift_s and lower_s go together"))
        if self.lift_s is not None and self.lower_s is not None:
            split = float(self.lift_s + self.lower_s)
            if self.tempo_s is None:
                # The derived tempo is written to files, so it must pass its own check.
                check_number("dose.tempo_s", split, 0.5, 60)
                object.__setattr__(self, "tempo_s", split)
            elif abs(self.tempo_s - split) > 1e-6:
                fail("dose.tempo_s", Msg("must equal lift_s + lower_s when both are given"))
        check_int("dose.rest_s", self.rest_s, 0, 3600)

    @property
    def paced(self) -> bool:
        return self.tempo_s is not None

    def describe(self) -> str:
        reps = f"{self.reps}–{self.reps_max}" if self.reps_max else str(self.reps)
        sets, tempo = self.sets, self.tempo_s
        if tempo:
            if sets > 1:
                return Msg(
                    "{sets} × {reps} reps at {tempo:g} s/rep", sets=sets, reps=reps, tempo=tempo
                )
            return Msg("{reps} reps at {tempo:g} s/rep", reps=reps, tempo=tempo)
        if sets > 1:
            return Msg("{sets} × {reps} reps", sets=sets, reps=reps)
        return Msg("{reps} reps", reps=reps)


@dataclass(frozen=True)
class HoldDose:
    """Sets × a hold of ``hold_s`` seconds (stretches, isometrics)."""

    kind: ClassVar[str] = "hold"
    sets: int = 3
    hold_s: int = 30
    rest_s: int = 15

    def __post_init__(self) -> None:
        check_int("dose.sets", self.sets, 1, MAX_SETS)
        check_int("dose.hold_s", self.hold_s, 1, 600)
        check_int("dose.rest_s", self.rest_s, 0, 3600)

    def describe(self) -> str:
        return Msg("{sets} × {hold} s hold", sets=self.sets, hold=self.hold_s)


class OnePass:
    """A dose done once through, so one set and no rest between sets; lets the engine
    and the report treat every dose as sets without asking its kind."""

    @property
    def sets(self) -> int:
        return 1

    @property
    def rest_s(self) -> int:
        return 0


@dataclass(frozen=True)
class TimedDose(OnePass):
    """One stretch of time: foam rolling, icing, cross-training."""

    kind: ClassVar[str] = "timed"
    duration_s: int = 300

    def __post_init__(self) -> None:
        check_int("dose.duration_s", self.duration_s, 1, MAX_SECONDS)

    def describe(self) -> str:
        return _minutes(self.duration_s)


@dataclass(frozen=True)
class IntervalsDose(OnePass):
    """``repeats`` of work then recover; the recover after the last work is left out.

    So walk/run is ``repeats=8, work=60, recover=120`` and ice 10 on/10 off/10 on is
    ``repeats=2, work=600, recover=600``.
    """

    kind: ClassVar[str] = "intervals"
    repeats: int = 5
    work_s: int = 60
    recover_s: int = 60
    work_label: str = "Work"
    recover_label: str = "Recover"

    def __post_init__(self) -> None:
        check_int("dose.repeats", self.repeats, 1, 100)
        check_int("dose.work_s", self.work_s, 1, MAX_SECONDS)
        check_int("dose.recover_s", self.recover_s, 0, MAX_SECONDS)
        check_text("dose.work_label", self.work_label, max_len=40, required=True)
        check_text("dose.recover_label", self.recover_label, max_len=40, required=True)

    def describe(self) -> str:
        return Msg(
            "{repeats} × {work} {work_label} / {recover} {recover_label}",
            repeats=self.repeats,
            work=_minutes(self.work_s),
            work_label=self.work_label.lower(),  # the routine's own words
            recover=_minutes(self.recover_s),
            recover_label=self.recover_label.lower(),
        )


Dose = RepsDose | HoldDose | TimedDose | IntervalsDose
DOSE_KINDS: dict[str, type[Any]] = {
    cls.kind: cls for cls in (RepsDose, HoldDose, TimedDose, IntervalsDose)
}


def _minutes(seconds: int) -> str:
    if seconds % 60 == 0:
        return Msg("{minutes} min", minutes=seconds // 60)
    if seconds > 60:
        return Msg("{minutes} min {seconds} s", minutes=seconds // 60, seconds=seconds % 60)
    return Msg("{seconds} s", seconds=seconds)


def dose_to_dict(dose: Dose) -> dict[str, Any]:
    data = {k: v for k, v in asdict(dose).items() if v is not None}
    return {"kind": dose.kind, **data}


def dose_from_dict(data: Any) -> Dose:
    if not isinstance(data, dict):
        fail("dose", Msg("must be an object"))
    kind = data.get("kind")
    cls = DOSE_KINDS.get(kind) if isinstance(kind, str) else None
    if cls is None:
        fail(
            "dose.kind",
            Msg(
                "must be one of {choices}, got {value}",
                choices=", ".join(DOSE_KINDS),
                value=repr(kind),
            ),
        )
    fields = {k: v for k, v in data.items() if k != "kind"}
    allowed = set(cls.__dataclass_fields__)
    unknown = sorted(set(fields) - allowed)
    if unknown:
        fail(f"dose.{unknown[0]}", Msg("is not a field of a {kind} dose", kind=kind))
    return cls(**fields)
