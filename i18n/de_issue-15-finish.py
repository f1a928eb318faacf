"""German for the strings issue-15-finish added (the caps as settings, the morning check
after runs, hills flagged in the run log, the Running view's remaining English)."""

DE = {
    # Settings ▸ Running, the chart legend
    "Running": "Laufen",
    "Weekly guide (+%1)": "Wochenrichtwert (+%1)",
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
    # the run log: surface, hills and downhill at an early level, the chart's hover
    "Surface": "Untergrund",
    "⚠ %1 at level %2": "⚠ %1 auf Stufe %2",
    "%1 km": "%1 km",
    "flat": "flach",
    "rolling": "wellig",
    "hills": "hügelig",
    "downhill": "bergab",
    "{day}: {km:.2f} km in {minutes:.0f} min, {terrain}": (
        "{day}: {km:.2f} km in {minutes:.0f} min, {terrain}"
    ),
    "single-run cap that day: {km:.2f} km": "Einzellauf-Grenze an dem Tag: {km:.2f} km",
    "during {score}": "währenddessen {score}",
    "after {score}": "danach {score}",
    "next morning {score}": "am nächsten Morgen {score}",
    "pain {scores} (0–10)": "Schmerz {scores} (0–10)",
    "Hills at level {level}: avoid hills and downhill in the early levels (1–{last}), "
    "as the seeds advise.": (
        "Hügel auf Stufe {level}: in den ersten Stufen (1–{last}) Hügel und Bergabstrecken "
        "meiden, wie die Erfahrungsberichte raten."
    ),
    "Downhill at level {level}: avoid hills and downhill in the early levels (1–{last}), "
    "as the seeds advise.": (
        "Bergab auf Stufe {level}: in den ersten Stufen (1–{last}) Hügel und Bergabstrecken "
        "meiden, wie die Erfahrungsberichte raten."
    ),
    # the Running view: strings looked up through a variable, now marked for lupdate
    "3 months": "3 Monate",
    "1 year": "1 Jahr",
    "All": "Alle",
    "Pain during": "Schmerz während",
    "Pain after": "Schmerz danach",
    "Pain next morning": "Schmerz am nächsten Morgen",
}
