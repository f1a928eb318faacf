"""German for the Running view (issue 15, branch issue-15-view); applied with
``python i18n/fill_ts.py i18n/rehab_coach_de.ts i18n/de_issue-15-view.py``."""

DE = {
    # menu and window
    "Import &run…": "&Lauf importieren…",
    "Add runs from a watch's or phone's GPX, TCX or FIT files": (
        "Läufe aus GPX-, TCX- oder FIT-Dateien einer Uhr oder eines Handys hinzufügen"
    ),
    "Running": "Laufen",
    # import
    "the file could not be read": "die Datei konnte nicht gelesen werden",
    "Cannot import: %1; nothing was imported.": (
        "Import nicht möglich: %1; es wurde nichts importiert."
    ),
    "Import cancelled; nothing was imported.": "Import abgebrochen; es wurde nichts importiert.",
    "The runs could not be saved; nothing was imported.": (
        "Die Läufe konnten nicht gespeichert werden; es wurde nichts importiert."
    ),
    "Already in the log; nothing new to import.": (
        "Schon im Lauftagebuch; nichts Neues zu importieren."
    ),
    "Imported 1 run: %1 km.": "1 Lauf importiert: %1 km.",
    "Imported %1 runs.": "%1 Läufe importiert.",
    "%1 already in the log.": "%1 schon im Lauftagebuch.",
    "Import runs": "Läufe importieren",
    "Reading run files…": "Lauf-Dateien werden gelesen…",
    "Import progress": "Fortschritt des Imports",
    # log a run
    "Log a run": "Lauf eintragen",
    "When the run started": "Wann der Lauf begann",
    "Distance in kilometres": "Strecke in Kilometern",
    "Duration, hours minutes seconds": "Dauer in Stunden, Minuten, Sekunden",
    "Terrain": "Gelände",
    "road, track, trail, treadmill…": "Straße, Bahn, Waldweg, Laufband…",
    "Surface": "Untergrund",
    "Pain during the run, 0 to 10": "Schmerz während des Laufs, 0 bis 10",
    "Pain after the run, 0 to 10": "Schmerz nach dem Lauf, 0 bis 10",
    "Note": "Notiz",
    "Problem": "Problem",
    "Started": "Beginn",
    "Distance": "Strecke",
    "Time": "Zeit",
    "Pain during": "Schmerz während",
    "Pain after": "Schmerz danach",
    "Save the run": "Lauf speichern",
    "Cancel": "Abbrechen",
    "Pain during and after also go into your pain diary, tied to this run.": (
        "Schmerz während und danach kommen auch in Ihr Schmerztagebuch, mit diesem Lauf verknüpft."
    ),
    "The run could not be saved (see the message above).": (
        "Der Lauf konnte nicht gespeichert werden (siehe die Meldung oben)."
    ),
    "Flat": "Flach",
    "Rolling": "Wellig",
    "Hills": "Hügelig",
    "Downhill": "Bergab",
    "not noted": "nicht notiert",
    # override
    "Override the next level": "Nächste Stufe selbst wählen",
    "Level %1": "Stufe %1",
    "Level for the next run": "Stufe für den nächsten Lauf",
    "for example: my physio said to repeat": (
        "zum Beispiel: meine Physiotherapeutin riet zu wiederholen"
    ),
    "Reason for the override": "Grund für Ihre Wahl",
    "The ladder moves by the pain light. You can choose another level; your choice and "
    "your reason are kept with the light's decision.": (
        "Die Stufenleiter folgt der Schmerzampel. Sie können eine andere Stufe wählen; Ihre "
        "Wahl und Ihr Grund werden mit der Entscheidung der Ampel gespeichert."
    ),
    "Level": "Stufe",
    "Reason": "Grund",
    "Record override": "Wahl speichern",
    "Record the override": "Ihre Wahl speichern",
    "Say why, in a few words: it is kept with the plan.": (
        "Sagen Sie in wenigen Worten, warum: es wird mit dem Plan gespeichert."
    ),
    # chart
    "Weekly running volume chart": "Diagramm des wöchentlichen Laufumfangs",
    "Distance (km)": "Strecke (km)",
    "Pain (0–10)": "Schmerz (0–10)",
    "Week": "Woche",
    "Weekly guide (+10%)": "Wochenrichtwert (+10 %)",
    "Single-run cap": "Obergrenze pro Lauf",
    "Run": "Lauf",
    "Run over the cap": "Lauf über der Obergrenze",
    "Pain next morning": "Schmerz am nächsten Morgen",
    # log table
    "Date": "Datum",
    "Cap": "Obergrenze",
    "⚠ over the cap: %1 of the 30-day longest": (
        "⚠ über der Obergrenze: %1 des längsten Laufs der 30 Tage"
    ),
    # view
    "Log a run…": "Lauf eintragen…",
    "Log a run by hand": "Einen Lauf von Hand eintragen",
    "Import from watch…": "Von der Uhr importieren…",
    "Import runs from GPX, TCX or FIT files": "Läufe aus GPX-, TCX- oder FIT-Dateien importieren",
    "Running status": "Laufstatus",
    "Run deleted": "Lauf gelöscht",
    "Undo": "Rückgängig",
    "Undo deleting the run": "Löschen des Laufs rückgängig machen",
    "Ready to run?": "Bereit zum Laufen?",
    "Running waits until walking, stairs and a brisk 30-minute walk are all pain-free. "
    "Running on a knee that still hurts in everyday life is what set most runners back: "
    "the IT band needs the strength work first. Answer the three questions below; once "
    "each is a yes, the first level starts with about a mile (1–3 km) of walk/run on flat "
    "ground.": (
        "Laufen wartet, bis Gehen, Treppen und ein zügiger 30-minütiger Spaziergang "
        "schmerzfrei sind. Mit einem Knie zu laufen, das im Alltag noch schmerzt, hat die "
        "meisten Läufer zurückgeworfen: das IT-Band braucht zuerst das Krafttraining. "
        "Beantworten Sie die drei Fragen unten; sobald jede ein Ja ist, beginnt die erste "
        "Stufe mit etwa einer Meile (1–3 km) Gehen/Laufen auf flachem Boden."
    ),
    "Why running waits": "Warum das Laufen wartet",
    "Can you walk as far as you like without pain at the outer knee or hip?": (
        "Können Sie so weit gehen, wie Sie möchten, ohne Schmerz am äußeren Knie oder an der Hüfte?"
    ),
    "Can you go up and down stairs without that pain?": (
        "Können Sie Treppen hinauf- und hinabgehen ohne diesen Schmerz?"
    ),
    "Have you done a brisk 30-minute walk without pain, also the next morning?": (
        "Sind Sie 30 Minuten zügig gegangen, ohne Schmerz, auch am nächsten Morgen?"
    ),
    "Save my answers": "Antworten speichern",
    "Save the readiness answers": "Die Antworten zur Bereitschaft speichern",
    "Readiness advice": "Rat zur Bereitschaft",
    "Next run": "Nächster Lauf",
    "Next run's level": "Stufe des nächsten Laufs",
    "Ground": "Boden",
    "Decision": "Entscheidung",
    "Rule": "Regel",
    "Today's cap": "Heutige Obergrenze",
    "Weekly guide": "Wochenrichtwert",
    "Before the next run": "Vor dem nächsten Lauf",
    "Start this run": "Diesen Lauf starten",
    "Start the next run in the player": "Den nächsten Lauf im Trainer starten",
    "Override…": "Selbst wählen…",
    "Choose another level, with a reason": "Eine andere Stufe wählen, mit Grund",
    "Level ladder:": "Stufenleiter:",
    "Level ladder, your level marked": "Stufenleiter, Ihre Stufe markiert",
    "Where you stand": "Wo Sie stehen",
    "Volume and log": "Umfang und Tagebuch",
    "Show %1": "%1 zeigen",
    "3 months": "3 Monate",
    "1 year": "1 Jahr",
    "All": "Alles",
    "Weekly volume summary": "Zusammenfassung des Wochenumfangs",
    "Weekly volume": "Wochenumfang",
    "Run log": "Lauftagebuch",
    "Delete run": "Lauf löschen",
    "Delete the selected run": "Den gewählten Lauf löschen",
    "The running plan in your data is damaged (%1): the ladder counts from level 1 and "
    "nothing is written over it.": (
        "Der Laufplan in Ihren Daten ist beschädigt (%1): die Stufenleiter zählt ab Stufe 1, "
        "und nichts wird darüber geschrieben."
    ),
    "Not answered yet.": "Noch nicht beantwortet.",
    "Ready for level 1: about a mile (1–3 km) of walk/run on flat ground.": (
        "Bereit für Stufe 1: etwa eine Meile (1–3 km) Gehen/Laufen auf flachem Boden."
    ),
    "Not yet (answered %1): keep to walking and the strength routine until each of these "
    "is pain-free:": (
        "Noch nicht (beantwortet am %1): bleiben Sie beim Gehen und beim Krafttraining, bis "
        "jedes davon schmerzfrei ist:"
    ),
    "Level %1: %2 min continuous easy run": "Stufe %1: %2 min lockerer Dauerlauf",
    "Level %1: %2 × %3 min run / %4 min walk": "Stufe %1: %2 × %3 min laufen / %4 min gehen",
    "Rule: green light (pain during within the acceptable level, next morning back to "
    "usual): move up a level at the next run.": (
        "Regel: grüne Ampel (Schmerz währenddessen im erträglichen Bereich, am nächsten "
        "Morgen wie üblich): beim nächsten Lauf eine Stufe höher."
    ),
    "Rule: amber light: keep the load, repeat the level.": (
        "Regel: gelbe Ampel: Belastung halten, die Stufe wiederholen."
    ),
    "Rule: red light: step back a level and rest a day.": (
        "Regel: rote Ampel: eine Stufe zurück und einen Tag Pause."
    ),
    "Rule: chosen by you.": "Regel: von Ihnen gewählt.",
    "Move up to level %1": "Hoch auf Stufe %1",
    "Repeat level %1": "Stufe %1 wiederholen",
    "Step back to level %1": "Zurück auf Stufe %1",
    " after a rest day": " nach einem Ruhetag",
    "After your run on %1: %2%3 (%4).": "Nach Ihrem Lauf am %1: %2%3 (%4).",
    "Chosen by you: %1": "Von Ihnen gewählt: %1",
    "Chosen by you.": "Von Ihnen gewählt.",
    "⚠ Flat ground only: avoid hills and downhill (levels 1–%1).": (
        "⚠ Nur flacher Boden: Hügel und bergab meiden (Stufen 1–%1)."
    ),
    "Mostly flat; gentle hills only while the knee stays quiet.": (
        "Meist flach; sanfte Hügel nur, solange das Knie ruhig bleibt."
    ),
    "No decision yet: the first run is at level 1. After each run day, the pain light "
    "decides the next level.": (
        "Noch keine Entscheidung: der erste Lauf ist auf Stufe 1. Nach jedem Lauftag "
        "entscheidet die Schmerzampel die nächste Stufe."
    ),
    "Green: move up · amber: repeat · red: step back and rest a day.": (
        "Grün: höher · Gelb: wiederholen · Rot: zurück und einen Tag Pause."
    ),
    "Log how the knee feels the morning after a run (P, “next morning”): moving up waits for it.": (
        "Tragen Sie ein, wie sich das Knie am Morgen nach einem Lauf anfühlt (P, „nächster "
        "Morgen“): der Aufstieg wartet darauf."
    ),
    "Rest today; run tomorrow at the earliest.": "Heute Pause; frühestens morgen laufen.",
    "Today: no run in the last 30 days, so keep to the level's session.": (
        "Heute: kein Lauf in den letzten 30 Tagen, also bei der Einheit der Stufe bleiben."
    ),
    "Today: up to %1 km / %2 min (single-run cap: %3 of your longest run in the last 30 "
    "days, %4 km / %5 min).": (
        "Heute: bis zu %1 km / %2 min (Obergrenze pro Lauf: %3 Ihres längsten Laufs der "
        "letzten 30 Tage, %4 km / %5 min)."
    ),
    "This week about %1 km in all (last week %2 km + %3). Guidance only: a weaker signal "
    "than the single-run cap.": (
        "Diese Woche insgesamt etwa %1 km (letzte Woche %2 km + %3). Nur ein Richtwert: ein "
        "schwächeres Signal als die Obergrenze pro Lauf."
    ),
    " — you are here": " — hier stehen Sie",
    "Level %1 of %2": "Stufe %1 von %2",
    "%1 runs, %2 km in this range; %3 over the single-run cap.": (
        "%1 Läufe, %2 km in diesem Zeitraum; %3 über der Obergrenze pro Lauf."
    ),
    "1 run, %2 km in this range; %3 over the single-run cap.": (
        "1 Lauf, %2 km in diesem Zeitraum; %3 über der Obergrenze pro Lauf."
    ),
    "Run logged.": "Lauf eingetragen.",
    "The “Return to run: week 1” routine is missing.": (
        "Das Programm „Return to run: week 1“ fehlt."
    ),
    "Choose a run in the log first.": "Wählen Sie zuerst einen Lauf im Tagebuch.",
    "Run of %1 deleted (%2 km).": "Lauf vom %1 gelöscht (%2 km).",
}
