"""``rehab-coach --store-check FOLDER``: the app's full check of its store, run in a
process of its own, not for people.

The check parses every file (about 0.3 s of Python at five years). On a thread of the
app's own process it shared the interpreter lock with the GUI, and each of pyqtgraph's
paint callbacks then waited for its turn: a 12 ms paint of the chart took 24 ms. A
child process shares nothing; it runs at a lower priority, reads the files afresh
(writes are atomic replaces and journal appends, so it never sees half a file) and
prints the first damaged file's path, or nothing.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

CHECK_FLAG = "--store-check"
NICENESS = 10  # behind the app's own work, on a machine with one free core or none


def main(argv: list[str]) -> int:
    """Exit 0 with the first damaged file's path on stdout (nothing when all is well);
    2 on bad arguments; 3 when the check itself failed (the app then says nothing)."""
    if len(argv) != 1:
        sys.stderr.write(f"usage: rehab-coach {CHECK_FLAG} FOLDER\n")
        return 2
    if hasattr(os, "nice"):
        with contextlib.suppress(OSError):
            os.nice(NICENESS)
    from coach.store.paths import StorePaths
    from coach.store.restore import damaged_files

    try:
        bad = damaged_files(StorePaths(Path(argv[0])))
    except Exception as exc:  # a bug in the check must not read as damage
        sys.stderr.write(f"store check failed: {type(exc).__name__}\n")
        return 3
    if bad:
        sys.stdout.write(f"{bad[0]}\n")
    return 0
