"""German for the fast start (issue 16); applied with
``python i18n/fill_ts.py i18n/rehab_coach_de.ts i18n/de_issue-16.py``."""

DE = {
    "Opening your records": "Ihre Aufzeichnungen werden geöffnet",
    "Opening your records…": "Ihre Aufzeichnungen werden geöffnet…",
    "Chart status": "Status des Diagramms",
    "Loading older months…": "Ältere Monate werden geladen…",
    "Loading older months… (back to %1)": "Ältere Monate werden geladen… (zurück bis %1)",
    "Drawing the chart…": "Das Diagramm wird gezeichnet…",
    "Drawing…": "Wird gezeichnet…",
}
