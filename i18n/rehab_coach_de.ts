<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name />
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Sichern…</translation>
    </message>
    <message>
        <source>Save a copy of all your records to one file</source>
        <translation>Eine Kopie aller Einträge in einer Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace your records with a backup file</source>
        <translation>Ihre Einträge durch eine Sicherungsdatei ersetzen</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Datenordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the folder that holds your records</source>
        <translation>Den Ordner mit Ihren Einträgen zeigen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every key the app understands</source>
        <translation>Alle Tasten auflisten, die das Programm versteht</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>Read how to use Rehab Coach</source>
        <translation>Lesen, wie Rehab Coach funktioniert</translation>
    </message>
    <message>
        <source>&amp;About Rehab Coach</source>
        <translation>&amp;Über Rehab Coach</translation>
    </message>
    <message>
        <source>Version, licences and the data folder</source>
        <translation>Version, Lizenzen und Datenordner</translation>
    </message>
    <message>
        <source>Back up your records</source>
        <translation>Einträge sichern</translation>
    </message>
    <message>
        <source>Rehab Coach backup (*.json)</source>
        <translation>Rehab-Coach-Sicherung (*.json)</translation>
    </message>
    <message>
        <source>Backing up your records…</source>
        <translation>Einträge werden gesichert…</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert in %1</translation>
    </message>
    <message>
        <source>Finish or stop the session first, then restore.</source>
        <translation>Beenden oder stoppen Sie zuerst die Einheit, dann wiederherstellen.</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace all your current records with the ones in this backup?
Your current files are kept aside in the data folder.</source>
        <translation>Alle aktuellen Einträge durch die aus dieser Sicherung ersetzen?
Ihre aktuellen Dateien bleiben im Datenordner beiseitegelegt erhalten.</translation>
    </message>
    <message>
        <source>Restored. Your previous files are in %1</source>
        <translation>Wiederhergestellt. Ihre bisherigen Dateien liegen in %1</translation>
    </message>
    <message>
        <source>Restoring your records…</source>
        <translation>Einträge werden wiederhergestellt…</translation>
    </message>
    <message>
        <source>Log &amp;pain…</source>
        <translation>&amp;Schmerz eintragen…</translation>
    </message>
    <message>
        <source>Note how much it hurts now</source>
        <translation>Notieren, wie stark es jetzt schmerzt</translation>
    </message>
    <message>
        <source>Pain &amp;diary…</source>
        <translation>Schmerz&amp;tagebuch…</translation>
    </message>
    <message>
        <source>See, edit or delete your pain entries</source>
        <translation>Ihre Schmerzeinträge ansehen, ändern oder löschen</translation>
    </message>
    <message>
        <source>&amp;Report for my physio…</source>
        <translation>&amp;Bericht für meine Physiotherapie…</translation>
    </message>
    <message>
        <source>Make a PDF of your progress for your physiotherapist</source>
        <translation>Ein PDF Ihres Verlaufs für Ihre Physiotherapie erstellen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Write your pain entries and sessions as CSV files</source>
        <translation>Ihre Schmerzeinträge und Einheiten als CSV-Dateien schreiben</translation>
    </message>
    <message>
        <source>&amp;Import routine…</source>
        <translation>Programm &amp;importieren…</translation>
    </message>
    <message>
        <source>Add a routine from a file your physio sent</source>
        <translation>Ein Programm aus einer Datei Ihrer Physiotherapie hinzufügen</translation>
    </message>
    <message>
        <source>Import &amp;run…</source>
        <translation>&amp;Lauf importieren…</translation>
    </message>
    <message>
        <source>Add runs from a watch's or phone's GPX, TCX or FIT files</source>
        <translation>Läufe aus GPX-, TCX- oder FIT-Dateien einer Uhr oder eines Handys hinzufügen</translation>
    </message>
    <message>
        <source>Export plan to &amp;calendar (.ics)…</source>
        <translation>Plan in &amp;Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <source>Write your schedule as a calendar file for your phone or computer</source>
        <translation>Ihren Zeitplan als Kalenderdatei für Telefon oder Computer schreiben</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Sound, voice, theme and the data folder</source>
        <translation>Ton, Stimme, Farbschema und Datenordner</translation>
    </message>
    <message>
        <source>My p&amp;lan…</source>
        <translation>Mein P&amp;lan…</translation>
    </message>
    <message>
        <source>Which routines you keep to a schedule, and when</source>
        <translation>Welche Programme Sie nach Zeitplan machen, und wann</translation>
    </message>
    <message>
        <source>Pain r&amp;ules…</source>
        <translation>Schmerz&amp;regeln…</translation>
    </message>
    <message>
        <source>The pain limits behind the traffic light and the player's advice</source>
        <translation>Die Schmerzgrenzen hinter der Ampel und den Ratschlägen des Trainers</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Rehab Coach (a running session is kept)</source>
        <translation>Rehab Coach schließen (eine laufende Einheit bleibt erhalten)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>Fill the screen, for the player on the mat</source>
        <translation>Den ganzen Bildschirm nutzen, für den Trainer auf der Matte</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>Rest. %1</source>
        <translation>Pause. %1</translation>
    </message>
    <message>
        <source>Rest %1 seconds</source>
        <translation>%1 Sekunden Pause</translation>
    </message>
    <message>
        <source>%1, left side</source>
        <translation>%1, linke Seite</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, rechte Seite</translation>
    </message>
    <message>
        <source>%1 — set %2 of %3</source>
        <translation>%1 — Satz %2 von %3</translation>
    </message>
    <message>
        <source>Up next: %1</source>
        <translation>Als Nächstes: %1</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Rest before the next exercise</source>
        <translation>Pause vor der nächsten Übung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Reps — lift ↑</source>
        <translation>Wiederholungen — heben ↑</translation>
    </message>
    <message>
        <source>Reps — lower ↓</source>
        <translation>Wiederholungen — senken ↓</translation>
    </message>
    <message>
        <source>Reps — follow the beat</source>
        <translation>Wiederholungen — dem Takt folgen</translation>
    </message>
    <message>
        <source>Reps at your own pace</source>
        <translation>Wiederholungen im eigenen Tempo</translation>
    </message>
    <message>
        <source>Reps at your own pace — Space when done</source>
        <translation>Im eigenen Tempo — Leertaste, wenn fertig</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Starting in</source>
        <translation>Start in</translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation>Sekunden übrig</translation>
    </message>
    <message>
        <source>%1 reps</source>
        <translation>%1 Wdh.</translation>
    </message>
    <message>
        <source>Interval %1 / %2</source>
        <translation>Intervall %1 / %2</translation>
    </message>
    <message>
        <source>Set %1 / %2</source>
        <translation>Satz %1 / %2</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Pain %1 logged</source>
        <translation>Schmerz %1 eingetragen</translation>
    </message>
    <message>
        <source>Stopping is advised</source>
        <translation>Aufhören wird empfohlen</translation>
    </message>
    <message>
        <source>%1 of %2 sets done</source>
        <translation>%1 von %2 Sätzen erledigt</translation>
    </message>
    <message>
        <source>%1 — started %2, %3</source>
        <translation>%1 — begonnen %2, %3</translation>
    </message>
    <message>
        <source>, %1 skipped</source>
        <translation>, %1 übersprungen</translation>
    </message>
    <message>
        <source>%1 of %2 sets</source>
        <translation>%1 von %2 Sätzen</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1 %)</translation>
    </message>
    <message>
        <source>In progress · %1 so far</source>
        <translation>Läuft · bisher %1</translation>
    </message>
    <message>
        <source>%1 Completed · %2</source>
        <translation>%1 Abgeschlossen · %2</translation>
    </message>
    <message>
        <source>Stopped after %1</source>
        <translation>Beendet nach %1</translation>
    </message>
    <message>
        <source>Stopped for pain after %1</source>
        <translation>Wegen Schmerz beendet nach %1</translation>
    </message>
    <message>
        <source>Stopped (out of time) after %1</source>
        <translation>Beendet (keine Zeit) nach %1</translation>
    </message>
    <message>
        <source>Interrupted after %1</source>
        <translation>Unterbrochen nach %1</translation>
    </message>
    <message>
        <source>%1 of %2 planned sets done%3</source>
        <translation>%1 von %2 geplanten Sätzen erledigt%3</translation>
    </message>
    <message>
        <source> · %1 skipped</source>
        <translation> · %1 übersprungen</translation>
    </message>
    <message>
        <source> · %1 not reached</source>
        <translation> · %1 nicht erreicht</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>%1/%2 sets · %3/%4 %5</source>
        <translation>%1/%2 Sätze · %3/%4 %5</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Ein Programm importieren</translation>
    </message>
    <message>
        <source>Routine already there</source>
        <translation>Programm schon vorhanden</translation>
    </message>
    <message>
        <source>a built-in routine</source>
        <translation>einem eingebauten Programm</translation>
    </message>
    <message>
        <source>one of your routines</source>
        <translation>einem Ihrer Programme</translation>
    </message>
    <message>
        <source>The file's routine “%1” has the same name or id as %2, “%3”.</source>
        <translation>Das Programm „%1“ aus der Datei hat denselben Namen oder dieselbe Kennung wie %2, „%3“.</translation>
    </message>
    <message>
        <source>Import as a copy</source>
        <translation>Als Kopie importieren</translation>
    </message>
    <message>
        <source>Import as a copy, keeping both</source>
        <translation>Als Kopie importieren und beide behalten</translation>
    </message>
    <message>
        <source>Replacing makes the file the next version of yours; past sessions keep theirs.</source>
        <translation>Ersetzen macht die Datei zur nächsten Version Ihres Programms; frühere Einheiten behalten ihre.</translation>
    </message>
    <message>
        <source>Replace mine</source>
        <translation>Meines ersetzen</translation>
    </message>
    <message>
        <source>Replace my routine with the file</source>
        <translation>Mein Programm durch die Datei ersetzen</translation>
    </message>
    <message>
        <source>A built-in routine cannot be replaced; import a copy.</source>
        <translation>Ein eingebautes Programm kann nicht ersetzt werden; importieren Sie eine Kopie.</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Programm exportieren</translation>
    </message>
    <message>
        <source>Routine files (*.rehab.json)</source>
        <translation>Programmdateien (*.rehab.json)</translation>
    </message>
    <message>
        <source>Could not export: %1 is inside the data folder; choose another place</source>
        <translation>Export nicht möglich: %1 liegt im Datenordner; wählen Sie einen anderen Ort</translation>
    </message>
    <message>
        <source>Could not export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>The pictures you added (%1) stay on this computer and are not in the file.</source>
        <translation>Die Bilder, die Sie hinzugefügt haben (%1), bleiben auf diesem Computer und sind nicht in der Datei.</translation>
    </message>
    <message>
        <source>the file could not be read</source>
        <translation>die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot import: %1; nothing was imported.</source>
        <translation>Import nicht möglich: %1; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The runs could not be saved; nothing was imported.</source>
        <translation>Die Läufe konnten nicht gespeichert werden; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Already in the log; nothing new to import.</source>
        <translation>Schon im Lauftagebuch; nichts Neues zu importieren.</translation>
    </message>
    <message>
        <source>Imported 1 run: %1 km.</source>
        <translation>1 Lauf importiert: %1 km.</translation>
    </message>
    <message>
        <source>Imported %1 runs.</source>
        <translation>%1 Läufe importiert.</translation>
    </message>
    <message>
        <source>%1 already in the log.</source>
        <translation>%1 schon im Lauftagebuch.</translation>
    </message>
    <message>
        <source>Flat</source>
        <translation>Flach</translation>
    </message>
    <message>
        <source>Rolling</source>
        <translation>Wellig</translation>
    </message>
    <message>
        <source>Hills</source>
        <translation>Hügelig</translation>
    </message>
    <message>
        <source>Downhill</source>
        <translation>Bergab</translation>
    </message>
    <message>
        <source>not noted</source>
        <translation>nicht notiert</translation>
    </message>
    <message>
        <source>Could not print: %1 is inside the data folder; choose another place</source>
        <translation>Drucken nicht möglich: %1 liegt im Datenordner; wählen Sie einen anderen Ort</translation>
    </message>
    <message>
        <source>Could not print: %1 is not a file in an existing folder</source>
        <translation>Drucken nicht möglich: %1 ist keine Datei in einem vorhandenen Ordner</translation>
    </message>
    <message>
        <source>Could not print: %1</source>
        <translation>Drucken nicht möglich: %1</translation>
    </message>
    <message>
        <source>Saved the sheet as %1.</source>
        <translation>Blatt gespeichert als %1.</translation>
    </message>
    <message>
        <source>Save the routine sheet</source>
        <translation>Übungsblatt speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Routine sheet saved</source>
        <translation>Übungsblatt gespeichert</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Print it and tick a box each day you do an exercise.</source>
        <translation>Drucken Sie es aus und kreuzen Sie jeden Tag ein Kästchen an, an dem Sie eine Übung machen.</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Show the PDF in its folder</source>
        <translation>Das PDF in seinem Ordner zeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>nach Bedarf</translation>
    </message>
    <message>
        <source> · from %1</source>
        <translation> · ab %1</translation>
    </message>
    <message>
        <source> · until %1</source>
        <translation> · bis %1</translation>
    </message>
    <message>
        <source> · paused until %1</source>
        <translation> · pausiert bis %1</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>An offline coach for a physiotherapy home-exercise routine: timers, a pain diary and a progress report for your physio. Free software under the MIT licence.</source>
        <translation>Ein Offline-Trainer für das Heimübungsprogramm aus der Physiotherapie: Zeitgeber, Schmerztagebuch und ein Verlaufsbericht für Ihre Physiotherapeutin oder Ihren Physiotherapeuten. Freie Software unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Not medical advice. Rehab Coach helps you follow the plan you agreed with your physiotherapist; it does not diagnose or treat anything. If pain gets worse, stop and ask a health professional.</source>
        <translation>Keine medizinische Beratung. Rehab Coach hilft Ihnen, den mit Ihrer Physiotherapie vereinbarten Plan einzuhalten; es stellt keine Diagnosen und behandelt nichts. Wenn die Schmerzen zunehmen, hören Sie auf und fragen Sie eine Fachperson.</translation>
    </message>
    <message>
        <source>Your data folder: %1</source>
        <translation>Ihr Datenordner: %1</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL v3 as separate, replaceable libraries. Their source code: download.qt.io (Qt and Qt for Python). See the Licences tab for the full notice and every licence text.</source>
        <translation>Qt und PySide6 werden unter der GNU LGPL v3 als getrennte, austauschbare Bibliotheken verwendet. Ihr Quellcode: download.qt.io (Qt und Qt for Python). Den vollständigen Hinweis und alle Lizenztexte finden Sie unter „Lizenzen“.</translation>
    </message>
    <message>
        <source>Licence files</source>
        <translation>Lizenzdateien</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>The licence files are missing.</source>
        <translation>Die Lizenzdateien fehlen.</translation>
    </message>
    <message>
        <source>This licence file cannot be read.</source>
        <translation>Diese Lizenzdatei kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>AdviceBanner</name>
    <message>
        <source>Stop for today</source>
        <translation>Für heute aufhören</translation>
    </message>
    <message>
        <source>Stop for today · Enter</source>
        <translation>Für heute aufhören · Eingabe</translation>
    </message>
    <message>
        <source>Continue anyway · Space</source>
        <translation>Trotzdem weiter · Leertaste</translation>
    </message>
    <message>
        <source>Continue the session anyway</source>
        <translation>Die Einheit trotzdem fortsetzen</translation>
    </message>
    <message>
        <source>Pain %1 of 10 is at or above this routine's limit of %2. Training today is not advised: rest, ice, and try again when it has settled. Do not train through pain.</source>
        <translation>Schmerz %1 von 10 erreicht oder übersteigt die Grenze dieses Programms (%2). Heute zu trainieren ist nicht ratsam: ausruhen, kühlen und es erneut versuchen, wenn es sich beruhigt hat. Trainieren Sie nicht durch Schmerz hindurch.</translation>
    </message>
    <message>
        <source>Pain %1 of 10 is at or above this routine's limit of %2. Stopping is advised: rest, ice, and take a step back next time. Do not train through pain.</source>
        <translation>Schmerz %1 von 10 erreicht oder übersteigt die Grenze dieses Programms (%2). Aufhören ist ratsam: ausruhen, kühlen und beim nächsten Mal einen Schritt zurück. Trainieren Sie nicht durch Schmerz hindurch.</translation>
    </message>
</context>
<context>
    <name>AudioSettings</name>
    <message>
        <source>Sound on</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Voice on</source>
        <translation>Stimme an</translation>
    </message>
    <message>
        <source>Voice off</source>
        <translation>Stimme aus</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Adherence this month</source>
        <translation>Umsetzung in diesem Monat</translation>
    </message>
    <message>
        <source>My plan…</source>
        <translation>Mein Plan…</translation>
    </message>
    <message>
        <source>Edit my plan</source>
        <translation>Meinen Plan bearbeiten</translation>
    </message>
    <message>
        <source>Ring: share of planned sessions done (%1 all)   • done, not planned   %2 paused   P4 worst pain   %3 flare-up   %4 stopped for pain</source>
        <translation>Ring: Anteil erledigter geplanter Einheiten (%1 alle)   • erledigt, nicht geplant   %2 pausiert   P4 stärkster Schmerz   %3 Schub   %4 wegen Schmerz abgebrochen</translation>
    </message>
    <message>
        <source>Adherence per week</source>
        <translation>Umsetzung pro Woche</translation>
    </message>
    <message>
        <source>Selected day</source>
        <translation>Gewählter Tag</translation>
    </message>
    <message>
        <source>Log pain</source>
        <translation>Schmerz eintragen</translation>
    </message>
    <message>
        <source>Done on paper…</source>
        <translation>Auf Papier erledigt…</translation>
    </message>
    <message>
        <source>Mark a session done on paper</source>
        <translation>Eine Einheit als auf Papier erledigt markieren</translation>
    </message>
    <message>
        <source>Done away from the computer: recorded as done on paper, and counted</source>
        <translation>Ohne Computer erledigt: als auf Papier erledigt eingetragen und mitgezählt</translation>
    </message>
    <message>
        <source>Edit a note…</source>
        <translation>Notiz bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the note of a session this day</source>
        <translation>Die Notiz einer Einheit an diesem Tag bearbeiten</translation>
    </message>
    <message>
        <source>Sessions of the selected day</source>
        <translation>Einheiten des gewählten Tages</translation>
    </message>
    <message>
        <source>%1: no plan yet, every routine is as needed</source>
        <translation>%1: noch kein Plan, jedes Programm nach Bedarf</translation>
    </message>
    <message>
        <source>%1: %2 · streak %3 · habit strength %4%</source>
        <translation>%1: %2 · Serie %3 · Gewohnheitsstärke %4 %</translation>
    </message>
    <message>
        <source>Share: planned sessions done this month, today not counted until it is done. Streak: planned sessions done in a row. Habit strength: a trend over the last year that one missed day barely dents.</source>
        <translation>Anteil: in diesem Monat erledigte geplante Einheiten; heute zählt erst, wenn erledigt. Serie: geplante Einheiten in Folge erledigt. Gewohnheitsstärke: ein Trend über das letzte Jahr, den ein verpasster Tag kaum beeinflusst.</translation>
    </message>
    <message>
        <source>Planned sessions done, per week:</source>
        <translation>Erledigte geplante Einheiten pro Woche:</translation>
    </message>
    <message>
        <source>%1% of %2 planned</source>
        <translation>%1 % von %2 geplanten</translation>
    </message>
    <message>
        <source>nothing due yet</source>
        <translation>noch nichts fällig</translation>
    </message>
    <message>
        <source> (%1 to come)</source>
        <translation> (%1 stehen noch aus)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note not saved: it %1.</source>
        <translation>Notiz nicht gespeichert: sie %1.</translation>
    </message>
    <message>
        <source>Done on paper: %1</source>
        <translation>Auf Papier erledigt: %1</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nichts geplant</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>still open today</source>
        <translation>heute noch offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>done on paper</source>
        <translation>auf Papier erledigt</translation>
    </message>
    <message>
        <source>partly done (%1%)</source>
        <translation>teilweise erledigt (%1 %)</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>done, not planned</source>
        <translation>erledigt, nicht geplant</translation>
    </message>
    <message>
        <source>%1  pain %2/10, %3, %4</source>
        <translation>%1  Schmerz %2/10, %3, %4</translation>
    </message>
    <message>
        <source>Nothing recorded.</source>
        <translation>Nichts eingetragen.</translation>
    </message>
    <message>
        <source>not planned, %1% of it done</source>
        <translation>nicht geplant, %1 % davon erledigt</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>Undo: %1 done on paper</source>
        <translation>Rückgängig: %1 auf Papier erledigt</translation>
    </message>
    <message>
        <source>%1, done on paper</source>
        <translation>%1, auf Papier erledigt</translation>
    </message>
    <message>
        <source>Details: %1 %2</source>
        <translation>Details: %1 %2</translation>
    </message>
    <message>
        <source>Session details, %1 at %2</source>
        <translation>Details der Einheit, %1 um %2</translation>
    </message>
</context>
<context>
    <name>Controls</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Key: ← or B</source>
        <translation>Taste: ← oder B</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Set done</source>
        <translation>Satz fertig</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Key: → or N</source>
        <translation>Taste: → oder N</translation>
    </message>
    <message>
        <source>+15 s</source>
        <translation>+15 s</translation>
    </message>
    <message>
        <source>Add 15 seconds of rest</source>
        <translation>15 Sekunden Pause hinzufügen</translation>
    </message>
    <message>
        <source>Add 15 seconds of rest (key +)</source>
        <translation>15 Sekunden Pause hinzufügen (Taste +)</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Log pain</source>
        <translation>Schmerz eintragen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>Die Einheit beenden</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Key: Space</source>
        <translation>Taste: Leertaste</translation>
    </message>
    <message>
        <source>Skip rest</source>
        <translation>Pause überspringen</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <source>Rehab Coach: data file damaged</source>
        <translation>Rehab Coach: Datendatei beschädigt</translation>
    </message>
    <message>
        <source>Data file damaged</source>
        <translation>Datendatei beschädigt</translation>
    </message>
    <message>
        <source>Your data file could not be read, so it was left as it is.</source>
        <translation>Ihre Datendatei konnte nicht gelesen werden und wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The newest backup is %1.</source>
        <translation>Die neueste Sicherung ist %1.</translation>
    </message>
    <message>
        <source>No backup was found.</source>
        <translation>Es wurde keine Sicherung gefunden.</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>Was möchten Sie tun?</translation>
    </message>
    <message>
        <source>Restore newest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Start with an empty store (the damaged file is kept)</source>
        <translation>Mit leerem Datenbestand beginnen (die beschädigte Datei bleibt erhalten)</translation>
    </message>
    <message>
        <source>Start with an empty store</source>
        <translation>Mit leerem Datenbestand beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>DataHub</name>
    <message>
        <source>Could not save the routine: %1</source>
        <translation>Das Programm konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Picture not added: %1</source>
        <translation>Bild nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Could not save your change: %1.</source>
        <translation>Ihre Änderung konnte nicht gespeichert werden: %1.</translation>
    </message>
</context>
<context>
    <name>DiaryDialog</name>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Pain diary</source>
        <translation>Schmerztagebuch</translation>
    </message>
    <message>
        <source>Pain entries</source>
        <translation>Schmerzeinträge</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>Angezeigte Einträge</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Den gewählten Eintrag ändern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected entry</source>
        <translation>Den gewählten Eintrag löschen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the pain diary</source>
        <translation>Das Schmerztagebuch schließen</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
</context>
<context>
    <name>DoseFields</name>
    <message>
        <source>Sets × reps</source>
        <translation>Sätze × Wiederholungen</translation>
    </message>
    <message>
        <source>Sets × hold</source>
        <translation>Sätze × Halten</translation>
    </message>
    <message>
        <source>One stretch of time</source>
        <translation>Eine Zeitspanne</translation>
    </message>
    <message>
        <source>Work / recover intervals</source>
        <translation>Belastungs-/Erholungsintervalle</translation>
    </message>
    <message>
        <source>Dose kind</source>
        <translation>Art der Dosis</translation>
    </message>
    <message>
        <source>Dose problem</source>
        <translation>Problem mit der Dosis</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Reps up to</source>
        <translation>Wiederholungen bis</translation>
    </message>
    <message>
        <source>Up to (a range)</source>
        <translation>Bis (ein Bereich)</translation>
    </message>
    <message>
        <source>no range</source>
        <translation>kein Bereich</translation>
    </message>
    <message>
        <source> s per rep</source>
        <translation> s pro Wdh.</translation>
    </message>
    <message>
        <source>Tempo, seconds per rep</source>
        <translation>Tempo, Sekunden pro Wiederholung</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>own pace</source>
        <translation>eigenes Tempo</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Pause zwischen Sätzen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold seconds</source>
        <translation>Haltezeit in Sekunden</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Work seconds</source>
        <translation>Belastung in Sekunden</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>Recover seconds</source>
        <translation>Erholung in Sekunden</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>Work is called</source>
        <translation>Belastung heißt</translation>
    </message>
    <message>
        <source>Recover is called</source>
        <translation>Erholung heißt</translation>
    </message>
</context>
<context>
    <name>EntryModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>at rest</source>
        <translation>in Ruhe</translation>
    </message>
    <message>
        <source>before exercise</source>
        <translation>vor den Übungen</translation>
    </message>
    <message>
        <source>during exercise</source>
        <translation>während der Übungen</translation>
    </message>
    <message>
        <source>after exercise</source>
        <translation>nach den Übungen</translation>
    </message>
    <message>
        <source>next morning</source>
        <translation>am nächsten Morgen</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
</context>
<context>
    <name>FinishPanel</name>
    <message>
        <source>Pain now, after the session?</source>
        <translation>Schmerz jetzt, nach der Einheit?</translation>
    </message>
    <message>
        <source>Pain now: not given</source>
        <translation>Schmerz jetzt: nicht angegeben</translation>
    </message>
    <message>
        <source>Pain advice</source>
        <translation>Schmerzrat</translation>
    </message>
    <message>
        <source>Note (optional): how did it feel, what flared?</source>
        <translation>Notiz (optional): Wie hat es sich angefühlt, was hat sich gemeldet?</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Notiz zur Einheit</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translation>Speichern und schließen</translation>
    </message>
    <message>
        <source>Pain now: %1 of 10</source>
        <translation>Schmerz jetzt: %1 von 10</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <source>Play sounds during a session</source>
        <translation>Töne während einer Einheit abspielen</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Speak the instructions</source>
        <translation>Anweisungen vorlesen</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language shows when Rehab Coach next starts.</source>
        <translation>Eine neue Sprache erscheint beim nächsten Start von Rehab Coach.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
    <message>
        <source>Sound:</source>
        <translation>Ton:</translation>
    </message>
    <message>
        <source>Voice:</source>
        <translation>Stimme:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Farbschema:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation>Die Anleitung fehlt in dieser Installation.</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>saved in the editor</source>
        <translation>im Editor gespeichert</translation>
    </message>
    <message>
        <source>imported from a file</source>
        <translation>aus einer Datei importiert</translation>
    </message>
    <message>
        <source>as first done</source>
        <translation>wie zuerst gemacht</translation>
    </message>
    <message>
        <source>kept from before versions</source>
        <translation>aus der Zeit vor den Versionen</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Versionen, neueste zuerst</translation>
    </message>
    <message>
        <source>The selected version's exercises and doses</source>
        <translation>Übungen und Dosierungen der gewählten Version</translation>
    </message>
    <message>
        <source>No versions yet: the first is kept when you save.</source>
        <translation>Noch keine Versionen: Die erste wird beim Speichern angelegt.</translation>
    </message>
    <message>
        <source>before versions were kept</source>
        <translation>bevor Versionen geführt wurden</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Version %1 of %2</source>
        <translation>Version %1 von %2</translation>
    </message>
    <message>
        <source>Done %1 times, last on %2</source>
        <translation>%1-mal gemacht, zuletzt am %2</translation>
    </message>
    <message>
        <source>Done once, on %2</source>
        <translation>Einmal gemacht, am %2</translation>
    </message>
    <message>
        <source>Not done at this dose</source>
        <translation>In dieser Dosierung nicht gemacht</translation>
    </message>
</context>
<context>
    <name>LightPanel</name>
    <message>
        <source>Pain traffic light</source>
        <translation>Schmerzampel</translation>
    </message>
    <message>
        <source>Light colour</source>
        <translation>Ampelfarbe</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ampel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Rat</translation>
    </message>
    <message>
        <source>Not medical advice</source>
        <translation>Keine medizinische Beratung</translation>
    </message>
    <message>
        <source>Pain rules…</source>
        <translation>Schmerzregeln…</translation>
    </message>
    <message>
        <source>Edit pain rules</source>
        <translation>Schmerzregeln bearbeiten</translation>
    </message>
    <message>
        <source>Green light</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Amber light</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Red light</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>No light yet</source>
        <translation>Noch keine Ampel</translation>
    </message>
</context>
<context>
    <name>LogRunDialog</name>
    <message>
        <source>Log a run</source>
        <translation>Lauf eintragen</translation>
    </message>
    <message>
        <source>When the run started</source>
        <translation>Wann der Lauf begann</translation>
    </message>
    <message>
        <source>Distance in kilometres</source>
        <translation>Strecke in Kilometern</translation>
    </message>
    <message>
        <source>Duration, hours minutes seconds</source>
        <translation>Dauer in Stunden, Minuten, Sekunden</translation>
    </message>
    <message>
        <source>Terrain</source>
        <translation>Gelände</translation>
    </message>
    <message>
        <source>road, track, trail, treadmill…</source>
        <translation>Straße, Bahn, Waldweg, Laufband…</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Untergrund</translation>
    </message>
    <message>
        <source>Pain during the run, 0 to 10</source>
        <translation>Schmerz während des Laufs, 0 bis 10</translation>
    </message>
    <message>
        <source>Pain after the run, 0 to 10</source>
        <translation>Schmerz nach dem Lauf, 0 bis 10</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Pain during</source>
        <translation>Schmerz während</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz danach</translation>
    </message>
    <message>
        <source>Save the run</source>
        <translation>Lauf speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pain during and after also go into your pain diary, tied to this run.</source>
        <translation>Schmerz während und danach kommen auch in Ihr Schmerztagebuch, mit diesem Lauf verknüpft.</translation>
    </message>
    <message>
        <source>The run could not be saved (see the message above).</source>
        <translation>Der Lauf konnte nicht gespeichert werden (siehe die Meldung oben).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> (demo data)</source>
        <translation> (Beispieldaten)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>P: log pain
F1: all keys</source>
        <translation>P: Schmerz eintragen
F1: alle Tasten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Opening your records</source>
        <translation>Ihre Aufzeichnungen werden geöffnet</translation>
    </message>
    <message>
        <source>Opening your records…</source>
        <translation>Ihre Aufzeichnungen werden geöffnet…</translation>
    </message>
    <message>
        <source>There is no routine called “%1”.</source>
        <translation>Es gibt kein Programm namens „%1“.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Meldungstext</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>MonthCalendar</name>
    <message>
        <source>Month calendar</source>
        <translation>Monatskalender</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Choose month</source>
        <translation>Monat wählen</translation>
    </message>
    <message>
        <source>Choose year</source>
        <translation>Jahr wählen</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Days of the month</source>
        <translation>Tage des Monats</translation>
    </message>
</context>
<context>
    <name>MorningCheck</name>
    <message>
        <source>Next-morning check</source>
        <translation>Kontrolle am nächsten Morgen</translation>
    </message>
    <message>
        <source>Worse than usual the morning after means yesterday's load was too high.</source>
        <translation>Schlimmer als sonst am Morgen danach heißt: Die Belastung von gestern war zu hoch.</translation>
    </message>
    <message>
        <source>This morning %1 of 10</source>
        <translation>Heute Morgen %1 von 10</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Skip the morning check</source>
        <translation>Die Morgenkontrolle überspringen</translation>
    </message>
    <message>
        <source>How is it this morning, after yesterday's %1?</source>
        <translation>Wie geht es heute Morgen, nach %1 von gestern?</translation>
    </message>
    <message>
        <source>How is it this morning, after yesterday's %1 km run?</source>
        <translation>Wie geht es heute Morgen, nach dem Lauf von gestern (%1 km)?</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override the next level</source>
        <translation>Nächste Stufe selbst wählen</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Level for the next run</source>
        <translation>Stufe für den nächsten Lauf</translation>
    </message>
    <message>
        <source>for example: my physio said to repeat</source>
        <translation>zum Beispiel: meine Physiotherapeutin riet zu wiederholen</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Grund für Ihre Wahl</translation>
    </message>
    <message>
        <source>The ladder moves by the pain light. You can choose another level; your choice and your reason are kept with the light's decision.</source>
        <translation>Die Stufenleiter folgt der Schmerzampel. Sie können eine andere Stufe wählen; Ihre Wahl und Ihr Grund werden mit der Entscheidung der Ampel gespeichert.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Record override</source>
        <translation>Wahl speichern</translation>
    </message>
    <message>
        <source>Record the override</source>
        <translation>Ihre Wahl speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Say why, in a few words: it is kept with the plan.</source>
        <translation>Sagen Sie in wenigen Worten, warum: es wird mit dem Plan gespeichert.</translation>
    </message>
</context>
<context>
    <name>PainBanner</name>
    <message>
        <source>How much does it hurt right now?</source>
        <translation>Wie stark schmerzt es gerade?</translation>
    </message>
    <message>
        <source>Side (keys L, R, B)</source>
        <translation>Seite (Tasten L, R, B)</translation>
    </message>
    <message>
        <source>Left · L</source>
        <translation>Links · L</translation>
    </message>
    <message>
        <source>Right · R</source>
        <translation>Rechts · R</translation>
    </message>
    <message>
        <source>Both · B</source>
        <translation>Beide · B</translation>
    </message>
    <message>
        <source>Where (key W for the next place)</source>
        <translation>Wo (Taste W für die nächste Stelle)</translation>
    </message>
    <message>
        <source>Side:</source>
        <translation>Seite:</translation>
    </message>
    <message>
        <source>Where (W):</source>
        <translation>Wo (W):</translation>
    </message>
    <message>
        <source>Cancel · Esc</source>
        <translation>Abbrechen · Esc</translation>
    </message>
    <message>
        <source>Cancel logging pain</source>
        <translation>Schmerzeintrag abbrechen</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>At rest</source>
        <translation>In Ruhe</translation>
    </message>
    <message>
        <source>Before exercise</source>
        <translation>Vor den Übungen</translation>
    </message>
    <message>
        <source>During exercise</source>
        <translation>Während der Übungen</translation>
    </message>
    <message>
        <source>After exercise</source>
        <translation>Nach den Übungen</translation>
    </message>
    <message>
        <source>Next morning</source>
        <translation>Am nächsten Morgen</translation>
    </message>
    <message>
        <source>Pain trend chart</source>
        <translation>Schmerzverlauf</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>7-day mean</source>
        <translation>7-Tage-Mittel</translation>
    </message>
    <message>
        <source>Session done</source>
        <translation>Einheit erledigt</translation>
    </message>
    <message>
        <source>Session partly done</source>
        <translation>Einheit teilweise erledigt</translation>
    </message>
    <message>
        <source>Stopped for pain</source>
        <translation>Wegen Schmerz abgebrochen</translation>
    </message>
    <message>
        <source>Flare-up</source>
        <translation>Schub</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
</context>
<context>
    <name>PainDialog</name>
    <message>
        <source>Log pain</source>
        <translation>Schmerz eintragen</translation>
    </message>
    <message>
        <source>Edit pain entry</source>
        <translation>Schmerzeintrag ändern</translation>
    </message>
    <message>
        <source>How much does it hurt right now? (0 = none, 10 = worst)</source>
        <translation>Wie stark schmerzt es gerade? (0 = gar nicht, 10 = am stärksten)</translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Schmerz %1 von 10</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>Chosen score</source>
        <translation>Gewählter Wert</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Both / not sided</source>
        <translation>Beide / keine Seite</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>At rest</source>
        <translation>In Ruhe</translation>
    </message>
    <message>
        <source>Before exercise</source>
        <translation>Vor den Übungen</translation>
    </message>
    <message>
        <source>During exercise</source>
        <translation>Während der Übungen</translation>
    </message>
    <message>
        <source>After exercise</source>
        <translation>Nach den Übungen</translation>
    </message>
    <message>
        <source>Next morning</source>
        <translation>Am nächsten Morgen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>What were you doing? (optional)</source>
        <translation>Was haben Sie gerade gemacht? (optional)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Save pain entry</source>
        <translation>Schmerzeintrag speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Pick a score to save (keys 0–9, or 1 then 0 for 10).</source>
        <translation>Wählen Sie einen Wert zum Speichern (Tasten 0–9, oder 1 und dann 0 für 10).</translation>
    </message>
    <message>
        <source>Chosen: %1 of 10</source>
        <translation>Gewählt: %1 von 10</translation>
    </message>
    <message>
        <source>Chosen: none yet</source>
        <translation>Gewählt: noch nichts</translation>
    </message>
    <message>
        <source>Not saved. See the message in the main window.</source>
        <translation>Nicht gespeichert. Siehe die Meldung im Hauptfenster.</translation>
    </message>
</context>
<context>
    <name>PainRulesPage</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>PainRulesWidget</name>
    <message>
        <source>Pain during exercise may reach the acceptable level if it settles by the next morning; worse the next morning means the load was too high (Silbernagel et al. 2007). A change of 2 points or 30% is meaningful (Farrar et al. 2001). A routine's own stop level is used during its sessions when it is lower.</source>
        <translation>Schmerz während der Übungen darf die akzeptable Grenze erreichen, wenn er bis zum nächsten Morgen abklingt; schlimmer am nächsten Morgen heißt, die Belastung war zu hoch (Silbernagel et al. 2007). Eine Änderung um 2 Punkte oder 30 % ist bedeutsam (Farrar et al. 2001). Die eigene Abbruchgrenze eines Programms gilt in seinen Einheiten, wenn sie niedriger ist.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
</context>
<context>
    <name>PainScale</name>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Schmerz %1 von 10</translation>
    </message>
    <message>
        <source>0 = no pain, 10 = worst imaginable</source>
        <translation>0 = kein Schmerz, 10 = schlimmster vorstellbarer</translation>
    </message>
</context>
<context>
    <name>PainUndo</name>
    <message>
        <source>Entry deleted</source>
        <translation>Eintrag gelöscht</translation>
    </message>
    <message>
        <source>Entry changed</source>
        <translation>Eintrag geändert</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>A routine without a schedule is “as needed”: do it when you like; it never counts as missed.</source>
        <translation>Ein Programm ohne Zeitplan gilt „nach Bedarf“: Machen Sie es, wann Sie möchten; es zählt nie als verpasst.</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mein Plan</translation>
    </message>
    <message>
        <source>The morning after a session, remind me to log pain at</source>
        <translation>Am Morgen nach einer Einheit erinnern, Schmerz einzutragen, um</translation>
    </message>
    <message>
        <source>Morning check time</source>
        <translation>Uhrzeit der Morgenkontrolle</translation>
    </message>
    <message>
        <source>Export to calendar (.ics)…</source>
        <translation>In Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <source>Export the plan as a calendar file</source>
        <translation>Den Plan als Kalenderdatei exportieren</translation>
    </message>
    <message>
        <source>Export result</source>
        <translation>Ergebnis des Exports</translation>
    </message>
    <message>
        <source>Export the plan</source>
        <translation>Den Plan exportieren</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <source>Nothing to export: no routine has a schedule.</source>
        <translation>Nichts zu exportieren: Kein Programm hat einen Zeitplan.</translation>
    </message>
    <message>
        <source>Not exported to %1. %2</source>
        <translation>Nicht nach %1 exportiert. %2</translation>
    </message>
    <message>
        <source>Wrote 1 recurring event to %2.</source>
        <translation>1 wiederkehrenden Termin in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1 recurring events to %2.</source>
        <translation>%1 wiederkehrende Termine in %2 geschrieben.</translation>
    </message>
    <message>
        <source>Schedule of %1</source>
        <translation>Zeitplan von %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Edit the schedule of %1</source>
        <translation>Den Zeitplan von %1 ändern</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>Exercise player</source>
        <translation>Übungstrainer</translation>
    </message>
    <message>
        <source>Its routine no longer exists.</source>
        <translation>Das zugehörige Programm gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Resumed — press Space when you are ready</source>
        <translation>Fortgesetzt — Leertaste drücken, wenn Sie bereit sind</translation>
    </message>
    <message>
        <source>before a session, not started</source>
        <translation>vor einer Einheit, nicht begonnen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <source>Progress</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Pain summary</source>
        <translation>Schmerzübersicht</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>Schmerztrend</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>No pain entries in this range.
Press P or “Log pain” to add one.</source>
        <translation>Keine Schmerzeinträge in diesem Zeitraum.
Drücken Sie P oder „Schmerz eintragen“, um einen hinzuzufügen.</translation>
    </message>
    <message>
        <source>No pain data</source>
        <translation>Keine Schmerzdaten</translation>
    </message>
    <message>
        <source>Daily value</source>
        <translation>Tageswert</translation>
    </message>
    <message>
        <source>Diary…</source>
        <translation>Tagebuch…</translation>
    </message>
    <message>
        <source>Open the pain diary to edit or delete entries</source>
        <translation>Das Schmerztagebuch öffnen, um Einträge zu ändern oder zu löschen</translation>
    </message>
    <message>
        <source>Report for my physio…</source>
        <translation>Bericht für meine Physiotherapie…</translation>
    </message>
    <message>
        <source>Make a progress report for your physio</source>
        <translation>Einen Verlaufsbericht für Ihre Physiotherapie erstellen</translation>
    </message>
    <message>
        <source>Locations:</source>
        <translation>Stellen:</translation>
    </message>
    <message>
        <source>Drag or scroll on the chart to pan and zoom in time; + and − zoom. Point at an entry to read it; click it to edit.</source>
        <translation>Im Diagramm ziehen oder scrollen, um die Zeit zu verschieben und zu zoomen; + und − zoomen. Auf einen Eintrag zeigen, um ihn zu lesen; anklicken, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>Daily worst</source>
        <translation>Tageshöchstwert</translation>
    </message>
    <message>
        <source>2 weeks</source>
        <translation>2 Wochen</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Daily mean</source>
        <translation>Tagesmittel</translation>
    </message>
    <message>
        <source>Chart status</source>
        <translation>Status des Diagramms</translation>
    </message>
    <message>
        <source>Loading older months…</source>
        <translation>Ältere Monate werden geladen…</translation>
    </message>
    <message>
        <source>Loading older months… (back to %1)</source>
        <translation>Ältere Monate werden geladen… (zurück bis %1)</translation>
    </message>
    <message>
        <source>Drawing the chart…</source>
        <translation>Das Diagramm wird gezeichnet…</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>Wird gezeichnet…</translation>
    </message>
    <message>
        <source>last 2 weeks</source>
        <translation>letzte 2 Wochen</translation>
    </message>
    <message>
        <source>last 3 months</source>
        <translation>letzte 3 Monate</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>gesamter Zeitraum</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Einheit</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 Einheiten</translation>
    </message>
    <message>
        <source>No pain entries (%1) · %2</source>
        <translation>Keine Schmerzeinträge (%1) · %2</translation>
    </message>
    <message>
        <source>1 pain entry</source>
        <translation>1 Schmerzeintrag</translation>
    </message>
    <message>
        <source>%1 pain entries</source>
        <translation>%1 Schmerzeinträge</translation>
    </message>
    <message>
        <source>%1 and %2 (%3) · latest %4/10 (%5) on %6</source>
        <translation>%1 und %2 (%3) · zuletzt %4/10 (%5) am %6</translation>
    </message>
</context>
<context>
    <name>ProgressionPanel</name>
    <message>
        <source>Dose step suggested for %1</source>
        <translation>Dosis-Schritt vorgeschlagen für %1</translation>
    </message>
    <message>
        <source>Ready for a little more: %1</source>
        <translation>Bereit für etwas mehr: %1</translation>
    </message>
    <message>
        <source>Suggested doses</source>
        <translation>Vorgeschlagene Dosen</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>Built-in routines are read-only: duplicate it to edit, with the suggested doses filled in.</source>
        <translation>Mitgelieferte Routinen sind schreibgeschützt: Duplizieren Sie sie zum Bearbeiten, mit den vorgeschlagenen Dosen schon eingetragen.</translation>
    </message>
    <message>
        <source>Duplicate to edit…</source>
        <translation>Zum Bearbeiten duplizieren…</translation>
    </message>
    <message>
        <source>Review in editor…</source>
        <translation>Im Editor prüfen…</translation>
    </message>
    <message>
        <source>Review the suggested doses of %1 in the editor</source>
        <translation>Die vorgeschlagenen Dosen von %1 im Editor prüfen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Not now: don't suggest a step for %1 until the next green streak</source>
        <translation>Jetzt nicht: für %1 erst nach der nächsten grünen Serie wieder einen Schritt vorschlagen</translation>
    </message>
    <message>
        <source>Suggested doses filled in for %1 exercises, not saved yet: Save makes them a new version, Undo takes them back.</source>
        <translation>Vorgeschlagene Dosen für %1 Übungen eingetragen, noch nicht gespeichert: Speichern macht daraus eine neue Version, Rückgängig nimmt sie zurück.</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Last 2 weeks</source>
        <translation>Letzte 2 Wochen</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Since the last report</source>
        <translation>Seit dem letzten Bericht</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Selbst gewählt</translation>
    </message>
    <message>
        <source>Progress report for your physio</source>
        <translation>Verlaufsbericht für Ihre Physiotherapie</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Verlaufsbericht</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Name der Patientin / des Patienten</translation>
    </message>
    <message>
        <source>Clinician name</source>
        <translation>Name der Therapeutin / des Therapeuten</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Questions for my physio</source>
        <translation>Fragen an meine Physiotherapie</translation>
    </message>
    <message>
        <source>Anything you want to ask at the appointment</source>
        <translation>Was Sie beim Termin fragen möchten</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>Save the PDF as</source>
        <translation>Das PDF speichern als</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose where to save the PDF</source>
        <translation>Wählen, wo das PDF gespeichert wird</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient/in:</translation>
    </message>
    <message>
        <source>Clinician:</source>
        <translation>Therapeut/in:</translation>
    </message>
    <message>
        <source>Condition:</source>
        <translation>Beschwerden:</translation>
    </message>
    <message>
        <source>Questions for my physio:</source>
        <translation>Fragen an meine Physiotherapie:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Speichern als:</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Fortschritt des Berichts</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Stand des Berichts</translation>
    </message>
    <message>
        <source>Make the PDF</source>
        <translation>Das PDF erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the report</source>
        <translation>Den Bericht abbrechen</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Das PDF öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Show the PDF in its folder</source>
        <translation>Das PDF in seinem Ordner zeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No report has been made yet</source>
        <translation>Noch kein Bericht erstellt</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Den Bericht speichern als</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Der erste Tag liegt nach dem letzten Tag.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Wählen Sie, wo das PDF gespeichert wird.</translation>
    </message>
    <message>
        <source>%1 is inside the data folder, which only Rehab Coach itself writes; choose a place outside it.</source>
        <translation>%1 liegt im Datenordner, in den nur Rehab Coach selbst schreibt; wählen Sie einen Ort außerhalb.</translation>
    </message>
    <message>
        <source>%1 is a folder; give a file name.</source>
        <translation>%1 ist ein Ordner; geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Not replaced; nothing was written.</source>
        <translation>Nicht ersetzt; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Reading the records…</source>
        <translation>Einträge werden gelesen…</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Die Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 gibt es schon. Ersetzen?</translation>
    </message>
    <message>
        <source>Nothing was recorded in this period; the PDF says so. Writing…</source>
        <translation>In diesem Zeitraum wurde nichts eingetragen; das PDF sagt es. Wird geschrieben…</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Das PDF wird geschrieben…</translation>
    </message>
    <message>
        <source>Could not write the PDF: %1.</source>
        <translation>Das PDF konnte nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Could not make the report (%1).</source>
        <translation>Der Bericht konnte nicht erstellt werden (%1).</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>%1 gespeichert (%2 Seiten).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>ResumePanel</name>
    <message>
        <source>You have an unfinished session</source>
        <translation>Sie haben eine nicht beendete Einheit</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the unfinished session</source>
        <translation>Die nicht beendete Einheit fortsetzen</translation>
    </message>
    <message>
        <source>Save as interrupted</source>
        <translation>Als unterbrochen speichern</translation>
    </message>
    <message>
        <source>Save the unfinished session as interrupted</source>
        <translation>Die nicht beendete Einheit als unterbrochen speichern</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Edit routine: %1</source>
        <translation>Programm bearbeiten: %1</translation>
    </message>
    <message>
        <source>Routine editor</source>
        <translation>Programm-Editor</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Editor status</source>
        <translation>Status des Editors</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo the change undone</source>
        <translation>Die rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export this routine to a file</source>
        <translation>Dieses Programm in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Print sheet…</source>
        <translation>Übungsblatt drucken…</translation>
    </message>
    <message>
        <source>Save a printable sheet of this routine as a PDF</source>
        <translation>Ein druckbares Blatt dieses Programms als PDF speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the routine</source>
        <translation>Das Programm speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the editor</source>
        <translation>Den Editor schließen</translation>
    </message>
    <message>
        <source>Routine name</source>
        <translation>Name des Programms</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Routine name problem</source>
        <translation>Problem mit dem Namen des Programms</translation>
    </message>
    <message>
        <source>Routine description</source>
        <translation>Programmbeschreibung</translation>
    </message>
    <message>
        <source>Edit description</source>
        <translation>Beschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Description problem</source>
        <translation>Problem mit der Beschreibung</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>Stop advised at pain</source>
        <translation>Abbruch empfohlen ab Schmerz</translation>
    </message>
    <message>
        <source>The player advises stopping when pain reaches this score.</source>
        <translation>Der Trainer empfiehlt aufzuhören, wenn der Schmerz diesen Wert erreicht.</translation>
    </message>
    <message>
        <source>Change pain limit</source>
        <translation>Schmerzgrenze ändern</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Rest between exercises</source>
        <translation>Pause zwischen Übungen</translation>
    </message>
    <message>
        <source>Change rest</source>
        <translation>Pause ändern</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Exercises in order</source>
        <translation>Übungen in Reihenfolge</translation>
    </message>
    <message>
        <source>Exercise list problem</source>
        <translation>Problem mit der Übungsliste</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a new exercise</source>
        <translation>Eine neue Übung hinzufügen</translation>
    </message>
    <message>
        <source>From library</source>
        <translation>Aus der Bibliothek</translation>
    </message>
    <message>
        <source>Add an exercise from the library</source>
        <translation>Eine Übung aus der Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Every exercise of every routine</source>
        <translation>Jede Übung aus jedem Programm</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected exercise</source>
        <translation>Die gewählte Übung duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected exercise</source>
        <translation>Die gewählte Übung entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected exercise up (Ctrl+Up)</source>
        <translation>Die gewählte Übung nach oben schieben (Strg+Hoch)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected exercise down (Ctrl+Down)</source>
        <translation>Die gewählte Übung nach unten schieben (Strg+Runter)</translation>
    </message>
    <message>
        <source>Exercises (drag or Ctrl+Up/Down to reorder, Delete to remove)</source>
        <translation>Übungen (ziehen oder Strg+Hoch/Runter zum Umordnen, Entf zum Entfernen)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Exercise name</source>
        <translation>Name der Übung</translation>
    </message>
    <message>
        <source>Exercise name problem</source>
        <translation>Problem mit dem Namen der Übung</translation>
    </message>
    <message>
        <source>One-line instruction</source>
        <translation>Anweisung in einer Zeile</translation>
    </message>
    <message>
        <source>One-line instruction problem</source>
        <translation>Problem mit der einzeiligen Anweisung</translation>
    </message>
    <message>
        <source>In one line</source>
        <translation>In einer Zeile</translation>
    </message>
    <message>
        <source>Each side (left, then right)</source>
        <translation>Jede Seite (erst links, dann rechts)</translation>
    </message>
    <message>
        <source>Done on each side</source>
        <translation>Auf jeder Seite gemacht</translation>
    </message>
    <message>
        <source>Change sides</source>
        <translation>Seiten ändern</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Equipment and load</source>
        <translation>Hilfsmittel und Last</translation>
    </message>
    <message>
        <source>e.g. green band at thighs, step</source>
        <translation>z. B. grünes Band an den Oberschenkeln, Stufe</translation>
    </message>
    <message>
        <source>Equipment problem</source>
        <translation>Problem mit den Hilfsmitteln</translation>
    </message>
    <message>
        <source>Equipment, load</source>
        <translation>Hilfsmittel, Last</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Note from the physio</source>
        <translation>Notiz der Physiotherapie</translation>
    </message>
    <message>
        <source>Note problem</source>
        <translation>Problem mit der Notiz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Full instructions</source>
        <translation>Vollständige Anleitung</translation>
    </message>
    <message>
        <source>Edit instructions</source>
        <translation>Anleitung bearbeiten</translation>
    </message>
    <message>
        <source>Instructions problem</source>
        <translation>Problem mit der Anleitung</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Exercise picture</source>
        <translation>Bild der Übung</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>Bild wählen…</translation>
    </message>
    <message>
        <source>Choose a picture for this exercise</source>
        <translation>Ein Bild für diese Übung wählen</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>Remove the picture of this exercise</source>
        <translation>Das Bild dieser Übung entfernen</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 2 MB and 2048 pixels a side. It is copied into your data folder; an exported routine file leaves it out.</source>
        <translation>PNG oder JPEG, höchstens 2 MB und 2048 Pixel pro Seite. Es wird in Ihren Datenordner kopiert; eine exportierte Programmdatei enthält es nicht.</translation>
    </message>
    <message>
        <source>About exercise pictures</source>
        <translation>Über Bilder zu Übungen</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Ein Bild wählen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Picture not added.</source>
        <translation>Bild nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>Change picture</source>
        <translation>Bild ändern</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Suggested dose</source>
        <translation>Vorgeschlagene Dosis</translation>
    </message>
    <message>
        <source>Change dose</source>
        <translation>Dosis ändern</translation>
    </message>
    <message>
        <source>Change dose kind</source>
        <translation>Art der Dosis ändern</translation>
    </message>
    <message>
        <source>Change equipment</source>
        <translation>Hilfsmittel ändern</translation>
    </message>
    <message>
        <source>Add exercise</source>
        <translation>Übung hinzufügen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate exercise</source>
        <translation>Übung duplizieren</translation>
    </message>
    <message>
        <source>Remove exercise</source>
        <translation>Übung entfernen</translation>
    </message>
    <message>
        <source>Move exercise</source>
        <translation>Übung verschieben</translation>
    </message>
    <message>
        <source>another routine already has this name</source>
        <translation>ein anderes Programm hat schon diesen Namen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>This exercise has a problem to fix</source>
        <translation>Diese Übung hat ein Problem, das behoben werden muss</translation>
    </message>
    <message>
        <source>Exercise %1 of %2</source>
        <translation>Übung %1 von %2</translation>
    </message>
    <message>
        <source>Exercise %1 (%2)</source>
        <translation>Übung %1 (%2)</translation>
    </message>
    <message>
        <source>Fix before saving: %1: %2</source>
        <translation>Vor dem Speichern beheben: %1: %2</translation>
    </message>
    <message>
        <source>Fix the marked fields before saving.</source>
        <translation>Beheben Sie vor dem Speichern die markierten Felder.</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>the upper rep count</source>
        <translation>die obere Wiederholungszahl</translation>
    </message>
    <message>
        <source>the tempo</source>
        <translation>das Tempo</translation>
    </message>
    <message>
        <source>the rest</source>
        <translation>die Pause</translation>
    </message>
    <message>
        <source>the hold</source>
        <translation>die Haltezeit</translation>
    </message>
    <message>
        <source>the duration</source>
        <translation>die Dauer</translation>
    </message>
    <message>
        <source>repeats</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>work</source>
        <translation>Belastung</translation>
    </message>
    <message>
        <source>recover</source>
        <translation>Erholung</translation>
    </message>
    <message>
        <source>the work name</source>
        <translation>der Name der Belastung</translation>
    </message>
    <message>
        <source>the recover name</source>
        <translation>der Name der Erholung</translation>
    </message>
    <message>
        <source>the dose</source>
        <translation>die Dosis</translation>
    </message>
    <message>
        <source>new routine</source>
        <translation>neues Programm</translation>
    </message>
    <message>
        <source>Not saved; see the message at the top of the window.</source>
        <translation>Nicht gespeichert; siehe die Meldung oben im Fenster.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Als Version %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saved; the doses did not change, so this is still version %1.</source>
        <translation>Gespeichert; die Dosierungen sind unverändert, daher bleibt es Version %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to this routine before closing?</source>
        <translation>Die Änderungen an diesem Programm vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Some fields need fixing, so it cannot be saved.</source>
        <translation>Einige Felder müssen korrigiert werden, daher kann nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>RoutineImport</name>
    <message>
        <source>Routine files (*.rehab.json *.json)</source>
        <translation>Programmdateien (*.rehab.json *.json)</translation>
    </message>
</context>
<context>
    <name>RoutinesView</name>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Hilfsmittel</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>%1 /side</source>
        <translation>%1 /Seite</translation>
    </message>
    <message>
        <source>%1 exercise</source>
        <translation>%1 Übung</translation>
    </message>
    <message>
        <source>%1 exercises</source>
        <translation>%1 Übungen</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
    <message>
        <source>not done yet</source>
        <translation>noch nicht gemacht</translation>
    </message>
    <message>
        <source>last done today</source>
        <translation>zuletzt heute</translation>
    </message>
    <message>
        <source>last done yesterday</source>
        <translation>zuletzt gestern</translation>
    </message>
    <message>
        <source>last done %1</source>
        <translation>zuletzt am %1</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Routine list</source>
        <translation>Programmliste</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import a routine file</source>
        <translation>Eine Programmdatei importieren</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected routine</source>
        <translation>Das gewählte Programm bearbeiten</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the selected routine to a file</source>
        <translation>Das gewählte Programm in eine Datei exportieren</translation>
    </message>
    <message>
        <source>Print sheet…</source>
        <translation>Übungsblatt drucken…</translation>
    </message>
    <message>
        <source>Save a printable sheet of the selected routine as a PDF</source>
        <translation>Ein druckbares Blatt des gewählten Programms als PDF speichern</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide this built-in routine</source>
        <translation>Dieses eingebaute Programm ausblenden</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete this routine</source>
        <translation>Dieses Programm löschen</translation>
    </message>
    <message>
        <source>Show hidden built-ins</source>
        <translation>Ausgeblendete eingebaute zeigen</translation>
    </message>
    <message>
        <source>Show hidden built-in routines</source>
        <translation>Ausgeblendete eingebaute Programme zeigen</translation>
    </message>
    <message>
        <source>About built-in routines</source>
        <translation>Über eingebaute Programme</translation>
    </message>
    <message>
        <source>Routine description</source>
        <translation>Programmbeschreibung</translation>
    </message>
    <message>
        <source>Exercises of the selected routine</source>
        <translation>Übungen des gewählten Programms</translation>
    </message>
    <message>
        <source>Select all exercises</source>
        <translation>Alle Übungen auswählen</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Zeitplan…</translation>
    </message>
    <message>
        <source>Edit the schedule of this routine</source>
        <translation>Den Zeitplan dieses Programms ändern</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihres</translation>
    </message>
    <message>
        <source>built-in, hidden</source>
        <translation>eingebaut, ausgeblendet</translation>
    </message>
    <message>
        <source>No routines</source>
        <translation>Keine Programme</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Zum Bearbeiten duplizieren</translation>
    </message>
    <message>
        <source>Duplicate this built-in routine to edit</source>
        <translation>Dieses eingebaute Programm zum Bearbeiten duplizieren</translation>
    </message>
    <message>
        <source>Built-in routines stay as shipped; edit your own copy of it.</source>
        <translation>Eingebaute Programme bleiben wie geliefert; bearbeiten Sie Ihre eigene Kopie.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Wieder zeigen</translation>
    </message>
    <message>
        <source>Show this built-in routine again</source>
        <translation>Dieses eingebaute Programm wieder zeigen</translation>
    </message>
    <message>
        <source>Schedule: %1 · rest between exercises %2 s · stop advised at pain %3</source>
        <translation>Plan: %1 · Pause zwischen Übungen %2 s · Abbruch empfohlen ab Schmerz %3</translation>
    </message>
    <message>
        <source>Versions: the versions file is damaged</source>
        <translation>Versionen: Die Versionsdatei ist beschädigt</translation>
    </message>
    <message>
        <source>No versions kept yet</source>
        <translation>Noch keine Versionen</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>, seit %1</translation>
    </message>
    <message>
        <source> (the editor's History tab lists every change)</source>
        <translation> (der Reiter „Verlauf“ im Editor listet jede Änderung)</translation>
    </message>
    <message>
        <source>My routine</source>
        <translation>Mein Programm</translation>
    </message>
    <message>
        <source>My routine %1</source>
        <translation>Mein Programm %1</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Programm löschen</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message>
        <source>The sessions you did with it, and its versions, are kept.</source>
        <translation>Die damit gemachten Einheiten und seine Versionen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>RunChart</name>
    <message>
        <source>Pain during</source>
        <translation>Schmerz während</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz danach</translation>
    </message>
    <message>
        <source>Pain next morning</source>
        <translation>Schmerz am nächsten Morgen</translation>
    </message>
    <message>
        <source>Weekly running volume chart</source>
        <translation>Diagramm des wöchentlichen Laufumfangs</translation>
    </message>
    <message>
        <source>Distance (km)</source>
        <translation>Strecke (km)</translation>
    </message>
    <message>
        <source>Pain (0–10)</source>
        <translation>Schmerz (0–10)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Weekly guide (+%1)</source>
        <translation>Wochenrichtwert (+%1)</translation>
    </message>
    <message>
        <source>Single-run cap</source>
        <translation>Obergrenze pro Lauf</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Run over the cap</source>
        <translation>Lauf über der Obergrenze</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Show full instructions and equipment</source>
        <translation>Vollständige Anleitung und Hilfsmittel zeigen</translation>
    </message>
    <message>
        <source>Full instructions</source>
        <translation>Vollständige Anleitung</translation>
    </message>
    <message>
        <source>Exercise picture</source>
        <translation>Bild der Übung</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Time or reps</source>
        <translation>Zeit oder Wiederholungen</translation>
    </message>
    <message>
        <source>Cue</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Routine progress</source>
        <translation>Fortschritt im Programm</translation>
    </message>
    <message>
        <source>Time left in the routine</source>
        <translation>Restzeit des Programms</translation>
    </message>
    <message>
        <source>Paused — %1</source>
        <translation>Angehalten — %1</translation>
    </message>
    <message>
        <source>About %1 left</source>
        <translation>Noch etwa %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Equipment: %1</source>
        <translation>Hilfsmittel: %1</translation>
    </message>
    <message>
        <source>, each side</source>
        <translation>, je Seite</translation>
    </message>
    <message>
        <source>Dose: %1</source>
        <translation>Dosis: %1</translation>
    </message>
</context>
<context>
    <name>RunTable</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Terrain</source>
        <translation>Gelände</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>Untergrund</translation>
    </message>
    <message>
        <source>Pain during</source>
        <translation>Schmerz während</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Schmerz danach</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>⚠ over the cap: %1 of the 30-day longest</source>
        <translation>⚠ über der Obergrenze: %1 des längsten Laufs der 30 Tage</translation>
    </message>
    <message>
        <source>⚠ %1 at level %2</source>
        <translation>⚠ %1 auf Stufe %2</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>RunningRulesPage</name>
    <message>
        <source>A single run longer than about 110% of your longest run in the last 30 days raised the risk of an overuse injury (Garmin-RUNSAFE, 5,205 runners, Br J Sports Med 2025); adding about 10% a week is the older rule of thumb, shown beside it as guidance, a weaker signal. A physio may set either differently.</source>
        <translation>Ein einzelner Lauf, der mehr als etwa 110 % des längsten Laufs der letzten 30 Tage lang war, erhöhte das Risiko einer Überlastungsverletzung (Garmin-RUNSAFE, 5.205 Läuferinnen und Läufer, Br J Sports Med 2025); etwa 10 % mehr pro Woche ist die ältere Faustregel und steht als Richtwert daneben, ein schwächeres Signal. Eine Physiotherapeutin kann beides anders einstellen.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>RunningView</name>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufen</translation>
    </message>
    <message>
        <source>Log a run…</source>
        <translation>Lauf eintragen…</translation>
    </message>
    <message>
        <source>Log a run by hand</source>
        <translation>Einen Lauf von Hand eintragen</translation>
    </message>
    <message>
        <source>Import from watch…</source>
        <translation>Von der Uhr importieren…</translation>
    </message>
    <message>
        <source>Import runs from GPX, TCX or FIT files</source>
        <translation>Läufe aus GPX-, TCX- oder FIT-Dateien importieren</translation>
    </message>
    <message>
        <source>Running status</source>
        <translation>Laufstatus</translation>
    </message>
    <message>
        <source>Run deleted</source>
        <translation>Lauf gelöscht</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo deleting the run</source>
        <translation>Löschen des Laufs rückgängig machen</translation>
    </message>
    <message>
        <source>Ready to run?</source>
        <translation>Bereit zum Laufen?</translation>
    </message>
    <message>
        <source>Running waits until walking, stairs and a brisk 30-minute walk are all pain-free. Running on a knee that still hurts in everyday life is what set most runners back: the IT band needs the strength work first. Answer the three questions below; once each is a yes, the first level starts with about a mile (1–3 km) of walk/run on flat ground.</source>
        <translation>Laufen wartet, bis Gehen, Treppen und ein zügiger 30-minütiger Spaziergang schmerzfrei sind. Mit einem Knie zu laufen, das im Alltag noch schmerzt, hat die meisten Läufer zurückgeworfen: das IT-Band braucht zuerst das Krafttraining. Beantworten Sie die drei Fragen unten; sobald jede ein Ja ist, beginnt die erste Stufe mit etwa einer Meile (1–3 km) Gehen/Laufen auf flachem Boden.</translation>
    </message>
    <message>
        <source>Why running waits</source>
        <translation>Warum das Laufen wartet</translation>
    </message>
    <message>
        <source>Can you walk as far as you like without pain at the outer knee or hip?</source>
        <translation>Können Sie so weit gehen, wie Sie möchten, ohne Schmerz am äußeren Knie oder an der Hüfte?</translation>
    </message>
    <message>
        <source>Can you go up and down stairs without that pain?</source>
        <translation>Können Sie Treppen hinauf- und hinabgehen ohne diesen Schmerz?</translation>
    </message>
    <message>
        <source>Have you done a brisk 30-minute walk without pain, also the next morning?</source>
        <translation>Sind Sie 30 Minuten zügig gegangen, ohne Schmerz, auch am nächsten Morgen?</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Antworten speichern</translation>
    </message>
    <message>
        <source>Save the readiness answers</source>
        <translation>Die Antworten zur Bereitschaft speichern</translation>
    </message>
    <message>
        <source>Readiness advice</source>
        <translation>Rat zur Bereitschaft</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächster Lauf</translation>
    </message>
    <message>
        <source>Next run's level</source>
        <translation>Stufe des nächsten Laufs</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Boden</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Today's cap</source>
        <translation>Heutige Obergrenze</translation>
    </message>
    <message>
        <source>Weekly guide</source>
        <translation>Wochenrichtwert</translation>
    </message>
    <message>
        <source>Before the next run</source>
        <translation>Vor dem nächsten Lauf</translation>
    </message>
    <message>
        <source>Start this run</source>
        <translation>Diesen Lauf starten</translation>
    </message>
    <message>
        <source>Start the next run in the player</source>
        <translation>Den nächsten Lauf im Trainer starten</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Selbst wählen…</translation>
    </message>
    <message>
        <source>Choose another level, with a reason</source>
        <translation>Eine andere Stufe wählen, mit Grund</translation>
    </message>
    <message>
        <source>Level ladder:</source>
        <translation>Stufenleiter:</translation>
    </message>
    <message>
        <source>Level ladder, your level marked</source>
        <translation>Stufenleiter, Ihre Stufe markiert</translation>
    </message>
    <message>
        <source>Where you stand</source>
        <translation>Wo Sie stehen</translation>
    </message>
    <message>
        <source>Volume and log</source>
        <translation>Umfang und Tagebuch</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Weekly volume summary</source>
        <translation>Zusammenfassung des Wochenumfangs</translation>
    </message>
    <message>
        <source>Weekly volume</source>
        <translation>Wochenumfang</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Lauftagebuch</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>Delete the selected run</source>
        <translation>Den gewählten Lauf löschen</translation>
    </message>
    <message>
        <source>The running plan in your data is damaged (%1): the ladder counts from level 1 and nothing is written over it.</source>
        <translation>Der Laufplan in Ihren Daten ist beschädigt (%1): die Stufenleiter zählt ab Stufe 1, und nichts wird darüber geschrieben.</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Noch nicht beantwortet.</translation>
    </message>
    <message>
        <source>Ready for level 1: about a mile (1–3 km) of walk/run on flat ground.</source>
        <translation>Bereit für Stufe 1: etwa eine Meile (1–3 km) Gehen/Laufen auf flachem Boden.</translation>
    </message>
    <message>
        <source>Not yet (answered %1): keep to walking and the strength routine until each of these is pain-free:</source>
        <translation>Noch nicht (beantwortet am %1): bleiben Sie beim Gehen und beim Krafttraining, bis jedes davon schmerzfrei ist:</translation>
    </message>
    <message>
        <source>Level %1: %2 min continuous easy run</source>
        <translation>Stufe %1: %2 min lockerer Dauerlauf</translation>
    </message>
    <message>
        <source>Level %1: %2 × %3 min run / %4 min walk</source>
        <translation>Stufe %1: %2 × %3 min laufen / %4 min gehen</translation>
    </message>
    <message>
        <source>Rule: green light (pain during within the acceptable level, next morning back to usual): move up a level at the next run.</source>
        <translation>Regel: grüne Ampel (Schmerz währenddessen im erträglichen Bereich, am nächsten Morgen wie üblich): beim nächsten Lauf eine Stufe höher.</translation>
    </message>
    <message>
        <source>Rule: amber light: keep the load, repeat the level.</source>
        <translation>Regel: gelbe Ampel: Belastung halten, die Stufe wiederholen.</translation>
    </message>
    <message>
        <source>Rule: red light: step back a level and rest a day.</source>
        <translation>Regel: rote Ampel: eine Stufe zurück und einen Tag Pause.</translation>
    </message>
    <message>
        <source>Rule: chosen by you.</source>
        <translation>Regel: von Ihnen gewählt.</translation>
    </message>
    <message>
        <source>Move up to level %1</source>
        <translation>Hoch auf Stufe %1</translation>
    </message>
    <message>
        <source>Repeat level %1</source>
        <translation>Stufe %1 wiederholen</translation>
    </message>
    <message>
        <source>Step back to level %1</source>
        <translation>Zurück auf Stufe %1</translation>
    </message>
    <message>
        <source> after a rest day</source>
        <translation> nach einem Ruhetag</translation>
    </message>
    <message>
        <source>After your run on %1: %2%3 (%4).</source>
        <translation>Nach Ihrem Lauf am %1: %2%3 (%4).</translation>
    </message>
    <message>
        <source>Chosen by you: %1</source>
        <translation>Von Ihnen gewählt: %1</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>Von Ihnen gewählt.</translation>
    </message>
    <message>
        <source>⚠ Flat ground only: avoid hills and downhill (levels 1–%1).</source>
        <translation>⚠ Nur flacher Boden: Hügel und bergab meiden (Stufen 1–%1).</translation>
    </message>
    <message>
        <source>Mostly flat; gentle hills only while the knee stays quiet.</source>
        <translation>Meist flach; sanfte Hügel nur, solange das Knie ruhig bleibt.</translation>
    </message>
    <message>
        <source>No decision yet: the first run is at level 1. After each run day, the pain light decides the next level.</source>
        <translation>Noch keine Entscheidung: der erste Lauf ist auf Stufe 1. Nach jedem Lauftag entscheidet die Schmerzampel die nächste Stufe.</translation>
    </message>
    <message>
        <source>Green: move up · amber: repeat · red: step back and rest a day.</source>
        <translation>Grün: höher · Gelb: wiederholen · Rot: zurück und einen Tag Pause.</translation>
    </message>
    <message>
        <source>Log how the knee feels the morning after a run (P, “next morning”): moving up waits for it.</source>
        <translation>Tragen Sie ein, wie sich das Knie am Morgen nach einem Lauf anfühlt (P, „nächster Morgen“): der Aufstieg wartet darauf.</translation>
    </message>
    <message>
        <source>Rest today; run tomorrow at the earliest.</source>
        <translation>Heute Pause; frühestens morgen laufen.</translation>
    </message>
    <message>
        <source>Today: no run in the last 30 days, so keep to the level's session.</source>
        <translation>Heute: kein Lauf in den letzten 30 Tagen, also bei der Einheit der Stufe bleiben.</translation>
    </message>
    <message>
        <source>Today: up to %1 km / %2 min (single-run cap: %3 of your longest run in the last 30 days, %4 km / %5 min).</source>
        <translation>Heute: bis zu %1 km / %2 min (Obergrenze pro Lauf: %3 Ihres längsten Laufs der letzten 30 Tage, %4 km / %5 min).</translation>
    </message>
    <message>
        <source>This week about %1 km in all (last week %2 km + %3). Guidance only: a weaker signal than the single-run cap.</source>
        <translation>Diese Woche insgesamt etwa %1 km (letzte Woche %2 km + %3). Nur ein Richtwert: ein schwächeres Signal als die Obergrenze pro Lauf.</translation>
    </message>
    <message>
        <source> — you are here</source>
        <translation> — hier stehen Sie</translation>
    </message>
    <message>
        <source>Level %1 of %2</source>
        <translation>Stufe %1 von %2</translation>
    </message>
    <message>
        <source>1 run, %2 km in this range; %3 over the single-run cap.</source>
        <translation>1 Lauf, %2 km in diesem Zeitraum; %3 über der Obergrenze pro Lauf.</translation>
    </message>
    <message>
        <source>%1 runs, %2 km in this range; %3 over the single-run cap.</source>
        <translation>%1 Läufe, %2 km in diesem Zeitraum; %3 über der Obergrenze pro Lauf.</translation>
    </message>
    <message>
        <source>Run logged.</source>
        <translation>Lauf eingetragen.</translation>
    </message>
    <message>
        <source>The “Return to run: week 1” routine is missing.</source>
        <translation>Das Programm „Return to run: week 1“ fehlt.</translation>
    </message>
    <message>
        <source>Choose a run in the log first.</source>
        <translation>Wählen Sie zuerst einen Lauf im Tagebuch.</translation>
    </message>
    <message>
        <source>Run of %1 deleted (%2 km).</source>
        <translation>Lauf vom %1 gelöscht (%2 km).</translation>
    </message>
    <message>
        <source>Import runs</source>
        <translation>Läufe importieren</translation>
    </message>
    <message>
        <source>Reading run files…</source>
        <translation>Lauf-Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>Run files (*.gpx *.tcx *.fit *.GPX *.TCX *.FIT)</source>
        <translation>Lauf-Dateien (*.gpx *.tcx *.fit *.GPX *.TCX *.FIT)</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule: %1</source>
        <translation>Zeitplan: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source>As needed (never counts as missed)</source>
        <translation>Nach Bedarf (zählt nie als verpasst)</translation>
    </message>
    <message>
        <source>On these weekdays</source>
        <translation>An diesen Wochentagen</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>A number of times a week, any days:</source>
        <translation>Einige Male pro Woche, an beliebigen Tagen:</translation>
    </message>
    <message>
        <source>Planned on %1</source>
        <translation>Geplant am %1</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Every how many days</source>
        <translation>Alle wie viele Tage</translation>
    </message>
    <message>
        <source> times a week</source>
        <translation> Mal pro Woche</translation>
    </message>
    <message>
        <source>Times a week</source>
        <translation>Mal pro Woche</translation>
    </message>
    <message>
        <source>Times a day</source>
        <translation>Mal pro Tag</translation>
    </message>
    <message>
        <source>At set times (for reminders and calendar export)</source>
        <translation>Zu festen Zeiten (für Erinnerungen und Kalenderexport)</translation>
    </message>
    <message>
        <source>Remind me at these times while Rehab Coach runs</source>
        <translation>Zu diesen Zeiten erinnern, solange Rehab Coach läuft</translation>
    </message>
    <message>
        <source>Time %1</source>
        <translation>Zeit %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Until date</source>
        <translation>Bis-Datum</translation>
    </message>
    <message>
        <source>Pause (injury flare, holiday) from</source>
        <translation>Pause (Schub, Urlaub) von</translation>
    </message>
    <message>
        <source>Pause from</source>
        <translation>Pause ab</translation>
    </message>
    <message>
        <source>Pause to</source>
        <translation>Pause bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Times a day:</source>
        <translation>Mal pro Tag:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Ab:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Pick at least one weekday.</source>
        <translation>Wählen Sie mindestens einen Wochentag.</translation>
    </message>
    <message>
        <source>The end date is before the start.</source>
        <translation>Das Enddatum liegt vor dem Beginn.</translation>
    </message>
    <message>
        <source>The pause ends before it starts.</source>
        <translation>Die Pause endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>Backdate the schedule?</source>
        <translation>Zeitplan rückwirkend gelten lassen?</translation>
    </message>
    <message>
        <source>The days from %1 to yesterday will be judged against this schedule, and days it plans with nothing recorded will count as missed. Backdate it?</source>
        <translation>Die Tage von %1 bis gestern werden an diesem Zeitplan gemessen, und geplante Tage ohne Eintrag zählen als verpasst. Rückwirkend gelten lassen?</translation>
    </message>
</context>
<context>
    <name>SessionDetailDialog</name>
    <message>
        <source>Session: %1</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <source>Session detail: %1</source>
        <translation>Einheit im Detail: %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Pain before %1, after %2</source>
        <translation>Schmerz vorher %1, nachher %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Both / not sided</source>
        <translation>Beide / keine Seite</translation>
    </message>
    <message>
        <source>Exercises, left and right</source>
        <translation>Übungen, links und rechts</translation>
    </message>
</context>
<context>
    <name>SetUpPlanDialog</name>
    <message>
        <source>Set up my plan</source>
        <translation>Meinen Plan einrichten</translation>
    </message>
    <message>
        <source>Which routines do you want to keep to a schedule? These are the suggestions that come with the routines; untick any you do not follow. The plan starts today and you can change it any time.</source>
        <translation>Welche Programme möchten Sie nach Zeitplan machen? Dies sind die Vorschläge, die mit den Programmen kommen; entfernen Sie den Haken bei denen, die Sie nicht machen. Der Plan beginnt heute und lässt sich jederzeit ändern.</translation>
    </message>
    <message>
        <source>Start this plan</source>
        <translation>Diesen Plan beginnen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>Restore the defaults on this page</source>
        <translation>Die Standardwerte dieser Seite wiederherstellen</translation>
    </message>
</context>
<context>
    <name>ShortcutsWindow</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>List of keyboard shortcuts</source>
        <translation>Liste der Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>StartAdvice</name>
    <message>
        <source>Not today · Esc</source>
        <translation>Nicht heute · Esc</translation>
    </message>
    <message>
        <source>Not today: leave without starting</source>
        <translation>Nicht heute: ohne Start verlassen</translation>
    </message>
    <message>
        <source>Start anyway · Enter</source>
        <translation>Trotzdem starten · Eingabe</translation>
    </message>
    <message>
        <source>Start the session anyway</source>
        <translation>Die Einheit trotzdem starten</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>%1 (each side)</source>
        <translation>%1 (je Seite)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Before you start: how much does it hurt right now?</source>
        <translation>Bevor Sie beginnen: Wie stark schmerzt es gerade?</translation>
    </message>
    <message>
        <source>Skip and start</source>
        <translation>Überspringen und starten</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Not now: leave without starting</source>
        <translation>Nicht jetzt: ohne Start verlassen</translation>
    </message>
    <message>
        <source>Key: Esc</source>
        <translation>Taste: Esc</translation>
    </message>
    <message>
        <source>About %1 · Space skips the question and starts</source>
        <translation>Etwa %1 · Leertaste überspringt die Frage und startet</translation>
    </message>
</context>
<context>
    <name>StopBanner</name>
    <message>
        <source>It hurts · H</source>
        <translation>Es tut weh · H</translation>
    </message>
    <message>
        <source>Stop: it hurts</source>
        <translation>Beenden: es tut weh</translation>
    </message>
    <message>
        <source>No time · T</source>
        <translation>Keine Zeit · T</translation>
    </message>
    <message>
        <source>Stop: no time</source>
        <translation>Beenden: keine Zeit</translation>
    </message>
    <message>
        <source>Other reason · O</source>
        <translation>Anderer Grund · O</translation>
    </message>
    <message>
        <source>Stop: another reason</source>
        <translation>Beenden: ein anderer Grund</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Keep going · Esc</source>
        <translation>Weitermachen · Esc</translation>
    </message>
    <message>
        <source>Stop this session? Why? What you have done so far is kept.</source>
        <translation>Diese Einheit beenden? Warum? Was Sie bisher gemacht haben, bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Pain today</source>
        <translation>Schmerz heute</translation>
    </message>
    <message>
        <source>Log pain (P)</source>
        <translation>Schmerz eintragen (P)</translation>
    </message>
    <message>
        <source>Log pain</source>
        <translation>Schmerz eintragen</translation>
    </message>
    <message>
        <source>My plan…</source>
        <translation>Mein Plan…</translation>
    </message>
    <message>
        <source>Edit my plan</source>
        <translation>Meinen Plan bearbeiten</translation>
    </message>
    <message>
        <source>Pain during or after a session means stop, rest, ice and step back. Worse the next morning means the load was too high.</source>
        <translation>Schmerz während oder nach einer Einheit heißt: aufhören, ausruhen, kühlen und einen Schritt zurück. Schlimmer am nächsten Morgen heißt: Die Belastung war zu hoch.</translation>
    </message>
    <message>
        <source>Set up my plan</source>
        <translation>Meinen Plan einrichten</translation>
    </message>
    <message>
        <source>No plan yet: every routine is “as needed” and nothing counts as missed. Set up a plan to see how well you keep to it (the IT-band strength routine every other day and the stretches twice a day are suggested).</source>
        <translation>Noch kein Plan: Jedes Programm gilt „nach Bedarf“ und nichts zählt als verpasst. Richten Sie einen Plan ein, um zu sehen, wie gut Sie ihn einhalten (vorgeschlagen: das IT-Band-Kraftprogramm jeden zweiten Tag und die Dehnungen zweimal täglich).</translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation>Heute · %1</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Pain today: latest %1/10 at %2 (%3) · %4</source>
        <translation>Schmerz heute: zuletzt %1/10 um %2 (%3) · %4</translation>
    </message>
    <message>
        <source>No pain logged today.</source>
        <translation>Heute kein Schmerz eingetragen.</translation>
    </message>
    <message>
        <source>Planned for today</source>
        <translation>Für heute geplant</translation>
    </message>
    <message>
        <source>Nothing is planned today. A rest day counts as training too.</source>
        <translation>Heute ist nichts geplant. Ein Ruhetag zählt auch als Training.</translation>
    </message>
    <message>
        <source>Other routines</source>
        <translation>Andere Programme</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details of today's %1 session</source>
        <translation>Details der heutigen Einheit %1</translation>
    </message>
    <message>
        <source>Not planned today</source>
        <translation>Heute nicht geplant</translation>
    </message>
    <message>
        <source>%1 Planned · 0 of %2 done</source>
        <translation>%1 Geplant · 0 von %2 erledigt</translation>
    </message>
    <message>
        <source>%1 Done today · %2</source>
        <translation>%1 Heute erledigt · %2</translation>
    </message>
    <message>
        <source> · %1 of %2 planned sessions completed</source>
        <translation> · %1 von %2 geplanten Einheiten abgeschlossen</translation>
    </message>
    <message>
        <source> · %1 sessions today</source>
        <translation> · %1 Einheiten heute</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>Stand von %1</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Rehab Coach</source>
        <translation>Rehab Coach</translation>
    </message>
    <message>
        <source>Start today's routine</source>
        <translation>Heutiges Programm starten</translation>
    </message>
    <message>
        <source>Log pain</source>
        <translation>Schmerz eintragen</translation>
    </message>
    <message>
        <source>Open Rehab Coach</source>
        <translation>Rehab Coach öffnen</translation>
    </message>
    <message>
        <source>Keep running here when the window is closed</source>
        <translation>Hier weiterlaufen, wenn das Fenster geschlossen ist</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Still running in the tray for your reminders. Quit from this icon's menu.</source>
        <translation>Läuft für Ihre Erinnerungen im Infobereich weiter. Beenden über das Menü dieses Symbols.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Undo the delete</source>
        <translation>Das Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss undo</source>
        <translation>Rückgängig-Leiste schließen</translation>
    </message>
</context>
<context>
    <name>VoiceControls</name>
    <message>
        <source>Voice to use</source>
        <translation>Verwendete Stimme</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Speaking speed</source>
        <translation>Sprechtempo</translation>
    </message>
    <message>
        <source>Test the voice</source>
        <translation>Stimme testen</translation>
    </message>
    <message>
        <source>Voice status</source>
        <translation>Status der Stimme</translation>
    </message>
    <message>
        <source>Voice to use:</source>
        <translation>Stimme:</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Tempo:</translation>
    </message>
    <message>
        <source>No speech engine works on this computer, so there is no voice to choose.</source>
        <translation>Auf diesem Computer funktioniert keine Sprachausgabe, daher gibt es keine Stimme zur Auswahl.</translation>
    </message>
    <message>
        <source>Looking for the voices on this computer…</source>
        <translation>Suche nach den Stimmen auf diesem Computer …</translation>
    </message>
    <message>
        <source>Normal speed</source>
        <translation>Normales Tempo</translation>
    </message>
    <message>
        <source>A little slower</source>
        <translation>Etwas langsamer</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <source>Much slower</source>
        <translation>Viel langsamer</translation>
    </message>
    <message>
        <source>A little faster</source>
        <translation>Etwas schneller</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <source>Much faster</source>
        <translation>Viel schneller</translation>
    </message>
    <message>
        <source>This is how Rehab Coach sounds during your exercises.</source>
        <translation>So klingt Rehab Coach während Ihrer Übungen.</translation>
    </message>
</context>
<context>
    <name>WeekColumn</name>
    <message>
        <source>Share of planned sessions done, per week</source>
        <translation>Anteil erledigter geplanter Einheiten pro Woche</translation>
    </message>
    <message>
        <source>Planned sessions done in each week shown</source>
        <translation>Erledigte geplante Einheiten in jeder gezeigten Woche</translation>
    </message>
</context>
<context>
    <name>YearStrip</name>
    <message>
        <source>Adherence over the last year</source>
        <translation>Umsetzung im letzten Jahr</translation>
    </message>
    <message>
        <source>nothing planned</source>
        <translation>nichts geplant</translation>
    </message>
    <message>
        <source>Planned sessions done over the year shown: %1</source>
        <translation>Erledigte geplante Einheiten im gezeigten Jahr: %1</translation>
    </message>
    <message>
        <source>Your year shows here: a square for each planned day, filled as you do it.</source>
        <translation>Hier erscheint Ihr Jahr: ein Kästchen für jeden geplanten Tag, gefüllt, wenn Sie ihn erledigen.</translation>
    </message>
    <message>
        <source>%1 of %2 planned done</source>
        <translation>%1 von %2 geplanten erledigt</translation>
    </message>
</context>
<context>
    <name>app_actions</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Something went wrong; your data was not changed.</source>
        <translation>Etwas ist schiefgegangen; Ihre Daten wurden nicht verändert.</translation>
    </message>
</context>
<context>
    <name>chart</name>
    <message>
        <source>Daily worst</source>
        <translation>Tageshöchstwert</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>lift_s and lower_s go together</source>
        <translation>lift_s und lower_s gehören zusammen</translation>
    </message>
    <message>
        <source>must equal lift_s + lower_s when both are given</source>
        <translation>muss lift_s + lower_s sein, wenn beide angegeben sind</translation>
    </message>
    <message>
        <source>{sets} × {reps} reps at {tempo:g} s/rep</source>
        <translation>{sets} × {reps} Wdh. à {tempo:g} s</translation>
    </message>
    <message>
        <source>{reps} reps at {tempo:g} s/rep</source>
        <translation>{reps} Wdh. à {tempo:g} s</translation>
    </message>
    <message>
        <source>{sets} × {reps} reps</source>
        <translation>{sets} × {reps} Wdh.</translation>
    </message>
    <message>
        <source>{reps} reps</source>
        <translation>{reps} Wdh.</translation>
    </message>
    <message>
        <source>{sets} × {hold} s hold</source>
        <translation>{sets} × {hold} s halten</translation>
    </message>
    <message>
        <source>{repeats} × {work} {work_label} / {recover} {recover_label}</source>
        <translation>{repeats} × {work} {work_label} / {recover} {recover_label}</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be one of {choices}, got {value}</source>
        <translation>muss eines von {choices} sein, nicht {value}</translation>
    </message>
    <message>
        <source>is not a field of a {kind} dose</source>
        <translation>ist kein Feld einer Dosis vom Typ {kind}</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep</source>
        <translation>Pausiert: Der Computer war im Ruhezustand</translation>
    </message>
    <message>
        <source>Routine complete — well done</source>
        <translation>Programm abgeschlossen — gut gemacht</translation>
    </message>
    <message>
        <source>Session stopped</source>
        <translation>Einheit beendet</translation>
    </message>
    <message>
        <source>Stopped for pain — rest, ice, and ease off next time</source>
        <translation>Wegen Schmerz beendet — ausruhen, kühlen und beim nächsten Mal leichter</translation>
    </message>
    <message>
        <source>Session stopped — out of time</source>
        <translation>Einheit beendet — keine Zeit mehr</translation>
    </message>
    <message>
        <source>Session interrupted</source>
        <translation>Einheit unterbrochen</translation>
    </message>
    <message>
        <source>must be a list of items</source>
        <translation>muss eine Liste von Einträgen sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss wahr oder falsch sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be an object with an exercise</source>
        <translation>muss ein Objekt mit einer Übung sein</translation>
    </message>
    <message>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <source>{first} · {rest}</source>
        <translation>{first} · {rest}</translation>
    </message>
    <message>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>at rest</source>
        <translation>in Ruhe</translation>
    </message>
    <message>
        <source>before exercise</source>
        <translation>vor den Übungen</translation>
    </message>
    <message>
        <source>during exercise</source>
        <translation>während der Übungen</translation>
    </message>
    <message>
        <source>after exercise</source>
        <translation>nach den Übungen</translation>
    </message>
    <message>
        <source>next morning</source>
        <translation>am nächsten Morgen</translation>
    </message>
    <message>
        <source>Carry on: the load suits you, and progressing the dose is fine.</source>
        <translation>Weiter so: Die Belastung passt, und die Dosis darf gesteigert werden.</translation>
    </message>
    <message>
        <source>Keep the dose as it is and don't progress until the light is green again.</source>
        <translation>Behalten Sie die Dosis bei und steigern Sie erst, wenn die Ampel wieder grün ist.</translation>
    </message>
    <message>
        <source>Step back: rest, ice, lower the dose, and talk to your physio.</source>
        <translation>Einen Schritt zurück: ausruhen, kühlen, die Dosis senken und mit Ihrer Physiotherapie sprechen.</translation>
    </message>
    <message>
        <source>Log pain during and after your sessions and the next morning to get a light.</source>
        <translation>Tragen Sie Schmerz während und nach den Einheiten und am nächsten Morgen ein, um eine Ampel zu erhalten.</translation>
    </message>
    <message>
        <source>A rule of thumb from the pain-monitoring model, not medical advice: your physio knows your case.</source>
        <translation>Eine Faustregel aus dem Schmerz-Monitoring-Modell, kein ärztlicher Rat: Ihre Physiotherapie kennt Ihren Fall.</translation>
    </message>
    <message>
        <source>during the session</source>
        <translation>während der Einheit</translation>
    </message>
    <message>
        <source>after the session</source>
        <translation>nach der Einheit</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>on {day}</source>
        <translation>am {day}</translation>
    </message>
    <message>
        <source>pain {score} {phrase} {when}</source>
        <translation>Schmerz {score} {phrase} {when}</translation>
    </message>
    <message>
        <source>{what}, stop level {stop}</source>
        <translation>{what}, Abbruchgrenze {stop}</translation>
    </message>
    <message>
        <source>pain above the acceptable level two sessions running ({before}, then {score}; acceptable {acceptable})</source>
        <translation>Schmerz zweimal in Folge über der akzeptablen Grenze ({before}, dann {score}; akzeptabel {acceptable})</translation>
    </message>
    <message>
        <source>{what}, acceptable {acceptable}</source>
        <translation>{what}, akzeptabel {acceptable}</translation>
    </message>
    <message>
        <source>next morning {score}, usual {usual}</source>
        <translation>am nächsten Morgen {score}, üblich {usual}</translation>
    </message>
    <message>
        <source>resting pain up from {before:.1f} to {now:.1f} over the last {days} days</source>
        <translation>Ruheschmerz in den letzten {days} Tagen von {before:.1f} auf {now:.1f} gestiegen</translation>
    </message>
    <message>
        <source>no pain logged during or after a session in the last {days} days</source>
        <translation>in den letzten {days} Tagen kein Schmerz während oder nach einer Einheit eingetragen</translation>
    </message>
    <message>
        <source>the next-morning check is still to come</source>
        <translation>die Kontrolle am nächsten Morgen steht noch aus</translation>
    </message>
    <message>
        <source>no next-morning score yet</source>
        <translation>noch kein Wert vom nächsten Morgen</translation>
    </message>
    <message>
        <source>Acceptable pain during exercise</source>
        <translation>Akzeptabler Schmerz während der Übungen</translation>
    </message>
    <message>
        <source>Stop level (red at once)</source>
        <translation>Abbruchgrenze (sofort rot)</translation>
    </message>
    <message>
        <source>Next-morning rise for amber</source>
        <translation>Anstieg am nächsten Morgen für Gelb</translation>
    </message>
    <message>
        <source>Next-morning rise above which it is red</source>
        <translation>Anstieg am nächsten Morgen, ab dem es rot ist</translation>
    </message>
    <message>
        <source>Rise in resting pain over a week for red</source>
        <translation>Anstieg des Ruheschmerzes in einer Woche für Rot</translation>
    </message>
    <message>
        <source>Days that set your usual pain</source>
        <translation>Tage, die Ihren üblichen Schmerz bestimmen</translation>
    </message>
    <message>
        <source>Meaningful change (points)</source>
        <translation>Bedeutsame Änderung (Punkte)</translation>
    </message>
    <message>
        <source>Meaningful change (percent)</source>
        <translation>Bedeutsame Änderung (Prozent)</translation>
    </message>
    <message>
        <source>Green sessions in a row before a dose step</source>
        <translation>Grüne Einheiten in Folge vor einem Dosisschritt</translation>
    </message>
    <message>
        <source>must be above the acceptable level</source>
        <translation>muss über der akzeptablen Grenze liegen</translation>
    </message>
    <message>
        <source>must not be below the rise for amber</source>
        <translation>darf nicht unter dem Anstieg für Gelb liegen</translation>
    </message>
    <message>
        <source>improving</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
    <message>
        <source>No pain logged in the last {days} days</source>
        <translation>In den letzten {days} Tagen kein Schmerz eingetragen</translation>
    </message>
    <message>
        <source>{days}-day average {recent:.1f}</source>
        <translation>{days}-Tage-Mittel {recent:.1f}</translation>
    </message>
    <message>
        <source>{days}-day average {recent:.1f} (was {earlier:.1f} four weeks ago) — {change}</source>
        <translation>{days}-Tage-Mittel {recent:.1f} (vor vier Wochen {earlier:.1f}) — {change}</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>must be weekdays, every_n_days or per_week, got {value}</source>
        <translation>muss weekdays, every_n_days oder per_week sein, nicht {value}</translation>
    </message>
    <message>
        <source>pick at least one weekday</source>
        <translation>wählen Sie mindestens einen Wochentag</translation>
    </message>
    <message>
        <source>must be a date</source>
        <translation>muss ein Datum sein</translation>
    </message>
    <message>
        <source>must not be before the start</source>
        <translation>darf nicht vor dem Beginn liegen</translation>
    </message>
    <message>
        <source>at most {n} times for this many a day</source>
        <translation>höchstens {n} Uhrzeiten bei so vielen am Tag</translation>
    </message>
    <message>
        <source>must be local times of day like 08:00</source>
        <translation>müssen Uhrzeiten wie 08:00 sein</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>{n}× a week, any days</source>
        <translation>{n}× pro Woche, an beliebigen Tagen</translation>
    </message>
    <message>
        <source>every other day</source>
        <translation>jeden zweiten Tag</translation>
    </message>
    <message>
        <source>every {n} days</source>
        <translation>alle {n} Tage</translation>
    </message>
    <message>
        <source>twice a day</source>
        <translation>zweimal täglich</translation>
    </message>
    <message>
        <source>{n}× a day</source>
        <translation>{n}× täglich</translation>
    </message>
    <message>
        <source>at {times}</source>
        <translation>um {times}</translation>
    </message>
    <message>
        <source>must be a date like 2026-11-21, got {value}</source>
        <translation>muss ein Datum wie 2026-11-21 sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be a time like 08:00, got {value}</source>
        <translation>muss eine Uhrzeit wie 08:00 sein, nicht {value}</translation>
    </message>
    <message>
        <source>a routine needs at least one exercise</source>
        <translation>ein Programm braucht mindestens eine Übung</translation>
    </message>
    <message>
        <source>at most 100 exercises</source>
        <translation>höchstens 100 Übungen</translation>
    </message>
    <message>
        <source>{id} appears twice</source>
        <translation>{id} kommt zweimal vor</translation>
    </message>
    <message>
        <source>this app reads format {format}</source>
        <translation>diese App liest Format {format}</translation>
    </message>
    <message>
        <source>{dose} per side</source>
        <translation>{dose} je Seite</translation>
    </message>
    <message>
        <source>{dose}, rest {rest} s</source>
        <translation>{dose}, {rest} s Pause</translation>
    </message>
    <message>
        <source>{n}th</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <source>{n}st</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <source>{n}nd</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <source>{n}rd</source>
        <translation>{n}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>equipment: {before} → {after}</source>
        <translation>Hilfsmittel: {before} → {after}</translation>
    </message>
    <message>
        <source>added {items}</source>
        <translation>{items} hinzugefügt</translation>
    </message>
    <message>
        <source>dropped {items}</source>
        <translation>{items} entfernt</translation>
    </message>
    <message>
        <source>equipment: {changes}</source>
        <translation>Hilfsmittel: {changes}</translation>
    </message>
    <message>
        <source>renamed to {name}</source>
        <translation>umbenannt in {name}</translation>
    </message>
    <message>
        <source>{before} → {after}</source>
        <translation>{before} → {after}</translation>
    </message>
    <message>
        <source>note changed</source>
        <translation>Notiz geändert</translation>
    </message>
    <message>
        <source>note removed</source>
        <translation>Notiz entfernt</translation>
    </message>
    <message>
        <source>instructions reworded</source>
        <translation>Anleitung umformuliert</translation>
    </message>
    <message>
        <source>{name}: {changes}</source>
        <translation>{name}: {changes}</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Erste Version</translation>
    </message>
    <message>
        <source>Renamed {old} → {new}</source>
        <translation>Umbenannt: {old} → {new}</translation>
    </message>
    <message>
        <source>Added {name} ({dose}) as {place}</source>
        <translation>{name} ({dose}) als {place} hinzugefügt</translation>
    </message>
    <message>
        <source>Removed {name}</source>
        <translation>{name} entfernt</translation>
    </message>
    <message>
        <source>Moved {name} to {place}</source>
        <translation>{name} an {place} Stelle verschoben</translation>
    </message>
    <message>
        <source>Rest between exercises {before} s → {after} s</source>
        <translation>Pause zwischen Übungen {before} s → {after} s</translation>
    </message>
    <message>
        <source>Get-ready countdown {before} s → {after} s</source>
        <translation>Countdown vor dem Start {before} s → {after} s</translation>
    </message>
    <message>
        <source>Stop advised at pain {before} → {after}</source>
        <translation>Abbruch empfohlen ab Schmerz {before} → {after}</translation>
    </message>
    <message>
        <source>Description reworded</source>
        <translation>Beschreibung umformuliert</translation>
    </message>
    <message>
        <source>No change to the exercises or doses</source>
        <translation>Keine Änderung an Übungen oder Dosierungen</translation>
    </message>
    <message>
        <source>item {n} {problem}</source>
        <translation>Eintrag {n} {problem}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be one line of plain text (it holds the control character {shown})</source>
        <translation>muss eine Zeile reiner Text sein (enthält das Steuerzeichen {shown})</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>must name a picture shipped with the app (asset:name.svg) or one you added</source>
        <translation>muss ein mitgeliefertes Bild (asset:name.svg) oder ein von Ihnen hinzugefügtes nennen</translation>
    </message>
    <message>
        <source>after {n} green sessions in a row (pain within the acceptable level and the next morning back to usual; Silbernagel et al. 2007), progress one step: about 10% more reps (2 to 5 more), or a tighter band; an amber or red light never progresses</source>
        <translation>nach {n} grünen Einheiten in Folge (Schmerz im akzeptablen Bereich und am nächsten Morgen wieder wie üblich; Silbernagel et al. 2007) einen Schritt steigern: etwa 10 % mehr Wiederholungen (2 bis 5 mehr) oder ein stärkeres Band; bei Gelb oder Rot wird nie gesteigert</translation>
    </message>
    <message>
        <source>{name}: {old} → {new}, or a tighter band</source>
        <translation>{name}: {old} → {new} oder ein stärkeres Band</translation>
    </message>
    <message>
        <source>{name}: {old} → {new}</source>
        <translation>{name}: {old} → {new}</translation>
    </message>
    <message>
        <source>{name}: a tighter band</source>
        <translation>{name}: ein stärkeres Band</translation>
    </message>
    <message>
        <source>{day}</source>
        <translation>{day}</translation>
    </message>
    <message>
        <source>{streak} green sessions in a row of {routine} ({days}): pain stayed within the acceptable level and the next morning was back to usual.</source>
        <translation>{streak} grüne Einheiten in Folge von {routine} ({days}): Der Schmerz blieb im akzeptablen Bereich und war am nächsten Morgen wieder wie üblich.</translation>
    </message>
    <message>
        <source>up to {km:.1f} km / {minutes:.0f} min ({ratio:.0%} of the longest run in the last {days} days)</source>
        <translation>bis {km:.1f} km / {minutes:.0f} min ({ratio:.0%} des längsten Laufs der letzten {days} Tage)</translation>
    </message>
    <message>
        <source>{share:.0%} of the longest distance ({km:.1f} km)</source>
        <translation>{share:.0%} der längsten Strecke ({km:.1f} km)</translation>
    </message>
    <message>
        <source>{share:.0%} of the longest time ({minutes:.0f} min)</source>
        <translation>{share:.0%} der längsten Dauer ({minutes:.0f} min)</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>Over the single-run cap: {what} in the {days} days before; the cap is {ratio:.0%}.</source>
        <translation>Über der Grenze für einen Lauf: {what} in den {days} Tagen davor; die Grenze ist {ratio:.0%}.</translation>
    </message>
    <message>
        <source>this week about {km:.1f} km in all (last week {last:.1f} km + {rise:.0%}; guidance only, a weaker signal than the single-run cap)</source>
        <translation>diese Woche insgesamt etwa {km:.1f} km (letzte Woche {last:.1f} km + {rise:.0%}; nur ein Anhaltspunkt, schwächer als die Grenze für einen Lauf)</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>flach</translation>
    </message>
    <message>
        <source>rolling</source>
        <translation>wellig</translation>
    </message>
    <message>
        <source>hills</source>
        <translation>hügelig</translation>
    </message>
    <message>
        <source>downhill</source>
        <translation>bergab</translation>
    </message>
    <message>
        <source>{day}: {km:.2f} km in {minutes:.0f} min, {terrain}</source>
        <translation>{day}: {km:.2f} km in {minutes:.0f} min, {terrain}</translation>
    </message>
    <message>
        <source>single-run cap that day: {km:.2f} km</source>
        <translation>Einzellauf-Grenze an dem Tag: {km:.2f} km</translation>
    </message>
    <message>
        <source>during {score}</source>
        <translation>währenddessen {score}</translation>
    </message>
    <message>
        <source>after {score}</source>
        <translation>danach {score}</translation>
    </message>
    <message>
        <source>next morning {score}</source>
        <translation>am nächsten Morgen {score}</translation>
    </message>
    <message>
        <source>pain {scores} (0–10)</source>
        <translation>Schmerz {scores} (0–10)</translation>
    </message>
    <message>
        <source>Hills at level {level}: avoid hills and downhill in the early levels (1–{last}), as the seeds advise.</source>
        <translation>Hügel auf Stufe {level}: in den ersten Stufen (1–{last}) Hügel und Bergabstrecken meiden, wie die Erfahrungsberichte raten.</translation>
    </message>
    <message>
        <source>Downhill at level {level}: avoid hills and downhill in the early levels (1–{last}), as the seeds advise.</source>
        <translation>Bergab auf Stufe {level}: in den ersten Stufen (1–{last}) Hügel und Bergabstrecken meiden, wie die Erfahrungsberichte raten.</translation>
    </message>
    <message>
        <source>Level {n}: {minutes} min continuous easy run</source>
        <translation>Stufe {n}: {minutes} min lockerer Dauerlauf</translation>
    </message>
    <message>
        <source>Level {n}: {repeats} × {run} min run / {walk} min walk</source>
        <translation>Stufe {n}: {repeats} × {run} min laufen / {walk} min gehen</translation>
    </message>
    <message>
        <source>Move up to level {n}</source>
        <translation>Aufsteigen auf Stufe {n}</translation>
    </message>
    <message>
        <source>Repeat level {n}</source>
        <translation>Stufe {n} wiederholen</translation>
    </message>
    <message>
        <source>Step back to level {n}</source>
        <translation>Zurück auf Stufe {n}</translation>
    </message>
    <message>
        <source>{verb} after a rest day: {reason}.</source>
        <translation>{verb} nach einem Ruhetag: {reason}.</translation>
    </message>
    <message>
        <source>{verb}: {reason}.</source>
        <translation>{verb}: {reason}.</translation>
    </message>
    <message>
        <source>green light (pain during within the acceptable level, next morning back to usual): move up a level at the next run</source>
        <translation>grüne Ampel (Schmerz währenddessen im akzeptablen Bereich, am nächsten Morgen wie üblich): beim nächsten Lauf eine Stufe höher</translation>
    </message>
    <message>
        <source>amber light: keep the load, repeat the level</source>
        <translation>gelbe Ampel: Belastung beibehalten, Stufe wiederholen</translation>
    </message>
    <message>
        <source>red light: step back a level and rest a day</source>
        <translation>rote Ampel: eine Stufe zurück und einen Tag Pause</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>von Hand gesetzt</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>von Ihnen gewählt</translation>
    </message>
    <message>
        <source>Can you walk as far as you like without pain at the outer knee or hip?</source>
        <translation>Können Sie so weit gehen, wie Sie möchten, ohne Schmerz am äußeren Knie oder an der Hüfte?</translation>
    </message>
    <message>
        <source>Can you go up and down stairs without that pain?</source>
        <translation>Können Sie Treppen hinauf- und hinabgehen ohne diesen Schmerz?</translation>
    </message>
    <message>
        <source>Have you done a brisk 30-minute walk without pain, also the next morning?</source>
        <translation>Sind Sie 30 Minuten zügig gegangen, ohne Schmerz, auch am nächsten Morgen?</translation>
    </message>
    <message>
        <source>Ready for level 1: about a mile (1–3 km) of walk/run on flat ground.</source>
        <translation>Bereit für Stufe 1: etwa eine Meile (1–3 km) Gehen/Laufen auf flachem Boden.</translation>
    </message>
    <message>
        <source>Not yet: keep to walking and the strength routine until each of these is pain-free. Running through pain is what set most people back.</source>
        <translation>Noch nicht: Bleiben Sie beim Gehen und dem Kraftprogramm, bis all das schmerzfrei ist. Durch Schmerz hindurch zu laufen hat die meisten zurückgeworfen.</translation>
    </message>
    <message>
        <source>Single-run cap (share of the longest run in the last 30 days)</source>
        <translation>Einzellauf-Grenze (Anteil am längsten Lauf der letzten 30 Tage)</translation>
    </message>
    <message>
        <source>Weekly guide (more than the week before)</source>
        <translation>Wochenrichtwert (mehr als in der Vorwoche)</translation>
    </message>
    <message>
        <source>{done} of {planned} sets</source>
        <translation>{done} von {planned} Sätzen</translation>
    </message>
    <message>
        <source>in progress, {count} so far</source>
        <translation>läuft, bisher {count}</translation>
    </message>
    <message>
        <source>completed, {count}, {skipped} skipped</source>
        <translation>abgeschlossen, {count}, {skipped} übersprungen</translation>
    </message>
    <message>
        <source>completed, {count}</source>
        <translation>abgeschlossen, {count}</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>stopped for pain</source>
        <translation>wegen Schmerz beendet</translation>
    </message>
    <message>
        <source>stopped (no time)</source>
        <translation>beendet (keine Zeit)</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>{lead} after {count}</source>
        <translation>{lead} nach {count}</translation>
    </message>
    <message>
        <source>{lead} after {count} ({percent}%)</source>
        <translation>{lead} nach {count} ({percent} %)</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <source>Next: finish</source>
        <translation>Als Nächstes: Ende</translation>
    </message>
    <message>
        <source>Next: {name}, {side}</source>
        <translation>Als Nächstes: {name}, {side}</translation>
    </message>
    <message>
        <source>Next: set {n} of {count}, {side}</source>
        <translation>Als Nächstes: Satz {n} von {count}, {side}</translation>
    </message>
    <message>
        <source>Next: set {n} of {count}</source>
        <translation>Als Nächstes: Satz {n} von {count}</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Als Nächstes: {name}</translation>
    </message>
    <message>
        <source>{name} — {side}</source>
        <translation>{name} — {side}</translation>
    </message>
    <message>
        <source>{name} — {label}</source>
        <translation>{name} — {label}</translation>
    </message>
    <message>
        <source>Next: {label} {n} of {count}</source>
        <translation>Als Nächstes: {label} {n} von {count}</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <source>must be a whole number, got {value}</source>
        <translation>muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be between {lo} and {hi}, got {value}</source>
        <translation>muss zwischen {lo} und {hi} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>must be a number, got {value}</source>
        <translation>muss eine Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be between {lo:g} and {hi:g}, got {value}</source>
        <translation>muss zwischen {lo:g} und {hi:g} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>must be text, got {kind}</source>
        <translation>muss Text sein, nicht {kind}</translation>
    </message>
    <message>
        <source>must not contain NUL characters</source>
        <translation>darf keine NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>is not valid text (an undecodable character at position {at})</source>
        <translation>ist kein gültiger Text (ein nicht lesbares Zeichen an Position {at})</translation>
    </message>
    <message>
        <source>is too long ({length} characters, at most {most})</source>
        <translation>ist zu lang ({length} Zeichen, höchstens {most})</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be lower-case letters, digits and dashes, got {value}</source>
        <translation>darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten, nicht {value}</translation>
    </message>
    <message>
        <source>must be a date and time, got {value}</source>
        <translation>muss Datum und Uhrzeit sein, nicht {value}</translation>
    </message>
    <message>
        <source>must carry a UTC offset</source>
        <translation>muss einen UTC-Versatz haben</translation>
    </message>
    <message>
        <source>must be an ISO date-time text, got {value}</source>
        <translation>muss ein ISO-Datum mit Uhrzeit sein, nicht {value}</translation>
    </message>
    <message>
        <source>is not an ISO date-time: {value}</source>
        <translation>ist kein ISO-Datum mit Uhrzeit: {value}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong inside Rehab Coach. Your saved data is safe.</source>
        <translation>In Rehab Coach ist ein Fehler aufgetreten. Ihre gespeicherten Daten sind sicher.</translation>
    </message>
    <message>
        <source>The details were written to %1.</source>
        <translation>Die Einzelheiten stehen in %1.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Start, pause or resume; a self-paced set is done</source>
        <translation>Starten, anhalten oder fortsetzen; Satz im eigenen Tempo fertig</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>→ or N</source>
        <translation>→ oder N</translation>
    </message>
    <message>
        <source>Back one step</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <source>← or B</source>
        <translation>← oder B</translation>
    </message>
    <message>
        <source>15 seconds more rest</source>
        <translation>15 Sekunden mehr Pause</translation>
    </message>
    <message>
        <source>Log pain during the session</source>
        <translation>Schmerz während der Einheit eintragen</translation>
    </message>
    <message>
        <source>Stop the session (asks first)</source>
        <translation>Die Einheit beenden (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Confirm the open question</source>
        <translation>Die offene Frage bestätigen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabetaste</translation>
    </message>
    <message>
        <source>Pick a pain score on a pain scale</source>
        <translation>Einen Schmerzwert auf einer Schmerzskala wählen</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Key: %1</source>
        <translation>Taste: %1</translation>
    </message>
    <message>
        <source>Export CSV files to which folder?</source>
        <translation>CSV-Dateien in welchen Ordner exportieren?</translation>
    </message>
    <message>
        <source>%1 is inside the data folder, which only Rehab Coach itself writes; choose a place outside it.</source>
        <translation>%1 liegt im Datenordner, in den nur Rehab Coach selbst schreibt; wählen Sie einen Ort außerhalb.</translation>
    </message>
    <message>
        <source>Could not export: %1 is a folder.</source>
        <translation>Export nicht möglich: %1 ist ein Ordner.</translation>
    </message>
    <message>
        <source>Replace the files?</source>
        <translation>Die Dateien ersetzen?</translation>
    </message>
    <message>
        <source>%1 already holds %2. Replace them?</source>
        <translation>In %1 liegen schon %2. Ersetzen?</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was replaced.</source>
        <translation>Export abgebrochen; nichts wurde ersetzt.</translation>
    </message>
    <message>
        <source>Could not export to %1: %2.</source>
        <translation>Export nach %1 nicht möglich: %2.</translation>
    </message>
    <message>
        <source>Exported %1 pain entries and %2 sessions to %3.</source>
        <translation>%1 Schmerzeinträge und %2 Einheiten nach %3 exportiert.</translation>
    </message>
</context>
<context>
    <name>self.player</name>
    <message>
        <source>Its routine no longer exists.</source>
        <translation>Das zugehörige Programm gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Pain rules</source>
        <translation>Schmerzregeln</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufen</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <source>During a session</source>
        <translation>Während einer Einheit</translation>
    </message>
</context>
</TS>