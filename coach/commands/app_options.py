"""The options that open the app, parsed without the command tree.

A plain ``rehab-coach`` (the desktop entry, ``make run``) needs only these. Building the
whole tree of :mod:`coach.commands.parser` imports every command module, about 15 ms
before the window can show, so :func:`parse_app_options` tries these alone first and
the full parser is built only when ``argv`` names a command or asks for help.
"""

from __future__ import annotations

import argparse
import re
from typing import NoReturn

from coach import __version__

from .common import UsageError

PROG = "rehab-coach"


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see {self.prog} --help)")


def app_parser() -> Parser:
    """The top-level parser with the app's own options (the command tree adds to it)."""
    parser = Parser(
        prog=PROG,
        description="Rehab Coach: home-exercise coach, pain diary and progress report. "
        "Without a command it opens the app.",
    )
    parser.add_argument("--data-dir", metavar="DIR", help="data folder to use")
    parser.add_argument("--demo", action="store_true", help="open with 10 weeks of sample data")
    parser.add_argument(
        "--self-test", action="store_true", help="render every view once and exit 0 or 1"
    )
    parser.add_argument("--screenshots", metavar="DIR", help="with --self-test: save PNGs here")
    parser.add_argument(
        "--size", metavar="WxH", help="with --self-test: window size (default 1280x800)"
    )
    parser.add_argument(
        "--scale", metavar="F", help="with --self-test: scale factor, as QT_SCALE_FACTOR (e.g. 2)"
    )
    parser.add_argument("--log-pain", action="store_true", help="open the app with the pain dialog")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.set_defaults(func=None, group=None, command=None)
    return parser


def parse_app_options(argv: list[str]) -> argparse.Namespace | None:
    """``argv`` checked and parsed when it holds only the app's options; None when it
    names a command, asks for help or holds anything else (the full parser then says
    what is wrong, in the same words as before)."""
    if any(token in ("-h", "--help") for token in argv):
        return None
    args, rest = app_parser().parse_known_args(argv)
    return None if rest else check_app_options(args)


def check_app_options(args: argparse.Namespace) -> argparse.Namespace:
    """The rules between the app's flags and a command; raises UsageError."""
    if args.data_dir is not None and not args.data_dir.strip():
        raise UsageError("--data-dir needs a folder name")
    flags = (("--demo", args.demo), ("--self-test", args.self_test), ("--log-pain", args.log_pain))
    gui_flags = [f for f, on in flags if on]
    if args.command and (gui_flags or args.screenshots):
        flag = gui_flags[0] if gui_flags else "--screenshots"
        raise UsageError(f"{flag} opens the app; it does not go with the {args.command} command")
    for flag, value in (
        ("--screenshots", args.screenshots),
        ("--size", args.size),
        ("--scale", args.scale),
    ):
        if value and not args.self_test:
            raise UsageError(f"{flag} goes with --self-test")
    args.size = _size(args.size) if args.size else None
    args.scale = _scale(args.scale) if args.scale else None
    if args.command and args.func is None and not getattr(args, "gui", False):
        raise UsageError(f"{args.group} needs an action (see rehab-coach {args.group} --help)")
    return args


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"\s*(\d{3,5})\s*[xX×]\s*(\d{3,5})\s*", text)
    if not match:
        raise UsageError(f"--size needs WIDTHxHEIGHT in pixels, such as 900x620, not {text!r}")
    return int(match[1]), int(match[2])


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0.5 <= value <= 4:
        raise UsageError(f"--scale needs a number from 0.5 to 4, such as 2, not {text!r}")
    return value
