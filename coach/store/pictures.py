"""Pictures the person added to exercises, kept in the data folder's ``pictures/``.

Each picture is stored once under the SHA-256 of its bytes (``pictures/<hash>.png``),
written all-or-nothing like every store file, and never changed or deleted afterwards:
an older routine version or a restored backup that names a picture still finds it. A
reference can only ever resolve inside ``pictures/`` or the app's own
``assets/pictures/``: references are checked against a strict pattern first (see
:mod:`coach.domain.routines.pictures`), so a stored routine cannot name another path.
Backups do not copy the pictures (they are not records, and are never rewritten).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from coach.domain.routines.pictures import (
    MAX_BYTES,
    asset_name,
    image_problem,
    is_own,
    stored_name,
)
from coach.resources import asset_path

from .atomic import atomic_write_bytes, ensure_private_dir
from .paths import PICTURES_DIR

if TYPE_CHECKING:
    from .store import Store


def read_picture_file(path: Path) -> bytes:
    """The bytes of a file the person chose, refused in one line (``ValueError``) when
    it is too big or not a regular file, before more than the cap is read."""
    name = path.name
    try:
        if not path.is_file():
            raise ValueError(f"{name} is not a file")
        if path.stat().st_size > MAX_BYTES:
            mb = path.stat().st_size / (1024 * 1024)
            raise ValueError(
                f"{name} is {mb:.1f} MB; a picture may be at most {MAX_BYTES // (1024 * 1024)} MB"
            )
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ValueError(f"cannot read {name}: {(exc.strerror or 'failed').lower()}") from None
    problem = image_problem(data, name)
    if problem:
        raise ValueError(problem)
    return data


class PictureRepo:
    def __init__(self, store: Store) -> None:
        self._s = store

    @property
    def folder(self) -> Path:
        return self._s.data_dir / PICTURES_DIR

    def add(self, data: bytes, name: str = "the file") -> str:
        """Keep ``data`` (checked again here) and return its reference. ``ValueError``
        with a plain message for a file that is not a picture or is too big; a
        ``StoreError`` when the disk refuses. The same picture twice is stored once."""
        problem = image_problem(data, name)
        if problem:
            raise ValueError(problem)
        ref = stored_name(data)
        target = self.folder / ref
        with self._s.transaction():
            if not target.is_file():
                ensure_private_dir(self.folder)
                atomic_write_bytes(target, data)
        return ref

    def path(self, ref: str) -> Path | None:
        """The file a reference names, if it is there; ``None`` for none or a missing one."""
        name = asset_name(ref)
        if name is not None:
            path = asset_path("pictures", name)
        elif is_own(ref):
            path = self.folder / ref
        else:
            return None
        return path if path.is_file() and not os.path.islink(path) else None
