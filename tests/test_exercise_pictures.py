"""Exercise pictures: which references and files are taken, where they are kept, what a
routine file may carry, and where a person sees them (editor, Routines table, player,
sheet)."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import zlib
from dataclasses import replace

import pytest
from helpers import gui
from helpers.cli import REPO, folder_digest, run
from helpers.player import begin, make_rig, short_routine
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from coach.domain.exercise import Exercise
from coach.domain.library import (
    RoutineFileError,
    builtin_routines,
    dump_routine_file,
    load_routine_file,
    without_own_pictures,
)
from coach.domain.routines.pictures import (
    MAX_BYTES,
    image_problem,
    reference_problem,
    sniff,
    stored_name,
)
from coach.store import Store

store, hub, window = gui.store, gui.hub, gui.window


def png(width: int = 4, height: int = 3) -> bytes:
    """A real, small PNG (grey pixels) built by hand, so the domain tests need no Qt."""
    raw = b"".join(b"\x00" + b"\x80" * width * 3 for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def jpeg_header(width: int, height: int) -> bytes:
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00" + b"\x00" * 9 + sof


# -- the rules (domain) ---------------------------------------------------------------


def test_references_are_a_shipped_name_or_a_hash_never_a_path():
    assert reference_problem("") is None
    assert reference_problem("asset:clam-shell.svg") is None
    assert reference_problem("a" * 64 + ".png") is None
    for bad in ("../../etc/passwd", "/home/x/p.png", "asset:../x.svg", "asset:X.svg",
                "a" * 63 + ".png", "a" * 64 + ".gif", "C:\\p.png", "asset:a.svg\n"):  # fmt: skip
        assert reference_problem(bad), bad
    with pytest.raises(ValueError, match=r"exercise\.picture"):
        Exercise.from_dict({**builtin_routines()[0].slots[0].exercise.to_dict(), "picture": "/p"})


def test_an_exercise_without_a_picture_keeps_its_old_dict_and_snapshot():
    """Sessions find their routine version by a hash of the routine's dict: an empty
    picture must not appear in it, or every old session would lose its version."""
    stretch = next(r for r in builtin_routines() if r.id == "it-band-stretch")
    assert all("picture" not in s.exercise.to_dict() for s in stretch.slots)
    strength = builtin_routines()[0]
    assert strength.slots[0].exercise.to_dict()["picture"] == "asset:side-leg-raise.svg"


def test_only_small_png_and_jpeg_files_are_taken():
    assert sniff(png(4, 3)) == ("png", 4, 3)
    assert sniff(jpeg_header(640, 480)) == ("jpg", 640, 480)
    assert image_problem(png()) is None
    assert "not a PNG or JPEG" in image_problem(b"<svg/>", "x.svg")
    assert "not a PNG or JPEG" in image_problem(b"GIF89a....", "x.gif")
    assert "3000 × 10 pixels" in image_problem(png(3000, 10), "wide.png")
    assert "at most 2 MB" in image_problem(png() + b"\0" * MAX_BYTES, "big.png")
    assert stored_name(png()).endswith(".png") and len(stored_name(png())) == 68


# -- routine files ----------------------------------------------------------------------


def test_export_drops_own_pictures_and_keeps_shipped_drawings(tmp_path):
    routine = builtin_routines()[0]
    own = "b" * 64 + ".png"
    first = replace(routine.slots[2], exercise=replace(routine.slots[2].exercise, picture=own))
    slots = (routine.slots[0], routine.slots[1], first, *routine.slots[3:])
    mine = replace(routine, id="mine", name="Mine", builtin=False, slots=slots)
    assert without_own_pictures(mine)[1] == 1
    path = tmp_path / "mine.rehab.json"
    dump_routine_file(mine, path)
    text = path.read_text("utf-8")
    assert own not in text and "asset:side-leg-raise.svg" in text
    back = load_routine_file(path)
    assert back.slots[0].exercise.picture == "asset:side-leg-raise.svg"
    assert back.slots[2].exercise.picture == ""


def test_a_file_naming_a_picture_in_the_data_folder_is_refused(tmp_path):
    data = json.loads((REPO / "assets/routines/icing-20.json").read_text("utf-8"))
    for picture in ("c" * 64 + ".png", "../coach.json", "asset:nope/../x.svg"):
        data["slots"][0]["exercise"]["picture"] = picture
        path = tmp_path / "f.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        with pytest.raises(RoutineFileError) as caught:
            load_routine_file(path)
        assert caught.value.field == "slots[0].exercise.picture"


# -- the store -------------------------------------------------------------------------


def test_a_picture_is_kept_once_under_its_hash_and_resolves_only_inside(data_dir):
    s = Store.open(data_dir)
    try:
        ref = s.pictures.add(png())
        assert ref == s.pictures.add(png())  # the same bytes, the same file
        files = list((data_dir / "pictures").iterdir())
        assert [f.name for f in files] == [ref] and files[0].read_bytes() == png()
        assert s.pictures.path(ref) == data_dir / "pictures" / ref
        assert s.pictures.path("asset:clam-shell.svg").is_file()
        assert s.pictures.path("asset:missing.svg") is None
        assert s.pictures.path("../coach.json") is None
        assert s.pictures.path("d" * 64 + ".png") is None  # not there
    finally:
        s.close()


def test_a_refused_picture_leaves_the_folder_byte_identical(data_dir):
    s = Store.open(data_dir)
    try:
        before = folder_digest(data_dir)
        for data in (b"not a picture", png(4000, 4000), png() + b"\0" * MAX_BYTES):
            with pytest.raises(ValueError):
                s.pictures.add(data)
        assert folder_digest(data_dir) == before
        assert not (data_dir / "pictures").exists()
    finally:
        s.close()


# -- where a person sees them ---------------------------------------------------------------


def own_copy(qtbot, window):
    qtbot.mouseClick(window.nav_buttons["routines"], Qt.MouseButton.LeftButton)
    view = window.routines
    view.list.setCurrentRow(0)
    qtbot.mouseClick(view.edit_button, Qt.MouseButton.LeftButton)  # duplicate to edit
    qtbot.waitExposed(view.editor)
    return view, view.editor


def test_the_editor_shows_a_shipped_drawing_and_takes_a_chosen_picture(
    qtbot, window, store, monkeypatch, tmp_path
):
    _view, editor = own_copy(qtbot, window)
    assert editor.picture.pixmap() is not None and not editor.picture.pixmap().isNull()
    editor.exercises.setCurrentRow(3)  # side hip bridge: no drawing
    assert editor.picture.text() == "No picture"
    chosen = tmp_path / "bridge.png"
    chosen.write_bytes(png(40, 30))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen), ""))
    qtbot.mouseClick(editor.picture_button, Qt.MouseButton.LeftButton)
    assert not editor.picture.pixmap().isNull()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    saved = store.routines.get(editor.routine_id)
    ref = saved.slots[3].exercise.picture
    assert ref == stored_name(png(40, 30))
    assert (store.data_dir / "pictures" / ref).read_bytes() == png(40, 30)
    # the library menu shows it beside the exercise (the menu lists every routine's)
    editor._fill_library()
    icons = {a.text().split(" — ")[0]: not a.icon().isNull() for a in editor.library_menu.actions()}
    assert icons["Clam shell"] and icons["Side shuffle"] and not icons["Pistol squat"]
    # exporting says the picture stays behind
    out = tmp_path / "out.rehab.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    qtbot.mouseClick(editor.export_button, Qt.MouseButton.LeftButton)
    assert "stay on this computer" in editor.status.text()
    assert ref not in out.read_text("utf-8")
    # remove it again: undoable, and the form is as saved after an undo
    qtbot.mouseClick(editor.picture_remove, Qt.MouseButton.LeftButton)
    assert editor.picture.text() == "No picture" and editor.is_dirty()
    editor.undo_stack.undo()
    assert not editor.is_dirty()
    editor.close()


def test_a_file_that_is_not_a_picture_is_refused_in_one_line(
    qtbot, window, store, monkeypatch, tmp_path
):
    _view, editor = own_copy(qtbot, window)
    before = folder_digest(store.data_dir)
    for name, data in (("notes.png", b"hello"), ("huge.png", png(3000, 20)),
                       ("broken.png", png()[:40])):  # fmt: skip
        bad = tmp_path / name
        bad.write_bytes(data)
        assert editor.choose_picture(bad) is None
        line = editor.status.text()
        assert line.startswith("Picture not added: ") and name in line and "\n" not in line
    assert folder_digest(store.data_dir) == before
    assert editor.draft()["slots"][0]["exercise"]["picture"] == "asset:side-leg-raise.svg"
    editor.confirm_on_close = False
    editor.close()


@pytest.fixture
def rig(qtbot, data_dir):
    base = short_routine()
    first = replace(
        base.slots[0], exercise=replace(base.slots[0].exercise, picture="asset:side-leg-raise.svg")
    )
    yield from make_rig(qtbot, data_dir, replace(base, slots=(first, *base.slots[1:])))


def test_the_players_details_show_the_picture(rig):
    begin(rig, None)
    rig.step(5)
    assert rig.page.picture.isHidden()
    rig.page.details_button.click()
    assert rig.page.picture.isVisible() and not rig.page.picture.pixmap().isNull()
    rig.page.details_button.click()
    assert rig.page.picture.isHidden()


@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="needs poppler-utils")
def test_the_sheet_prints_an_added_picture(data_dir, capsys, tmp_path):
    s = Store.open(data_dir)
    try:
        ref = s.pictures.add(png(40, 30))
        routine = builtin_routines()[1]
        slot = replace(routine.slots[0], exercise=replace(routine.slots[0].exercise, picture=ref))
        s.routines.save(replace(routine, id="mine", name="Mine", builtin=False,
                                slots=(slot, *routine.slots[1:])))  # fmt: skip
    finally:
        s.close()
    out = tmp_path / "mine.pdf"
    assert run(capsys, data_dir, "routine", "sheet", "mine", "-o", str(out)).code == 0
    listing = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True)
    assert len(listing.stdout.strip().splitlines()) >= 3  # two header lines, then the image
