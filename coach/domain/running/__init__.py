"""Return to running: the run log, the load caps and the walk/run level ladder.

Plain Python like the rest of the domain. The rules and where they come from:
- a single run at most 110% of the longest run in the last 30 days (Garmin-RUNSAFE
  cohort, Br J Sports Med 2025: single runs 10–30% longer than the 30-day longest raised
  overuse-injury risk by about 64%), the threshold a setting — :mod:`.caps`;
- about 10% more a week (the seeds; the weaker signal in that cohort) — :mod:`.caps`;
- run only when walking, stairs and a brisk 30-minute walk are pain-free, and start on
  flat ground — :mod:`.readiness`, :mod:`.levels`;
- progression gated on the 24-hour pain model's light — :mod:`.levels`.
"""
