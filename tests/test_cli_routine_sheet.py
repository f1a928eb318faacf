"""``rehab-coach routine sheet NAME -o FILE.pdf``: the printed sheet as a person reads it
(pdftotext, pdfinfo), and every refusal leaving the folders exactly as they were."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from helpers.cli import REPO, assert_one_line_error, folder_digest, run

from coach.store import Store

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def pdf_pages(path: Path) -> list[str]:
    """Each page's text in reading order; NFKC undoes the ligatures (ﬄ) the font uses."""
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    text = unicodedata.normalize("NFKC", out.stdout)
    return text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")


def squeezed(text: str) -> str:
    return "".join(text.split())


def pdf_info(path: Path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout


def page_count(path: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", pdf_info(path), re.M).group(1))


@pytest.fixture
def store_dir(data_dir):
    Store.open(data_dir).close()
    return data_dir


@pytest.fixture
def out_dir(tmp_path) -> Path:
    """A folder of its own for what the command writes (the data folder is beside it)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def _strength() -> dict:
    return json.loads((REPO / "assets/routines/it-band-strength.json").read_text("utf-8"))


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_strength_routine_fits_one_page_with_names_and_doses(store_dir, capsys, out_dir, paper):
    out = out_dir / "sheet.pdf"
    result = run(
        capsys, store_dir, "routine", "sheet", "IT-band strength", "-o", str(out), "--paper", paper
    )
    assert result.code == 0, result.err
    assert result.out.startswith(f"wrote {out}: ") and "1 page" in result.out
    assert page_count(out) == 1
    size = "(A4)" if paper == "a4" else "612 x 792 pts"
    assert size in pdf_info(out)
    (page,) = pdf_pages(out)
    flat = squeezed(page)  # a cell may wrap anywhere: compare without the spaces
    from coach.domain.library import builtin_routines
    from coach.domain.routines.changes import dose_text

    routine = next(r for r in builtin_routines() if r.id == "it-band-strength")
    for slot in routine.slots:  # each name with its dose in the lists' words, in order
        assert squeezed(slot.exercise.name) in flat
        assert squeezed(dose_text(slot)) in flat
    names = [flat.index(squeezed(s.exercise.name)) for s in routine.slots]
    assert names == sorted(names)
    assert "30repspers" in flat and "15repsat3s/reppers" in flat
    assert squeezed("band at ankles") in flat
    assert "MonTueWedThuFriSatSun" in flat
    assert "notmedicaladvice" in flat and "Page1of1" in flat
    assert "Built-inroutine" in flat
    assert [p.name for p in out_dir.iterdir()] == ["sheet.pdf"]  # no temporary file left


def test_a_long_routine_goes_on_to_a_second_page(store_dir, capsys, out_dir):
    data = _strength()
    base = data["slots"]
    data["slots"] = []
    for n in range(4):  # 40 exercises
        for slot in base:
            copy = json.loads(json.dumps(slot))
            copy["exercise"]["id"] += f"-{n}"
            copy["exercise"]["name"] += f" {n}"
            data["slots"].append(copy)
    data.update(id="long-one", name="Long one", builtin=False)
    path = out_dir / "long.rehab.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert run(capsys, store_dir, "routine", "import", str(path)).code == 0
    out = out_dir / "long.pdf"
    result = run(capsys, store_dir, "routine", "sheet", "long-one", "-o", str(out))
    assert result.code == 0, result.err
    pages = pdf_pages(out)
    assert len(pages) == page_count(out) >= 2
    text = " ".join(" ".join(pages).split())
    for slot in data["slots"]:  # every exercise printed, none clipped off
        assert slot["exercise"]["name"] in text
    assert "Version 1" in pages[0]
    assert "Mon" in pages[1] and "Exercise" in pages[1]  # the column heads repeat


def test_refusals_are_one_line_and_change_nothing(store_dir, capsys, out_dir):
    before = folder_digest(store_dir)
    existing = out_dir / "there.pdf"
    existing.write_bytes(b"keep me")
    a_file = out_dir / "file"
    a_file.write_text("x")
    cases = [
        ("nope", "-o", str(out_dir / "a.pdf")),
        ("IT-band strength", "-o", str(existing)),
        ("IT-band strength", "-o", str(out_dir / "no" / "a.pdf")),
        ("IT-band strength", "-o", str(a_file / "a.pdf")),
        ("IT-band strength", "-o", str(out_dir)),
        ("IT-band strength", "-o", str(store_dir / "coach.json"), "--force"),
        ("IT-band strength", "-o", str(store_dir / "sheet.pdf")),
        ("IT-band strength", "-o", str(store_dir / "history" / ".." / "s.pdf"), "--force"),
    ]
    for argv in cases:
        assert_one_line_error(run(capsys, store_dir, "routine", "sheet", *argv), 1)
    for argv in (("IT-band strength",), ("x", "-o", "y.pdf", "--paper", "a5")):
        assert_one_line_error(run(capsys, store_dir, "routine", "sheet", *argv), 2)
    assert existing.read_bytes() == b"keep me"
    assert sorted(p.name for p in out_dir.iterdir()) == ["file", "there.pdf"]
    assert folder_digest(store_dir) == before


def test_an_unknown_routine_in_a_new_folder_creates_no_store(capsys, tmp_path):
    fresh = tmp_path / "new-data"
    result = run(capsys, fresh, "routine", "sheet", "nope", "-o", str(tmp_path / "a.pdf"))
    assert_one_line_error(result, 1)
    assert not fresh.exists() and not (tmp_path / "a.pdf").exists()


def test_force_replaces_an_existing_file(store_dir, capsys, out_dir):
    out = out_dir / "s.pdf"
    out.write_bytes(b"old")
    result = run(capsys, store_dir, "routine", "sheet", "foam-rolling", "-o", str(out), "--force")
    assert result.code == 0, result.err
    assert out.read_bytes().startswith(b"%PDF")
