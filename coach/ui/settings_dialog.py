"""File ▸ Settings… (Ctrl+, ; Preferences on macOS): one dialog, one page per subject.

Every change applies at once; there is no OK/Apply. "Restore defaults" resets the page
that is shown. Where a value lives:

- this computer's preferences (sound, voice, theme): QSettings, through
  :mod:`coach.ui.prefs` (the player's Sound/Voice buttons use the same keys);
- what a physio sets and must travel with the data (pain rules, schedules): the store,
  through ``context.hub.set_setting`` so every view hears ``changed("settings")``.

Adding a page (pain rules, reminders…) is one call, made when your module is imported::

    from coach.ui.settings_dialog import SettingsContext, register_page

    def pain_rules_page(context: SettingsContext) -> QWidget:
        page = PainRulesPage(context.hub)  # give it restore_defaults() if it has defaults
        return page

    register_page("pain-rules", QT_TRANSLATE_NOOP("settings", "Pain rules"), pain_rules_page)

and import that module from ``coach/ui/main_window.py`` (or add it to
:data:`PAGE_MODULES`). Page titles are translated with the ``settings`` context.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coach.ui import prefs, theme
from coach.ui.hub import DataHub
from coach.ui.voice_settings import VoiceControls


@dataclass(frozen=True)
class SettingsContext:
    """What a page may need: the data hub (store settings) and the preferences."""

    hub: DataHub
    preferences: prefs.Preferences
    speech_engines: tuple[str, ...] = ()  # empty: every installed engine (tests: "mock")


@dataclass(frozen=True)
class Page:
    key: str
    title: str  # untranslated; shown through QCoreApplication.translate("settings", …)
    make: Callable[[SettingsContext], QWidget]


PAGES: list[Page] = []
# Modules that register a page when imported (imported when the dialog first opens).
PAGE_MODULES: list[str] = ["coach.ui.settings_pages", "coach.ui.running.settings_page"]


def register_page(key: str, title: str, make: Callable[[SettingsContext], QWidget]) -> None:
    """Add (or replace, by ``key``) a page; pages show in the order they were added."""
    page = Page(key, title, make)
    for i, existing in enumerate(PAGES):
        if existing.key == key:
            PAGES[i] = page
            return
    PAGES.append(page)


class GeneralPage(QWidget):
    """Sound, voice (on/off, which voice, its speed, a test), theme, language and the data
    folder. The voice controls run their speech process only while the page is in sight."""

    def __init__(self, context: SettingsContext) -> None:
        super().__init__()
        self.prefs = context.preferences
        self.sound = QCheckBox(self.tr("Play sounds during a session"))
        self.sound.setAccessibleName(self.tr("Sound"))
        self.sound.setAccessibleDescription(self.sound.text())
        self.voice = QCheckBox(self.tr("Speak the instructions"))
        self.voice.setAccessibleName(self.tr("Voice"))
        self.voice.setAccessibleDescription(self.voice.text())
        self.voice_controls = VoiceControls(self.prefs, context.speech_engines, self)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        # AT-SPI names a combo box by its current text: say which choice it is here too
        self.theme.setAccessibleDescription(self.tr("Theme"))
        for key, text in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(text, key)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(self.tr("Language"))
        for key, text in (
            ("system", self.tr("Follow the system")),
            ("en", "English"),
            ("de", "Deutsch"),
        ):
            self.language.addItem(text, key)
        self.language_note = QLabel(self.tr("A new language shows when Rehab Coach next starts."))
        self.language_note.setWordWrap(True)
        theme.set_font(self.language_note, theme.SMALL_SCALE)
        language_box = QVBoxLayout()
        language_box.addWidget(self.language)
        language_box.addWidget(self.language_note)
        folder = context.hub.store.data_dir
        self.folder = QLabel(str(folder))
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)
        self.folder.setAccessibleDescription(self.tr("Data folder"))
        self.open_folder = QPushButton(self.tr("Open"))
        self.open_folder.setAccessibleName(self.tr("Open the data folder"))
        self.open_folder.setAutoDefault(False)
        self.open_folder.clicked.connect(lambda: _open(folder))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_folder)

        form = QFormLayout(self)
        form.setVerticalSpacing(theme.GRID * 2)
        form.addRow(self.tr("Sound:"), self.sound)
        form.addRow(self.tr("Voice:"), self.voice)
        self.voice_controls.add_rows(form)
        form.addRow(self.tr("Theme:"), self.theme)
        form.addRow(self.tr("Language:"), language_box)
        form.addRow(self.tr("Data folder:"), folder_row)

        self.show_values()
        self.sound.toggled.connect(lambda on: self.prefs.set(prefs.MUTED, not on))
        self.voice.toggled.connect(lambda on: self.prefs.set(prefs.VOICE, on))
        self.theme.currentIndexChanged.connect(
            lambda _i: self.prefs.set(prefs.THEME, self.theme.currentData())
        )
        self.language.currentIndexChanged.connect(
            lambda _i: self.prefs.set(prefs.LANGUAGE, self.language.currentData())
        )
        # a bound method, not a lambda: Qt drops the connection when the page is deleted
        self.prefs.changed.connect(self._preference_changed)

    def _preference_changed(self, _key: str) -> None:
        self.show_values()

    def show_values(self) -> None:
        """Show the stored values (also after the player's own buttons changed them)."""
        muted = self.prefs.value(prefs.MUTED)
        for box, on in ((self.sound, not muted), (self.voice, self.prefs.value(prefs.VOICE))):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)
        self.voice.setEnabled(not muted)  # speech is a cue too: sound off silences it
        for combo, key in ((self.theme, prefs.THEME), (self.language, prefs.LANGUAGE)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(self.prefs.value(key))))
            combo.blockSignals(False)

    def restore_defaults(self) -> None:
        self.prefs.restore_defaults()

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        super().showEvent(event)
        self.voice_controls.start()

    def hideEvent(self, event: QHideEvent) -> None:  # Qt override
        super().hideEvent(event)
        self.voice_controls.stop()


register_page("general", QT_TRANSLATE_NOOP("settings", "General"), GeneralPage)


class SettingsDialog(QDialog):
    def __init__(
        self, hub: DataHub, parent: QWidget | None = None, *, speech_engines: tuple[str, ...] = ()
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        for module in PAGE_MODULES:
            importlib.import_module(module)
        context = SettingsContext(hub, prefs.preferences(), tuple(speech_engines))
        self.page_list = QListWidget()
        self.page_list.setAccessibleName(self.tr("Settings pages"))
        self.pages = QStackedWidget()
        self.page_widgets: dict[str, QWidget] = {}
        self._scrolls: list[QScrollArea] = []
        for page in PAGES:
            widget = page.make(context)
            self.page_widgets[page.key] = widget
            scroll = QScrollArea()  # a long page scrolls instead of squeezing its fields
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(widget)
            self._scrolls.append(scroll)
            self.pages.addWidget(scroll)
            self.page_list.addItem(QCoreApplication.translate("settings", page.title))
        self.page_list.currentRowChanged.connect(self._show_page)
        self.page_list.setMaximumWidth(theme.GRID * 22)
        self.page_list.setVisible(len(PAGES) > 1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.RestoreDefaults | QDialogButtonBox.StandardButton.Close
        )
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.restore_button.setAccessibleName(self.tr("Restore the defaults on this page"))
        self.restore_button.clicked.connect(self.restore_defaults)
        buttons.rejected.connect(self.close)
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.page_list.setCurrentRow(0)
        self.resize(theme.GRID * 84, theme.GRID * 62)

    def current_page(self) -> QWidget | None:
        scroll = self.pages.currentWidget()
        return scroll.widget() if isinstance(scroll, QScrollArea) else None

    def _show_page(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        self.restore_button.setEnabled(hasattr(self.current_page(), "restore_defaults"))

    def show_page(self, key: str) -> QWidget:
        widget = self.page_widgets[key]
        self.page_list.setCurrentRow(list(self.page_widgets).index(key))
        return widget

    def restore_defaults(self) -> None:
        page = self.current_page()
        if hasattr(page, "restore_defaults"):
            page.restore_defaults()


def _open(folder: Path) -> None:
    from coach.ui.app_actions import open_folder

    open_folder(folder)
