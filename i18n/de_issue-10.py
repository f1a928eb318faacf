"""German for the strings issue-10 adds (voice settings; domain messages)."""

DE = {
    # Settings ▸ General: the voice
    "Voice to use": "Verwendete Stimme",
    "Voice to use:": "Stimme:",
    "System default": "Systemvorgabe",
    "Speaking speed": "Sprechtempo",
    "Speed:": "Tempo:",
    "Test the voice": "Stimme testen",
    "Voice status": "Status der Stimme",
    "No speech engine works on this computer, so there is no voice to choose.": (
        "Auf diesem Computer funktioniert keine Sprachausgabe, "
        "daher gibt es keine Stimme zur Auswahl."
    ),
    "Looking for the voices on this computer…": "Suche nach den Stimmen auf diesem Computer …",
    "Normal speed": "Normales Tempo",
    "A little slower": "Etwas langsamer",
    "Slower": "Langsamer",
    "Much slower": "Viel langsamer",
    "A little faster": "Etwas schneller",
    "Faster": "Schneller",
    "Much faster": "Viel schneller",
    "This is how Rehab Coach sounds during your exercises.": (
        "So klingt Rehab Coach während Ihrer Übungen."
    ),
}
