"""The store's one-line messages, word for word where a person acts on them.

Written for mutants of ``coach/store`` that survived ``make mutate`` because the tests
only looked for a fragment of the message (or none at all).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from helpers.store import pain

from coach.store import CorruptStoreError, Store, StoreLockedError, StoreWriteError
from coach.store.atomic import atomic_write_bytes


def test_a_damaged_store_with_no_backup_says_an_empty_store_can_be_started(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "coach.json").write_bytes(b'{"_meta": ')
    with pytest.raises(CorruptStoreError) as caught:
        Store.open(data_dir)
    message = str(caught.value)
    assert message.startswith(f"The data file {data_dir / 'coach.json'} is damaged")
    assert message.endswith(
        "and was not changed; no backup was found (rehab-coach can start an empty store)."
    )


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (
            OSError(errno.ENOSPC, "No space left on device"),
            "the disk is full; your records were not changed (free some disk space and try again)",
        ),
        (
            OSError(errno.EXDEV, "Invalid cross-device link"),
            "the operating system refused the write; your records were not changed",
        ),
        (
            OSError("no errno at all"),
            "the operating system refused the write; your records were not changed",
        ),
    ],
    ids=["disk-full", "an-errno-without-plain-words", "no-errno"],
)
def test_a_failed_write_says_why_in_plain_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, reason: str
) -> None:
    target = tmp_path / "coach.json"
    target.write_bytes(b"old")

    def refuse(src, dst):
        raise error

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StoreWriteError) as caught:
        atomic_write_bytes(target, b"new")
    assert str(caught.value) == f"Could not save {target}: {reason}."
    assert target.read_bytes() == b"old"


def test_the_busy_message_tells_the_person_what_to_do(data_dir: Path) -> None:
    store = Store.open(data_dir)
    store.pain.add(pain(2))
    assert str(StoreLockedError(data_dir / "coach.lock")) == (
        "Rehab Coach is busy writing to this data folder in another window or command; "
        "try again in a moment."
    )
    store.close()
