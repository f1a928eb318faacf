"""Print sheet… from the Routines view and from the editor, driven through the buttons:
the PDF lands where chosen with the exercises on it, the data folder is refused, and the
saved box opens the file or its folder."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from helpers import gui
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog

from coach.ui.routine_editor.printing import SheetSaved

store, hub, window = gui.store, gui.hub, gui.window
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def text_of(path) -> str:
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True)
    return " ".join(unicodedata.normalize("NFKC", out.stdout).split())


def routines_view(qtbot, window):
    qtbot.mouseClick(window.nav_buttons["routines"], Qt.MouseButton.LeftButton)
    view = window.routines
    view.list.setCurrentRow(0)
    return view


def choose(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_print_sheet_from_the_routines_view_then_open_and_show_folder(
    qtbot, window, monkeypatch, tmp_path
):
    view = routines_view(qtbot, window)
    target = tmp_path / "out" / "floor"  # no .pdf typed: it is added
    target.parent.mkdir()
    choose(monkeypatch, target)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    qtbot.mouseClick(view.sheet_button, Qt.MouseButton.LeftButton)
    pdf = target.with_name("floor.pdf")
    assert pdf.exists()
    text = text_of(pdf)
    assert "IT-band strength" in text and "Side leg raise" in text and "30 reps per side" in text
    assert [p.name for p in pdf.parent.iterdir()] == ["floor.pdf"]
    box = view.findChild(SheetSaved)
    qtbot.waitExposed(box)
    qtbot.mouseClick(box.folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(pdf.parent)]
    view.print_sheet()
    box = [b for b in view.findChildren(SheetSaved) if b.isVisible()][-1]
    qtbot.mouseClick(box.open_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == str(pdf)


def test_the_data_folder_is_refused_and_nothing_written(qtbot, window, store, monkeypatch):
    from helpers.cli import folder_digest

    view = routines_view(qtbot, window)
    before = folder_digest(store.data_dir)
    choose(monkeypatch, store.data_dir / "sheet.pdf")
    errors = []
    window.hub.error.connect(errors.append)
    qtbot.mouseClick(view.sheet_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1 and "inside the data folder" in errors[0]
    assert folder_digest(store.data_dir) == before
    assert view.findChild(SheetSaved) is None


def test_the_editor_prints_its_unsaved_form_as_such(qtbot, window, monkeypatch, tmp_path):
    view = routines_view(qtbot, window)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)  # duplicate to edit
    editor = view.editor
    qtbot.waitExposed(editor)
    editor.ex_name.selectAll()
    qtbot.keyClicks(editor.ex_name, "Side leg lift")
    target = tmp_path / "draft.pdf"
    choose(monkeypatch, target)
    qtbot.mouseClick(editor.sheet_button, Qt.MouseButton.LeftButton)
    text = text_of(target)
    assert "Side leg lift" in text and "Unsaved changes" in text
    assert "Saved the sheet" in editor.status.text()
    editor.ex_name.selectAll()
    qtbot.keyClicks(editor.ex_name, " ")  # a blank name: nothing valid to print
    assert not editor.sheet_button.isEnabled()
    editor.confirm_on_close = False
    editor.close()
