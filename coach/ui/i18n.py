"""Loading the translations: the app's own catalogue and Qt's, for the chosen language.

The workflow (Qt Linguist): ``make i18n`` runs ``pyside6-lupdate`` over ``coach/`` into
``i18n/rehab_coach_<lang>.ts`` (translated there, by hand or in Linguist), then
``pyside6-lrelease`` into ``assets/translations/rehab_coach_<lang>.qm``, which ships in
the bundle with the rest of ``assets/``. Qt's own ``qtbase_<lang>.qm`` (the standard
buttons, file dialogs) comes from the Qt installation, or from ``assets/translations``
when a bundle has it there.

The language is the Settings choice (``appearance/language``) or, by default, the
system's. It is read once at start-up: windows are built in that language.

Contexts: ``self.tr`` in a class looks up the class's name; strings lupdate finds outside
a class (``tr = QCoreApplication.translate`` helpers, aliases such as ``tr = self.tr``)
are in the empty context, so :class:`Catalogue` looks there when the class has none.
What the domain says (engine instructions, the pain light, doses, end messages) arrives
as :class:`~coach.domain.message.Msg` values; :func:`text` shows them in the language,
from the ``domain`` context, whose templates ``i18n/domain_strings.py`` lists for lupdate.
"""

from __future__ import annotations

import logging
import re
import string
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from coach.domain.message import CONTEXT as DOMAIN
from coach.domain.message import Msg
from coach.resources import asset_path

log = logging.getLogger(__name__)
LANGUAGES = ("de",)  # besides English, the source language
CATALOGUE = "rehab_coach"


# a space before a percent sign that is not a placeholder ("%1", "%n"): German writes
# "4 %", and a line may not break there
_LOOSE_PERCENT = re.compile(r" %(?![0-9A-Za-z{])")


class Catalogue(QTranslator):
    """The app's catalogue, with a fallback to the context-free strings."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:  # Qt override
        found = super().translate(context, source, disambiguation, n)
        if not found and context:
            found = super().translate("", source, disambiguation, n)
        if found:  # "(4 %)" must not break before its percent sign (it did on Today)
            found = _LOOSE_PERCENT.sub("\u00a0%", found)
        # None is Qt's "not here" (a null string): an empty string would be taken as
        # the translation and blank the text instead of falling back to the English
        return found or None


def language_for(choice: str, locale: QLocale | None = None) -> str:
    """``en`` or one of :data:`LANGUAGES`: the Settings choice, or the system's language."""
    if choice in ("en", *LANGUAGES):
        return choice
    name = (locale or QLocale.system()).name().split("_")[0]
    return name if name in LANGUAGES else "en"


_installed: list[QTranslator] = []
current = "en"  # the language installed last (the user guide picks its file by it)


def install(choice: str) -> str:
    """Install the translators for ``choice`` (system/en/de); returns the language used."""
    app = QCoreApplication.instance()
    assert app is not None
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    global current
    language = current = language_for(choice)
    if choice != "system":  # dates and numbers follow a language chosen in Settings
        QLocale.setDefault(QLocale(language))
    if language == "en":
        return language
    folder = asset_path("translations")
    own = Catalogue(app)
    if own.load(f"{CATALOGUE}_{language}", str(folder)):
        _installed.append(own)
    else:
        log.warning("no %s catalogue in %s", language, folder)
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_folder) or qt.load(f"qtbase_{language}", str(folder)):
        _installed.append(qt)
    for translator in _installed:
        app.installTranslator(translator)
    return language


# -- the domain's messages -------------------------------------------------------------


class _Localised(string.Formatter):
    """Fills a translated template: messages translated too, numbers and dates in the
    locale (``3,5`` in German), everything else as it is."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Msg):
            return text(value)
        if isinstance(value, date) and not format_spec:
            from coach.ui.dates import short_day

            return short_day(value)
        if isinstance(value, float):
            point = QLocale().decimalPoint()
            return format(value, format_spec).replace(".", point)
        return super().format_field(value, format_spec)


_LOCALISED = _Localised()


def text(value: object) -> str:
    """What the domain said (a :class:`~coach.domain.message.Msg`) in the app's language.

    The template is looked up in the ``domain`` context; a plain string (a name someone
    typed) is returned as it is. A translation whose fields do not match the English
    template falls back to the English sentence rather than failing in front of a person.
    """
    if not isinstance(value, Msg):
        return "" if value is None else str(value)
    template = QCoreApplication.translate(DOMAIN, value.template)
    try:
        out = _LOCALISED.format(template, **value.fields())
    except (KeyError, IndexError, ValueError):
        log.warning("translation of %r does not fit its fields", value.template)
        out = str(value)
    return out[:1].upper() + out[1:] if value.capital else out
