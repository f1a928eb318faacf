"""``rehab-coach light`` and ``pain edit`` / ``pain delete``: what a terminal user sees.

Every refusal leaves the data folder byte-for-byte as it was (``folder_digest``).
"""

from __future__ import annotations

import pytest
from helpers.cli import assert_one_line_error, folder_digest, run


@pytest.fixture
def store_dir(data_dir, capsys):
    for argv in (
        ("pain", "add", "2", "--context", "rest", "--at", "2026-11-01T08:00+01:00"),
        ("pain", "add", "2", "--context", "rest", "--at", "2026-11-02T08:00+01:00"),
        ("pain", "add", "4", "--context", "during", "--at", "2026-11-03T18:00+01:00"),
        ("pain", "add", "5", "--context", "morning", "--at", "2026-11-04T08:00+01:00"),
    ):
        assert run(capsys, data_dir, *argv).code == 0
    return data_dir


def _ids(capsys, folder) -> list[str]:
    return [d["id"] for d in run(capsys, folder, "pain", "list", "--json").json()]


def test_light_names_the_level_reason_advice_and_not_medical_advice(store_dir, capsys):
    # during 4 <= 5 is fine, but next morning 5 against a usual 2 is a rise of 3 > 2: red
    result = run(capsys, store_dir, "light", "--on", "2026-11-04")
    assert result.code == 0
    lines = result.out.splitlines()
    assert lines[0] == "2026-11-04: RED"
    assert lines[1] == "Why: Next morning 5, usual 2."
    assert lines[2].startswith("Also: ")  # the milder findings (the session itself was fine)
    assert "talk to your physio" in lines[3]
    assert "not medical advice" in lines[4]


def test_light_json_for_scripts(store_dir, capsys):
    data = run(capsys, store_dir, "light", "--on", "2026-11-03", "--json").json()
    assert data["light"] == "green"
    assert data["date"] == "2026-11-03"
    assert data["reason"] == "Pain 4 during exercise today, acceptable 5"
    assert {"advice", "note", "findings", "session_id"} <= set(data)


def test_light_follows_the_stored_pain_rules(store_dir, capsys):
    from coach.domain.pain.rules import PainRules
    from coach.store import Store
    from coach.store.pain_light import save_rules

    store = Store.open(store_dir)
    save_rules(store, PainRules(morning_amber=2, morning_red=3))
    store.close()
    data = run(capsys, store_dir, "light", "--on", "2026-11-04", "--json").json()
    assert data["light"] == "amber"  # rise 3 is now within 2..3


def test_light_refuses_a_bad_date_and_changes_nothing(store_dir, capsys):
    before = folder_digest(store_dir)
    assert_one_line_error(run(capsys, store_dir, "light", "--on", "2026-13-01"), 1)
    assert folder_digest(store_dir) == before


def test_list_shows_short_ids_that_edit_and_delete_take(store_dir, capsys):
    listed = run(capsys, store_dir, "pain", "list").out
    first = _ids(capsys, store_dir)[0]
    assert first[:8] in listed
    edited = run(capsys, store_dir, "pain", "edit", first[:8], "--score", "3", "--note", "ok")
    assert edited.code == 0 and "changed pain 3/10" in edited.out
    entry = next(
        d for d in run(capsys, store_dir, "pain", "list", "--json").json() if d["id"] == first
    )
    assert entry["score"] == 3 and entry["note"] == "ok"
    assert entry["at"].startswith("2026-11-01T08:00")  # untouched fields stay
    deleted = run(capsys, store_dir, "pain", "delete", first)
    assert deleted.code == 0 and "deleted pain 3/10" in deleted.out
    assert first not in _ids(capsys, store_dir)


def test_edit_moves_an_entry_to_another_month(store_dir, capsys):
    first = _ids(capsys, store_dir)[0]
    assert run(capsys, store_dir, "pain", "edit", first, "--at", "2026-10-15T09:00").code == 0
    october = run(capsys, store_dir, "pain", "list", "--to", "2026-10-31", "--json").json()
    assert [d["id"] for d in october] == [first]
    assert len(_ids(capsys, store_dir)) == 4


@pytest.mark.parametrize(
    "argv",
    [
        ("pain", "edit", "ffffffff", "--score", "3"),  # no such id
        ("pain", "edit", "{id}", "--score", "11"),  # score out of range
        ("pain", "edit", "{id}", "--context", "sleeping"),  # unknown context
        ("pain", "edit", "{id}"),  # nothing to change
        ("pain", "edit", "not-an-id", "--score", "3"),
        ("pain", "delete", "ffffffff"),
        ("pain", "delete", "ab"),  # too short to be an id
    ],
)
def test_bad_edit_or_delete_is_one_line_and_changes_nothing(store_dir, capsys, argv):
    first = _ids(capsys, store_dir)[0]
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, *(a.replace("{id}", first) for a in argv))
    assert_one_line_error(result, 1)
    assert folder_digest(store_dir) == before


def test_edit_into_a_damaged_month_is_refused_and_changes_nothing(store_dir, capsys):
    from helpers.cli import damage

    first = _ids(capsys, store_dir)[0]
    # a month file of October that is damaged
    run(capsys, store_dir, "pain", "add", "1", "--at", "2026-10-10T08:00")
    october = store_dir / "history" / "pain-2026-10.json"
    damage(october, b'{"pain": {"1": {"id": ')
    before = folder_digest(store_dir)
    result = run(capsys, store_dir, "pain", "edit", first, "--at", "2026-10-15T09:00")
    assert_one_line_error(result, 1)
    assert folder_digest(store_dir) == before


def test_light_uses_the_routines_own_stop_level_for_its_sessions(data_dir, capsys):
    from datetime import datetime, timedelta

    from helpers.cli import sample_session

    from coach.domain.pain import PainEntry
    from coach.store import Store

    # the built-in IT-band routine stops at 3: during 4 there is above the acceptable level
    started = datetime(2026, 11, 10, 18, 0).astimezone()
    record = sample_session(started)
    store = Store.open(data_dir)
    store.sessions.save(record)
    store.pain.add(
        PainEntry(
            score=4, at=started + timedelta(minutes=5), context="during", session_id=record.id
        )
    )
    store.close()
    data = run(capsys, data_dir, "light", "--on", "2026-11-10", "--json").json()
    assert data["light"] == "amber"
    assert data["reason"] == "Pain 4 during the session today, acceptable 3"
    assert data["session_id"] == record.id


def test_typed_control_characters_are_shown_escaped_in_list_and_edit(data_dir, capsys):
    added = run(capsys, data_dir, "pain", "add", "3", "--location", "hip\x1b[31m", "--note",
                "a\u202eb")  # fmt: skip
    assert added.code == 0 and "\x1b" not in added.out and "hip\\x1b[31m" in added.out
    listed = run(capsys, data_dir, "pain", "list")
    assert "\x1b" not in listed.out and "\u202e" not in listed.out
    assert "hip\\x1b[31m" in listed.out and "a\\u202eb" in listed.out


def test_a_sessions_before_and_after_entries_have_their_own_short_ids(data_dir, capsys):
    from datetime import datetime

    from helpers.cli import sample_session

    from coach.store import Store

    store = Store.open(data_dir)
    store.sessions.save(sample_session(datetime(2026, 11, 10, 18, 0).astimezone()))
    store.close()
    entries = run(capsys, data_dir, "pain", "list", "--json").json()
    assert sorted(e["context"] for e in entries) == ["after", "before"]
    short = {e["id"][:8] for e in entries}
    assert len(short) == 2  # two different ids in pain list
    after = next(e for e in entries if e["context"] == "after")
    assert run(capsys, data_dir, "pain", "edit", after["id"][:8], "--score", "1").code == 0
    again = {e["id"]: e for e in run(capsys, data_dir, "pain", "list", "--json").json()}
    assert again[after["id"]]["score"] == 1


def test_light_text_also_names_the_milder_findings(store_dir, capsys):
    # red from the morning (5 against a usual 2); the session itself was within limits
    lines = run(capsys, store_dir, "light", "--on", "2026-11-04").out.splitlines()
    assert lines[:2] == ["2026-11-04: RED", "Why: Next morning 5, usual 2."]
    assert lines[2] == "Also: pain 4 during exercise yesterday, acceptable 5."
