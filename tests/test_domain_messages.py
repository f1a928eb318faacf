"""What the domain says to people: English for the command line and the tests, German
(or any catalogue's language) in the app, without Qt in coach/domain.

A :class:`Msg` is its English text; the app translates its template through
``coach.ui.i18n.text``. lupdate learns the templates from the generated
``coach/ui/domain_strings.py``, which must list every one."""

from __future__ import annotations

import copy
import json
import pickle
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from helpers import gui
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from coach.domain.clock import FakeClock
from coach.domain.dose import HoldDose, IntervalsDose, RepsDose, TimedDose
from coach.domain.exercise import ExerciseSlot
from coach.domain.library import builtin_routines
from coach.domain.message import Msg, join
from coach.domain.pain import Context, PainEntry
from coach.domain.pain.light import traffic_light
from coach.domain.pain.summary import trend_summary
from coach.domain.record import EndReason
from coach.domain.session.engine import SessionEngine
from coach.domain.session.view import end_message
from coach.domain.validation import problem_parts
from coach.ui import i18n

store, hub = gui.store, gui.hub

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "i18n" / "rehab_coach_de.ts"
GENERATOR = ROOT / "i18n" / "gen_domain_strings.py"


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


# -- the catalogue knows every template ------------------------------------------------


def test_every_domain_template_is_listed_for_lupdate():
    done = subprocess.run(
        [sys.executable, str(GENERATOR), "--check"], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_domain_template_has_german_with_the_same_fields():
    sys.path.insert(0, str(GENERATOR.parent))
    try:
        from gen_domain_strings import templates
    finally:
        sys.path.pop(0)
    found, not_literal = templates()
    assert not_literal == []
    german = {
        m.findtext("source"): m.findtext("translation")
        for ctx in ET.parse(TS).getroot().iter("context")
        if ctx.findtext("name") == "domain"
        for m in ctx.iter("message")
    }
    assert set(found) <= set(german), set(found) - set(german)
    wrong = [t for t in found if fields(t) != fields(german[t] or "")]
    assert wrong == []


# -- a Msg is its English ------------------------------------------------------------------


@given(st.text(max_size=30), st.integers(-5, 500))
def test_a_message_reads_as_its_english_and_survives_copies(name, n):
    msg = Msg("Next: set {n} of {name}", n=n, name=name)
    assert msg == f"Next: set {n} of {name}"
    assert json.loads(json.dumps({"m": msg})) == {"m": str(msg)}
    for again in (copy.deepcopy(msg), pickle.loads(pickle.dumps(msg))):
        assert again == msg and again.template == msg.template and again.args == msg.args


def test_joined_and_capitalised_messages_keep_their_parts():
    joined = join([Msg("today"), Msg("yesterday")]).capitalized()
    assert joined == "Today; yesterday"
    assert joined.template == "{first}; {rest}" and joined.capital
    assert pickle.loads(pickle.dumps(joined)) == "Today; yesterday"
    assert join([]) == ""
    assert Msg("on {day}", day=date(2026, 11, 18)) == "on Wed 18 Nov"


# -- the English stays as it was (the command line's words) ----------------------------


def test_the_domains_english_is_unchanged():
    assert RepsDose(sets=3, reps=12, tempo_s=2.5).describe() == "3 × 12 reps at 2.5 s/rep"
    assert HoldDose(sets=3, hold_s=30).describe() == "3 × 30 s hold"
    assert TimedDose(duration_s=330).describe() == "5 min 30 s"
    walk = IntervalsDose(8, 60, 120, work_label="Run", recover_label="Walk")
    assert walk.describe() == "8 × 1 min run / 2 min walk"
    assert end_message(EndReason.STOPPED_NO_TIME) == "Session stopped — out of time"


# -- in German ------------------------------------------------------------------------------


@pytest.fixture
def german(qapp):
    before = QLocale()
    assert i18n.install("de") == "de"
    yield
    i18n.install("en")
    QLocale.setDefault(before)


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


def test_the_pain_light_reads_in_german_with_german_numbers_and_dates(german):
    on = date(2026, 11, 18)
    entries = [
        PainEntry(score=2, at=_at(on - timedelta(days=10), 8), context=Context.REST),
        PainEntry(score=3, at=_at(on - timedelta(days=9), 8), context=Context.REST),
        PainEntry(score=6, at=_at(on - timedelta(days=3), 18), context=Context.AFTER),
    ]
    light = traffic_light(entries, [], on)
    assert light.reason == "Pain 6 after exercise on Sun 15 Nov, acceptable 5"  # the CLI's
    assert i18n.text(light.reason) == "Schmerz 6 nach den Übungen am So., 15. Nov., akzeptabel 5"
    assert i18n.text(light.advice).startswith("Behalten Sie die Dosis bei")
    summary = trend_summary(entries, on - timedelta(days=3))
    assert i18n.text(summary.text) == "7-Tage-Mittel 4,5"  # (3 + 6) / 2, a decimal comma


def test_the_players_words_from_the_engine_read_in_german(german):
    routine = next(r for r in builtin_routines() if any(s.exercise.per_side for s in r.slots))
    engine = SessionEngine(routine, FakeClock())
    shown = set()
    for _ in range(40):
        view = engine.view()
        shown.add(i18n.text(view.instruction))
        shown.add(i18n.text(view.next_label))
        engine.next()
    words = " ".join(shown)
    assert "Als Nächstes:" in words and "Next:" not in words
    assert "linke Seite" in words or "rechte Seite" in words
    assert not re.search(r"\b(left|right) side\b", words)
    assert i18n.text(end_message(EndReason.COMPLETED)) == "Programm abgeschlossen — gut gemacht"
    assert i18n.text(RepsDose(sets=2, reps=10, tempo_s=2.5).describe()) == "2 × 10 Wdh. à 2,5 s"


def test_a_translation_that_does_not_fit_its_fields_falls_back_to_english(german, monkeypatch):
    from PySide6.QtCore import QCoreApplication

    monkeypatch.setattr(QCoreApplication, "translate", staticmethod(lambda c, t, *a: "{nope}"))
    assert i18n.text(Msg("Next: {name}", name="Clam shell")) == "Next: Clam shell"
    assert i18n.text("Clam shell") == "Clam shell"  # typed text is never looked up


def test_replace_keeps_a_message_in_a_dataclass():
    view = SessionEngine(builtin_routines()[0], FakeClock()).view()
    assert isinstance(replace(view).next_label, Msg)


# -- validation messages -------------------------------------------------------------------


def test_a_validation_error_reads_as_before_and_its_message_translates(german):
    with pytest.raises(ValueError) as info:
        RepsDose(sets=0)
    assert str(info.value) == "dose.sets: must be between 1 and 20, got 0"
    field, message = problem_parts(info.value)
    assert field == "dose.sets"
    assert i18n.text(message) == "muss zwischen 1 und 20 liegen, nicht 0"
    slot = {"exercise": builtin_routines()[0].slots[0].exercise.to_dict()}
    with pytest.raises(ValueError) as info:  # named from outside, still translatable
        ExerciseSlot.from_dict({**slot, "dose_override": {"kind": "hold", "hold_s": 0}})
    assert problem_parts(info.value)[0] == "dose_override.hold_s"
    assert i18n.text(problem_parts(info.value)[1]).startswith("muss zwischen 1 und 600")


def test_the_pain_rules_page_names_a_misfit_in_german(qtbot, german, hub):
    from coach.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(hub, speech_engines=("no-such-engine",))
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.show_page("pain-rules")
    page.form.spins["acceptable"].setValue(7)  # not below the stop level 7: refused
    assert page.problem.isVisible()
    assert "muss über der akzeptablen Grenze liegen" in page.problem.text()
    assert "must" not in page.problem.text()
    dialog.close()
