"""Packaging stays in step with the package: one version, valid menu entry, every icon size.

These run without PyInstaller (fast). A stale metainfo release, a broken .desktop file or a
missing icon size would only show up in a software centre or a menu after release.
"""

from __future__ import annotations

import ast
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import coach

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "build_scripts"
ICONS = ROOT / "assets" / "icons"
DESKTOP = SCRIPTS / "linux" / "rehab-coach.desktop"
METAINFO = SCRIPTS / "linux" / "rehab-coach.metainfo.xml"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return struct.unpack(">II", head[16:24])


def test_spec_takes_name_and_version_from_the_package() -> None:
    source = (SCRIPTS / "rehab-coach.spec").read_text(encoding="utf-8")
    ast.parse(source)  # the spec is Python; a syntax slip would only show at build time
    assert "coach.__version__" in source
    assert "coach.APP_ID" in source
    assert coach.__version__ not in source, "the spec must not repeat the version"


def test_inno_setup_script_gets_the_version_from_the_build_script() -> None:
    iss = (SCRIPTS / "windows" / "rehab-coach.iss").read_text(encoding="utf-8")
    ps1 = (SCRIPTS / "windows" / "build.ps1").read_text(encoding="utf-8")
    assert "AppVersion={#AppVersion}" in iss
    assert "PrivilegesRequired=lowest" in iss
    assert coach.__version__ not in iss
    assert "/DAppVersion=$Version" in ps1


def test_metainfo_newest_release_is_the_package_version() -> None:
    root = ET.parse(METAINFO).getroot()
    releases = root.findall("./releases/release")
    assert releases, "metainfo has no <release>"
    assert releases[0].get("version") == coach.__version__
    assert root.findtext("launchable") == DESKTOP.name


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils missing")
def test_desktop_file_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream missing")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("size", PNG_SIZES)
def test_icon_png_exists_at_its_size(size: int) -> None:
    assert png_size(ICONS / f"rehab-coach-{size}.png") == (size, size)


def test_ico_holds_the_windows_sizes() -> None:
    data = (ICONS / "rehab-coach.ico").read_bytes()
    _reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert kind == 1
    sides = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sides


def test_icns_is_a_complete_container() -> None:
    data = (ICONS / "rehab-coach.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    codes, pos = set(), 8
    while pos < len(data):
        codes.add(data[pos : pos + 4])
        pos += struct.unpack(">I", data[pos + 4 : pos + 8])[0]
    assert {b"icp4", b"ic07", b"ic09", b"ic10"} <= codes
