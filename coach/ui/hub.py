"""The one path by which the GUI changes data.

Views never write to the store themselves: they call a :class:`DataHub` method, which
writes and then announces the change with ``changed(area)`` so every view that shows
that area refreshes. A write that fails announces ``error(message)`` instead, with the
store's own plain-words message, and returns ``False``; nothing is half-changed,
because every store write is all-or-nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from coach.store.errors import StoreError

if TYPE_CHECKING:
    from coach.domain.pain import PainEntry
    from coach.domain.plan.paper import PaperSession
    from coach.domain.plan.schedule import Schedule
    from coach.domain.record import SessionRecord
    from coach.domain.routine import Routine
    from coach.domain.routines.versions import Source
    from coach.domain.running.runs import Run
    from coach.store import Store

log = logging.getLogger(__name__)

AREAS = ("pain", "sessions", "routines", "settings", "plans", "runs")


class DataHub(QObject):
    """Wraps an open store; emits ``changed(area)`` after each successful write.

    ``today`` is injectable so tests and the self-test can pin "today" to a date the
    demo history was generated for.
    """

    changed = Signal(str)
    error = Signal(str)

    def __init__(
        self,
        store: Store | None,
        today: Callable[[], date] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``store`` may be None at start-up: the window's frame shows first, and the
        store is opened and given with :meth:`attach` after its first paint."""
        super().__init__(parent)
        self._store = store
        self._today = today or date.today

    @property
    def store(self) -> Store:
        return self._store  # type: ignore[return-value]  # None only before attach

    def is_attached(self) -> bool:
        return self._store is not None

    def attach(self, store: Store) -> None:
        """The store opened after the window's first paint; nothing was shown from it yet,
        so no view needs telling (unlike :meth:`replace_store`)."""
        self._store = store

    def replace_store(self, store: Store) -> None:
        """Use ``store`` from now on (a restore reopened the folder); every view refreshes."""
        self._store = store
        for area in AREAS:
            self.changed.emit(area)

    def today(self) -> date:
        return self._today()

    def add_pain(self, entry: PainEntry) -> bool:
        return self._write("pain", lambda: self._store.pain.add(entry))

    def delete_pain(self, entry_id: str) -> bool:
        return self._write("pain", lambda: self._store.pain.delete(entry_id))

    def save_session(self, record: SessionRecord) -> bool:
        """Save the record; its before/after scores become diary entries in the same
        write, and then the pain views are told as well."""
        written: list[int] = []
        ok = self._write("sessions", lambda: written.append(self._store.sessions.save(record)))
        if ok and written and written[0]:
            self.changed.emit("pain")
        return ok

    def save_routine(self, routine: Routine, source: Source | None = None) -> bool:
        """Save a routine and its version (an import passes ``Source.IMPORTED``). A name
        the store refuses (a control character) is reported like a failed write."""
        repo = self._store.routines
        try:
            if source is None:
                return self._write("routines", lambda: repo.save(routine))
            return self._write("routines", lambda: repo.save(routine, source))
        except ValueError as exc:
            self.error.emit(self.tr("Could not save the routine: %1").replace("%1", str(exc)))
            return False

    def add_picture(self, path: Path) -> str | None:
        """Copy a picture the person chose into the data folder; its reference, or
        ``None`` with the one-line reason on ``error`` (nothing is copied then)."""
        from coach.store.pictures import read_picture_file
        from coach.ui.pictures import decodes

        try:
            data = read_picture_file(path)
            if not decodes(data):
                raise ValueError(f"{path.name} is damaged and cannot be shown as a picture")
        except ValueError as exc:
            self.error.emit(self.tr("Picture not added: %1").replace("%1", str(exc)))
            return None
        refs: list[str] = []
        try:
            ok = self._write("pictures", lambda: refs.append(self._store.pictures.add(data)))
        except ValueError as exc:
            self.error.emit(self.tr("Picture not added: %1").replace("%1", str(exc)))
            return None
        return refs[0] if ok and refs else None

    def hide_routine(self, routine_id: str, hide: bool = True) -> bool:
        return self._write("routines", lambda: self._store.routines.set_hidden(routine_id, hide))

    def delete_routine(self, routine_id: str) -> bool:
        """Delete one of the person's routines; its versions and sessions stay."""
        return self._write("routines", lambda: self._store.routines.delete(routine_id))

    def set_schedule(self, routine_id: str, schedule: Schedule | None, start: date) -> bool:
        """Follow ``schedule`` from ``start`` (None: as needed); the past keeps its plan."""
        return self._write(
            "plans", lambda: self._store.plans.set_schedule(routine_id, schedule, start)
        )

    def pause_plan(self, routine_id: str, start: date, end: date) -> bool:
        return self._write("plans", lambda: self._store.plans.pause(routine_id, start, end))

    def add_paper_session(self, session: PaperSession) -> bool:
        return self._write("plans", lambda: self._store.plans.add_paper(session))

    def delete_paper_session(self, paper_id: str) -> bool:
        return self._write("plans", lambda: self._store.plans.delete_paper(paper_id))

    def add_runs(self, runs: Sequence[Run], pain: Sequence[PainEntry] = ()) -> bool:
        """Log ``runs`` and the diary entries of their pain, all in one write (an import
        of several files writes all of them or none); the pain views are told too."""
        store = self._store

        def write() -> None:
            with store.transaction():
                for run in runs:
                    store.runs.add(run)
                for entry in pain:
                    store.pain.add(entry)

        ok = self._write("runs", write)
        if ok and pain:
            self.changed.emit("pain")
        return ok

    def delete_run(self, run: Run) -> list[PainEntry] | None:
        """Delete a run and the diary entries tied to it (as ``run delete`` does); returns
        those entries, so an undo can put everything back, or ``None`` if it failed."""
        store = self._store
        gone: list[PainEntry] = []

        def write() -> None:
            with store.transaction():
                store.runs.delete(run.id)
                end = run.day + timedelta(days=1)
                for entry in store.pain.list(run.day, end):
                    if entry.session_id == run.id:
                        store.pain.delete(entry.id)
                        gone.append(entry)

        if not self._write("runs", write):
            return None
        if gone:
            self.changed.emit("pain")
        return gone

    def set_setting(self, key: str, value: Any, announce: bool = True) -> bool:
        """``announce=False`` for a note that no view shows (the morning check's "asked"):
        written during Today's own refresh, it made Today stale and read it twice."""
        return self._write("settings", lambda: self._store.settings.set(key, value), announce)

    def report_read_error(self, exc: StoreError) -> None:
        """A read failed (a damaged month met while browsing): say so in plain words."""
        log.warning("read failed: %s", type(exc).__name__)
        self.error.emit(str(exc))

    def _write(self, area: str, action: Callable[[], object], announce: bool = True) -> bool:
        try:
            action()
        except StoreError as exc:
            # The store's message is already one plain line; log only the kind of
            # failure, never the record (health data stays out of the log).
            log.warning("write to %s failed: %s", area, type(exc).__name__)
            self.error.emit(str(exc))
            return False
        except OSError as exc:
            log.warning("write to %s failed: %s", area, type(exc).__name__)
            reason = exc.strerror or type(exc).__name__
            self.error.emit(self.tr("Could not save your change: %1.").replace("%1", reason))
            return False
        if announce:
            self.changed.emit(area)
        return True


AGAIN = "again"  # prepare() has begun and wants another event-loop turn (see the warm-up)


class HubView(QWidget):
    """A view that shows some areas of the data and refreshes when they change.

    A hidden view only notes that it is stale and refreshes when it is next shown, so
    one pain entry does not make four views re-read the store while the person is on
    one of them (and the event loop stays free).
    """

    areas: tuple[str, ...] = AREAS

    def __init__(self, hub: DataHub, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hub = hub
        self._stale = True
        hub.changed.connect(self._on_changed)

    def refresh(self) -> None:
        """Re-read what the view shows from ``self.hub.store``."""

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self._stale = False
            self.refresh_safely()

    def prepare(self) -> object:
        """Refresh now, while hidden, so the first show has nothing to re-read or redraw
        (the window's warm-up calls it once the months are parsed). A change after it
        marks the view stale again as usual."""
        if self._stale and not self.isVisible():
            self._stale = False
            self.refresh_safely()
        return None

    def prepare_steps(self) -> list[Callable[[], object]]:
        """:meth:`prepare` as the steps the window's attach runs, one per turn, when this
        view is the first screen; a view whose filling is dear splits it (Today)."""
        return [self.prepare]

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        if self._stale:
            self._stale = False
            self.refresh_safely()
        super().showEvent(event)

    def refresh_safely(self, refresh: Callable[[], object] | None = None) -> None:
        """:meth:`refresh` (or a part of it), with a damaged file (an old month opening
        did not read) shown as the store's one-line message in the message bar, never as
        an internal error."""
        try:
            (refresh or self.refresh)()
        except StoreError as exc:
            self.hub.report_read_error(exc)

    def _on_changed(self, area: str) -> None:
        if area in self.areas:
            self.mark_stale()
