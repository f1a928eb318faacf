"""A stack of pages laid out by the page on screen alone.

``QStackedLayout`` answers every size question (height for width, minimum size, size
hint) by asking each of its pages, and it keeps none of the answers. Any page shown or
hidden invalidates the layouts above it, so each view switch asked all five views, and
each page asked its own nested stacks, to wrap their labels again at several widths:
py-spy showed 60 % of a switch in ``QLabel::heightForWidth`` under
``QStackedLayout::heightForWidth``, 4.5 ms of a switch to the simplest view and up to
14 ms for Routines on a 2-CPU VM.

Here the page on screen answers. The window's minimum size then follows the view on
screen, as a person would expect from a window whose content changes, and hidden pages
are not laid out until they show (Qt lays a page out when it shows either way).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStackedWidget


class ViewStack(QStackedWidget):
    """``QStackedWidget`` whose sizes are the current page's, with no height-for-width."""

    def hasHeightForWidth(self) -> bool:  # Qt override
        return False

    def sizeHint(self) -> QSize:  # Qt override
        page = self.currentWidget()
        return page.sizeHint() if page is not None else QSize(0, 0)

    def minimumSizeHint(self) -> QSize:  # Qt override
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else QSize(0, 0)
