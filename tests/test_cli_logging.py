"""The log file: private, created only when something is logged, never holds health data."""

from __future__ import annotations

import logging
import os
import stat

import pytest
from helpers.cli import assert_one_line_error, run

from coach.logsetup import close_logging, log_path, log_unexpected, setup_logging


@pytest.fixture(autouse=True)
def _no_handler_left_behind():
    yield
    close_logging()


def test_nothing_is_created_until_something_is_logged(data_dir):
    setup_logging(data_dir)
    assert not data_dir.exists()
    logging.getLogger("coach.test").warning("store opened slowly")
    path = log_path(data_dir)
    assert "store opened slowly" in path.read_text(encoding="utf-8")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_log_file_and_folder_are_owner_only(data_dir):
    setup_logging(data_dir)
    logging.getLogger("coach.test").warning("hello")
    path = log_path(data_dir)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_a_crash_logs_the_stack_but_not_the_message(data_dir):
    setup_logging(data_dir)
    secret = "note: my knee hurt after the party"
    try:
        raise RuntimeError(secret)
    except RuntimeError as exc:
        assert log_unexpected(exc, where="pain add")
    text = log_path(data_dir).read_text(encoding="utf-8")
    assert "RuntimeError" in text and "pain add" in text and "test_cli_logging.py" in text
    assert "party" not in text


def test_an_unwritable_log_is_reported_not_raised(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    setup_logging(blocker / "data")
    logging.getLogger("coach.test").warning("dropped quietly")
    try:
        raise KeyError("x")
    except KeyError as exc:
        assert log_unexpected(exc, where="test") is False


def test_unexpected_error_in_a_command_points_at_the_log(data_dir, capsys, monkeypatch):
    import coach.commands.pain as pain_cmd

    def explode(args, now):
        raise RuntimeError(f"{args.note} {args.score}/10")

    monkeypatch.setattr(pain_cmd, "entry_from_args", explode)
    result = run(capsys, data_dir, "pain", "add", "8", "--note", "secret note text")
    assert_one_line_error(result, 1)
    assert "RuntimeError" in result.err and str(log_path(data_dir)) in result.err
    logged = log_path(data_dir).read_text(encoding="utf-8")
    assert "pain add" in logged
    assert "secret" not in logged and "8/10" not in logged
