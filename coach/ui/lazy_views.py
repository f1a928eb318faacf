"""The main window's views, each built the first time it is needed.

Only the first screen has to exist before the window shows; building Progress,
Calendar and Routines (and importing their modules) before it would cost most of the
start-up time. Each view is registered with a factory; the stack holds an empty
placeholder in its place until the view is asked for (by name, through the mapping),
or until the window builds it after the first paint (one view per turn of the event
loop), so the person can click any of them without waiting.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtWidgets import QStackedWidget, QWidget

Factory = Callable[[], QWidget]


class LazyViews(Mapping[str, QWidget]):
    """``views[name]`` builds the view if needed; iteration is in registration order."""

    def __init__(self, stack: QStackedWidget) -> None:
        self.stack = stack
        self._factories: dict[str, Factory] = {}
        self._slots: dict[str, QWidget] = {}  # the placeholder or the built view
        self._built: dict[str, QWidget] = {}

    def add(self, name: str, view: QWidget | Factory) -> None:
        """Register a view: a widget built already, or a factory called on first use."""
        if isinstance(view, QWidget):
            self._built[name] = self._slots[name] = view
            self.stack.addWidget(view)
            return
        placeholder = QWidget()
        placeholder.setAccessibleName(name)
        self._factories[name] = view
        self._slots[name] = placeholder
        self.stack.addWidget(placeholder)

    def is_built(self, name: str) -> bool:
        return name in self._built

    def name_of(self, index: int) -> str:
        widget = self.stack.widget(index)
        return next(n for n, w in self._slots.items() if w is widget)

    def __getitem__(self, name: str) -> QWidget:
        if name in self._built:
            return self._built[name]
        factory = self._factories.pop(name)  # KeyError for an unknown name
        view = factory()
        # Known before the stack changes: its currentChanged may ask for this view again.
        self._built[name] = view
        placeholder = self._slots[name]
        index = self.stack.indexOf(placeholder)
        current = self.stack.currentWidget() is placeholder
        self.stack.insertWidget(index, view)
        if current:
            self.stack.setCurrentWidget(view)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self._slots[name] = view
        return view

    def __iter__(self) -> Iterator[str]:
        return iter(self._slots)

    def __len__(self) -> int:
        return len(self._slots)
