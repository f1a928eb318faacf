"""Where the files shipped with the app live, from source or from a frozen bundle.

PyInstaller unpacks data files under ``sys._MEIPASS``; the bundle spec must copy the
repository's ``assets/`` folder to ``assets`` there. Running from source, the assets sit
beside the ``coach`` package. Everything that reads an asset goes through here, so the
two cases are decided in one place.
"""

from __future__ import annotations

import sys
from pathlib import Path


def assets_root() -> Path:
    """The folder holding ``routines/``, ``schema/``, ``icons/`` and ``sounds/``."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root) / "assets"
    return Path(__file__).resolve().parent.parent / "assets"


def asset_path(*parts: str) -> Path:
    """The path of one asset, e.g. ``asset_path("schema", "routine.schema.json")``."""
    return assets_root().joinpath(*parts)


def doc_path(name: str) -> Path:
    """A document shipped beside ``assets/`` (the user guide: ``docs/USER_GUIDE.md``)."""
    return assets_root().parent / "docs" / name
