"""The fonts printed documents use, with a bundled fallback for Chinese and Japanese.

A name or note may be in any script. Windows and macOS always have fonts for CJK and
Arabic, and Linux desktops nearly always have DejaVu (Latin, Greek, Cyrillic, Arabic),
but a minimal Linux may have no CJK font at all, so ``assets/fonts/`` ships a subset of
Droid Sans Fallback (Apache-2.0, licence beside it) holding the CJK ideographs, kana
and CJK punctuation. It is added after the system family, so Qt uses it only for the
characters the system font lacks; the PDF embeds just the glyphs it prints.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from coach.resources import asset_path

FALLBACK_FILE = "DroidSansFallback-CJK.ttf"
PREFERRED = ("DejaVu Sans", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial")


@lru_cache(maxsize=1)
def fallback_families() -> tuple[str, ...]:
    """Register the bundled fallback font once; its family names (empty if missing)."""
    font_id = QFontDatabase.addApplicationFont(str(asset_path("fonts", FALLBACK_FILE)))
    return tuple(QFontDatabase.applicationFontFamilies(font_id)) if font_id >= 0 else ()


@lru_cache(maxsize=1)
def base_families() -> tuple[str, ...]:
    """A sans-serif family the system has, then the bundled CJK fallback."""
    have = set(QFontDatabase.families())
    first = next((f for f in PREFERRED if f in have), QGuiApplication.font().family())
    return (first, *fallback_families())


def document_font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(list(base_families()))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
