"""German for the strings the lead added after the merges (see i18n/fill_ts.py)."""

DE = {
    "Run files (*.gpx *.tcx *.fit *.GPX *.TCX *.FIT)": (
        "Lauf-Dateien (*.gpx *.tcx *.fit *.GPX *.TCX *.FIT)"
    ),
}
