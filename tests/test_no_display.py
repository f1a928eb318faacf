"""Starting with no display explains itself instead of Qt aborting the process."""

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")


def _env(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env["HOME"] = str(tmp_path)
    return env


def test_normal_start_without_display_says_so_in_one_line(tmp_path):
    out = subprocess.run(
        [sys.executable, "-m", "coach", "--data-dir", str(tmp_path / "d")],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=60,
    )
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [
        "rehab-coach: no display found (DISPLAY and WAYLAND_DISPLAY are not set): "
        "start Rehab Coach from a desktop session"
    ]
    assert not (tmp_path / "d").exists()


def test_self_test_without_display_renders_offscreen(tmp_path):
    shots = tmp_path / "shots"
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "coach",
            "--data-dir",
            str(tmp_path / "d"),
            "--self-test",
            "--screenshots",
            str(shots),
        ],
        capture_output=True,
        text=True,
        env=_env(tmp_path),
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-800:]
    assert sorted(p.name for p in shots.glob("*.png"))[:4] == [
        "01-today.png",
        "02-progress.png",
        "03-calendar.png",
        "04-routines.png",
    ]
