"""German for the strings the QA pass made visible to lupdate (presets, a file filter,
an error line) and the dose-step suggestion's domain messages."""

DE = {
    # Progress: the range presets
    "2 weeks": "2 Wochen",
    "3 months": "3 Monate",
    "All": "Alles",
    # Report dialog: the period
    "Last 2 weeks": "Letzte 2 Wochen",
    "Last 4 weeks": "Letzte 4 Wochen",
    "Since the last report": "Seit dem letzten Bericht",
    "Custom": "Selbst gewählt",
    # Import a routine: the file dialog's filter (the patterns stay)
    "Routine files (*.rehab.json *.json)": "Programmdateien (*.rehab.json *.json)",
    "Something went wrong; your data was not changed.": (
        "Etwas ist schiefgegangen; Ihre Daten wurden nicht verändert."
    ),
    # Today: the dose-step suggestion (domain messages)
    "{name}: {old} → {new}, or a tighter band": "{name}: {old} → {new} oder ein stärkeres Band",
    "{name}: {old} → {new}": "{name}: {old} → {new}",
    "{name}: a tighter band": "{name}: ein stärkeres Band",
    "{day}": "{day}",
    "{streak} green sessions in a row of {routine} ({days}): pain stayed within the "
    "acceptable level and the next morning was back to usual.": (
        "{streak} grüne Einheiten in Folge von {routine} ({days}): Der Schmerz blieb im "
        "akzeptablen Bereich und war am nächsten Morgen wieder wie üblich."
    ),
    "after {n} green sessions in a row (pain within the acceptable level and the next "
    "morning back to usual; Silbernagel et al. 2007), progress one step: about 10% more "
    "reps (2 to 5 more), or a tighter band; an amber or red light never progresses": (
        "nach {n} grünen Einheiten in Folge (Schmerz im akzeptablen Bereich und am "
        "nächsten Morgen wieder wie üblich; Silbernagel et al. 2007) einen Schritt "
        "steigern: etwa 10 % mehr Wiederholungen (2 bis 5 mehr) oder ein stärkeres Band; "
        "bei Gelb oder Rot wird nie gesteigert"
    ),
    # Calendar: the year strip before there is anything to show
    "Your year shows here: a square for each planned day, filled as you do it.": (
        "Hier erscheint Ihr Jahr: ein Kästchen für jeden geplanten Tag, gefüllt, wenn Sie "
        "ihn erledigen."
    ),
}
