"""Sentences the domain says to people, in English and translatable, without Qt.

A :class:`Msg` *is* its English text (a ``str``), so the command line, JSON output and
every test that compares strings see exactly what they saw before. It also remembers its
template and fields: the app translates the template (``QCoreApplication.translate(
"domain", template)`` in :func:`coach.ui.i18n.text`) and fills the fields again, in the
person's language, with numbers and dates in their locale. A field may itself be a
:class:`Msg` (``"left side"``), translated the same way; plain strings (an exercise's
name, a note someone typed) are filled in as they are.

Templates use :meth:`str.format` fields by name (``"Next: set {n} of {count}"``); a
float field may carry a precision (``{mean:.1f}``). Write the template as a literal in
the call, ``Msg("...", name=value)``: ``i18n/domain_strings.py`` collects every such
literal for ``pyside6-lupdate`` (which cannot see a call with keyword arguments), and
``tests/test_i18n.py`` fails when one is missing there.

String methods on a :class:`Msg` (``+``, ``.upper()``, slicing) give plain English
``str`` back: build sentences with templates, :func:`join` and :meth:`Msg.capitalized`
instead, or the app shows that piece in English.
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from datetime import date
from typing import Any

CONTEXT = "domain"  # the translation context of every template


class Msg(str):
    """English text that keeps its template and fields (see the module's docstring)."""

    template: str
    args: tuple[tuple[str, Any], ...]
    capital: bool

    def __new__(cls, template: str, /, **args: Any) -> Msg:
        obj = super().__new__(cls, _ENGLISH.format(template, **args))
        obj.template = template
        obj.args = tuple(args.items())
        obj.capital = False
        return obj

    def fields(self) -> dict[str, Any]:
        return dict(self.args)

    def capitalized(self) -> Msg:
        """The same message with its first letter upper-case (in every language)."""
        out = _recast(self, str(self)[:1].upper() + str(self)[1:])
        out.capital = True
        return out

    def __repr__(self) -> str:
        return f"Msg({str(self)!r})"

    def __reduce__(self):  # pickle / deepcopy keep the template, not just the text
        return (_rebuild, (self.template, self.args, self.capital))


def _rebuild(template: str, args: tuple[tuple[str, Any], ...], capital: bool) -> Msg:
    out = Msg(template, **dict(args))
    return out.capitalized() if capital else out


def _recast(msg: Msg, text: str) -> Msg:
    """``msg`` with its English text replaced (a str's value is fixed at creation)."""
    out = str.__new__(Msg, text)
    out.template, out.args, out.capital = msg.template, msg.args, msg.capital
    return out


def join(parts: Iterable[str], separator: str = "; ") -> str:
    """``a; b; c`` as one message whose parts stay translatable (``"; "``, ``", "`` or
    ``" · "``; each its own literal template, so lupdate sees it)."""
    items = list(parts)
    if not items:
        return ""
    out = items[-1]
    for part in reversed(items[:-1]):
        if separator == ", ":
            out = Msg("{first}, {rest}", first=part, rest=out)
        elif separator == " · ":
            out = Msg("{first} · {rest}", first=part, rest=out)
        elif separator == "; ":
            out = Msg("{first}; {rest}", first=part, rest=out)
        else:
            raise ValueError(f"no template joins with {separator!r}")
    return out


def english_date(day: date) -> str:
    """``Wed 18 Nov``: how a date field reads in English (the app uses the locale's)."""
    return f"{day:%a} {day.day} {day:%b}"


class _English(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, date) and not format_spec:
            return english_date(value)
        return super().format_field(value, format_spec)


_ENGLISH = _English()


def to_data(text: str) -> Any:
    """A message as JSON-ready data (template and fields, nested messages and dates
    too), so a sentence kept in the store can be shown in the person's language later;
    a plain string, or a field of another kind, stays a plain string."""
    if not isinstance(text, Msg):
        return str(text)
    fields: dict[str, Any] = {}
    for key, value in text.args:
        if isinstance(value, Msg):
            fields[key] = {"msg": to_data(value)}
        elif isinstance(value, date):
            fields[key] = {"date": value.isoformat()}
        elif isinstance(value, bool) or not isinstance(value, str | int | float):
            return str(text)
        else:
            fields[key] = value
    return {"template": text.template, "fields": fields, "capital": text.capital}


def from_data(data: Any, english: str, depth: int = 0) -> str:
    """The message :func:`to_data` kept, if it still reads as ``english`` (the stored
    English text); otherwise ``english`` itself, so damaged or foreign data can never
    change what is shown."""
    try:
        out = _from_data(data, depth)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError):
        return english
    return out if isinstance(out, Msg) and str(out) == english else english


def _from_data(data: Any, depth: int) -> Any:
    if isinstance(data, str):
        return data
    if depth > 8 or not isinstance(data, dict) or not isinstance(data.get("template"), str):
        raise ValueError("not a message")
    fields = {}
    for key, value in dict(data.get("fields") or {}).items():
        if isinstance(value, dict) and "msg" in value:
            fields[str(key)] = _from_data(value["msg"], depth + 1)
        elif isinstance(value, dict) and "date" in value:
            fields[str(key)] = date.fromisoformat(str(value["date"]))
        elif isinstance(value, bool) or not isinstance(value, str | int | float):
            raise ValueError("not a field")
        else:
            fields[str(key)] = value
    out = Msg(str(data["template"]), **fields)
    return out.capitalized() if data.get("capital") else out
