"""Dates and times as the person's language writes them (QLocale), not as Python's C
locale does: "Montag, 30. November" in German, "Monday 30 November" in English.

The default QLocale is the system's, or the language chosen in Settings
(:func:`coach.ui.i18n.install`)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime


def _qdate(day: date | datetime) -> QDate:
    return QDate(day.year, day.month, day.day)


def _german(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.German


def weekday_day_month(day: date | datetime) -> str:
    """``Monday 30 November`` / ``Montag, 30. November``."""
    locale = QLocale()
    pattern = "dddd, d. MMMM" if _german(locale) else "dddd d MMMM"
    return locale.toString(_qdate(day), pattern)


def full_date(day: date | datetime) -> str:
    """``Monday 30 November 2026`` / ``Montag, 30. November 2026``."""
    locale = QLocale()
    pattern = "dddd, d. MMMM yyyy" if _german(locale) else "dddd d MMMM yyyy"
    return locale.toString(_qdate(day), pattern)


def short_day(day: date | datetime) -> str:
    """``Sun 29 Nov`` / ``So., 29. Nov.``."""
    locale = QLocale()
    pattern = "ddd, d. MMM" if _german(locale) else "ddd dd MMM"
    return locale.toString(_qdate(day), pattern)


def day_month(day: date | datetime) -> str:
    """``16 Nov`` / ``16. Nov.`` (week starts in a list)."""
    locale = QLocale()
    return locale.toString(_qdate(day), "dd. MMM" if _german(locale) else "dd MMM")


def clock(moment: datetime) -> str:
    """``09:05`` (24-hour in both languages)."""
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def edit_format(with_time: bool = False) -> str:
    """The display format of a date field: ``07.12.2026`` in German, ``7 Dec 2026`` in
    English (a month name, so 7/12 and 12/7 cannot be mixed up), with ``HH:mm`` after it
    when the field holds a time too. ISO's 2026-12-07 read as a programmer's date."""
    day = "dd.MM.yyyy" if _german(QLocale()) else "d MMM yyyy"
    return day + " HH:mm" if with_time else day
