"""Numbers in the Running view as the person's language writes them: ``7,0`` and
``110 %`` in German, ``7.0`` and ``110%`` in English (QLocale, the language chosen in
Settings or the system's), never Python's C-locale ``f"{x:.1f}"``."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def number(value: float, decimals: int = 1) -> str:
    """``7.0`` / ``7,0``; whole numbers with ``decimals=0``."""
    return QLocale().toString(float(value), "f", decimals)


def percent(ratio: float) -> str:
    """A ratio as a whole percent: ``110%`` / ``110 %`` (German puts a space before it)."""
    whole = QLocale().toString(round(ratio * 100))
    if QLocale().language() == QLocale.Language.German:
        return f"{whole}\u00a0%"
    return f"{whole}%"
