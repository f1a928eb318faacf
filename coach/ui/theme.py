"""The app's look, defined in one place: palettes, spacing, type scale, one style sheet.

- Two palettes, light and dark, calm greys with one accent blue (:data:`LIGHT`,
  :data:`DARK`); :func:`apply` sets one of them on the application ("system" picks the
  one matching the system's colour scheme and follows it when it changes). Views read
  colours from the palette, so the pain chart follows the theme through palette events.
- Spacing on an 8 px grid (:data:`GRID`); type sizes from one scale relative to the
  system font, so a larger system font scales everything.
- The pain scale's green-to-red is used for pain only; every place that uses it (and the
  "done" green) also shows a number or a mark, so colour is never the only signal.
- Focus is always visible: buttons get a 2 px ring in the focus colour in both themes.
- Every text/background pair meets WCAG AA (4.5:1); ``tests/test_theme.py`` measures
  :func:`text_pairs`.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QApplication, QLabel, QWidget

# Point sizes relative to the system font, so a user's larger font scales everything.
TITLE_SCALE = 1.6
BIG_SCALE = 1.3
SMALL_SCALE = 0.9
GRID = 8  # px: margins and spacing are multiples of this

R = QPalette.ColorRole
# One calm light and one dark palette; the accent (Highlight) is the only saturated colour.
LIGHT: dict[QPalette.ColorRole, str] = {
    R.Window: "#f6f5f4",
    R.WindowText: "#1f1f23",
    R.Base: "#ffffff",
    R.AlternateBase: "#f0eff2",
    R.Text: "#1f1f23",
    R.PlaceholderText: "#5e5c64",
    R.Button: "#e8e7ea",
    R.ButtonText: "#1f1f23",
    R.Light: "#ffffff",
    R.Midlight: "#e2e1e4",
    R.Mid: "#b8b7bd",
    R.Dark: "#8e8d93",
    R.Shadow: "#5e5c64",
    R.Highlight: "#1a62c4",
    R.HighlightedText: "#ffffff",
    R.Link: "#1a5fb4",
    R.LinkVisited: "#613583",
    R.ToolTipBase: "#1f1f23",
    R.ToolTipText: "#ffffff",
    R.BrightText: "#ffffff",
}
DARK: dict[QPalette.ColorRole, str] = {
    R.Window: "#242428",
    R.WindowText: "#f2f2f4",
    R.Base: "#1c1c1f",
    R.AlternateBase: "#2a2a2e",
    R.Text: "#f2f2f4",
    R.PlaceholderText: "#a9a8ae",
    R.Button: "#38383d",
    R.ButtonText: "#f2f2f4",
    R.Light: "#4a4a50",
    R.Midlight: "#404045",
    R.Mid: "#5a5a60",
    R.Dark: "#161618",
    R.Shadow: "#000000",
    R.Highlight: "#1a62c4",
    R.HighlightedText: "#ffffff",
    R.Link: "#8cb8f2",
    R.LinkVisited: "#c6a0e8",
    R.ToolTipBase: "#f2f2f4",
    R.ToolTipText: "#1f1f23",
    R.BrightText: "#000000",
}
# Disabled text: dimmer than text but still legible (AA) on the window colour.
DISABLED_TEXT = {"light": "#6c6a72", "dark": "#9d9ca3"}
# The focus ring (2 px), strong against the window and the button face; on a checked
# (accent-filled) button it turns white, strong against the accent.
FOCUS = {"light": "#0b3d91", "dark": "#8cb8f2"}
FOCUS_ON_ACCENT = "#ffffff"
# The outline of a checked button, so its edge stands out from the window (3:1) in dark.
CHECKED_BORDER = {"light": "#1a62c4", "dark": "#8cb8f2"}

DONE_MARK = "✓"
PLANNED_MARK = "○"
STOPPED_MARK = "✗"

# A chosen pain score, in the dialog and the player alike, is filled and framed thickly,
# not only tinted: visible without colour.
SCORE_STYLE = """
QPushButton { border: 1px solid palette(mid); border-radius: 6px; padding: 4px;
              background: palette(button); color: palette(button-text); }
QPushButton:focus { border: 2px dashed palette(highlight); }
QPushButton:checked { border: 4px solid palette(text); background: palette(highlight);
                      color: palette(highlighted-text); }
"""

_PAIN_STOPS = (
    (0, QColor(46, 160, 67)),
    (3, QColor(191, 160, 0)),
    (6, QColor(219, 109, 40)),
    (10, QColor(200, 40, 40)),
)


def scaled_font(
    scale: float, bold: bool = False, base: QFont | None = None, minimum: float = 0.0
) -> QFont:
    """``base`` (the application font) ``scale`` times as large, never under ``minimum`` pt."""
    font = QFont(base or QApplication.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(max(minimum, size * scale))
    else:
        font.setPixelSize(max(8, round(font.pixelSize() * scale)))
    font.setBold(bold)
    return font


def set_font(widget: QWidget, scale: float, bold: bool = False, minimum: float = 0.0) -> None:
    widget.setFont(scaled_font(scale, bold, widget.font(), minimum))


def plain_label(text: str = "", scale: float = 1.0, bold: bool = False) -> QLabel:
    """A wrapping label whose text is shown as typed (never as HTML), in the type scale."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if scale != 1.0 or bold:
        set_font(label, scale, bold)
    return label


def is_dark(palette: QPalette | None = None) -> bool:
    pal = palette or QApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def pain_colour(score: float) -> QColor:
    """Green (0) through amber to red (10), interpolated between fixed stops."""
    score = max(0.0, min(10.0, float(score)))
    for (lo, c1), (hi, c2) in pairwise(_PAIN_STOPS):
        if score <= hi:
            t = (score - lo) / (hi - lo)
            return QColor(
                round(c1.red() + (c2.red() - c1.red()) * t),
                round(c1.green() + (c2.green() - c1.green()) * t),
                round(c1.blue() + (c2.blue() - c1.blue()) * t),
            )
    return _PAIN_STOPS[-1][1]


def done_colour() -> QColor:
    return QColor(_done_hex("dark" if is_dark() else "light"))


def accent_colour() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.Highlight)


def text_colour() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.WindowText)


def muted_colour() -> QColor:
    pal = QApplication.palette()
    return pal.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)


def focus_colour() -> QColor:
    return QColor(FOCUS["dark" if is_dark() else "light"])


def base_colour() -> QColor:
    return QApplication.palette().color(QPalette.ColorRole.Base)


def mean_colour() -> QColor:
    return QColor(110, 170, 255) if is_dark() else QColor(30, 90, 200)


# -- applying a theme -----------------------------------------------------------------

STYLE_SHEET = """
QPushButton, QToolButton {{
    padding: 4px 16px; border-radius: 6px; min-height: 24px;
    border: 1px solid palette(mid); background: palette(button); color: palette(button-text);
}}
QToolButton {{ padding: 4px 8px; }}
QPushButton:hover, QToolButton:hover {{ border-color: palette(highlight); }}
QPushButton:checked, QToolButton:checked {{
    background: palette(highlight); color: palette(highlighted-text);
    border-color: {checked};
}}
QPushButton:disabled, QToolButton:disabled {{ color: {disabled}; background: palette(window); }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {focus}; }}
QPushButton:checked:focus, QToolButton:checked:focus {{ border: 2px solid {focus_on_accent}; }}
QPushButton:default {{ border-color: palette(highlight); }}
QPushButton[nav="true"] {{ text-align: left; padding-left: 12px; }}
QCalendarWidget QToolButton {{ padding: 2px 4px; min-height: 0; border-color: transparent; }}
QCalendarWidget QToolButton:focus {{ border: 2px solid {focus}; }}
QCalendarWidget #qt_calendar_navigationbar {{ background: palette(window); }}
QCalendarWidget #qt_calendar_navigationbar QToolButton {{ color: palette(window-text); }}
"""


def resolved(mode: str) -> str:
    """``light`` or ``dark``: ``system`` asks the platform's colour scheme (light when it
    does not say)."""
    if mode in ("light", "dark"):
        return mode
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def palette_for(name: str) -> QPalette:
    colours = DARK if name == "dark" else LIGHT
    palette = QPalette()
    for role, value in colours.items():
        palette.setColor(role, QColor(value))
    disabled = QColor(DISABLED_TEXT[name])
    for role in (R.WindowText, R.Text, R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


_following_system = False


def apply(mode: str, app: QApplication | None = None) -> str:
    """Set the palette and style sheet for ``mode`` (system/light/dark); returns the
    palette used. Widgets, and the pyqtgraph chart through its palette events, redraw."""
    global _following_system
    app = app or QApplication.instance()
    assert isinstance(app, QApplication)
    name = resolved(mode)
    if app.property("coach-style") != "fusion":
        app.setStyle("Fusion")  # the one style that draws our palette the same everywhere
        app.setProperty("coach-style", "fusion")
    app.setPalette(palette_for(name))
    sheet = STYLE_SHEET.format(
        disabled=DISABLED_TEXT[name],
        focus=FOCUS[name],
        focus_on_accent=FOCUS_ON_ACCENT,
        checked=CHECKED_BORDER[name],
    )
    if app.styleSheet() != sheet:  # re-polishing every widget takes ~0.2 s
        app.setStyleSheet(sheet)
    hints = QGuiApplication.styleHints()
    if mode == "system" and not _following_system:
        hints.colorSchemeChanged.connect(_system_scheme_changed)
        _following_system = True
    elif mode != "system" and _following_system:
        hints.colorSchemeChanged.disconnect(_system_scheme_changed)
        _following_system = False
    return name


def _system_scheme_changed(_scheme: Qt.ColorScheme) -> None:
    apply("system")


def icon(name: str) -> QIcon:
    """A Tabler outline icon (``assets/icons/tabler``, MIT) tinted for the current palette:
    button text when off, the accent's text colour when on (a checked sidebar button),
    the disabled text colour when disabled. Drawn when Qt first asks for a size (see
    :class:`TintedIconEngine`), so building the window renders nothing; call again after
    the palette changes."""
    from coach.resources import asset_path

    path = asset_path("icons", "tabler", f"{name}.svg")
    try:
        svg = path.read_bytes()
    except OSError:
        return QIcon()  # a missing file must not stop the window from opening
    palette = QApplication.palette()
    colours = (
        palette.color(R.ButtonText).name(),
        palette.color(R.HighlightedText).name(),
        muted_colour().name(),
    )
    return QIcon(TintedIconEngine(svg, colours))


class TintedIconEngine(QIconEngine):
    """An SVG icon whose ``currentColor`` is one of three colours, rendered on demand
    at the size and scale Qt asks for and kept. Rendering every size and state up front
    (15 pixmaps an icon) cost 8 ms for the sidebar alone before the window could show,
    and 5–8 ms for each menu icon after it; most of those pixmaps were never drawn."""

    def __init__(self, svg: bytes, colours: tuple[str, str, str]) -> None:
        super().__init__()
        self._svg = svg
        self._colours = colours  # (off, on, disabled)
        self._renderers: dict[str, object] = {}
        self._cache: dict[tuple[int, int, int, float], QPixmap] = {}

    def _colour(self, mode: QIcon.Mode, state: QIcon.State) -> str:
        off, on, disabled = self._colours
        if mode == QIcon.Mode.Disabled:
            return disabled
        return on if state == QIcon.State.On else off

    def _renderer(self, colour: str):
        from PySide6.QtCore import QByteArray
        from PySide6.QtSvg import QSvgRenderer

        if colour not in self._renderers:
            tinted = self._svg.replace(b"currentColor", colour.encode())
            self._renderers[colour] = QSvgRenderer(QByteArray(tinted))
        return self._renderers[colour]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self._renderer(self._colour(mode, state)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        colour = self._colour(mode, state)
        key = (size.width(), size.height(), self._colours.index(colour), scale)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        pixmap = QPixmap(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self._renderer(colour).render(painter, QRectF(pixmap.rect()))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        self._cache[key] = pixmap
        return pixmap

    def clone(self) -> QIconEngine:
        return TintedIconEngine(self._svg, self._colours)

    def key(self) -> str:
        return "coach-tinted-svg"


def text_pairs(name: str) -> list[tuple[str, str, str]]:
    """``(what, foreground, background)`` for every text colour the theme draws on a
    background; each must reach 4.5:1."""
    c = DARK if name == "dark" else LIGHT
    return [
        ("window text", c[R.WindowText], c[R.Window]),
        ("text on base", c[R.Text], c[R.Base]),
        ("text on alternate rows", c[R.Text], c[R.AlternateBase]),
        ("button text", c[R.ButtonText], c[R.Button]),
        ("selected / checked text", c[R.HighlightedText], c[R.Highlight]),
        ("placeholder", c[R.PlaceholderText], c[R.Base]),
        ("link", c[R.Link], c[R.Base]),
        ("tool tip", c[R.ToolTipText], c[R.ToolTipBase]),
        ("disabled text", DISABLED_TEXT[name], c[R.Window]),
        ("done mark", _done_hex(name), c[R.Window]),
        ("done mark on base", _done_hex(name), c[R.Base]),
    ]


def outline_pairs(name: str) -> list[tuple[str, str, str]]:
    """``(what, colour, background)`` for the non-text marks that must reach 3:1 (WCAG
    1.4.11): the focus ring and the accent of a checked button."""
    c = DARK if name == "dark" else LIGHT
    return [
        ("focus ring on window", FOCUS[name], c[R.Window]),
        ("focus ring on button", FOCUS[name], c[R.Button]),
        ("focus ring against the unfocused border", FOCUS[name], c[R.Mid]),
        ("focus ring on a checked button", FOCUS_ON_ACCENT, c[R.Highlight]),
        ("checked button's outline on window", CHECKED_BORDER[name], c[R.Window]),
    ]


def _done_hex(name: str) -> str:
    return "#46be64" if name == "dark" else "#1b7636"


def contrast(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(hex_colour: str) -> float:
        colour = QColor(hex_colour)

        def channel(v: int) -> float:
            x = v / 255
            return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.red())
            + 0.7152 * channel(colour.green())
            + 0.0722 * channel(colour.blue())
        )

    a, b = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (a + 0.05) / (b + 0.05)
