"""Exercise pictures on screen: a reference turned into a pixmap of a given size.

References resolve through the store (:meth:`coach.store.pictures.PictureRepo.path`), so
only files in the app's ``assets/pictures/`` or the data folder's ``pictures/`` are ever
read. A line drawing is inked in the palette's text colour, so it reads in light and
dark; a missing or broken file shows nothing rather than stopping a view.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QApplication

from coach.render.pictures import render_picture

Resolve = Callable[[str], Path | None]


def picture_pixmap(
    resolve: Resolve, ref: str, side: int, height: int | None = None
) -> QPixmap | None:
    """A ``side`` × ``height`` (default square) pixmap of the picture ``ref`` names, the
    picture fitted inside it; ``None`` for no picture or one that cannot be read."""
    if not ref:
        return None
    path = resolve(ref)
    if path is None:
        return None
    app = QApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QApplication) else 1.0
    ink = QApplication.palette().windowText().color()
    tall = side if height is None else height
    image = render_picture(path, QSize(round(side * ratio), round(tall * ratio)), ink)
    if image is None:
        return None
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def decodes(data: bytes) -> bool:
    """Qt can read these bytes as an image (the header check alone lets a damaged file by)."""
    return not QImage.fromData(data).isNull()
