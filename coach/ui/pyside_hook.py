"""A faster answer to PySide's per-import question "does this module use PySide6?".

PySide6 replaces ``__import__`` to support ``from __feature__ import snake_case``. After
every import it asks ``shibokensupport.feature._mod_uses_pyside(module)``, which reads
the module's source through ``inspect.getsource`` (linecache and the tokenizer) to look
for the word "PySide6". On the app's start that is about 90 modules and 7 ms of a
window that should appear as fast as Qt can put it there (issue 16; the same cost is
reported in napari/napari#8584). :func:`install` gives the same answer by reading the
module's file as bytes; anything it cannot read goes to PySide's own function. If a
later PySide release no longer has the function, nothing is changed.

Importing this module installs it (``coach.app`` imports it before its own imports).
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (the hook exists once PySide6 is imported)

_MARK = "_rehab_coach_fast"


def install() -> bool:
    """Replace the check once PySide6 is imported; True if it is now the fast one."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None:
        return False
    if getattr(original, _MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True


install()
