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
    # the player, Routines
    "%1 /side": "%1 /Seite",
    "%1 (each side)": "%1 (je Seite)",
    "… and %1 more": "… und %1 weitere",
    # coach/domain messages (context "domain"; fields in braces stay as they are)
    "{sets} × {reps} reps at {tempo:g} s/rep": "{sets} × {reps} Wdh. à {tempo:g} s",
    "{reps} reps at {tempo:g} s/rep": "{reps} Wdh. à {tempo:g} s",
    "{sets} × {reps} reps": "{sets} × {reps} Wdh.",
    "{reps} reps": "{reps} Wdh.",
    "{sets} × {hold} s hold": "{sets} × {hold} s halten",
    "{repeats} × {work} {work_label} / {recover} {recover_label}": (
        "{repeats} × {work} {work_label} / {recover} {recover_label}"
    ),
    "{minutes} min": "{minutes} min",
    "{minutes} min {seconds} s": "{minutes} min {seconds} s",
    "{seconds} s": "{seconds} s",
    "Paused: the computer was asleep": "Pausiert: Der Computer war im Ruhezustand",
    "Routine complete — well done": "Programm abgeschlossen — gut gemacht",
    "Session stopped": "Einheit beendet",
    "Stopped for pain — rest, ice, and ease off next time": (
        "Wegen Schmerz beendet — ausruhen, kühlen und beim nächsten Mal leichter"
    ),
    "Session stopped — out of time": "Einheit beendet — keine Zeit mehr",
    "Session interrupted": "Einheit unterbrochen",
    "{first}, {rest}": "{first}, {rest}",
    "{first}; {rest}": "{first}; {rest}",
    "Carry on: the load suits you, and progressing the dose is fine.": (
        "Weiter so: Die Belastung passt, und die Dosis darf gesteigert werden."
    ),
    "Keep the dose as it is and don't progress until the light is green again.": (
        "Behalten Sie die Dosis bei und steigern Sie erst, wenn die Ampel wieder grün ist."
    ),
    "Step back: rest, ice, lower the dose, and talk to your physio.": (
        "Einen Schritt zurück: ausruhen, kühlen, die Dosis senken und mit Ihrer "
        "Physiotherapie sprechen."
    ),
    "Log pain during and after your sessions and the next morning to get a light.": (
        "Tragen Sie Schmerz während und nach den Einheiten und am nächsten Morgen ein, "
        "um eine Ampel zu erhalten."
    ),
    "A rule of thumb from the pain-monitoring model, not medical advice: "
    "your physio knows your case.": (
        "Eine Faustregel aus dem Schmerz-Monitoring-Modell, kein ärztlicher Rat: "
        "Ihre Physiotherapie kennt Ihren Fall."
    ),
    "during the session": "während der Einheit",
    "after the session": "nach der Einheit",
    "during exercise": "während der Übungen",
    "after exercise": "nach den Übungen",
    "today": "heute",
    "yesterday": "gestern",
    "on {day}": "am {day}",
    "pain {score} {phrase} {when}": "Schmerz {score} {phrase} {when}",
    "{what}, stop level {stop}": "{what}, Abbruchgrenze {stop}",
    "pain above the acceptable level two sessions running "
    "({before}, then {score}; acceptable {acceptable})": (
        "Schmerz zweimal in Folge über der akzeptablen Grenze "
        "({before}, dann {score}; akzeptabel {acceptable})"
    ),
    "{what}, acceptable {acceptable}": "{what}, akzeptabel {acceptable}",
    "next morning {score}, usual {usual}": "am nächsten Morgen {score}, üblich {usual}",
    "resting pain up from {before:.1f} to {now:.1f} over the last {days} days": (
        "Ruheschmerz in den letzten {days} Tagen von {before:.1f} auf {now:.1f} gestiegen"
    ),
    "no pain logged during or after a session in the last {days} days": (
        "in den letzten {days} Tagen kein Schmerz während oder nach einer Einheit eingetragen"
    ),
    "the next-morning check is still to come": "die Kontrolle am nächsten Morgen steht noch aus",
    "no next-morning score yet": "noch kein Wert vom nächsten Morgen",
    "improving": "besser",
    "worse": "schlechter",
    "about the same": "etwa gleich",
    "No pain logged in the last {days} days": (
        "In den letzten {days} Tagen kein Schmerz eingetragen"
    ),
    "{days}-day average {recent:.1f}": "{days}-Tage-Mittel {recent:.1f}",
    "{days}-day average {recent:.1f} (was {earlier:.1f} four weeks ago) — {change}": (
        "{days}-Tage-Mittel {recent:.1f} (vor vier Wochen {earlier:.1f}) — {change}"
    ),
    "up to {km:.1f} km / {minutes:.0f} min "
    "({ratio:.0%} of the longest run in the last {days} days)": (
        "bis {km:.1f} km / {minutes:.0f} min "
        "({ratio:.0%} des längsten Laufs der letzten {days} Tage)"
    ),
    "{share:.0%} of the longest distance ({km:.1f} km)": (
        "{share:.0%} der längsten Strecke ({km:.1f} km)"
    ),
    "{share:.0%} of the longest time ({minutes:.0f} min)": (
        "{share:.0%} der längsten Dauer ({minutes:.0f} min)"
    ),
    "{first} and {second}": "{first} und {second}",
    "Over the single-run cap: {what} in the {days} days before; the cap is {ratio:.0%}.": (
        "Über der Grenze für einen Lauf: {what} in den {days} Tagen davor; "
        "die Grenze ist {ratio:.0%}."
    ),
    "this week about {km:.1f} km in all (last week {last:.1f} km + {rise:.0%}; "
    "guidance only, a weaker signal than the single-run cap)": (
        "diese Woche insgesamt etwa {km:.1f} km (letzte Woche {last:.1f} km + {rise:.0%}; "
        "nur ein Anhaltspunkt, schwächer als die Grenze für einen Lauf)"
    ),
    "Level {n}: {minutes} min continuous easy run": "Stufe {n}: {minutes} min lockerer Dauerlauf",
    "Level {n}: {repeats} × {run} min run / {walk} min walk": (
        "Stufe {n}: {repeats} × {run} min laufen / {walk} min gehen"
    ),
    "Move up to level {n}": "Aufsteigen auf Stufe {n}",
    "Repeat level {n}": "Stufe {n} wiederholen",
    "Step back to level {n}": "Zurück auf Stufe {n}",
    "{verb} after a rest day: {reason}.": "{verb} nach einem Ruhetag: {reason}.",
    "{verb}: {reason}.": "{verb}: {reason}.",
    "green light (pain during within the acceptable level, next morning back to "
    "usual): move up a level at the next run": (
        "grüne Ampel (Schmerz währenddessen im akzeptablen Bereich, am nächsten Morgen "
        "wie üblich): beim nächsten Lauf eine Stufe höher"
    ),
    "amber light: keep the load, repeat the level": (
        "gelbe Ampel: Belastung beibehalten, Stufe wiederholen"
    ),
    "red light: step back a level and rest a day": (
        "rote Ampel: eine Stufe zurück und einen Tag Pause"
    ),
    "set by hand": "von Hand gesetzt",
    "chosen by you": "von Ihnen gewählt",
    "Can you walk as far as you like without pain at the outer knee or hip?": (
        "Können Sie so weit gehen, wie Sie möchten, ohne Schmerz am äußeren Knie oder an der Hüfte?"
    ),
    "Can you go up and down stairs without that pain?": (
        "Können Sie ohne diesen Schmerz Treppen hinauf- und hinabgehen?"
    ),
    "Have you done a brisk 30-minute walk without pain, also the next morning?": (
        "Haben Sie einen zügigen 30-minütigen Spaziergang ohne Schmerz geschafft, "
        "auch am nächsten Morgen?"
    ),
    "Ready for level 1: about a mile (1–3 km) of walk/run on flat ground.": (
        "Bereit für Stufe 1: etwa 1–3 km Gehen/Laufen auf ebenem Gelände."
    ),
    "Not yet: keep to walking and the strength routine until each of these is "
    "pain-free. Running through pain is what set most people back.": (
        "Noch nicht: Bleiben Sie beim Gehen und dem Kraftprogramm, bis all das schmerzfrei "
        "ist. Durch Schmerz hindurch zu laufen hat die meisten zurückgeworfen."
    ),
    "{done} of {planned} sets": "{done} von {planned} Sätzen",
    "in progress, {count} so far": "läuft, bisher {count}",
    "completed, {count}, {skipped} skipped": "abgeschlossen, {count}, {skipped} übersprungen",
    "completed, {count}": "abgeschlossen, {count}",
    "stopped": "beendet",
    "stopped for pain": "wegen Schmerz beendet",
    "stopped (no time)": "beendet (keine Zeit)",
    "interrupted": "unterbrochen",
    "{lead} after {count}": "{lead} nach {count}",
    "{lead} after {count} ({percent}%)": "{lead} nach {count} ({percent} %)",
    "Rest": "Pause",
    "Switch sides": "Seite wechseln",
    "Get ready": "Bereit machen",
    "left side": "linke Seite",
    "right side": "rechte Seite",
    "Next: finish": "Als Nächstes: Ende",
    "Next: {name}, {side}": "Als Nächstes: {name}, {side}",
    "Next: set {n} of {count}, {side}": "Als Nächstes: Satz {n} von {count}, {side}",
    "Next: set {n} of {count}": "Als Nächstes: Satz {n} von {count}",
    "Next: {name}": "Als Nächstes: {name}",
    "{name} — {side}": "{name} — {side}",
    "{name} — {label}": "{name} — {label}",
    "Next: {label} {n} of {count}": "Als Nächstes: {label} {n} von {count}",
    # the player's pain advice (was looked up through a variable, so lupdate missed it)
    "Pain %1 of 10 is at or above this routine's limit of %2. Training today is not "
    "advised: rest, ice, and try again when it has settled. Do not train through pain.": (
        "Schmerz %1 von 10 erreicht oder übersteigt die Grenze dieses Programms (%2). "
        "Heute zu trainieren ist nicht ratsam: ausruhen, kühlen und es erneut versuchen, "
        "wenn es sich beruhigt hat. Trainieren Sie nicht durch Schmerz hindurch."
    ),
    "Pain %1 of 10 is at or above this routine's limit of %2. Stopping is advised: "
    "rest, ice, and take a step back next time. Do not train through pain.": (
        "Schmerz %1 von 10 erreicht oder übersteigt die Grenze dieses Programms (%2). "
        "Aufhören ist ratsam: ausruhen, kühlen und beim nächsten Mal einen Schritt zurück. "
        "Trainieren Sie nicht durch Schmerz hindurch."
    ),
    # plans (the schedule's words come from the domain; dates from the locale)
    "as needed": "nach Bedarf",
    " · from %1": " · ab %1",
    " · until %1": " · bis %1",
    " · paused until %1": " · pausiert bis %1",
    "{first} · {rest}": "{first} · {rest}",
    "Mon": "Mo",
    "Tue": "Di",
    "Wed": "Mi",
    "Thu": "Do",
    "Fri": "Fr",
    "Sat": "Sa",
    "Sun": "So",
    "daily": "täglich",
    "{n}× a week, any days": "{n}× pro Woche, an beliebigen Tagen",
    "every other day": "jeden zweiten Tag",
    "every {n} days": "alle {n} Tage",
    "twice a day": "zweimal täglich",
    "{n}× a day": "{n}× täglich",
    "at {times}": "um {times}",
    # the pain diary and chart (literals lupdate could not see before)
    "Last 3 months": "Letzte 3 Monate",
    "Last year": "Letztes Jahr",
    "Everything": "Alles",
    "When": "Wann",
    "Pain": "Schmerz",
    "Context": "Situation",
    "Where": "Wo",
    "Side": "Seite",
    "Note": "Notiz",
    "At rest": "In Ruhe",
    "Before exercise": "Vor den Übungen",
    "During exercise": "Während der Übungen",
    "After exercise": "Nach den Übungen",
    "Next morning": "Am nächsten Morgen",
    # validation messages (they follow a field's name: "Name must not be empty")
    "another routine already has this name": "ein anderes Programm hat schon diesen Namen",
    "lift_s and lower_s go together": "lift_s und lower_s gehören zusammen",
    "must equal lift_s + lower_s when both are given": (
        "muss lift_s + lower_s sein, wenn beide angegeben sind"
    ),
    "must be an object": "muss ein Objekt sein",
    "must be one of {choices}, got {value}": "muss eines von {choices} sein, nicht {value}",
    "is not a field of a {kind} dose": "ist kein Feld einer Dosis vom Typ {kind}",
    "must be a list of items": "muss eine Liste von Einträgen sein",
    "must be true or false": "muss wahr oder falsch sein",
    "is missing": "fehlt",
    "must be an object with an exercise": "muss ein Objekt mit einer Übung sein",
    "must be above the acceptable level": "muss über der akzeptablen Grenze liegen",
    "must not be below the rise for amber": "darf nicht unter dem Anstieg für Gelb liegen",
    "must be weekdays, every_n_days or per_week, got {value}": (
        "muss weekdays, every_n_days oder per_week sein, nicht {value}"
    ),
    "pick at least one weekday": "wählen Sie mindestens einen Wochentag",
    "must be a date": "muss ein Datum sein",
    "must not be before the start": "darf nicht vor dem Beginn liegen",
    "at most {n} times for this many a day": "höchstens {n} Uhrzeiten bei so vielen am Tag",
    "must be local times of day like 08:00": "müssen Uhrzeiten wie 08:00 sein",
    "must be a date like 2026-11-21, got {value}": (
        "muss ein Datum wie 2026-11-21 sein, nicht {value}"
    ),
    "must be a time like 08:00, got {value}": "muss eine Uhrzeit wie 08:00 sein, nicht {value}",
    "a routine needs at least one exercise": "ein Programm braucht mindestens eine Übung",
    "at most 100 exercises": "höchstens 100 Übungen",
    "{id} appears twice": "{id} kommt zweimal vor",
    "this app reads format {format}": "diese App liest Format {format}",
    "item {n} {problem}": "Eintrag {n} {problem}",
    "must not be empty": "darf nicht leer sein",
    "must be one line of plain text (it holds the control character {shown})": (
        "muss eine Zeile reiner Text sein (enthält das Steuerzeichen {shown})"
    ),
    "{field}: {message}": "{field}: {message}",
    "must be a whole number, got {value}": "muss eine ganze Zahl sein, nicht {value}",
    "must be between {lo} and {hi}, got {value}": (
        "muss zwischen {lo} und {hi} liegen, nicht {value}"
    ),
    "must be a number, got {value}": "muss eine Zahl sein, nicht {value}",
    "must be between {lo:g} and {hi:g}, got {value}": (
        "muss zwischen {lo:g} und {hi:g} liegen, nicht {value}"
    ),
    "must be text, got {kind}": "muss Text sein, nicht {kind}",
    "must not contain NUL characters": "darf keine NUL-Zeichen enthalten",
    "is not valid text (an undecodable character at position {at})": (
        "ist kein gültiger Text (ein nicht lesbares Zeichen an Position {at})"
    ),
    "is too long ({length} characters, at most {most})": (
        "ist zu lang ({length} Zeichen, höchstens {most})"
    ),
    "must be a list": "muss eine Liste sein",
    "must be lower-case letters, digits and dashes, got {value}": (
        "darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten, nicht {value}"
    ),
    "must be a date and time, got {value}": "muss Datum und Uhrzeit sein, nicht {value}",
    "must carry a UTC offset": "muss einen UTC-Versatz haben",
    "must be an ISO date-time text, got {value}": (
        "muss ein ISO-Datum mit Uhrzeit sein, nicht {value}"
    ),
    "is not an ISO date-time: {value}": "ist kein ISO-Datum mit Uhrzeit: {value}",
    # calendar, plan and pain-rules texts lupdate could not see before (self.tr(CONSTANT))
    "planned": "geplant",
    "still open today": "heute noch offen",
    "done": "erledigt",
    "done on paper": "auf Papier erledigt",
    "partly done (%1%)": "teilweise erledigt (%1 %)",
    "missed": "verpasst",
    "paused": "pausiert",
    "done, not planned": "erledigt, nicht geplant",
    "Pain during exercise may reach the acceptable level if it settles by the next morning; "
    "worse the next morning means the load was too high (Silbernagel et al. 2007). "
    "A change of 2 points or 30% is meaningful (Farrar et al. 2001). "
    "A routine's own stop level is used during its sessions when it is lower.": (
        "Schmerz während der Übungen darf die akzeptable Grenze erreichen, wenn er bis zum "
        "nächsten Morgen abklingt; schlimmer am nächsten Morgen heißt, die Belastung war zu "
        "hoch (Silbernagel et al. 2007). Eine Änderung um 2 Punkte oder 30 % ist bedeutsam "
        "(Farrar et al. 2001). Die eigene Abbruchgrenze eines Programms gilt in seinen "
        "Einheiten, wenn sie niedriger ist."
    ),
    "A routine without a schedule is “as needed”: do it when you like; it never counts as "
    "missed.": (
        "Ein Programm ohne Zeitplan gilt „nach Bedarf“: Machen Sie es, wann Sie möchten; "
        "es zählt nie als verpasst."
    ),
    "at rest": "in Ruhe",
    "before exercise": "vor den Übungen",
    "next morning": "am nächsten Morgen",
    "Acceptable pain during exercise": "Akzeptabler Schmerz während der Übungen",
    "Stop level (red at once)": "Abbruchgrenze (sofort rot)",
    "Next-morning rise for amber": "Anstieg am nächsten Morgen für Gelb",
    "Next-morning rise above which it is red": "Anstieg am nächsten Morgen, ab dem es rot ist",
    "Rise in resting pain over a week for red": "Anstieg des Ruheschmerzes in einer Woche für Rot",
    "Days that set your usual pain": "Tage, die Ihren üblichen Schmerz bestimmen",
    "Meaningful change (points)": "Bedeutsame Änderung (Punkte)",
    "Meaningful change (percent)": "Bedeutsame Änderung (Prozent)",
    # a routine's history: what changed between versions
    "saved in the editor": "im Editor gespeichert",
    "imported from a file": "aus einer Datei importiert",
    "as first done": "wie zuerst gemacht",
    "kept from before versions": "aus der Zeit vor den Versionen",
    "{dose} per side": "{dose} je Seite",
    "{dose}, rest {rest} s": "{dose}, {rest} s Pause",
    "{n}th": "{n}.",
    "{n}st": "{n}.",
    "{n}nd": "{n}.",
    "{n}rd": "{n}.",
    "none": "keine",
    "equipment: {before} → {after}": "Hilfsmittel: {before} → {after}",
    "added {items}": "{items} hinzugefügt",
    "dropped {items}": "{items} entfernt",
    "equipment: {changes}": "Hilfsmittel: {changes}",
    "renamed to {name}": "umbenannt in {name}",
    "{before} → {after}": "{before} → {after}",
    "note changed": "Notiz geändert",
    "note removed": "Notiz entfernt",
    "instructions reworded": "Anleitung umformuliert",
    "{name}: {changes}": "{name}: {changes}",
    "First version": "Erste Version",
    "Renamed {old} → {new}": "Umbenannt: {old} → {new}",
    "Added {name} ({dose}) as {place}": "{name} ({dose}) als {place} hinzugefügt",
    "Removed {name}": "{name} entfernt",
    "Moved {name} to {place}": "{name} an {place} Stelle verschoben",
    "Rest between exercises {before} s → {after} s": (
        "Pause zwischen Übungen {before} s → {after} s"
    ),
    "Get-ready countdown {before} s → {after} s": "Countdown vor dem Start {before} s → {after} s",
    "Stop advised at pain {before} → {after}": "Abbruch empfohlen ab Schmerz {before} → {after}",
    "Description reworded": "Beschreibung umformuliert",
    "No change to the exercises or doses": "Keine Änderung an Übungen oder Dosierungen",
    # domain texts that came with main's pain rules and exercise pictures
    "Green sessions in a row before a dose step": "Grüne Einheiten in Folge vor einem Dosisschritt",
    "must be a text": "muss ein Text sein",
    "must name a picture shipped with the app (asset:name.svg) or one you added": (
        "muss ein mitgeliefertes Bild (asset:name.svg) oder ein von Ihnen hinzugefügtes nennen"
    ),
}
