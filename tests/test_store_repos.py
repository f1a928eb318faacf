"""What a person saves comes back: pain, sessions, routines and settings on a temp store."""

from __future__ import annotations

import json
import os
import stat
import sys
import uuid
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from helpers.store import T0, pain, session
from helpers.strategies import pain_entries, session_records
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coach.domain.library import builtin_routines
from coach.domain.record import SessionHeader, SessionRecord
from coach.store import Store
from coach.store.paths import resolve_data_dir
from coach.store.records import SCHEMA_VERSION


def test_pain_entries_come_back_sorted_and_filtered_by_day(data_dir: Path) -> None:
    store = Store.open(data_dir)
    later = pain(5, at=T0 + timedelta(days=40), note="after the long run")
    earlier = pain(2, at=T0)
    store.pain.add(later)
    store.pain.add(earlier)
    assert store.pain.list() == [earlier, later]
    assert store.pain.count() == 2
    assert store.pain.list(start=T0.date() + timedelta(days=1)) == [later]
    assert store.pain.list(end=T0.date()) == [earlier]  # end is inclusive
    assert Store.open(data_dir).pain.list() == [earlier, later]


def test_deleting_a_pain_entry_removes_only_that_entry(data_dir: Path) -> None:
    store = Store.open(data_dir)
    keep, drop = pain(1), pain(8, at=T0 + timedelta(hours=1))
    store.pain.add(keep)
    store.pain.add(drop)
    assert store.pain.delete(drop.id) is True
    assert store.pain.delete("no-such-entry") is False
    assert Store.open(data_dir).pain.list() == [keep]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(entries=st.lists(pain_entries, min_size=1, max_size=5))
def test_any_valid_pain_entry_round_trips_through_the_store(tmp_path: Path, entries) -> None:
    folder = tmp_path / uuid.uuid4().hex
    store = Store.open(folder)
    unique = {e.id: e for e in entries}
    for entry in entries:
        store.pain.add(entry)
    again = Store.open(folder).pain.list()
    assert sorted(again, key=lambda e: e.id) == sorted(unique.values(), key=lambda e: e.id)


def test_a_session_saved_set_by_set_is_offered_for_resuming_until_it_ends(data_dir: Path) -> None:
    store = Store.open(data_dir)
    live = session(sets=1)
    store.sessions.save(live)
    live = session(sets=2, id=live.id)
    store.sessions.save(live)
    assert Store.open(data_dir).sessions.unfinished() == [live]
    done = replace(session(sets=3, id=live.id, finished=True))
    store.sessions.save(done)
    reopened = Store.open(data_dir)
    assert reopened.sessions.unfinished() == []
    assert reopened.sessions.get(live.id) == done
    assert reopened.sessions.list() == [done]
    # a finished session lives in a month file, not in coach.json
    assert live.id not in (data_dir / "coach.json").read_text()
    assert live.id in (data_dir / "history" / "sessions-2026-11.json").read_text()


def test_sessions_list_filters_by_day(data_dir: Path) -> None:
    store = Store.open(data_dir)
    a = session(started=T0, finished=True)
    b = session(started=T0 + timedelta(days=35), finished=True)
    c = session(started=T0 + timedelta(days=36))
    for rec in (c, a, b):
        store.sessions.save(rec)
    assert store.sessions.list() == [a, b, c]
    assert store.sessions.list(start=b.day) == [b, c]
    assert store.sessions.list(end=a.day) == [a]
    assert store.sessions.get("missing") is None


def test_session_headers_match_the_full_records_before_and_after_the_months_are_read(
    data_dir: Path,
) -> None:
    """The pain light reads sessions without their sets; it must see the same sessions
    (finished ones in several months, and one still in progress) as a full read does."""
    store = Store.open(data_dir)
    for days in (0, 3, 40, 75, 120):
        store.sessions.save(session(T0 - timedelta(days=days), sets=3, finished=True))
    store.sessions.save(session(T0 + timedelta(hours=2), sets=1))  # in progress
    store.close()
    start, end = (T0 - timedelta(days=90)).date(), T0.date()
    fresh = Store.open(data_dir)
    headers = fresh.sessions.headers(start, end)  # no month parsed yet
    expected = [SessionHeader.of(r) for r in fresh.sessions.list(start, end)]
    assert headers == expected and len(headers) == 5
    assert fresh.sessions.headers(start, end) == expected  # and once they are
    fresh.close()


def test_last_done_is_the_newest_ended_session_month_by_month_read_or_not(
    data_dir: Path,
) -> None:
    """Routines says when each routine was last done, reading older months one at a time
    and only their headers; the days must be those of the sessions that ended."""
    store = Store.open(data_dir)
    for days in (400, 70, 3):
        store.sessions.save(session(T0 - timedelta(days=days), sets=2, finished=True))
    stretch = replace(session(T0 - timedelta(days=200), finished=True), routine_id="stretch")
    store.sessions.save(stretch)
    store.sessions.save(session(T0 + timedelta(hours=2), sets=1))  # in progress: not done
    store.close()
    fresh = Store.open(data_dir)
    months = fresh.sessions.history_months()
    expected = {"it-band-strength": (T0 - timedelta(days=3)).date(), "stretch": stretch.day}
    assert fresh.sessions.last_done() == expected
    newest_first = {}
    for month in months:
        for routine, day in fresh.sessions.last_done([month]).items():
            newest_first.setdefault(routine, day)
    assert newest_first == expected
    fresh.sessions.list()  # every month parsed in full: the same days
    assert fresh.sessions.last_done() == expected
    fresh.close()


@given(session_records())
@settings(max_examples=150)
def test_a_session_header_reads_what_the_full_record_reads(record) -> None:
    data = record.to_dict()
    assert SessionHeader.from_dict(data) == SessionHeader.of(SessionRecord.from_dict(data))


def test_a_session_header_refuses_what_the_full_record_refuses() -> None:
    good = session(T0, finished=True).to_dict()
    for field, value in (
        ("started_at", "yesterday"),
        ("ended_at", (T0 - timedelta(hours=1)).isoformat()),
        ("end_reason", "fell asleep"),
        ("routine_id", ""),
    ):
        bad = {**good, field: value}
        with pytest.raises(ValueError):
            SessionRecord.from_dict(bad)
        with pytest.raises(ValueError):
            SessionHeader.from_dict(bad)


def test_builtin_routines_are_listed_and_a_saved_copy_overrides_one(data_dir: Path) -> None:
    store = Store.open(data_dir)
    builtins = builtin_routines()
    assert [r.id for r in store.routines.list()] == [r.id for r in builtins]
    edited = replace(builtins[0], name="My IT band", builtin=False)
    store.routines.save(edited)
    listed = Store.open(data_dir).routines.list()
    assert listed[0] == edited
    assert len(listed) == len(builtins)
    assert store.routines.find("my it band") == edited
    assert store.routines.find(builtins[1].id) == builtins[1]
    assert store.routines.get("nope") is None
    assert store.routines.delete(edited.id) is True
    assert store.routines.get(edited.id) == builtins[0]


def test_settings_keep_json_values(data_dir: Path) -> None:
    store = Store.open(data_dir)
    assert store.settings.get("voice", "on") == "on"
    store.settings.set("voice", {"enabled": False, "volume": 0.5})
    store.settings.set("voice", {"enabled": True, "volume": 0.5})
    assert Store.open(data_dir).settings.get("voice") == {"enabled": True, "volume": 0.5}
    with pytest.raises(ValueError, match="setting"):
        store.settings.set("bad", object())


def test_a_write_through_one_store_is_seen_by_another(data_dir: Path) -> None:
    gui, cli = Store.open(data_dir), Store.open(data_dir)
    assert gui.pain.count() == 0 and gui.settings.get("theme") is None
    cli.pain.add(pain(4))
    cli.settings.set("theme", "dark")
    assert gui.pain.count() == 1
    assert gui.settings.get("theme") == "dark"
    gui.settings.set("units", "metric")  # must not clobber the other store's write
    assert Store.open(data_dir).settings.get("theme") == "dark"


def test_inserts_from_two_stores_never_overwrite_each_other(data_dir: Path) -> None:
    one, two = Store.open(data_dir), Store.open(data_dir)
    one.settings.set("a", 1)  # both TinyDB tables now know the next id
    two.settings.set("a", 1)
    one.settings.set("b", 2)
    two.settings.set("c", 3)
    one.settings.set("d", 4)
    fresh = Store.open(data_dir)
    assert [fresh.settings.get(k) for k in "abcd"] == [1, 2, 3, 4]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_store_files_and_backups_are_private(data_dir: Path) -> None:
    store = Store.open(data_dir)
    store.pain.add(pain())
    backup = store.backup()
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(data_dir / "backups").st_mode) == 0o700
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert backup in files and len(files) >= 4
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    for folder in (p for p in data_dir.rglob("*") if p.is_dir()):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_shared_folder_chosen_as_data_dir_keeps_its_mode(tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "letter.txt").write_text("not ours")
    os.chmod(documents, 0o755)
    Store.open(documents).pain.add(pain())
    assert stat.S_IMODE(os.stat(documents).st_mode) == 0o755
    assert stat.S_IMODE(os.stat(documents / "coach.json").st_mode) == 0o600
    empty = tmp_path / "empty"
    empty.mkdir(mode=0o755)
    Store.open(empty).close()
    assert stat.S_IMODE(os.stat(empty).st_mode) == 0o700


def test_data_dir_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("REHAB_COACH_DATA", str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "cli")) == tmp_path / "cli"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("REHAB_COACH_DATA")
    default = resolve_data_dir(None)
    assert default.parts[-2:] == ("RehabCoach", "rehab-coach")


def test_the_main_file_is_a_tinydb_document_with_a_schema_version(data_dir: Path) -> None:
    Store.open(data_dir).settings.set("x", 1)
    doc = json.loads((data_dir / "coach.json").read_text())
    assert doc["_meta"]["1"]["schema_version"] == SCHEMA_VERSION
    assert doc["settings"]["1"] == {"key": "x", "value": 1}


def test_today_is_backed_up_before_the_first_change(data_dir: Path) -> None:
    store = Store.open(data_dir)
    store.pain.add(pain(1))
    store.pain.add(pain(2, at=T0 + timedelta(minutes=1)))
    backups = store.list_backups()
    assert [b.name for b in backups] == [f"auto-{date.today().isoformat()}"]
    # taken before the first change: it holds the empty store, not the entries
    assert list((backups[0] / "history").iterdir()) == []


def test_discarding_an_unused_new_store_removes_only_what_opening_made(tmp_path: Path) -> None:
    data_dir = tmp_path / "new" / "data"
    Store.open(data_dir).discard_if_unused()
    assert not (tmp_path / "new").exists()
    used = Store.open(data_dir)
    used.settings.set("units", "metric")
    used.discard_if_unused()  # it holds something now
    assert Store.open(data_dir).settings.get("units") == "metric"
    Store.open(data_dir).discard_if_unused()  # not created by this opening
    assert (data_dir / "coach.json").exists()
