"""The command line as a whole: usage errors, --data-dir placement, the GUI flags, and
what actually reaches stderr of a real ``python -m coach`` process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest
from helpers.cli import assert_one_line_error, damage, folder_digest, run, run_process

from coach.cli import main


def _main(capsys, *argv):
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "argv",
    [
        ["pain"],
        ["pain", "add"],
        ["pain", "add", "3", "--bogus"],
        ["pain", "remove", "3"],
        ["frobnicate"],
        ["routine", "show"],
        ["restore"],
        ["restore", "x.json", "--empty"],
        ["--demo", "pain", "list"],
        ["--screenshots", "shots"],
        ["--size", "900x620"],
        ["--self-test", "--size", "900"],
        ["--self-test", "--scale", "9"],
        ["--self-test", "--scale", "big"],
    ],
)
def test_usage_errors_exit_2_with_one_line(capsys, argv, data_dir):
    code, _out, err = _main(capsys, *argv, "--data-dir", str(data_dir))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and err.startswith("rehab-coach: ")
    assert not data_dir.exists()


def test_blank_data_dir_is_a_usage_error_not_the_default_folder(capsys):
    code, _out, err = _main(capsys, "pain", "add", "3", "--data-dir", " ")
    assert code == 2 and "--data-dir" in err


def test_help_and_version_exit_0(capsys):
    code, out, _ = _main(capsys, "--help")
    assert code == 0 and "pain" in out and "export-csv" in out
    assert re.search(r"^\s+report\b", out, re.MULTILINE)  # the physio PDF
    code, out, _ = _main(capsys, "--version")
    assert code == 0 and out.startswith("rehab-coach ")


def test_data_dir_before_or_after_the_command(tmp_path, capsys):
    first, second = tmp_path / "a", tmp_path / "b"
    assert main(["--data-dir", str(first), "pain", "add", "3"]) == 0
    assert main(["pain", "add", "4", "--data-dir", str(second)]) == 0
    assert main(["pain", "--data-dir", str(second), "add", "5"]) == 0
    capsys.readouterr()
    assert main(["pain", "list", "--json", "--data-dir", str(first)]) == 0
    assert '"score": 3' in capsys.readouterr().out
    assert main(["--data-dir", str(second), "pain", "list", "--json"]) == 0
    out = capsys.readouterr().out
    assert '"score": 4' in out and '"score": 5' in out and '"score": 3' not in out


def test_environment_variable_sets_the_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("REHAB_COACH_DATA", str(tmp_path / "env"))
    assert main(["pain", "add", "2"]) == 0
    assert (tmp_path / "env").is_dir()


@pytest.fixture
def fake_app(monkeypatch):
    calls = []

    def run_gui(
        data_dir, *, demo, self_test, screenshots, size=None, scale=None, start=None, log_pain=False
    ):
        calls.append((data_dir, demo, self_test, screenshots))
        if size or scale:
            calls.append((size, scale))
        return 0

    module = types.ModuleType("coach.app")
    module.run_gui = run_gui
    monkeypatch.setitem(sys.modules, "coach.app", module)
    return calls


def test_no_command_opens_the_app_on_the_data_folder(fake_app, data_dir, capsys):
    assert main(["--data-dir", str(data_dir)]) == 0
    assert fake_app == [(data_dir, False, False, None)]


def test_demo_and_self_test_reach_the_app(fake_app, data_dir, tmp_path):
    shots = tmp_path / "shots"
    assert main(["--demo", "--self-test", "--screenshots", str(shots)]) == 0
    assert main(["--self-test", "--data-dir", str(data_dir)]) == 0
    # --demo never gets the real folder: sample history must not land in it.
    assert fake_app == [(None, True, True, shots), (data_dir, False, True, None)]


def test_self_test_takes_a_window_size_and_a_scale(fake_app, data_dir):
    argv = ["--self-test", "--size", "900x620", "--scale", "2", "--data-dir", str(data_dir)]
    assert main(argv) == 0
    assert fake_app[-1] == ((900, 620), 2.0)


def test_app_exit_code_is_passed_on(monkeypatch, data_dir):
    module = types.ModuleType("coach.app")
    module.run_gui = lambda data_dir, **kw: 1
    monkeypatch.setitem(sys.modules, "coach.app", module)
    assert main(["--self-test", "--data-dir", str(data_dir)]) == 1


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("REHAB_COACH_DATA", None)
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
    return env


def test_process_refusal_has_no_traceback(data_dir, capsys):
    assert run(capsys, data_dir, "pain", "add", "5").code == 0
    before = folder_digest(data_dir)
    result = run_process(data_dir, "pain", "add", "eleven", "--note", "x", env=_env())
    assert_one_line_error(result, 1)
    assert "score must be a whole number from 0 to 10" in result.err
    assert folder_digest(data_dir) == before


def test_process_on_a_damaged_store_has_no_traceback(data_dir, capsys):
    assert run(capsys, data_dir, "pain", "add", "5").code == 0
    damage(data_dir / "coach.json", b'{"broken": ')
    before = folder_digest(data_dir)
    result = run_process(data_dir, "pain", "list", env=_env())
    assert_one_line_error(result, 1)
    assert "coach.json" in result.err
    assert folder_digest(data_dir) == before


def test_logging_pain_does_not_load_the_routine_library(data_dir: Path):
    """``pain add`` from a script should start quickly: the routine library brings in
    jsonschema (~40 ms), which only the routine commands need."""
    code = (
        "import sys\n"
        "from coach.cli import main\n"
        f"main(['pain', 'add', '3', '--data-dir', {str(data_dir)!r}])\n"
        f"main(['pain', 'list', '--data-dir', {str(data_dir)!r}])\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] == 'jsonschema'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip().splitlines()[-1] == "[]"
