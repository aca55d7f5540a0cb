"""The SQLite store, on real files: ingest, idempotence, transactions, notes, broken files."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from conftest import downgrade_store

from dashboard.events import build_events
from dashboard.ingest.archive import load_documents
from dashboard.ingest.documents import document_from_text
from dashboard.store import MIGRATIONS, SCHEMA_VERSION, Store, StoreError
from dashboard.timeline import ingest, open_store, remove_document, set_published


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return tmp_path / "timeline.sqlite"


@pytest.fixture(scope="module")
def seed_docs(seeds_dir):
    return load_documents([seeds_dir])


def test_ingest_stores_documents_and_merged_events(db, seed_docs):
    with open_store(db) as store:
        report = ingest(store, seed_docs)
        assert len(report.added) == 2 and report.already_stored == []
        assert store.documents() == seed_docs
        assert store.events() == build_events(seed_docs)
        assert report.event_count == len(store.events())
    with open_store(db) as reopened:  # it is all in the file
        assert reopened.events() == build_events(seed_docs)
        assert reopened.schema_version() == SCHEMA_VERSION


def test_same_article_twice_changes_nothing(db, seed_docs):
    with open_store(db) as store:
        ingest(store, seed_docs)
        before = (store.documents(), store.events())
        report = ingest(store, seed_docs)
        assert report.added == [] and len(report.already_stored) == 2
        assert (store.documents(), store.events()) == before


def test_a_failure_mid_ingest_loses_nothing_already_stored(db, seed_docs):
    first, second = seed_docs
    with open_store(db) as store:
        ingest(store, [first])
        before = (store.documents(), store.events())

        def batch():
            yield second
            raise OSError("disk unplugged")  # the batch breaks after one new document

        with pytest.raises(OSError):
            ingest(store, batch())
        assert (store.documents(), store.events()) == before
    with open_store(db) as reopened:
        assert (reopened.documents(), reopened.events()) == before


def test_notes_crud(db, seed_docs):
    with open_store(db) as store:
        ingest(store, seed_docs)
        event = store.events()[0]
        note = store.add_note(event.id, "Check the <b>Kremlin</b> readout.")
        assert note.event_id == event.id and note.text == "Check the <b>Kremlin</b> readout."
        assert store.notes(event.id) == [note]
        changed = store.update_note(note.id, "Checked.")
        assert changed.text == "Checked." and changed.created == note.created
        assert store.notes() == [changed]
        store.delete_note(note.id)
        assert store.notes() == []
        with pytest.raises(StoreError, match="no note with id"):
            store.delete_note(note.id)
        with pytest.raises(StoreError, match="no event with id"):
            store.add_note("no-such-event", "text")
        with pytest.raises(StoreError, match="empty note"):
            store.add_note(event.id, "   ")


def test_notes_stay_attached_when_articles_are_added(db, seed_docs):
    first, second = seed_docs
    with open_store(db) as store:
        ingest(store, [first])
        events = store.events()
        talks = next(e for e in events if "talks" in e.label)
        visit = next(e for e in events if "state visit" in e.label)
        # "described the visit as one of the key events … this year": its own event for now.
        this_year = next(e for e in events if e.mentions[0].text == "this year")
        assert this_year.id != visit.id
        store.add_note(talks.id, "Only one outlet has this.")
        store.add_note(visit.id, "Four days.")
        store.add_note(this_year.id, "Key event of the year.")
        ingest(store, [second])
        ids = {e.id: e for e in store.events()}
        assert talks.id in ids and visit.id in ids
        assert set(ids[visit.id].sources) == {"United Front", "What's Planned"}
        assert [n.text for n in store.notes(talks.id)] == ["Only one outlet has this."]
        if this_year.id not in ids:
            # The second article showed the two are one happening: the note followed its mention.
            merged = next(
                e
                for e in ids.values()
                if any(m.sentence == this_year.mentions[0].sentence for m in e.mentions)
            )
            assert "Key event of the year." in [n.text for n in store.notes(merged.id)]
        assert len(store.notes()) == 3


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"this is a text file, not SQLite\n" * 100)
    with pytest.raises(StoreError, match="not a timeline database"):
        open_store(path)
    with pytest.raises(StoreError, match=str(tmp_path)):
        open_store(tmp_path)  # a folder, not a file


def test_locked_database_is_a_clear_error(db, seed_docs):
    open_store(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another writer: reading works, writing waits
        with Store(db, busy_timeout=0.1) as store:
            assert store.documents() == []
            with pytest.raises(StoreError, match="locked by another program"):
                ingest(store, seed_docs)
        holder.execute("ROLLBACK")
        holder.execute("BEGIN EXCLUSIVE")  # nobody may even read
        with pytest.raises(StoreError, match="locked"):
            Store(db, busy_timeout=0.1)
    finally:
        if holder.in_transaction:
            holder.execute("ROLLBACK")
        holder.close()


def test_newer_schema_is_refused_and_old_one_migrated(db):
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer version"):
        open_store(db)
    fresh = db.with_name("fresh.sqlite")
    with open_store(fresh) as store:
        assert store.schema_version() == SCHEMA_VERSION == len(MIGRATIONS)
        tables = {r[0] for r in store._query("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"documents", "events", "mentions", "notes"} <= tables


def test_a_store_from_before_the_add_indexes_gains_them_and_works(db, seed_docs):
    # Schema 9 had no index of the articles' small columns, of the mentions' days nor of the
    # cached extractions' versions: opening it adds them (what an add reads of every article
    # then comes from the indexes alone), and it adds and scores as a new store does.
    with open_store(db) as store:
        ingest(store, seed_docs[:1])
    downgrade_store(
        db,
        9,
        "DROP INDEX documents_story",
        "DROP INDEX mentions_day",
        "DROP INDEX candidates_made_by",
        "DROP TABLE opening_words",
        "DROP TABLE openings",
        "DELETE FROM facts WHERE name = 'scored_topic'",
    )
    with open_store(db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        indexes = {r[0] for r in store._query("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"documents_story", "mentions_day", "candidates_made_by"} <= indexes
        plan = store._query("EXPLAIN QUERY PLAN SELECT COUNT(*) FROM documents WHERE removed = 0")
        assert "COVERING INDEX documents_story" in plan[0][3]
        ingest(store, seed_docs[1:])
        upgraded = scored_events(store)
    assert upgraded == built_in_two_adds(db.with_name("new.sqlite"), seed_docs)


def test_a_store_from_before_the_kept_openings_works_them_out_and_adds_as_a_new_one(db, seed_docs):
    # Schema 11 kept no article's opening words: opening it adds their table, and an add works
    # out those it needs and keeps them.
    with open_store(db) as store:
        ingest(store, seed_docs[:1])
    downgrade_store(db, 11, "DROP TABLE openings")
    with open_store(db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        ingest(store, seed_docs[1:])
        assert set(store.openings(d.id for d in seed_docs)) == {d.id for d in seed_docs}
        upgraded = scored_events(store)
    assert upgraded == built_in_two_adds(db.with_name("new.sqlite"), seed_docs)


def scored_events(store) -> list[tuple]:
    return [(e.id, e.start, e.label, e.importance, e.summary) for e in store.events()]


def built_in_two_adds(path, documents) -> list[tuple]:
    """The scored events of a new store given the first document, then the others."""
    with open_store(path) as store:
        ingest(store, documents[:1])
        ingest(store, documents[1:])
        return scored_events(store)


def test_undated_documents_are_stored(db):
    doc = document_from_text("The treaty was signed on May 9, 1945.", source="Archive")
    with open_store(db) as store:
        ingest(store, [doc])
        [stored] = store.documents()
        assert stored.published is None
        assert [(e.start, e.end) for e in store.events()] == [
            (dt.date(1945, 5, 9), dt.date(1945, 5, 9))
        ]


def test_adding_an_article_tags_only_that_article(db, seed_docs):
    from dashboard.temporal import tag

    tagged: list[str] = []

    def counting_tag(text, anchor):
        tagged.append(text[:30])
        return tag(text, anchor)

    first, second = seed_docs
    with open_store(db, tagger=counting_tag) as store:
        ingest(store, [first], tagger=counting_tag)
        assert len(tagged) == 1
        ingest(store, [second], tagger=counting_tag)
        assert len(tagged) == 2, "the first article's mentions came from the cache"
        assert store.events() == build_events(seed_docs)


def test_events_are_rebuilt_when_the_event_code_changes(db, seed_docs):
    with open_store(db) as store:
        ingest(store, seed_docs)
        expected = store.events()
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE candidates SET version = 'older code'")
        conn.execute("DELETE FROM events")  # what older code made is gone after a rebuild anyway
    conn.close()
    with open_store(db) as reopened:
        assert reopened.events() == expected


CRASH_SCRIPT = """
import os, sys
from dashboard.ingest.archive import load_documents
from dashboard.temporal import tag
from dashboard.timeline import ingest, open_store

first, second = load_documents([sys.argv[2]])
calls = []

def dying_tag(text, anchor):
    calls.append(anchor)
    if len(calls) == 2:  # the second article: the process dies mid-ingest, no cleanup at all
        os._exit(9)
    return tag(text, anchor)

with open_store(sys.argv[1], tagger=dying_tag) as store:
    ingest(store, [first], tagger=dying_tag)
    store.add_note(store.events()[0].id, "written before the crash")
    ingest(store, [second], tagger=dying_tag)
"""


def test_a_killed_process_mid_ingest_loses_nothing_already_stored(db, seeds_dir, seed_docs):
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-c", CRASH_SCRIPT, str(db), str(seeds_dir)],
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 9, result.stderr
    first = seed_docs[0]
    with open_store(db) as store:
        assert store.documents() == [first]
        assert store.events() == build_events([first])
        assert [n.text for n in store.notes()] == ["written before the crash"]


def test_a_corrected_publication_date_reanchors_the_article(db, seed_docs):
    first, second = seed_docs
    with open_store(db) as store:
        ingest(store, seed_docs)
        fixed = set_published(store, first.id, dt.date(2025, 5, 14))  # a week later
        assert fixed.published == dt.date(2025, 5, 14) and not fixed.published_inferred
        talks = [e for e in store.events() if "talks" in e.label]
        assert [(e.start, e.sources) for e in talks] == [(dt.date(2025, 5, 15), ("United Front",))]
        with pytest.raises(StoreError, match="no document"):
            set_published(store, "nope", dt.date(2025, 5, 7))
        remove_document(store, first.id)
        assert store.documents() == [second]
        assert all(e.sources == ("What's Planned",) for e in store.events())
