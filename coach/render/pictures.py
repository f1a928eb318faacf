"""Drawing an exercise picture: a shipped SVG line drawing or a PNG/JPEG the person added.

Shared by the screens (a pixmap, :func:`render_picture`) and the routine sheet (painted
straight onto the PDF, :func:`paint_picture`, so a line drawing stays vector). An SVG's
``currentColor`` becomes the ink asked for. A missing or broken file paints nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QImage, QPainter


def _svg(data: bytes, ink: QColor):
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(data.replace(b"currentColor", ink.name().encode())))
    return renderer if renderer.isValid() else None


def _fit(natural: QSizeF, box: QRectF) -> QRectF:
    """``natural`` scaled to fit ``box``, centred in it."""
    if natural.width() <= 0 or natural.height() <= 0:
        return box
    scale = min(box.width() / natural.width(), box.height() / natural.height())
    w, h = natural.width() * scale, natural.height() * scale
    return QRectF(box.center().x() - w / 2, box.center().y() - h / 2, w, h)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def paint_picture(painter: QPainter, path: Path, box: QRectF, ink: QColor) -> bool:
    """Paint the picture into ``box`` (aspect kept); False when it could not be read."""
    data = _read(path)
    if data is None:
        return False
    if path.suffix.lower() == ".svg":
        renderer = _svg(data, ink)
        if renderer is None:
            return False
        renderer.render(painter, _fit(QSizeF(renderer.defaultSize()), box))
        return True
    image = QImage.fromData(data)
    if image.isNull():
        return False
    target = _fit(QSizeF(image.size()), box)
    # a photo is drawn from a copy no bigger than the print needs (300 dpi)
    scaled = image.scaled(
        QSize(round(target.width() * 3.2), round(target.height() * 3.2)),
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    painter.drawImage(target, scaled)
    return True


def render_picture(path: Path, size: QSize, ink: QColor) -> QImage | None:
    """The picture as an image fitting ``size`` (transparent around it), or ``None``."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    try:
        ok = paint_picture(painter, path, QRectF(0, 0, size.width(), size.height()), ink)
    finally:
        painter.end()
    return image if ok else None
