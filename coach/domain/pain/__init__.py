"""The pain subject: diary entries (:mod:`.entry`), the trend over time (:mod:`.trend`).

``from coach.domain.pain import PainEntry`` keeps working: the entry's names are
re-exported here because every layer imports them.
"""

from .entry import COMMON_LOCATIONS, Context, PainEntry, Side, parse_enum

__all__ = ["COMMON_LOCATIONS", "Context", "PainEntry", "Side", "parse_enum"]
