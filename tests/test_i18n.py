"""German: the catalogue is complete and compiled, and the app speaks it when chosen."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers import gui
from PySide6.QtCore import QCoreApplication, QLocale

from coach.ui import i18n

ROOT = Path(__file__).resolve().parent.parent
store, hub = gui.store, gui.hub
TS = ROOT / "i18n" / "rehab_coach_de.ts"
QM = ROOT / "assets" / "translations" / "rehab_coach_de.qm"


def _messages():
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


def test_the_german_catalogue_has_no_unfinished_entries():
    unfinished = [
        (ctx, m.findtext("source"))
        for ctx, m in _messages()
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
        or not (m.findtext("translation") or "").strip()
    ]
    assert unfinished == []


def test_translations_keep_every_placeholder_and_one_shortcut_letter():
    wrong = []
    for ctx, m in _messages():
        source, target = m.findtext("source"), m.findtext("translation") or ""
        if sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", target)):
            wrong.append((ctx, source, target))
        if source.count("&") != target.count("&"):
            wrong.append((ctx, source, target))
    assert wrong == []


def test_the_compiled_catalogue_matches_the_ts_file(tmp_path):
    """`make qm` was run after the last change to the .ts (the .qm ships in the bundle)."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    fresh = tmp_path / "de.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(fresh)], check=True, timeout=60)
    assert QM.read_bytes() == fresh.read_bytes()


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        ("system", "de_DE", "de"),
        ("system", "de_AT", "de"),
        ("system", "fr_FR", "en"),
        ("en", "de_DE", "en"),
        ("de", "en_US", "de"),
    ],
)
def test_the_language_follows_the_choice_or_the_system(choice, system, expected):
    assert i18n.language_for(choice, QLocale(system)) == expected


@pytest.fixture
def german(qapp):
    before = QLocale()
    assert i18n.install("de") == "de"
    yield
    i18n.install("en")
    QLocale.setDefault(before)


def test_in_german_the_menus_views_and_qt_buttons_speak_german(qtbot, german, hub):
    from PySide6.QtWidgets import QDialogButtonBox

    from coach.ui.main_window import MainWindow

    window = MainWindow(hub)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    titles = [m.title() for m in window.menus.menus.values()]
    assert titles == ["&Datei", "&Ansicht", "&Hilfe"]
    assert window.settings_action.text() == "&Einstellungen…"
    assert window.nav_buttons["progress"].text() == "Verlauf"
    assert window.today.start_buttons  # "Start" is the same word: it must not go blank
    assert all(b.text() == "Start" for b in window.today.start_buttons.values())
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own catalogue
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert QCoreApplication.translate("Player", "Left side") == "Linke Seite"


def test_dates_and_the_guide_follow_the_language(qtbot, german):
    from datetime import date

    from coach.ui import dates
    from coach.ui.help_windows import GuideWindow

    assert dates.weekday_day_month(date(2026, 11, 30)) == "Montag, 30. November"
    assert dates.full_date(date(2026, 11, 30)) == "Montag, 30. November 2026"
    guide = GuideWindow()
    qtbot.addWidget(guide)
    assert "Anleitung" in guide.browser.toPlainText()


def test_english_dates_read_as_before(qapp):
    from datetime import date

    from coach.ui import dates

    before = QLocale()
    QLocale.setDefault(QLocale("en_GB"))
    try:
        assert dates.weekday_day_month(date(2026, 11, 18)) == "Wednesday 18 November"
        assert dates.day_month(date(2026, 11, 16)) == "16 Nov"
    finally:
        QLocale.setDefault(before)


def test_the_bundle_keeps_our_catalogue_licences_and_guide():
    """The spec drops Qt's unused catalogues by path: our own files must pass the filter
    (a first pattern also dropped assets/translations, so the bundle spoke English)."""
    import ast

    spec = (ROOT / "build_scripts" / "rehab-coach.spec").read_text(encoding="utf-8")
    tree = ast.parse(spec)
    patterns = next(
        ast.literal_eval(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Assign)
        and any(getattr(t, "id", None) == "DROP_PATTERNS" for t in node.targets)
    )
    drop = re.compile("|".join(patterns))
    for kept in (
        "assets/translations/rehab_coach_de.qm",
        "assets/licenses/LGPL-3.0.txt",
        "assets/licenses/NOTICE.txt",
        "docs/USER_GUIDE.de.md",
        "PySide6/Qt/translations/qtbase_de.qm",
    ):
        assert not drop.search(kept), kept
    assert drop.search("PySide6/Qt/translations/qtwebengine_de.qm")
    assert '"USER_GUIDE*.md"' in spec and '"LICENSE"' in spec
