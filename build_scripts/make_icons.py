"""Render the app icon from its SVG into every size each OS wants.

Linux menus want PNGs in the hicolor sizes, Windows wants one ``.ico`` holding several
sizes, macOS wants an ``.icns``. Drawing them by hand drifts from the source; this script
renders them all from ``assets/icons/rehab-coach.svg`` with Qt (offscreen, no display) and
writes the ICO and ICNS containers with the standard library, since both formats accept
PNG-compressed images inside.

Run ``python build_scripts/make_icons.py`` after changing the SVG and commit the outputs.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_DIR = ROOT / "assets" / "icons"
SVG = ICON_DIR / "rehab-coach.svg"
BASENAME = "rehab-coach"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (Apple's "icns" type codes).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),  # 512pt @2x
    (b"ic11", 32),  # 16pt @2x
    (b"ic12", 64),  # 32pt @2x
    (b"ic13", 256),  # 128pt @2x
    (b"ic14", 512),  # 256pt @2x
)


def render_png(svg: Path, size: int) -> bytes:
    """Return the SVG rendered as a square PNG of ``size`` pixels, transparent outside."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """Pack PNG images into a Windows ICO (PNG entries are valid since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries = b""
    blobs = b""
    offset = 6 + 16 * len(pngs)
    for size, png in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def build_icns(pngs: dict[int, bytes]) -> bytes:
    """Pack PNG images into a macOS ICNS container (big-endian type + length + data)."""
    body = b""
    for code, size in ICNS_TYPES:
        png = pngs[size]
        body += code + struct.pack(">I", 8 + len(png)) + png
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: render_png(SVG, size) for size in sizes}
    for size in PNG_SIZES:
        (ICON_DIR / f"{BASENAME}-{size}.png").write_bytes(pngs[size])
    (ICON_DIR / f"{BASENAME}.ico").write_bytes(build_ico({s: pngs[s] for s in ICO_SIZES}))
    (ICON_DIR / f"{BASENAME}.icns").write_bytes(build_icns(pngs))
    del app
    print(f"make_icons: wrote {len(PNG_SIZES)} PNGs, an ICO and an ICNS to {ICON_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
