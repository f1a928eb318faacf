"""German for the strings issue-15-finish added (the caps as settings, the morning check
after runs, hills flagged in the run log, the Running view's remaining English)."""

DE = {
    # Settings ▸ Running, the chart legend
    "Running": "Laufen",
    "Weekly guide (+%1%)": "Wochenrichtwert (+%1 %)",
    "A single run longer than about 110% of your longest run in the last 30 days raised "
    "the risk of an overuse injury (Garmin-RUNSAFE, 5,205 runners, Br J Sports Med 2025); "
    "adding about 10% a week is the older rule of thumb, shown beside it as guidance, a "
    "weaker signal. A physio may set either differently.": (
        "Ein einzelner Lauf, der mehr als etwa 110 % des längsten Laufs der letzten 30 Tage "
        "lang war, erhöhte das Risiko einer Überlastungsverletzung (Garmin-RUNSAFE, 5.205 "
        "Läuferinnen und Läufer, Br J Sports Med 2025); etwa 10 % mehr pro Woche ist die "
        "ältere Faustregel und steht als Richtwert daneben, ein schwächeres Signal. Eine "
        "Physiotherapeutin kann beides anders einstellen."
    ),
    "Problem": "Problem",
    "Not saved yet.": "Noch nicht gespeichert.",
    "Single-run cap (share of the longest run in the last 30 days)": (
        "Einzellauf-Grenze (Anteil am längsten Lauf der letzten 30 Tage)"
    ),
    "Weekly guide (more than the week before)": "Wochenrichtwert (mehr als in der Vorwoche)",
    # the morning check after a run day
    "How is it this morning, after yesterday's %1 km run?": (
        "Wie geht es heute Morgen, nach dem Lauf von gestern (%1 km)?"
    ),
}
