"""The quick pain entry: a score 0–10 as big buttons, then where, which side, when.

Scoring must take one key press (digits 0–9, "1" then "0" for 10) or one click, because
it is done mid-session with a sore knee. The note is plain text: whatever is typed,
HTML included, is stored and shown back as typed.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coach.domain.pain import COMMON_LOCATIONS, Context, PainEntry, Side
from coach.ui import theme
from coach.ui.dates import edit_format
from coach.ui.dialogs import show_window_modal
from coach.ui.hub import DataHub
from coach.ui.i18n import text as domain_text

if TYPE_CHECKING:
    from coach.ui.pain.undo import PainUndo


class PainDialog(QDialog):
    """Writes one :class:`PainEntry` through the hub on Save; stays open if it fails.

    Given ``editing``, it opens filled with that entry and Save replaces it (keeping its
    id and session), through ``undo`` when given so Ctrl+Z takes the change back."""

    @classmethod
    def open_over(
        cls,
        hub: DataHub,
        parent: QWidget,
        editing: PainEntry | None = None,
        undo: PainUndo | None = None,
    ) -> PainDialog:
        """Show the dialog window-modal over ``parent`` without blocking (the window keeps
        painting); it deletes itself when closed."""
        dialog = cls(hub, parent, editing=editing, undo=undo)
        show_window_modal(dialog)
        return dialog

    def __init__(
        self,
        hub: DataHub,
        parent: QWidget | None = None,
        editing: PainEntry | None = None,
        undo: PainUndo | None = None,
    ) -> None:
        super().__init__(parent)
        self.hub = hub
        self.entry: PainEntry | None = None
        self.editing = editing
        self.undo = undo
        self._last_digit: int | None = None
        title = self.tr("Edit pain entry") if editing else self.tr("Log pain")
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        question = QLabel(self.tr("How much does it hurt right now? (0 = none, 10 = worst)"))
        question.setWordWrap(True)
        theme.set_font(question, theme.BIG_SCALE)

        self.scores = QButtonGroup(self)
        self.scores.setExclusive(True)
        row = QHBoxLayout()
        row.setSpacing(4)
        for score in range(11):
            button = QPushButton(str(score))
            button.setCheckable(True)
            button.setAutoDefault(False)  # Enter saves; it must not re-pick the focused score
            button.setMinimumSize(48, 56)
            theme.set_font(button, theme.TITLE_SCALE, bold=True)
            button.setAccessibleName(self.tr("Pain %1 of 10").replace("%1", str(score)))
            button.setToolTip(self.tr("Key %1").replace("%1", str(score) if score < 10 else "1 0"))
            self.scores.addButton(button, score)
            row.addWidget(button)
        self.scores.idToggled.connect(self._update_ok)
        for button in self.scores.buttons():
            button.setStyleSheet(theme.SCORE_STYLE)
        self.chosen = QLabel()
        self.chosen.setAccessibleDescription(self.tr("Chosen score"))
        theme.set_font(self.chosen, theme.BIG_SCALE, bold=True)

        self.location = QComboBox()
        self.location.setEditable(True)
        self.location.addItems(list(COMMON_LOCATIONS))
        self.location.setAccessibleName(self.tr("Where"))
        self.location.lineEdit().setMaxLength(60)
        self.location.setCurrentText(self._last_location())

        self.side = QComboBox()
        self.side.setAccessibleName(self.tr("Side"))
        for side, label in (
            (Side.BOTH, self.tr("Both / not sided")),
            (Side.LEFT, self.tr("Left")),
            (Side.RIGHT, self.tr("Right")),
        ):
            self.side.addItem(label, side.value)

        self.context = QComboBox()
        self.context.setAccessibleName(self.tr("When"))
        for context, label in (
            (Context.REST, self.tr("At rest")),
            (Context.BEFORE, self.tr("Before exercise")),
            (Context.DURING, self.tr("During exercise")),
            (Context.AFTER, self.tr("After exercise")),
            (Context.MORNING, self.tr("Next morning")),
        ):
            self.context.addItem(label, context.value)

        self.at = QDateTimeEdit(QDateTime.currentDateTime())
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat(edit_format(with_time=True))
        self.at.setAccessibleName(self.tr("Time"))

        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What were you doing? (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(80)

        form = QFormLayout()
        form.addRow(self.tr("Where"), self.location)
        form.addRow(self.tr("Side"), self.side)
        form.addRow(self.tr("When"), self.context)
        form.addRow(self.tr("Time"), self.at)
        form.addRow(self.tr("Note"), self.note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save pain entry"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel(self.tr("Pick a score to save (keys 0–9, or 1 then 0 for 10)."))
        self.hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addLayout(row)
        layout.addWidget(self.chosen)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.scores.button(0).setFocus()
        if editing is not None:
            self._fill(editing)

    def _fill(self, entry: PainEntry) -> None:
        self.set_score(entry.score)
        self.location.setCurrentText(entry.location)
        self.side.setCurrentIndex(max(self.side.findData(entry.side.value), 0))
        self.context.setCurrentIndex(max(self.context.findData(entry.context.value), 0))
        self.at.setDateTime(QDateTime(entry.at.replace(tzinfo=None)))
        self.note.setPlainText(entry.note)

    def score(self) -> int | None:
        checked = self.scores.checkedId()
        return None if checked < 0 else checked

    def set_score(self, score: int) -> None:
        self.scores.button(score).setChecked(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # Qt override
        text = event.text()
        if text.isdigit() and len(text) == 1:
            digit = int(text)
            score = 10 if (digit == 0 and self._last_digit == 1) else digit
            self.set_score(score)
            self._last_digit = None if score == 10 else digit
            return
        self._last_digit = None
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.score() is not None:
            self._save()
            return
        super().keyPressEvent(event)

    def _update_ok(self, *_: object) -> None:
        score = self.score()
        self.save_button.setEnabled(score is not None)
        self.chosen.setText(
            self.tr("Chosen: %1 of 10").replace("%1", str(score))
            if score is not None
            else self.tr("Chosen: none yet")
        )
        self.hint.setVisible(self.score() is None)

    def _last_location(self) -> str:
        try:
            recent = self.hub.store.pain.list(start=self.hub.today() - timedelta(days=60))
        except Exception:  # reading a hint must never stop pain from being logged
            recent = []
        return recent[-1].location if recent else COMMON_LOCATIONS[0]

    def _save(self) -> None:
        score = self.score()
        if score is None:
            return
        typed = self.at.dateTime().toPython()
        at = typed.astimezone()
        old = self.editing
        minute = {"second": 0, "microsecond": 0}
        if old is not None and typed.replace(**minute) == old.at.replace(tzinfo=None, **minute):
            at = old.at  # the time shown was not touched: keep it (and its offset) exactly
        try:
            fields = dict(
                score=score,
                at=at,
                location=self.location.currentText().strip() or COMMON_LOCATIONS[0],
                side=Side(self.side.currentData()),
                context=Context(self.context.currentData()),
                note=self.note.toPlainText().strip(),
            )
            entry = replace(old, **fields) if old is not None else PainEntry(**fields)
        except ValueError as exc:
            self.hint.setText(domain_text(exc.args[0] if exc.args else exc))
            self.hint.setVisible(True)
            return
        if old is not None and self.undo is not None:
            saved = self.undo.edit(old, entry)
        else:
            saved = self.hub.add_pain(entry)
        if saved:
            self.entry = entry
            self.accept()
        else:
            self.hint.setText(self.tr("Not saved. See the message in the main window."))
            self.hint.setVisible(True)
