"""What a German-speaking person saw in English, found by the QA pass: the Progress range
buttons, the report's period list, and the dose-step card on Today (its reason, the
doses and the rule). Each drives the real widgets with the German catalogue installed."""

from __future__ import annotations

import pytest
from helpers import gui
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QPushButton

from coach.ui import i18n

store, hub = gui.store, gui.hub


@pytest.fixture
def german(qapp):
    before = QLocale()
    assert i18n.install("de") == "de"
    yield
    i18n.install("en")
    QLocale.setDefault(before)


@pytest.fixture
def window(qtbot, german, hub):
    from coach.ui.main_window import MainWindow

    window = MainWindow(hub)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_progress_range_buttons_and_daily_value_speak_german(qtbot, window):
    window.show_view("progress")
    view = window.progress
    buttons = view.range_buttons.buttons()
    assert [b.text() for b in buttons] == ["2 Wochen", "3 Monate", "Alles"]
    assert all("Show" not in b.accessibleName() for b in buttons)
    qtbot.mouseClick(buttons[2], Qt.MouseButton.LeftButton)
    assert buttons[2].isChecked()
    kinds = [view.daily_kind.itemText(i) for i in range(view.daily_kind.count())]
    assert kinds == ["Tageshöchstwert", "Tagesmittel"]


def test_the_report_period_list_speaks_german(qtbot, window):
    from coach.ui.report_dialog import ReportDialog

    dialog = ReportDialog(window.hub, window)
    qtbot.addWidget(dialog)
    periods = [dialog.range.itemText(i) for i in range(dialog.range.count())]
    assert periods == [
        "Letzte 2 Wochen",
        "Letzte 4 Wochen",
        "Seit dem letzten Bericht",
        "Selbst gewählt",
    ]


def test_progress_fits_a_900_pixel_window_in_german(qtbot, window):
    """At 900 × 620 the German report button was cut to "richt für meine Physiotherapi",
    the hint line ran off the right edge and the legend off the plot's left edge, its
    first column ("7-Tage-Mittel") gone."""
    from helpers.gui import TODAY, local

    from coach.domain.pain import Context, PainEntry

    window.hub.add_pain(PainEntry(score=3, at=local(TODAY, 8), context=Context.REST))
    window.resize(900, 620)
    window.show_view("progress")
    view = window.progress
    qtbot.waitUntil(lambda: view.chart is not None and view.chart.isVisible(), timeout=10000)
    qtbot.wait(50)
    button = view.report_button
    assert button.width() >= button.sizeHint().width()
    assert view.width() <= window.centralWidget().width()  # nothing pushed past the edge
    chart = view.chart
    legend = chart.legend.sceneBoundingRect()
    plot = chart.getPlotItem().vb.sceneBoundingRect()
    assert legend.left() >= plot.left() and legend.right() <= plot.right() + 1


def test_every_routine_row_is_tall_enough_for_its_wrapped_german_text(qtbot, german, hub):
    """In a 900-pixel German window with the demo history the rows of "Ice 20 minutes"
    and "Ice 10 on, 10 off, 10 on" were three lines tall for five lines of wrapped text:
    they ended in "eingebaut…", their plan and last-done line gone."""
    from helpers.gui import TODAY

    from coach.app import fill_demo
    from coach.ui.main_window import MainWindow

    fill_demo(hub.store, TODAY)
    window = MainWindow(hub)
    qtbot.addWidget(window)
    window.resize(900, 620)
    window.show()
    qtbot.waitExposed(window)
    window.show_view("routines")
    view = window.routines
    qtbot.waitUntil(lambda: view.list.count() > 3)
    qtbot.wait(50)
    rows = view.list
    metrics = rows.fontMetrics()
    for i in range(rows.count()):
        item = rows.item(i)
        rect = rows.visualItemRect(item)
        # the width the text is drawn in: the row less the delegate's margins
        text = metrics.boundingRect(
            0, 0, rect.width() - 12, 10_000, Qt.TextFlag.TextWordWrap, item.text()
        )
        assert rect.height() >= text.height(), item.text()


def test_the_stop_question_keeps_every_german_answer_whole_in_a_narrow_player(
    qtbot, german, data_dir
):
    """The four answers to "Stop this session? Why?" in one row were squeezed in a
    900-pixel window: German read "Es tut weh · H", "nderer Grund · (", "/eitermachen"."""
    from helpers.player import K, begin, make_rig

    rigs = make_rig(qtbot, data_dir)
    rig = next(rigs)
    try:
        rig.player.resize(700, 560)  # the player's share of a 900 × 620 window
        begin(rig, None)
        rig.step(7)
        rig.key(K.Key_Escape)
        banner = rig.page.stop_banner
        assert not banner.isHidden()
        answers = banner.findChildren(QPushButton)
        assert len(answers) == 4

        def whole() -> bool:
            return all(b.width() >= b.sizeHint().width() for b in answers)

        qtbot.waitUntil(whole, timeout=2000)
        rig.player.resize(1600, 700)  # wide again: one row
        qtbot.waitUntil(lambda: len({b.y() for b in answers}) == 1 and whole(), timeout=2000)
    finally:
        next(rigs, None)


def test_the_calendar_day_column_fits_its_scroll_area_in_german(qtbot, german, hub):
    """With sessions on the selected day, the "Details: 02:37 IT-band strength" buttons
    made the side column wider than its scroll area at 900 pixels: the day's German lines
    ran off the right edge ("✗ Wege…") behind a horizontal scroll bar."""
    from helpers.gui import TODAY, finished, local
    from PySide6.QtWidgets import QScrollArea

    from coach.app import fill_demo
    from coach.domain.record import EndReason
    from coach.ui.main_window import MainWindow

    fill_demo(hub.store, TODAY)  # ten weeks: the column is tall enough to scroll
    routine = gui.routine_on("it-band-strength", "mine", "My IT-band strength", {0, 2, 4})
    gui.save_planned(hub, routine)  # an own copy has the longer name
    hub.save_session(finished(routine, local(TODAY, 9), EndReason.STOPPED_FOR_PAIN))
    hub.save_session(finished(routine, local(TODAY, 18)))
    window = MainWindow(hub)
    qtbot.addWidget(window)
    window.resize(900, 620)
    window.show()
    qtbot.waitExposed(window)
    window.show_view("calendar")
    view = window.calendar
    qtbot.waitUntil(lambda: len(view.day_buttons) == 2)
    scroll = next(s for s in view.findChildren(QScrollArea) if s.widget() is not None)
    qtbot.waitUntil(lambda: view.day_sessions.isVisible())
    qtbot.wait(100)  # the scroll area lays its widget out on the next turns
    assert scroll.widget().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()
    for button in view.day_buttons:  # a cut name is whole in the tool tip and for a reader
        assert "IT-band strength" in button.toolTip()
        assert "IT-band strength" in button.accessibleName()


def test_the_player_buttons_name_the_space_bar_in_german(qtbot, german, data_dir):
    """The buttons read "Pause · Space" and "Fortsetzen · Space" in German while the
    shortcuts window and the pain advice said "Leertaste"."""
    from helpers.player import K, begin, make_rig

    rigs = make_rig(qtbot, data_dir)
    rig = next(rigs)
    try:
        begin(rig, None)
        play = rig.page.controls.play
        assert play.text() == "Pause · Leertaste"
        assert "Leertaste" in play.toolTip()
        rig.key(K.Key_Space)
        assert play.text() == "Fortsetzen · Leertaste"
        assert rig.page.controls.stop.text() == "Stopp · Esc"
        assert "Space" not in " ".join(
            b.text() + b.toolTip() for b in rig.page.controls.findChildren(QPushButton)
        )
    finally:
        next(rigs, None)


def test_a_german_percent_never_starts_a_line(german):
    """Today's card wrapped "(4" and "%)" onto two lines: German writes "4 %" with a
    space, which must be a no-break one."""
    from PySide6.QtCore import QCoreApplication

    from coach.domain.message import Msg
    from coach.ui.i18n import text as domain_text

    assert QCoreApplication.translate("CalendarView", "partly done (%1%)") == (
        "teilweise erledigt (%1\u00a0%)"
    )
    assert QCoreApplication.translate("CalendarView", "Details: %1 %2") == "Details: %1 %2"
    # the Today card's status, a domain message, as the card shows it
    stopped = Msg("{lead} after {count} ({percent}%)", lead="Stopped", count="1", percent=4)
    assert domain_text(stopped).endswith("(4\u00a0%)")


def test_the_date_fields_write_dates_as_german_does_not_as_iso(qtbot, window):
    """The report's period and a pain entry's time read 2026-12-07 in a German window,
    where every other date says 07.12.2026 or 7. Dez."""
    from coach.ui.pain_dialog import PainDialog
    from coach.ui.report_dialog import ReportDialog

    report = ReportDialog(window.hub, window)
    qtbot.addWidget(report)
    report.end.setDate(report.end.date().fromString("2026-12-07", "yyyy-MM-dd"))
    assert report.end.text() == "07.12.2026"
    pain = PainDialog(window.hub, window)
    qtbot.addWidget(pain)
    assert pain.at.text().count(".") == 2 and "-" not in pain.at.text()
