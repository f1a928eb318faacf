"""The ``rehab-coach`` entry point: opens the app, or runs one command and exits.

Whatever goes wrong, the person sees one line on stderr, ``rehab-coach: <plain
words>``, and an exit code: 2 when the command line itself is wrong, 1 for a data
problem (bad value, damaged store, unwritable path). Commands check their input
before opening the store, so a refused command changes nothing on disk. An
unexpected exception is written to ``<data dir>/logs/rehab-coach.log`` (stack only,
never the message or the arguments, which may hold health data) and the line on
stderr points there.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from argparse import Namespace
from pathlib import Path

from coach.commands.app_options import parse_app_options
from coach.commands.common import (
    CliError,
    UsageError,
    data_dir_of,
    escape_control,
    os_error_message,
    refuse_inside_data_dir,
)
from coach.logsetup import close_logging, log_path, log_unexpected, setup_logging

PROG = "rehab-coach"
EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
_EMPTY_HINT = (
    " Or run `rehab-coach restore --empty` to start an empty store "
    "(the damaged file is kept aside)."
)


def _say(message: str, code: int) -> int:
    """Print one line on stderr and return ``code``."""
    line = " ".join(escape_control(part) for part in str(message).split()) or "failed"
    print(f"{PROG}: {line}", file=sys.stderr)
    return code


def _is_store_error(exc: Exception) -> bool:
    try:
        from coach.store import StoreError
    except ImportError:
        return False
    return isinstance(exc, StoreError)


def _store_message(exc: Exception) -> str:
    from coach.store import CorruptStoreError

    message = str(exc)
    if isinstance(exc, CorruptStoreError) and "--empty" not in message:
        message += _EMPTY_HINT
    return message


def _run_gui(args: Namespace, data_dir: Path) -> int:
    """Open the app. ``--demo`` gets ``None``: the app makes a throw-away store and the
    person's real data folder is never filled with sample history."""
    screenshots = Path(args.screenshots) if args.screenshots else None
    if screenshots is not None:
        refuse_inside_data_dir(screenshots, data_dir)
    # No garbage collection until the window is on screen (coach.app turns it back on
    # then): the imports and widgets before it are all kept, and the collector spent
    # about 10 ms in ~50 passes over them proving it.
    gc.disable()
    try:
        from coach.app import run_gui

        return run_gui(
            None if args.demo else data_dir,
            demo=args.demo,
            self_test=args.self_test,
            screenshots=screenshots,
            size=args.size,
            scale=args.scale,
            start=getattr(args, "start_routine", None),
            log_pain=getattr(args, "log_pain", False),
        )
    finally:
        gc.enable()


def _where(args: Namespace) -> str:
    return " ".join(p for p in (args.command, getattr(args, "action", None)) if p) or "app"


def _unexpected(exc: BaseException, args: Namespace, data_dir: Path | None) -> int:
    name = type(exc).__name__
    if data_dir is not None and log_unexpected(exc, where=_where(args)):
        return _say(
            f"something went wrong ({name}); the details are in {log_path(data_dir)}", EXIT_DATA
        )
    return _say(f"something went wrong ({name}) and it could not be logged", EXIT_DATA)


def _quiet_broken_pipe() -> int:
    """``rehab-coach pain list | head`` closed our stdout; stop without a traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_DATA


def _tolerant_stdout() -> None:
    """A note with emoji printed to a Windows console (cp1252) must not fail the command:
    unencodable characters are shown as escapes instead. JSON output is ASCII anyway."""
    with contextlib.suppress(AttributeError, ValueError, OSError):
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]


def _parse_command(argv: list[str]) -> Namespace:
    from coach.commands.parser import parse

    return parse(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the process exit code (never raises)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    _tolerant_stdout()
    try:
        args = parse_app_options(argv) or _parse_command(argv)
    except UsageError as exc:
        return _say(str(exc), EXIT_USAGE)
    except SystemExit as exc:  # --help and --version print and "exit" with 0
        return exc.code if isinstance(exc.code, int) else EXIT_DATA
    data_dir: Path | None = None
    try:
        data_dir = data_dir_of(args)
        setup_logging(data_dir)
        if args.func is None:
            return _run_gui(args, data_dir)
        return args.func(args)
    except CliError as exc:
        return _say(str(exc), EXIT_DATA)
    except UsageError as exc:
        return _say(str(exc), EXIT_USAGE)
    except KeyboardInterrupt:
        return _say("interrupted", EXIT_INTERRUPTED)
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except Exception as exc:
        if _is_store_error(exc):
            return _say(_store_message(exc), EXIT_DATA)
        if isinstance(exc, ValueError):
            return _say(str(exc), EXIT_DATA)
        if isinstance(exc, OSError):
            return _say(os_error_message(exc, "use"), EXIT_DATA)
        return _unexpected(exc, args, data_dir)
    finally:
        close_logging()  # in-process callers (tests, the GUI) get logging back as it was
