"""Helpers for the command-line tests: run ``main`` in-process, fingerprint a folder.

``folder_digest`` hashes every file (path → SHA-256, plus each file's mode), so a
test can prove a refused command left the data folder byte-for-byte as it was. The
``logs/`` folder is left out: the store may log that it met a damaged file, and the
log is diagnostics, not data (other tests check it never holds health data).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from coach.cli import main
from coach.domain.record import EndReason, SessionRecord, SetRecord

REPO = Path(__file__).resolve().parents[2]


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self):
        return json.loads(self.out)


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *argv: str) -> Run:
    """``rehab-coach <argv> --data-dir DATA`` in this process."""
    capsys.readouterr()
    code = main([*argv, "--data-dir", str(data_dir)])
    out, err = capsys.readouterr()
    return Run(code, out, err)


def run_process(data_dir: Path, *argv: str, env: dict[str, str] | None = None) -> Run:
    """``python -m coach <argv>`` in a child process, to see exactly what reaches stderr."""
    proc = subprocess.run(
        [sys.executable, "-m", "coach", *argv, "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def folder_digest(folder: Path) -> dict[str, tuple[str, int]]:
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mode)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.relative_to(folder).parts[0] != "logs"
    }


def damage(path: Path, content: bytes) -> None:
    """Replace a store file with bad bytes as a new file (unlink first), as a sync tool
    or an editor saving over it would."""
    path.unlink()
    path.write_bytes(content)


def assert_one_line_error(result: Run, code: int) -> None:
    assert result.code == code, result
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("rehab-coach: ")
    assert "Traceback" not in result.err


def sample_session(started: datetime, *, note: str = "", sets: int = 2) -> SessionRecord:
    """A finished session of the built-in IT-band routine with ``sets`` sets done."""
    records = tuple(
        SetRecord(
            exercise_id="side-leg-raise",
            set_index=i + 1,
            planned=30,
            done=30 if i else 25,
            side="left" if i % 2 == 0 else "right",
            duration_s=61.5,
            at=started + timedelta(minutes=i + 1),
        )
        for i in range(sets)
    )
    return SessionRecord(
        routine_id="it-band-strength",
        routine_name="IT-band strength",
        routine_snapshot="abc123",
        started_at=started,
        ended_at=started + timedelta(minutes=35),
        end_reason=EndReason.COMPLETED,
        pain_before=3,
        pain_after=2,
        notes=note,
        sets=records,
    )
