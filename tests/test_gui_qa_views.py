"""Things a new user met in the QA pass, in English: the Calendar's year strip on an
empty store was a blank white band with a blue line, like a chart that failed to draw."""

from __future__ import annotations

from helpers import gui
from PySide6.QtGui import QColor

from coach.ui import theme

store, hub, window = gui.store, gui.hub, gui.window


def _inked_columns(image, left: int, right: int) -> int:
    """How many pixel columns between ``left`` and ``right`` hold something other than
    the strip's background."""
    base = QColor(theme.base_colour()).rgb()
    return sum(
        1
        for x in range(left, right)
        if any(image.pixel(x, y) != base for y in range(image.height()))
    )


def test_an_empty_year_strip_says_what_it_will_show(qtbot, window):
    window.show_view("calendar")
    strip = window.calendar.year
    qtbot.waitUntil(lambda: strip.width() > 200)
    image = strip.grab().toImage()
    # the words sit in the middle; without them only the today line at the far right
    assert _inked_columns(image, strip.width() // 4, strip.width() * 3 // 4) > 50


def test_a_year_with_sessions_draws_squares_and_no_words(qtbot, hub):
    from helpers.gui import TODAY

    from coach.app import fill_demo
    from coach.ui.main_window import MainWindow

    fill_demo(hub.store, TODAY)
    main = MainWindow(hub)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    main.show_view("calendar")
    strip = main.calendar.year
    qtbot.waitUntil(lambda: strip.has_marks())
