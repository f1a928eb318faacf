"""German for the UI strings of branch issue-15-report (the dose-step suggestion on
Today and the editor's pre-filled change)."""

DE = {
    "Dose step suggested for %1": "Dosis-Schritt vorgeschlagen für %1",
    "Ready for a little more: %1": "Bereit für etwas mehr: %1",
    "Suggested doses": "Vorgeschlagene Dosen",
    "Rule: %1": "Regel: %1",
    "Built-in routines are read-only: duplicate it to edit, with the suggested doses "
    "filled in.": "Mitgelieferte Routinen sind schreibgeschützt: Duplizieren Sie sie zum "
    "Bearbeiten, mit den vorgeschlagenen Dosen schon eingetragen.",
    "Duplicate to edit…": "Zum Bearbeiten duplizieren…",
    "Review in editor…": "Im Editor prüfen…",
    "Review the suggested doses of %1 in the editor": "Die vorgeschlagenen Dosen von %1 im "
    "Editor prüfen",
    "Not now": "Jetzt nicht",
    "Not now: don't suggest a step for %1 until the next green streak": "Jetzt nicht: für %1 "
    "erst nach der nächsten grünen Serie wieder einen Schritt vorschlagen",
    "Suggested doses filled in for %1 exercises, not saved yet: Save makes them a new "
    "version, Undo takes them back.": "Vorgeschlagene Dosen für %1 Übungen eingetragen, noch "
    "nicht gespeichert: Speichern macht daraus eine neue Version, Rückgängig nimmt sie zurück.",
    "Suggested dose": "Vorgeschlagene Dosis",
}
