"""The theme's colours: text is readable (WCAG AA) and focus is visible, in both themes."""

from __future__ import annotations

import pytest

from coach.ui import theme


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_text_colour_pair_reaches_4_5_to_1(name):
    weak = [
        (what, round(theme.contrast(fg, bg), 2))
        for what, fg, bg in theme.text_pairs(name)
        if theme.contrast(fg, bg) < 4.5
    ]
    assert weak == []


@pytest.mark.parametrize("name", ["light", "dark"])
def test_focus_rings_and_checked_outlines_reach_3_to_1(name):
    weak = [
        (what, round(theme.contrast(fg, bg), 2))
        for what, fg, bg in theme.outline_pairs(name)
        if theme.contrast(fg, bg) < 3.0
    ]
    assert weak == []


def test_contrast_matches_the_wcag_reference_values():
    assert theme.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert theme.contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


def test_the_accent_is_the_only_saturated_colour_in_each_palette():
    from PySide6.QtGui import QColor

    for palette in (theme.LIGHT, theme.DARK):
        saturated = {
            role
            for role, value in palette.items()
            if QColor(value).hsvSaturationF() > 0.35
            and role not in (theme.R.Link, theme.R.LinkVisited)
        }
        assert saturated == {theme.R.Highlight}
