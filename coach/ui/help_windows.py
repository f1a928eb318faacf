"""Help ▸ User guide and Help ▸ About.

The guide is ``docs/USER_GUIDE.md`` (``USER_GUIDE.de.md`` in German; both shipped in the
bundle), shown inside the app with QTextBrowser's Markdown support: many systems have no
program that opens ``.md`` files, and a guide that does not open helps nobody.

About names the versions of what the app is built with and shows every licence text
from ``assets/licenses/`` (the same files ship in each installer); ``NOTICE.txt`` there
is the one copy of the LGPL notice and of where to get the Qt and PySide6 source.
"""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coach import APP_NAME, __version__
from coach.resources import asset_path, doc_path
from coach.ui import theme

GUIDE = "USER_GUIDE.md"


def read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def component_versions() -> list[tuple[str, str, str]]:
    """``(component, version, licence)`` for what the app is built with."""
    import numpy
    import pyqtgraph
    import tinydb

    return [
        ("Qt", qVersion(), "LGPL-3.0"),
        ("PySide6", PySide6.__version__, "LGPL-3.0"),
        ("pyqtgraph", pyqtgraph.__version__, "MIT"),
        ("TinyDB", tinydb.__version__, "MIT"),
        ("NumPy", numpy.__version__, "BSD-3-Clause"),
        ("Python", platform.python_version(), "PSF-2.0"),
    ]


def licence_files() -> list[Path]:
    folder = asset_path("licenses")
    files = sorted(folder.glob("*.txt"), key=lambda p: (p.name != "NOTICE.txt", p.name.lower()))
    return files


class GuideWindow(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("User guide"))
        from coach.ui import i18n

        text = read_text(doc_path(GUIDE.replace(".md", f".{i18n.current}.md")))
        text = text or read_text(doc_path(GUIDE))
        if text is None:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation."))
        else:
            self.browser.setMarkdown(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 620)


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        tabs = QTabWidget()
        tabs.addTab(self._about_page(data_dir), self.tr("About"))
        tabs.addTab(self._licences_page(), self.tr("Licences"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(theme.GRID * 90, theme.GRID * 70)

    def _about_page(self, data_dir: Path) -> QWidget:
        page = QWidget()
        title = QLabel(f"{APP_NAME} {__version__}")
        theme.set_font(title, theme.TITLE_SCALE, bold=True)
        blurb = QLabel(
            self.tr(
                "An offline coach for a physiotherapy home-exercise routine: timers, a pain "
                "diary and a progress report for your physio. Free software under the MIT "
                "licence."
            )
        )
        warning = QLabel(
            self.tr(
                "Not medical advice. Rehab Coach helps you follow the plan you agreed with "
                "your physiotherapist; it does not diagnose or treat anything. If pain gets "
                "worse, stop and ask a health professional."
            )
        )
        theme.set_font(warning, 1.0, bold=True)
        folder = QLabel(self.tr("Your data folder: %1").replace("%1", str(data_dir)))
        folder.setTextInteractionFlags(folder.textInteractionFlags() | _selectable())
        self.open_folder = QPushButton(self.tr("Open data folder"))
        self.open_folder.setAccessibleName(self.tr("Open data folder"))
        self.open_folder.setAutoDefault(False)  # Enter closes the dialog, it opens nothing
        self.open_folder.clicked.connect(lambda: _open(data_dir))
        rows = [f"{name} {version} — {licence}" for name, version, licence in component_versions()]
        self.versions = QLabel(self.tr("Built with:") + "\n" + "\n".join(rows))
        self.versions.setTextInteractionFlags(_selectable())
        lgpl = QLabel(
            self.tr(
                "Qt and PySide6 are used under the GNU LGPL v3 as separate, replaceable "
                "libraries. Their source code: download.qt.io (Qt and Qt for Python). See "
                "the Licences tab for the full notice and every licence text."
            )
        )
        for label in (blurb, warning, folder, lgpl, self.versions):
            label.setWordWrap(True)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder, 1)
        folder_row.addWidget(self.open_folder)
        layout = QVBoxLayout(page)
        layout.setSpacing(theme.GRID * 2)
        layout.addWidget(title)
        layout.addWidget(blurb)
        layout.addWidget(warning)
        layout.addLayout(folder_row)
        layout.addWidget(self.versions)
        layout.addWidget(lgpl)
        layout.addStretch(1)
        return page

    def _licences_page(self) -> QWidget:
        page = QWidget()
        self.licence_list = QListWidget()
        self.licence_list.setAccessibleName(self.tr("Licence files"))
        self.licence_text = QTextBrowser()
        self.licence_text.setAccessibleName(self.tr("Licence text"))
        # licence texts are laid out for a fixed-width font, with their own line breaks
        self.licence_text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.licence_text.setLineWrapMode(QTextBrowser.LineWrapMode.NoWrap)
        self._files = licence_files()
        for path in self._files:
            self.licence_list.addItem(path.stem)
        self.licence_list.currentRowChanged.connect(self._show_licence)
        self.licence_list.setMaximumWidth(theme.GRID * 20)
        layout = QHBoxLayout(page)
        layout.addWidget(self.licence_list)
        layout.addWidget(self.licence_text, 1)
        if self._files:
            self.licence_list.setCurrentRow(0)
        else:
            self.licence_text.setPlainText(self.tr("The licence files are missing."))
        return page

    def _show_licence(self, row: int) -> None:
        if 0 <= row < len(self._files):
            text = read_text(self._files[row])
            self.licence_text.setPlainText(text or self.tr("This licence file cannot be read."))


def _selectable() -> Qt.TextInteractionFlag:
    return Qt.TextInteractionFlag.TextSelectableByMouse


def _open(folder: Path) -> None:
    from coach.ui.app_actions import open_folder

    open_folder(folder)
