"""No UI text is looked up through a variable. ``self.tr(label)`` or
``QCoreApplication.translate(ctx, text)`` with a name instead of a literal is invisible to
lupdate: unless the string is marked where it is written (``QT_TRANSLATE_NOOP`` in the
same context), the German catalogue never gets it and the person sees English. The range
presets on Progress and the report's period list were such lookups. Each place that
translates a variable on purpose is listed below with what makes its strings visible;
a new one fails here until it is marked and listed, or written as a literal call.
Reads the source (no Qt needed)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("coach/ui", "coach/render")
# Which argument is the text: tr(text), translate(context, text).
TEXT_ARG = {"tr": 0, "translate": 1}

# file:function:argument → why its strings reach the catalogue.
ALLOWED = {
    # the translation machinery itself and the one-line ``tr`` helpers lupdate reads
    # at their call sites (``tr("...")`` in the module)
    "coach/ui/i18n.py:Catalogue.translate:source": "the translator's own fallback",
    "coach/ui/i18n.py:text:value.template": "domain templates, listed in domain_strings.py",
    "coach/ui/plan/schedule_dialog.py:tr:text": "helper; lupdate reads tr('...') calls",
    "coach/ui/player/announce.py:tr:text": "helper",
    "coach/ui/player/resume.py:describe.tr:text": "helper",
    "coach/ui/routine_editor/importing.py:tr:text": "helper",
    "coach/ui/routine_editor/printing.py:tr:text": "helper",
    "coach/ui/running/dialogs.py:tr:text": "helper",
    "coach/ui/running/importing.py:tr:text": "helper",
    "coach/ui/session_detail.py:tr:text": "helper",
    # tables marked with QT_TRANSLATE_NOOP in the context they are looked up in
    "coach/ui/calendar_view.py:CalendarView._status_text:STATUS_TEXT[entry.status]": "NOOP",
    "coach/ui/pain/diary.py:EntryModel.headerData:self.HEADERS[section]": "NOOP",
    "coach/ui/pain/diary.py:DiaryDialog.__init__:label": "SPANS, NOOP",
    "coach/ui/pain_chart.py:PainChart.__init__:label": "CONTEXT_STYLE, NOOP",
    "coach/ui/plan/plan_dialog.py:SetUpPlanDialog.__init__:AS_NEEDED_NOTE": "NOOP",
    "coach/ui/plan/plan_dialog.py:PlanDialog.__init__:AS_NEEDED_NOTE": "NOOP",
    "coach/ui/progress_view.py:ProgressView.__init__:label": "PRESETS and DAILY, NOOP",
    "coach/ui/report_dialog.py:ReportDialog.__init__:label": "PRESETS, NOOP",
    "coach/ui/routine_editor/history_tab.py:HistoryTab.refresh:"
    "SOURCE_WORDS[version.source]": "NOOP",
    "coach/ui/routine_editor/importing.py:choose_file:FILE_FILTER": "NOOP",
    "coach/ui/routines_view.py:RoutinesView.__init__:c": "COLUMNS, NOOP",
    "coach/ui/running/chart.py:RunChart.__init__:label": "NOOP",
    "coach/ui/running/view.py:RunningView._plan_page:label": "NOOP",
    "coach/ui/settings_dialog.py:SettingsDialog.__init__:page.title": "register_page, NOOP",
    "coach/ui/settings_pages.py:PainRulesPage.__init__:SOURCES": "NOOP",
    "coach/ui/player/controls.py:key_word:key": "key names, NOOP in player/keys.py",
    "coach/ui/shortcuts_window.py:shortcut_rows:keys": "KEY_HELP in player/keys.py, NOOP",
    "coach/ui/shortcuts_window.py:shortcut_rows:what": "KEY_HELP, NOOP",
    "coach/ui/running/view.py:RunningView.import_files:FILE_FILTER": "NOOP in running/importing.py",
}


def variable_lookups(source: str, where: str) -> list[str]:
    """``where:function:argument`` for every tr/translate call whose text is not a
    string literal."""
    found: list[str] = []

    def visit(node: ast.AST, scope: list[str]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                visit(child, [*scope, child.name])
                continue
            if isinstance(child, ast.Call):
                func = child.func
                name = (
                    func.attr
                    if isinstance(func, ast.Attribute)
                    else func.id
                    if isinstance(func, ast.Name)
                    else None
                )
                index = TEXT_ARG.get(name or "")
                if index is not None and len(child.args) > index:
                    arg = child.args[index]
                    if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)):
                        found.append(f"{where}:{'.'.join(scope)}:{ast.unparse(arg)}")
            visit(child, scope)

    visit(ast.parse(source), [])
    return found


def test_no_ui_text_is_looked_up_through_a_variable():
    found = [
        hit
        for folder in SCANNED
        for path in sorted((ROOT / folder).rglob("*.py"))
        for hit in variable_lookups(
            path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix()
        )
    ]
    assert [hit for hit in found if hit not in ALLOWED] == []
    assert sorted(set(ALLOWED) - set(found)) == []  # a fixed place leaves the list


def test_the_check_sees_names_attributes_and_fstrings_but_not_literals():
    source = (
        "class V:\n"
        "    def f(self, label):\n"
        "        self.tr(label)\n"
        "        self.tr('Fine')\n"
        "        QCoreApplication.translate('V', TEXT)\n"
        "        QCoreApplication.translate('V', 'Fine too')\n"
        "        tr(f'{label} x')\n"
    )
    assert variable_lookups(source, "v.py") == [
        "v.py:V.f:label",
        "v.py:V.f:TEXT",
        "v.py:V.f:f'{label} x'",
    ]
