"""The running rules (the two caps' percentages) as a stored setting.

They live in the store beside the pain rules, so they travel with the data (a backup,
a moved data folder) and the GUI and the command line read the same numbers."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from coach.domain.running.rules import SETTINGS_KEY, RunningRules

if TYPE_CHECKING:
    from .store import Store

log = logging.getLogger(__name__)


def load_running_rules(store: Store) -> RunningRules:
    """The stored rules; a setting that no longer validates gives the defaults (logged),
    so a bad value can never stop the Running view or a report from opening."""
    try:
        return RunningRules.from_dict(store.settings.get(SETTINGS_KEY))
    except ValueError as exc:
        log.warning("running rules setting ignored: %s", exc)
        return RunningRules()


def save_running_rules(store: Store, rules: RunningRules) -> None:
    store.settings.set(SETTINGS_KEY, rules.to_dict())
