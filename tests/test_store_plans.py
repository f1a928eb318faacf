"""The person's plan in the store: versioned schedules, pauses, sessions done on paper,
and the migration that stops imposing built-in schedules from 2020 on everyone."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers.store import T0, session

from coach.domain.plan.paper import PaperSession
from coach.domain.plan.schedule import Schedule
from coach.store import CorruptStoreError, Store
from coach.store.records import SCHEMA_VERSION


def _write_v1(data_dir: Path, sessions=()) -> None:
    """A store as version 1 wrote it: no plans, built-in schedules applied from 2020."""
    (data_dir / "history").mkdir(parents=True)
    main = {"_meta": {"1": {"schema_version": 1}}, "settings": {}, "routines": {}, "sessions": {}}
    (data_dir / "coach.json").write_text(json.dumps(main))
    if sessions:
        doc = {"sessions": {str(i + 1): s.to_dict() for i, s in enumerate(sessions)}}
        (data_dir / "history" / "sessions-2026-11.json").write_text(json.dumps(doc))


def test_a_v1_store_gets_the_built_in_schedules_from_the_first_session(data_dir: Path) -> None:
    first = session(T0, finished=True)
    _write_v1(data_dir, [session(T0 + timedelta(days=3), finished=True), first])
    store = Store.open(data_dir)
    backups = store.list_backups()
    assert len(backups) == 1 and backups[0].name.startswith("pre-migration-v1-")
    plans = {p.routine_id: p for p in store.plans.list()}
    assert set(plans) == {"it-band-strength", "it-band-stretch"}
    assert all(p.first_day == T0.date() for p in plans.values())
    assert plans["it-band-strength"].versions[0].every_n_days == 2
    doc = json.loads((data_dir / "coach.json").read_text())
    assert doc["_meta"]["1"]["schema_version"] == SCHEMA_VERSION
    store.close()


def test_a_v1_store_without_sessions_gets_no_imposed_plan(data_dir: Path) -> None:
    _write_v1(data_dir)
    store = Store.open(data_dir)
    assert store.plans.list() == [] and store.plans.is_empty()
    store.close()


def test_a_new_store_has_no_plan(data_dir: Path) -> None:
    store = Store.open(data_dir)
    assert store.plans.is_empty()
    assert store.plans.get("it-band-strength").schedule_on(date.today()) is None
    store.close()


def test_changing_a_schedule_keeps_the_old_one_for_the_days_it_covered(data_dir: Path) -> None:
    store = Store.open(data_dir)
    day = date(2026, 11, 2)
    store.plans.set_schedule("it-band-strength", Schedule(every_n_days=2), day)
    store.plans.set_schedule(
        "it-band-strength",
        Schedule(kind="weekdays", weekdays=frozenset({0, 3})),
        day + timedelta(9),
    )
    store.plans.pause("it-band-strength", day + timedelta(20), day + timedelta(25))
    store.close()
    plan = Store.open(data_dir).plans.get("it-band-strength")
    assert [(v.kind, v.start, v.end) for v in plan.versions] == [
        ("every_n_days", day, day + timedelta(8)),
        ("weekdays", day + timedelta(9), None),
    ]
    assert plan.schedule_on(day + timedelta(4)).kind == "every_n_days"
    assert plan.paused_on(day + timedelta(21)) and plan.planned_on(day + timedelta(21)) == 0


def test_clearing_makes_a_routine_as_needed_from_that_day(data_dir: Path) -> None:
    store = Store.open(data_dir)
    day = date(2026, 11, 2)
    store.plans.set_schedule("it-band-stretch", Schedule(), day)
    store.plans.set_schedule("it-band-stretch", None, day + timedelta(5))
    plan = store.plans.get("it-band-stretch")
    assert plan.planned_on(day + timedelta(4)) == 1 and plan.planned_on(day + timedelta(5)) == 0
    store.close()


def test_sessions_done_on_paper_are_kept_and_can_be_removed(data_dir: Path) -> None:
    store = Store.open(data_dir)
    mark = PaperSession("it-band-strength", date(2026, 11, 3), note="at the gym")
    store.plans.add_paper(mark)
    assert store.plans.paper(start=date(2026, 11, 1)) == [mark]
    assert store.plans.delete_paper(mark.id)
    assert store.plans.paper() == []
    store.close()


def test_a_damaged_plan_is_reported_not_read_as_no_plan(data_dir: Path) -> None:
    store = Store.open(data_dir)
    store.plans.set_schedule("it-band-strength", Schedule(every_n_days=2), date(2026, 11, 2))
    store.close()
    doc = json.loads((data_dir / "coach.json").read_text())
    doc["plans"]["1"]["versions"][0]["every_n_days"] = "often"
    (data_dir / "coach.json").write_text(json.dumps(doc))
    with pytest.raises(CorruptStoreError):
        Store.open(data_dir)


def test_the_store_gives_adherence_as_the_report_and_cli_read_it(data_dir: Path) -> None:
    store = Store.open(data_dir)
    day = T0.date()
    store.plans.set_schedule("it-band-strength", Schedule(every_n_days=1), day)
    store.sessions.save(session(T0, finished=True))
    store.plans.add_paper(PaperSession("it-band-strength", day + timedelta(days=1)))
    result = store.plans.adherence(day, day + timedelta(days=2), today=day + timedelta(days=2))
    assert result.planned == 2 and result.done == 1.0 + 1.0  # played, then on paper
    assert result.weeks[0].open == 1  # the "today" given is still open
    store.close()
