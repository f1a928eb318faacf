"""The physio report: every figure the PDF prints, computed here and nowhere else.

``build_report`` turns records into a :class:`Report` of plain dataclasses; the Qt
renderer in :mod:`coach.render` only lays them out. Figures that belong to another
subject (adherence, the traffic light, session counts) come through :mod:`.sources`.
"""

from .build import ReportRequest, build_report
from .model import (
    AdherenceSection,
    DoseChange,
    ExerciseDose,
    PainChange,
    PainLine,
    PainSection,
    Report,
    ReportHeader,
    RoutineAdherence,
    SessionLine,
    SideDose,
)

__all__ = [
    "AdherenceSection",
    "DoseChange",
    "ExerciseDose",
    "PainChange",
    "PainLine",
    "PainSection",
    "Report",
    "ReportHeader",
    "ReportRequest",
    "RoutineAdherence",
    "SessionLine",
    "SideDose",
    "build_report",
]
