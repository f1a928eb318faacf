"""``light``: the day's traffic light of the pain-monitoring model, its reason and advice."""

from __future__ import annotations

import json
from argparse import Namespace
from datetime import date

from .common import data_dir_of, open_store, parse_day

LABELS = {"green": "GREEN", "amber": "AMBER", "red": "RED", "unknown": "NO LIGHT YET"}


def cmd_light(args: Namespace) -> int:
    from coach.store.pain_light import light_on

    day = parse_day("--on", args.on) or date.today()
    with open_store(data_dir_of(args)) as store:
        light = light_on(store, day)
    if args.json:
        print(json.dumps(light.to_dict(), indent=2, ensure_ascii=False))
        return 0
    print(f"{day.isoformat()}: {LABELS[light.level.value]}")
    print(f"Why: {light.reason}.")
    others = [f.reason for f in light.findings if f.level is not light.level]
    if others:
        print(f"Also: {'; '.join(others)}.")
    print(f"Advice: {light.advice}")
    print(light.note)
    return 0
