"""Fill a .ts catalogue from a Python dict of translations (used once to seed German;
afterwards edit the .ts in Qt Linguist or by hand). Usage:
    python i18n/fill_ts.py i18n/rehab_coach_de.ts translations.py
Only unfinished entries are filled; existing translations are kept."""

import runpy
import sys
import xml.etree.ElementTree as ET

ts_path, table_path = sys.argv[1], sys.argv[2]
table = runpy.run_path(table_path)["DE"]
tree = ET.parse(ts_path)
missing = []
for message in tree.getroot().iter("message"):
    source = message.find("source").text
    target = message.find("translation")
    if target.get("type") != "unfinished":
        continue
    if source in table:
        target.text = table[source]
        del target.attrib["type"]
    else:
        missing.append(source)
tree.write(ts_path, encoding="utf-8", xml_declaration=True)
print("missing:", missing)
