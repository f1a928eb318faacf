"""How the app starts a child process of its own (the speech worker, the store check,
the daily backup): the frozen bundle's binary with a worker flag, or, from source, this
interpreter running ``python -m coach`` with it. The child then imports only what its
job needs (see ``coach/__main__.py``)."""

from __future__ import annotations

import sys


def own_command(*args: str) -> tuple[str, list[str]]:
    """The program and arguments that run this app with ``args``, frozen or from source."""
    if getattr(sys, "frozen", False):
        return sys.executable, list(args)
    return sys.executable, ["-m", "coach", *args]
