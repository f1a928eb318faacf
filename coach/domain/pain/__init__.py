"""The pain subject, one module per part, each small enough to read in one sitting:

- :mod:`.entry` — a diary entry (score 0–10, location, side, context, note);
- :mod:`.trend` — daily values, the rolling mean, flare-ups;
- :mod:`.rules` — :class:`~.rules.PainRules`, every threshold with its default and source;
- :mod:`.light` — :func:`~.light.traffic_light`, the 24-hour pain-monitoring model's
  green/amber/red with reason and advice (the report and the run ladder read it);
- :mod:`.summary` — "7-day average 2.4 (was 5.1 four weeks ago) — improving" (Farrar);
- :mod:`.capture` — a session's before/after scores as entries;
- :mod:`.morning` — when to ask "How is it this morning?";
- :mod:`.chart` — what the chart draws, as plain data.

``from coach.domain.pain import PainEntry`` keeps working: the entry's names are
re-exported here because every layer imports them.
"""

from .entry import COMMON_LOCATIONS, Context, PainEntry, Side, parse_enum

__all__ = ["COMMON_LOCATIONS", "Context", "PainEntry", "Side", "parse_enum"]
