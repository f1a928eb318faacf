"""Today's strength-progression suggestions: after N green sessions in a row, the next
dose step of a routine, with "Review in editor…" and "Not now".

The figures come from :mod:`coach.domain.routines.progression` (through
:mod:`coach.store.progression`); this panel only shows them. Review opens the routine
editor with the new doses put in as one unsaved change, so Save makes the new version
and Undo takes the suggestion back. A built-in routine is read-only, so its button is
"Duplicate to edit…": the editor opens on an own copy with the new doses. "Not now" is
kept in the store, so the same streak is not offered again.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from coach.domain.dose import dose_to_dict
from coach.domain.routines.progression import DISMISSED_KEY, Suggestion
from coach.store import StoreError
from coach.store.progression import dismissed_value, suggestions
from coach.ui import theme
from coach.ui.hub import DataHub
from coach.ui.i18n import text as domain_text

if TYPE_CHECKING:  # imported when a review opens: Today shows before the editor loads
    from coach.ui.routine_editor.editor import RoutineEditor


class ProgressionPanel(QWidget):
    """One card per suggestion; hidden when there is none."""

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self.found: list[Suggestion] = []
        self.review_buttons: dict[str, QPushButton] = {}
        self.not_now_buttons: dict[str, QPushButton] = {}
        self.editor: RoutineEditor | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.hide()

    def refresh(self, today: date) -> None:
        try:
            found = suggestions(self.hub.store, today)
        except StoreError:  # a damaged month: the rest of Today says so; no suggestion
            found = []
        self.show_found(found)

    def show_found(self, found: list[Suggestion]) -> None:
        self.found = list(found)
        while self._layout.count():
            old = self._layout.takeAt(0).widget()
            if old is not None:
                old.hide()
                old.setParent(None)
                old.deleteLater()
        self.review_buttons.clear()
        self.not_now_buttons.clear()
        for hit in self.found:
            self._layout.addWidget(self._card(hit))
        self.setVisible(bool(self.found))

    def _card(self, hit: Suggestion) -> QFrame:
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setAccessibleName(
            self.tr("Dose step suggested for %1").replace("%1", hit.routine_name)
        )
        box = QVBoxLayout(card)
        title = self.tr("Ready for a little more: %1").replace("%1", hit.routine_name)
        box.addWidget(theme.plain_label(title, bold=True))
        box.addWidget(theme.plain_label(domain_text(hit.reason)))
        # The doses in two columns when there are many, so the card stays short.
        texts = [domain_text(s.text()) for s in hit.steps]
        half = (len(texts) + 1) // 2 if len(texts) > 4 else len(texts)
        columns = QHBoxLayout()
        for part in (texts[:half], texts[half:]):
            if part:
                label = theme.plain_label("\n".join(part))
                label.setAccessibleDescription(self.tr("Suggested doses"))
                columns.addWidget(label, 1, Qt.AlignmentFlag.AlignTop)
        box.addLayout(columns)
        box.addWidget(
            theme.plain_label(
                self.tr("Rule: %1").replace("%1", domain_text(hit.rule)), theme.SMALL_SCALE
            )
        )
        if hit.builtin:
            box.addWidget(
                theme.plain_label(
                    self.tr(
                        "Built-in routines are read-only: duplicate it to edit, with the "
                        "suggested doses filled in."
                    ),
                    theme.SMALL_SCALE,
                )
            )
        row = QHBoxLayout()
        review = QPushButton(
            self.tr("Duplicate to edit…") if hit.builtin else self.tr("Review in editor…")
        )
        review.setAccessibleName(
            self.tr("Review the suggested doses of %1 in the editor").replace(
                "%1", hit.routine_name
            )
        )
        review.clicked.connect(lambda _=False, h=hit: self.review(h))
        later = QPushButton(self.tr("Not now"))
        later.setAccessibleName(
            self.tr("Not now: don't suggest a step for %1 until the next green streak").replace(
                "%1", hit.routine_name
            )
        )
        later.clicked.connect(lambda _=False, h=hit: self.not_now(h))
        self.review_buttons[hit.routine_id] = review
        self.not_now_buttons[hit.routine_id] = later
        row.addWidget(review)
        row.addWidget(later)
        row.addStretch(1)
        box.addLayout(row)
        return card

    def review(self, hit: Suggestion) -> RoutineEditor | None:
        """The editor on the routine (a built-in: on an own copy) with the new doses put
        in as one unsaved change."""
        if self.editor is not None and self.editor.isVisible():
            self.editor.raise_()
            self.editor.activateWindow()
            return self.editor
        store = self.hub.store
        routine = store.routines.get(hit.routine_id)
        if routine is None:
            return None
        new = False
        if routine.builtin:
            from coach.ui.routines_view import own_copy

            routine = own_copy(
                routine, store.routines.list(include_hidden=True), store.routines.known_ids()
            )
            new = True
        from coach.ui.routine_editor.editor import RoutineEditor

        editor = RoutineEditor(self.hub, routine, new=new, parent=self.window())
        editor.setWindowFlag(Qt.WindowType.Window, True)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.destroyed.connect(lambda *_a: setattr(self, "editor", None))
        if hit.builtin:  # the copy carries the step on; the built-in's streak is set aside
            editor.saved.connect(lambda _id, h=hit: self.not_now(h))
        editor.propose_doses(
            {s.exercise_id: dose_to_dict(s.new) for s in hit.steps if s.more_reps},
            self.tr(
                "Suggested doses filled in for %1 exercises, not saved yet: Save makes them a "
                "new version, Undo takes them back."
            ).replace("%1", str(sum(1 for s in hit.steps if s.more_reps))),
        )
        editor.show()
        self.editor = editor
        return editor

    def not_now(self, hit: Suggestion) -> None:
        """Set this streak aside: the next suggestion needs a new one after it."""
        self.hub.set_setting(DISMISSED_KEY, dismissed_value(self.hub.store, hit))
