"""Exercise pictures: what a picture reference may be, and which image files are taken.

An exercise may carry ``picture``, one of two kinds of reference, never a path:

* ``asset:clam-shell.svg`` — a line drawing shipped in ``assets/pictures/``;
* ``<sha256>.png`` / ``<sha256>.jpg`` — a picture the person chose, copied into the data
  folder's ``pictures/`` under the hash of its bytes (the same picture is stored once).

Routine files carry only the first kind (the JSON schema says so): a picture the person
chose stays on their computer and is dropped from an exported file, so a file never
names anything inside the data folder and an imported file cannot point into it.

A chosen file is taken only if it is a PNG or JPEG of at most ``MAX_BYTES`` and
``MAX_SIDE`` pixels a side, read from its own header here (no image library needed);
the app still asks Qt to decode it before it is copied.
"""

from __future__ import annotations

import hashlib
import re
import struct

from coach.domain.message import Msg

MAX_BYTES = 2 * 1024 * 1024
MAX_SIDE = 2048
ASSET_PREFIX = "asset:"
ASSET_REF = re.compile(r"asset:[a-z0-9][a-z0-9-]{0,62}\.(svg|png)")
OWN_REF = re.compile(r"[0-9a-f]{64}\.(png|jpg)")
_PNG = b"\x89PNG\r\n\x1a\n"


def reference_problem(ref: str) -> str | None:
    """Why ``ref`` is not a picture reference, in plain words, or ``None``."""
    if not isinstance(ref, str):
        return Msg("must be a text")
    if ref == "" or ASSET_REF.fullmatch(ref) or OWN_REF.fullmatch(ref):
        return None
    return Msg("must name a picture shipped with the app (asset:name.svg) or one you added")


def is_own(ref: str) -> bool:
    """A picture the person added (kept in the data folder), not a shipped one."""
    return bool(ref) and OWN_REF.fullmatch(ref) is not None


def asset_name(ref: str) -> str | None:
    return ref.removeprefix(ASSET_PREFIX) if ASSET_REF.fullmatch(ref or "") else None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from the first start-of-frame marker of a JPEG."""
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:  # no length
            i += 2
            continue
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[i + 5 : i + 9])
            return width, height
        i += 2 + length
    return None


def sniff(data: bytes) -> tuple[str, int, int] | None:
    """``("png" | "jpg", width, height)`` from the file's header, or ``None``."""
    if data.startswith(_PNG) and len(data) >= 24 and data[12:16] == b"IHDR":
        width, height = struct.unpack(">II", data[16:24])
        return "png", width, height
    if data.startswith(b"\xff\xd8"):
        size = _jpeg_size(data)
        if size is not None:
            return "jpg", size[0], size[1]
    return None


def image_problem(data: bytes, name: str = "the file") -> str | None:
    """The one line that refuses a chosen picture, or ``None`` when it may be added."""
    if len(data) > MAX_BYTES:
        mb = len(data) / (1024 * 1024)
        return f"{name} is {mb:.1f} MB; a picture may be at most {MAX_BYTES // (1024 * 1024)} MB"
    found = sniff(data)
    if found is None:
        return f"{name} is not a PNG or JPEG picture"
    _kind, width, height = found
    if width < 1 or height < 1:
        return f"{name} is not a PNG or JPEG picture"
    if max(width, height) > MAX_SIDE:
        return (
            f"{name} is {width} × {height} pixels; a picture may be at most "
            f"{MAX_SIDE} pixels a side"
        )
    return None


def stored_name(data: bytes) -> str:
    """The reference (and file name) a chosen picture is kept under."""
    found = sniff(data)
    if found is None:
        raise ValueError("picture: is not a PNG or JPEG picture")
    return f"{hashlib.sha256(data).hexdigest()}.{found[0]}"
