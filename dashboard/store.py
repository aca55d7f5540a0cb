"""The SQLite store: documents, merged events, their mentions, and the analyst's notes.

One file (``DEFAULT_DB``, ``data/timeline.sqlite``), standard library ``sqlite3``. The schema version
is SQLite's ``PRAGMA user_version``; ``MIGRATIONS[i]`` takes a file from version ``i`` to ``i + 1``
and runs in the same transaction as the version bump, so a file is always at a whole version.

Persistence only: the store knows rows, not how events are made. The pipeline
(:mod:`dashboard.timeline`) opens ``store.transaction()`` and, inside it, adds documents, caches each
document's extracted mentions and replaces the merged events, so a failure in the middle (an
exception, a killed process) leaves the file as it was before. Transactions nest: an inner one joins
the outer.

Event ids are the key of the event's first mention; documents are kept in the order they were first
stored, so adding articles keeps existing ids. Notes are keyed by event id; if a later article
merges two events into one, the note follows the mention whose key it carries to the survivor.

>>> import tempfile, pathlib
>>> with Store(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite") as store:
...     store.schema_version() == SCHEMA_VERSION
True
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import json
import os
import sqlite3
import threading
from collections.abc import Iterable, Sequence
from pathlib import Path

from dashboard.codec import (
    decision_from_dict,
    event_to_dict,
    mention_to_dict,
    note_from_dict,
)
from dashboard.model import (
    Action,
    Certainty,
    Decision,
    Document,
    Event,
    Mention,
    Note,
    mention_key,
)

DEFAULT_DB = Path("data") / "timeline.sqlite"
BUSY_TIMEOUT_S = 5.0  # wait this long for another writer before calling the file locked

MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1: the first schema.
    """
    CREATE TABLE documents (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,      -- ingest order: keeps event ids stable
        id TEXT NOT NULL UNIQUE,                    -- content hash of the normalised text
        source TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        published TEXT,                             -- ISO date or NULL
        published_inferred INTEGER NOT NULL DEFAULT 0,
        published_evidence TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        path TEXT NOT NULL DEFAULT '',
        added TEXT NOT NULL
    );
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        label TEXT NOT NULL,
        start TEXT NOT NULL,
        "end" TEXT NOT NULL,
        certainty TEXT NOT NULL,
        disagreement TEXT,
        position INTEGER NOT NULL
    );
    CREATE TABLE mentions (
        key TEXT NOT NULL,                          -- the mention's own stable key
        event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        document_id TEXT NOT NULL REFERENCES documents(id),
        source TEXT NOT NULL,
        text TEXT NOT NULL,
        sentence TEXT NOT NULL,
        value TEXT NOT NULL,
        start TEXT NOT NULL,
        "end" TEXT NOT NULL,
        certainty TEXT NOT NULL,
        timex_start INTEGER NOT NULL,
        timex_end INTEGER NOT NULL,
        published TEXT,
        published_inferred INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (event_id, position)
    );
    CREATE INDEX mentions_key ON mentions(key);
    CREATE TABLE notes (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id TEXT NOT NULL,                     -- no foreign key: a note outlives a rebuild
        text TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE INDEX notes_event ON notes(event_id);
    """,
    # 1 -> 2: each document's extracted mentions, cached, so adding one article tags only it.
    """
    CREATE TABLE candidates (
        document_id TEXT PRIMARY KEY REFERENCES documents(id),
        version TEXT NOT NULL,                      -- extractor_version() that made them
        payload TEXT NOT NULL                       -- JSON list of candidate mentions
    );
    """,
    # 2 -> 3: the analyst's decisions (dashboard.curation), and articles left out of the story.
    """
    CREATE TABLE decisions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        target TEXT NOT NULL,                       -- event id / mention key, or document id
        action TEXT NOT NULL,                       -- dashboard.model.Action
        payload TEXT NOT NULL DEFAULT '{}',         -- JSON: what the action needs
        created TEXT NOT NULL,
        reverted INTEGER NOT NULL DEFAULT 0
    );
    ALTER TABLE documents ADD COLUMN removed INTEGER NOT NULL DEFAULT 0;
    """,
    # 3 -> 4: each event's importance in its story and a summary from its sources (issue 11).
    """
    ALTER TABLE events ADD COLUMN importance REAL NOT NULL DEFAULT 0;
    ALTER TABLE events ADD COLUMN summary TEXT NOT NULL DEFAULT '';
    """,
    # 4 -> 5: who a source reports as giving a mention ("Russian state television reported…").
    """
    ALTER TABLE mentions ADD COLUMN attributed_to TEXT NOT NULL DEFAULT '';
    """,
    # 5 -> 6: the events that date the same happening otherwise (a JSON list of event ids).
    """
    ALTER TABLE events ADD COLUMN disagrees_with TEXT NOT NULL DEFAULT '[]';
    """,
    # 6 -> 7: what an incremental merge looks up instead of reading every cached mention: where
    # the merge files each mention (a word in a quarter) and how many mentions hold each word.
    # Both describe the mentions of the stored events; a full merge writes them anew.
    """
    CREATE TABLE word_blocks (
        word TEXT NOT NULL,
        quarter INTEGER NOT NULL,                   -- year * 4 + quarter index (0-3)
        mentions INTEGER NOT NULL,                  -- the stored mentions filed here
        keys TEXT NOT NULL DEFAULT '',              -- their keys, space-separated; '' when the
                                                    -- block is too common to pair on
        PRIMARY KEY (word, quarter)
    ) WITHOUT ROWID;
    CREATE TABLE word_counts (
        word TEXT PRIMARY KEY,                      -- '' counts every stored mention
        mentions INTEGER NOT NULL
    ) WITHOUT ROWID;
    """,
    # 7 -> 8: what an add needs to score again only the days it changes: each event's evidence
    # before it is scaled to the story (dashboard.events.importance.evidence_scores; NULL when
    # not known: the next add scores the whole story), each article's news day (news_days), and
    # indexes to read the events of some days, the mentions of some articles, the articles
    # published on some days. Beside each cached extraction, the article's lead sentences
    # (leads.lead_sentences, JSON; worked out by the extraction, on the workers).
    """
    ALTER TABLE candidates ADD COLUMN leads TEXT;
    ALTER TABLE events ADD COLUMN evidence REAL;
    ALTER TABLE events ADD COLUMN day_evidence REAL;
    ALTER TABLE documents ADD COLUMN news_day TEXT;
    CREATE INDEX IF NOT EXISTS events_start ON events(start);
    CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id);
    CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
    """,
    # 8 -> 9: facts about the store as a whole; first, which code merged the stored events
    # (dashboard.events.merger_version): other merge code merges the cached extractions again.
    """
    CREATE TABLE facts (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # 9 -> 10: what an add asks of every article (is it in the story, its publication and news
    # days, which code extracted it) and of the mentions of some days, answered from indexes: a
    # scan of the documents read each article's text on its way to the columns stored after
    # it, a cached extraction's version was read from its row's first page, and the mentions of
    # a day were found by reading every mention (at 10x, 0.25 s of an add of 10 articles).
    """
    CREATE INDEX IF NOT EXISTS documents_story ON documents(removed, published, news_day, id);
    CREATE INDEX IF NOT EXISTS mentions_day ON mentions(start, "end");
    CREATE INDEX IF NOT EXISTS candidates_made_by ON candidates(document_id, version);
    """,
    # 10 -> 11: how many of the story's articles hold each word in their opening (their first
    # sentence: dashboard.events.leads.opening_words): the story's topic words, which an event
    # must name (or its article open with) to take its day's evidence, follow from them
    # (importance.story_topic). '' counts the articles. Written by every merge; an older store
    # has none until its next merge (an add then scores the whole story once).
    """
    CREATE TABLE opening_words (
        word TEXT PRIMARY KEY,
        articles INTEGER NOT NULL
    ) WITHOUT ROWID;
    """,
    # 11 -> 12: each article's opening words (space-separated), worked out once: an add reads
    # those of the articles of the days it scores again (thousands at 10x). In a table of their
    # own: a column of `documents` would rewrite each article's text when set. An article
    # without a row has its words worked out when next needed. ("IF NOT EXISTS": for a while
    # on 2026-12-03 the table was made at schema 11.)
    """
    CREATE TABLE IF NOT EXISTS openings (
        document_id TEXT PRIMARY KEY,
        words TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
# The tables this program makes: a file at schema version 0 holding any other table belongs to
# someone else (a browser's bookmarks, another tool's data) and is never written to.
OUR_TABLES = frozenset({"documents", "events", "mentions", "notes", "candidates"})


class StoreError(Exception):
    """The store cannot be used; the message names the file and what to do."""


class OlderSchema(StoreError):
    """Opened read-only, the store was made by an earlier version: opening it for writing once
    upgrades it (the migrations only add)."""


class Store:
    """The timeline's SQLite file. Use as a context manager, or call ``close()``.

    >>> import tempfile, pathlib
    >>> from dashboard.model import Document
    >>> with Store(pathlib.Path(tempfile.mkdtemp()) / "t.sqlite") as store:
    ...     with store.transaction():
    ...         added, known = store.add_documents([Document("d1", "Wire", "", "Talks.", None)])
    ...     len(added), len(store.documents())
    (1, 1)
    """

    def __init__(
        self,
        path: str | Path = DEFAULT_DB,
        *,
        busy_timeout: float = BUSY_TIMEOUT_S,
        readonly: bool = False,
        check: bool = True,
    ) -> None:
        """Open (or create) the store. ``readonly`` opens an existing file without ever writing
        to it (exports). ``check`` runs SQLite's ``quick_check`` first: a damaged file is refused
        at once, with how to recover it, instead of failing at every later action."""
        self.path = Path(path)
        self.readonly = readonly
        self._busy_timeout = busy_timeout
        # One SQLite connection per thread (a threaded server); WAL lets readers run beside the
        # one writer. Each thread has its own transaction depth too.
        self._local = threading.local()
        self._connections: list[sqlite3.Connection] = []
        self._connections_lock = threading.Lock()
        if readonly and not self.path.is_file():
            raise StoreError(f"{self.path}: no such store; check the path.")
        if not readonly:
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as error:
                raise StoreError(
                    f"{self.path}: cannot create its folder ({error.strerror}); choose another "
                    "--db path."
                ) from error
        try:
            if check:
                self._quick_check()
            self._refuse_foreign()
            if readonly:
                if self.schema_version() != SCHEMA_VERSION:
                    older = self.schema_version() < SCHEMA_VERSION
                    raise (OlderSchema if older else StoreError)(
                        f"{self.path}: schema {self.schema_version()}, this program reads "
                        f"{SCHEMA_VERSION}; open it once with serve (which upgrades it) first."
                    )
            else:
                self._use_wal()
                self._migrate()
        except StoreError:
            self.close()
            raise
        except sqlite3.Error as error:
            self.close()
            raise _store_error(self.path, error, self._busy_timeout) from error

    @property
    def _db(self) -> sqlite3.Connection:
        """This thread's connection, opened on first use."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._connect()
            self._local.db = db
            self._local.depth = 0
            self._local.seen_version = None
        return db

    def _connect(self) -> sqlite3.Connection:
        target = f"file:{self.path.resolve()}?mode=ro" if self.readonly else str(self.path)
        try:
            # check_same_thread off only so that close() can close every thread's connection.
            db = sqlite3.connect(
                target,
                timeout=self._busy_timeout,
                isolation_level=None,
                check_same_thread=False,
                uri=self.readonly,
            )
            db.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as error:
            raise StoreError(f"{self.path}: cannot open ({error}); check the path.") from error
        with self._connections_lock:
            self._connections.append(db)
        return db

    @property
    def _depth(self) -> int:
        self._db  # noqa: B018 (opens this thread's connection and its depth)
        return self._local.depth

    @_depth.setter
    def _depth(self, value: int) -> None:
        self._local.depth = value

    def _use_wal(self) -> None:
        """Write-ahead logging: readers never wait for the writer. Switching needs a moment
        without another writer; with one at work (or on a file system without shared memory)
        the file keeps its rollback journal, which works too, only with less concurrency."""
        try:
            self._db.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise

    def _quick_check(self) -> None:
        try:
            rows = self._db.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as error:
            if "not a database" in str(error) or "encrypted" in str(error):
                raise  # a file that is not SQLite at all: said by _store_error
            raise StoreError(damaged_message(self.path, str(error))) from error
        if [r[0] for r in rows] != ["ok"]:
            raise StoreError(damaged_message(self.path, "; ".join(str(r[0]) for r in rows[:3])))

    def _refuse_foreign(self) -> None:
        """A file at schema version 0 with tables that are not ours is someone else's."""
        if self.schema_version() != 0:
            return
        tables = {
            row[0]
            for row in self._db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        foreign = sorted(tables - OUR_TABLES)
        if foreign:
            raise StoreError(
                f"{self.path}: a database of another program (tables {', '.join(foreign[:5])}); "
                "it was not changed. Choose another --db file."
            )

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        """Close every thread's connection. A store left by its last user goes back to a
        rollback journal: one self-contained file at rest, which a read-only reader (an export)
        opens without creating the WAL's side files."""
        mine = getattr(self._local, "db", None)
        with self._connections_lock:
            for db in self._connections:
                if db is not mine:
                    db.close()
            self._connections.clear()
        if mine is not None:
            if not self.readonly:
                # When another program still has it open, it stays in WAL mode.
                with contextlib.suppress(sqlite3.Error):
                    mine.execute("PRAGMA journal_mode = DELETE")
            mine.close()
        self._local = threading.local()

    def data_version(self) -> int:
        """SQLite's ``PRAGMA data_version`` on this thread's connection: it changes when another
        connection (another thread, another ``serve`` on the same file) commits a change."""
        return self._query("PRAGMA data_version")[0][0]

    def changed_elsewhere(self) -> bool | None:
        """True when another connection has committed since this thread last asked; None the
        first time a thread asks (it has seen nothing yet: :meth:`file_state` tells)."""
        version = self.data_version()
        seen, self._local.seen_version = self._local.seen_version, version
        return None if seen is None else seen != version

    def file_state(self) -> tuple:
        """What the store's files look like on disk (the database's and its write-ahead log's
        size, modification time and inode): it changes with every commit of any connection, and
        unlike ``data_version`` it can be compared between threads."""
        state = []
        for path in (self.path, self.path.with_name(self.path.name + "-wal")):
            try:
                found = path.stat()
            except OSError:
                state.append(None)
            else:
                state.append((found.st_size, found.st_mtime_ns, found.st_ino))
        return tuple(state)

    def backup(self, target: str | Path | None = None) -> Path:
        """Copy the store with SQLite's online backup (consistent while others read) to
        ``target``, by default ``<file>.backup`` next to it, through a temporary file renamed
        into place: the previous backup stays until the new one is whole."""
        target = Path(target) if target else backup_path(self.path)
        partial = target.with_name(target.name + ".part")
        try:
            copy = sqlite3.connect(partial)
            try:
                self._db.backup(copy)
            finally:
                copy.close()
            os.replace(partial, target)
        except (sqlite3.Error, OSError) as error:
            partial.unlink(missing_ok=True)
            raise StoreError(f"{target}: the backup could not be written ({error}).") from error
        return target

    def backup_age(self) -> dt.timedelta | None:
        """How long ago the rolling backup (:func:`backup_path`) was written; None when there is
        none."""
        try:
            written = backup_path(self.path).stat().st_mtime
        except OSError:
            return None
        return _now() - dt.datetime.fromtimestamp(written).replace(microsecond=0)

    def size_bytes(self) -> int:
        """The store's size on disk (its write-ahead log included)."""
        return sum(
            path.stat().st_size
            for path in (self.path, self.path.with_name(self.path.name + "-wal"))
            if path.is_file()
        )

    def stored_ids(self) -> set[str]:
        """The ids (content hashes) of every stored document, removed ones included."""
        return {row[0] for row in self._query("SELECT id FROM documents")}

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        return self._db.execute("PRAGMA user_version").fetchone()[0]

    def _migrate(self) -> None:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: made by a newer version of this program (schema {version}, this one "
                f"knows {SCHEMA_VERSION}); update the program or use another --db file."
            )
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                for statement in _statements(MIGRATIONS[target - 1]):
                    self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {target}")

    def transaction(self) -> _Transaction:
        """``with store.transaction():`` every write inside is kept together or not at all."""
        return _Transaction(self)

    # -- documents, cached extractions and events (the pipeline calls these in a transaction) ---
    def add_documents(self, documents: Iterable[Document]) -> tuple[list[Document], list[Document]]:
        """Store the documents not stored yet; returns (added, already stored: same content hash)."""
        added: list[Document] = []
        already: list[Document] = []
        with self.transaction():
            known = {row[0] for row in self._db.execute("SELECT id FROM documents")}
            for doc in documents:
                if not doc.text.strip():
                    raise StoreError(
                        f"{doc.path or doc.title or doc.source}: no text; an empty article is "
                        "never stored."
                    )
                if doc.id in known:
                    already.append(doc)
                    continue
                known.add(doc.id)
                self._insert_document(doc)
                added.append(doc)
        return added, already

    def set_document_published(self, document_id: str, published: dt.date) -> None:
        """Record the user's publication date (not inferred); its cached extraction is dropped."""
        with self.transaction():
            cursor = self._db.execute(
                "UPDATE documents SET published = ?, published_inferred = 0, "
                "published_evidence = '' WHERE id = ?",
                (published.isoformat(), document_id),
            )
            if cursor.rowcount == 0:
                raise StoreError(f"{self.path}: no document with id {document_id!r}.")
            self._db.execute("DELETE FROM candidates WHERE document_id = ?", (document_id,))

    def delete_document(self, document_id: str) -> None:
        """Delete a document, its cached extraction and its mentions; notes stay."""
        with self.transaction():
            self._db.execute("DELETE FROM candidates WHERE document_id = ?", (document_id,))
            self._db.execute("DELETE FROM openings WHERE document_id = ?", (document_id,))
            self._db.execute("DELETE FROM mentions WHERE document_id = ?", (document_id,))
            cursor = self._db.execute("DELETE FROM documents WHERE id = ?", (document_id,))
            if cursor.rowcount == 0:
                raise StoreError(f"{self.path}: no document with id {document_id!r}.")

    def events_made_by(self) -> str | None:
        """The version of the merge code that made the stored events (None: not known)."""
        rows = self._query("SELECT value FROM facts WHERE name = 'events_made_by'")
        return rows[0][0] if rows else None

    def set_events_made_by(self, version: str) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO facts (name, value) VALUES ('events_made_by', ?)", (version,)
        )

    def cached_extractions(self, version: str) -> dict[str, str]:
        """Document id -> the cached payload (JSON text) made by ``version`` of the code."""
        return dict(
            self._query("SELECT document_id, payload FROM candidates WHERE version = ?", (version,))
        )

    def save_extraction(
        self, document_id: str, version: str, payload: str, leads: str | None = None
    ) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO candidates (document_id, version, payload, leads) "
            "VALUES (?, ?, ?, ?)",
            (document_id, version, payload, leads),
        )

    def cached_leads(self, version: str, ids: Iterable[str] | None = None) -> dict[str, list[str]]:
        """Document id -> its lead sentences as the extraction ``version`` cached them (of
        ``ids``, or of every document; those with none cached are left out)."""
        sql = "SELECT document_id, leads FROM candidates WHERE version = ? AND leads IS NOT NULL"
        rows = (
            self._query(sql, (version,))
            if ids is None
            else self._query_in(sql + " AND document_id IN ({marks})", ids, before=(version,))
        )
        return {doc_id: json.loads(leads) for doc_id, leads in rows}

    def replace_events(
        self, events: Sequence[Event], evidence: Sequence[tuple[float, float]] | None = None
    ) -> int:
        """Replace every stored event and mention by ``events``; notes follow their events. The
        word index no longer describes them until :meth:`replace_word_index` writes it.
        ``evidence``: each event's (own, day's) evidence before scaling, kept so that an add can
        score again only what it changes (unknown without it)."""
        with self.transaction():
            self._db.execute("DELETE FROM word_counts WHERE word = ''")
            self._db.execute("DELETE FROM mentions")
            self._db.execute("DELETE FROM events")
            self._insert_events(events, evidence=evidence)
            self._follow_notes()
        return len(events)

    def _insert_events(
        self,
        events: Sequence[Event],
        first_position: int = 0,
        evidence: Sequence[tuple[float, float]] | None = None,
    ) -> None:
        known = evidence or [(None, None)] * len(events)
        for position, (event, (own, day)) in enumerate(
            zip(events, known, strict=True), start=first_position
        ):
            self._db.execute(
                'INSERT INTO events (id, label, start, "end", certainty, disagreement, '
                "disagrees_with, importance, summary, position, evidence, day_evidence) VALUES "
                "(:id, :label, :start, :end, :certainty, :disagreement, :disagrees_with, "
                ":importance, :summary, :position, :evidence, :day_evidence)",
                {**_event_row(event), "position": position, "evidence": own, "day_evidence": day},
            )
            self._db.executemany(
                f"INSERT INTO mentions (key, event_id, position, {_MENTION_COLUMNS}) "
                f"VALUES (:key, :event_id, :position, {_MENTION_PARAMS})",
                [
                    {
                        **mention_to_dict(m),
                        "key": mention_key(m.document_id, m.sentence, m.timex_start),
                        "event_id": event.id,
                        "position": i,
                        "published_inferred": int(m.published_inferred),
                    }
                    for i, m in enumerate(event.mentions)
                ],
            )

    def _follow_notes(self) -> None:
        # A note whose event was merged into another follows its mention's key to the survivor.
        self._db.execute(
            "UPDATE notes SET event_id = (SELECT m.event_id FROM mentions m WHERE m.key = "
            "notes.event_id LIMIT 1) WHERE event_id NOT IN (SELECT id FROM events) AND EXISTS "
            "(SELECT 1 FROM mentions m WHERE m.key = notes.event_id)"
        )

    def count_events(self) -> int:
        return self._query("SELECT COUNT(*) FROM events")[0][0]

    def count_documents(self) -> int:
        """The documents in the story (those the analyst removed left out)."""
        return self._query("SELECT COUNT(*) FROM documents WHERE removed = 0")[0][0]

    # -- what an incremental ingest reads and writes (dashboard.timeline, dashboard.events) ------
    def document_ids(self) -> list[str]:
        """The ids of the documents in the story, in the order they were first stored (no text)."""
        return [
            row[0] for row in self._query("SELECT id FROM documents WHERE removed = 0 ORDER BY seq")
        ]

    def documents_with_ids(self, ids: Sequence[str]) -> list[Document]:
        """The stored documents among ``ids``, in the order they were first stored."""
        found = self._query_in(
            f"SELECT seq, {_DOCUMENT_COLUMNS} FROM documents WHERE id IN ({{marks}})", ids
        )
        found.sort(key=lambda row: row[0])
        return [_document(row[1:]) for row in found]

    def known_document_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` already stored (removed from the story or not)."""
        return {
            row[0] for row in self._query_in("SELECT id FROM documents WHERE id IN ({marks})", ids)
        }

    def uncached_document_ids(self, version: str) -> list[str]:
        """The story's documents with no cached extraction made by ``version``, in stored order
        (the versions read from their index: SQLite would look each version up in the table
        by its unique key, and read every cached extraction's first page for it)."""
        return [
            row[0]
            for row in self._query(
                "SELECT d.id FROM documents d LEFT JOIN candidates c INDEXED BY candidates_made_by "
                "ON c.document_id = d.id "
                "WHERE d.removed = 0 AND (c.version IS NULL OR c.version != ?) ORDER BY d.seq",
                (version,),
            )
        ]

    def cached_extractions_of(self, version: str, ids: Sequence[str]) -> dict[str, str]:
        """Document id -> cached payload made by ``version``, for ``ids`` only."""
        return dict(
            self._query_in(
                "SELECT document_id, payload FROM candidates WHERE version = ? "
                "AND document_id IN ({marks})",
                ids,
                before=(version,),
            )
        )

    def count_mentions(self) -> int:
        return self._query("SELECT COUNT(*) FROM mentions")[0][0]

    def mentions_of_events(self, event_ids: Iterable[str]) -> list[tuple[str, str, str]]:
        """(event id, mention key, document id) of every mention of ``event_ids``."""
        return self._query_in(
            "SELECT event_id, key, document_id FROM mentions WHERE event_id IN ({marks})",
            event_ids,
        )

    def event_ids_with_keys(self, keys: Iterable[str]) -> set[str]:
        """Events holding a mention with one of ``keys``."""
        return {
            row[0]
            for row in self._query_in(
                "SELECT DISTINCT event_id FROM mentions WHERE key IN ({marks})", keys
            )
        }

    def event_ids_sharing_keys(self, event_ids: Iterable[str]) -> set[str]:
        """Events holding a mention with the key of a mention of ``event_ids`` (those
        included)."""
        return {
            row[0]
            for row in self._query_in(
                "SELECT DISTINCT other.event_id FROM mentions m "
                "JOIN mentions other ON other.key = m.key WHERE m.event_id IN ({marks})",
                event_ids,
            )
        }

    def mentions_on(self, days: Iterable[dt.date]) -> list[tuple[str, dt.date, str, int, int]]:
        """(key, day, sentence, date's start, date's end) of the mentions dated to exactly one
        of ``days`` (one day, not a span)."""
        return [
            (key, dt.date.fromisoformat(day), sentence, start, end)
            for key, day, sentence, start, end in self._query_in(
                "SELECT key, start, sentence, timex_start, timex_end FROM mentions "
                'WHERE start = "end" AND start IN ({marks})',
                sorted(d.isoformat() for d in days),
            )
        ]

    def mentions_counted_on(self, days: Iterable[dt.date]) -> dict[dt.date, int]:
        """How many mentions are dated to exactly each of ``days`` (those with any)."""
        return {
            dt.date.fromisoformat(day): count
            for day, count in self._query_in(
                'SELECT start, COUNT(*) FROM mentions WHERE start = "end" AND start IN ({marks}) '
                "GROUP BY start",
                sorted(d.isoformat() for d in days),
            )
        }

    def event_ids_with_mentions_on(self, days: Iterable[dt.date]) -> set[str]:
        """Events holding a mention dated to exactly one of ``days`` (one day, not a span)."""
        return {
            row[0]
            for row in self._query_in(
                'SELECT DISTINCT event_id FROM mentions WHERE start = "end" AND start IN ({marks})',
                sorted(d.isoformat() for d in days),
            )
        }

    def update_scores(
        self, scores: dict[str, tuple[float, str]], labels: dict[str, str] | None = None
    ) -> None:
        """Set each event's importance and summary (the pipeline scores the whole story), and its
        label where ``labels`` gives one (the headline is chosen when the story is scored)."""
        with self.transaction():
            self._db.executemany(
                "UPDATE events SET importance = ?, summary = ? WHERE id = ?",
                [
                    (importance, summary, event_id)
                    for event_id, (importance, summary) in scores.items()
                ],
            )
            if labels:
                self._db.executemany(
                    "UPDATE events SET label = ? WHERE id = ?",
                    [(label, event_id) for event_id, label in labels.items()],
                )

    def replace_some_events(self, old_ids: Iterable[str], events: Sequence[Event]) -> int:
        """Replace the events ``old_ids`` (and their mentions) by ``events``; the others stay.
        Notes follow their events as in :meth:`replace_events`. Returns the number of events."""
        with self.transaction():
            for chunk in _chunks(list(old_ids)):
                marks = ",".join("?" * len(chunk))
                self._db.execute(f"DELETE FROM mentions WHERE event_id IN ({marks})", chunk)
                self._db.execute(f"DELETE FROM events WHERE id IN ({marks})", chunk)
            top = self._query("SELECT COALESCE(MAX(position), -1) FROM events")[0][0]
            self._insert_events(events, first_position=top + 1)
            self._follow_notes()
        return self.count_events()

    # -- what an add reads to score again only the days it changes (dashboard.timeline) ---------
    def evidence(self) -> dict[str, tuple[float | None, float | None, float]]:
        """Event id -> (its own evidence, its day's, its importance) of every stored event; the
        evidence None where unknown (events written without it)."""
        return {
            row[0]: row[1:]
            for row in self._query("SELECT id, evidence, day_evidence, importance FROM events")
        }

    def set_evidence(self, evidence: dict[str, tuple[float, float]]) -> None:
        with self.transaction():
            self._db.executemany(
                "UPDATE events SET evidence = ?, day_evidence = ? WHERE id = ?",
                [(own, day, event_id) for event_id, (own, day) in evidence.items()],
            )

    def set_importance(self, importance: dict[str, float]) -> None:
        with self.transaction():
            self._db.executemany(
                "UPDATE events SET importance = ? WHERE id = ?",
                [(score, event_id) for event_id, score in importance.items()],
            )

    def event_ids_starting_on(self, days: Iterable[dt.date], *, exact: bool = False) -> set[str]:
        """The ids of the stored events whose first day is one of ``days``; with ``exact``,
        only of those of that one day (not a span that starts on it)."""
        return {
            row[0]
            for row in self._query_in(
                "SELECT id FROM events WHERE start IN ({marks})"
                + (' AND start = "end"' if exact else ""),
                sorted(d.isoformat() for d in days),
            )
        }

    def events_with_ids(self, ids: Iterable[str], *, mentions: bool = True) -> list[Event]:
        """The stored events ``ids``, each with its mentions (none with ``mentions=False``), in
        chronological order."""
        ids = list(ids)
        held: dict[str, list[Mention]] = {}
        for row in self._query_in(
            f"SELECT event_id, {_MENTION_COLUMNS} FROM mentions WHERE event_id IN ({{marks}}) "
            "ORDER BY event_id, position",
            ids if mentions else [],
        ):
            held.setdefault(row[0], []).append(_mention(row[1:]))
        events = [
            (row[-1], _event(row[:-1], tuple(held.get(row[0], ()))))
            for row in self._query_in(
                f"SELECT {_EVENT_COLUMNS}, position FROM events WHERE id IN ({{marks}})", ids
            )
        ]
        events.sort(key=lambda pair: (pair[1].start, pair[1].end, pair[1].label, pair[0]))
        return [event for _, event in events]

    def exact_mentions_of_documents(
        self, document_ids: Iterable[str]
    ) -> list[tuple[str, dt.date, Mention]]:
        """(event id, day, mention) of each mention of ``document_ids`` in an event of one day."""
        return [
            (row[0], _date(row[1]), _mention(row[2:]))
            for row in self._query_in(
                f"SELECT m.event_id, e.start, "
                f"{', '.join('m.' + c.strip() for c in _MENTION_COLUMNS.split(','))} "
                "FROM mentions m JOIN events e ON e.id = m.event_id "
                'WHERE e.start = e."end" AND m.document_id IN ({marks})',
                document_ids,
            )
        ]

    def published_days(self, document_ids: Iterable[str]) -> dict[str, dt.date]:
        """Document id -> publication day of those of ``document_ids`` that have one."""
        return {
            row[0]: dt.date.fromisoformat(row[1])
            for row in self._query_in(
                "SELECT id, published FROM documents WHERE published IS NOT NULL "
                "AND id IN ({marks})",
                document_ids,
            )
        }

    def document_ids_published_on(self, days: Iterable[dt.date]) -> list[str]:
        """The story's documents published on one of ``days``."""
        return [
            row[0]
            for row in self._query_in(
                "SELECT id FROM documents WHERE removed = 0 AND published IN ({marks})",
                sorted(d.isoformat() for d in days),
            )
        ]

    def published_counts(self) -> dict[dt.date, int]:
        """How many of the story's documents were published each day."""
        return self._day_counts("published")

    def _day_counts(self, column: str) -> dict[dt.date, int]:
        """How many of the story's documents hold each day in ``column`` (one of ours, never
        a caller's text)."""
        return {
            dt.date.fromisoformat(day): count
            for day, count in self._query(
                f"SELECT {column}, COUNT(*) FROM documents WHERE removed = 0 "
                f"AND {column} IS NOT NULL GROUP BY {column}"
            )
        }

    def news_days(self, document_ids: Iterable[str] | None = None) -> dict[str, dt.date | None]:
        """Document id -> the day it reports (:func:`dashboard.events.importance.news_days`) as
        last stored, None where unknown; of ``document_ids``, or of every published document of
        the story."""
        if document_ids is None:
            rows = self._query(
                "SELECT id, news_day FROM documents WHERE removed = 0 AND published IS NOT NULL"
            )
        else:
            rows = self._query_in(
                "SELECT id, news_day FROM documents WHERE id IN ({marks})", document_ids
            )
        return {doc_id: dt.date.fromisoformat(day) if day else None for doc_id, day in rows}

    def news_day_counts(self) -> dict[dt.date, int]:
        """How many of the story's documents report each day (their stored news day)."""
        return self._day_counts("news_day")

    def set_news_days(self, days: dict[str, dt.date], *, every: bool = False) -> None:
        """Store each document's news day; with ``every``, those not in ``days`` have none."""
        with self.transaction():
            if every:
                self._db.execute("UPDATE documents SET news_day = NULL")
            self._db.executemany(
                "UPDATE documents SET news_day = ? WHERE id = ?",
                [(day.isoformat(), doc_id) for doc_id, day in days.items()],
            )

    def spans_of_sentences(self, sentences: Iterable[str]) -> dict[str, set[tuple[int, int]]]:
        """Sentence -> the (start, end) of every stored mention of it (its dated spans)."""
        found: dict[str, set[tuple[int, int]]] = {}
        for sentence, start, end in self._query(
            "SELECT sentence, timex_start, timex_end FROM mentions "
            "WHERE sentence IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(set(sentences))),),
        ):
            found.setdefault(sentence, set()).add((start, end))
        return found

    # -- the word index of the stored mentions (dashboard.events.incremental) -------------------
    def replace_word_index(
        self,
        blocks: Iterable[tuple[str, int, int, str]],
        counts: dict[str, int],
        mentions: int,
    ) -> None:
        """Write the index of the stored events' mentions anew: ``blocks`` as (word, quarter,
        mentions, keys) rows (best in key order, and read one at a time: they may be many),
        ``counts`` how many mentions hold each word, of ``mentions``."""
        with self.transaction():
            self._db.execute("DELETE FROM word_blocks")
            self._db.execute("DELETE FROM word_counts")
            self._db.executemany(
                "INSERT INTO word_blocks (word, quarter, mentions, keys) VALUES (?, ?, ?, ?)",
                blocks,
            )
            self._db.executemany(
                "INSERT INTO word_counts (word, mentions) VALUES (?, ?)",
                sorted([*counts.items(), ("", mentions)]),
            )

    def add_to_word_index(
        self, blocks: Iterable[tuple[str, int, int, str]], counts: dict[str, int], mentions: int
    ) -> None:
        """Set the ``blocks`` rows (word, quarter, mentions, keys) and add ``counts`` and
        ``mentions`` to the stored ones (new mentions merged incrementally)."""
        with self.transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO word_blocks (word, quarter, mentions, keys) "
                "VALUES (?, ?, ?, ?)",
                list(blocks),
            )
            self._db.executemany(
                "INSERT INTO word_counts (word, mentions) VALUES (?, ?) "
                "ON CONFLICT (word) DO UPDATE SET mentions = mentions + excluded.mentions",
                [*counts.items(), ("", mentions)],
            )

    def word_blocks(
        self, blocks: Iterable[tuple[str, int]]
    ) -> dict[tuple[str, int], tuple[int, str]]:
        """(word, quarter) -> (mentions, keys) of the stored ``blocks`` (those with no mention are
        left out)."""
        found: dict[tuple[str, int], tuple[int, str]] = {}
        for word, quarter in blocks:
            row = self._query(
                "SELECT mentions, keys FROM word_blocks WHERE word = ? AND quarter = ?",
                (word, quarter),
            )
            if row:
                found[(word, quarter)] = row[0]
        return found

    def word_counts(self, words: Iterable[str]) -> tuple[dict[str, int], int | None]:
        """(how many stored mentions hold each of ``words``, how many there are in all); the
        total is None when the index does not describe the stored events (a store older than
        the index, or events written by other means than the pipeline)."""
        found: dict[str, int] = dict(
            self._query_in("SELECT word, mentions FROM word_counts WHERE word IN ({marks})", words)
        )
        total = self._query("SELECT mentions FROM word_counts WHERE word = ''")
        found.pop("", None)
        return found, total[0][0] if total else None

    # -- the story's topic (dashboard.events.importance.story_topic) ----------------------------
    def set_opening_counts(
        self, counts: dict[str, int], articles: int, *, add: bool = False
    ) -> None:
        """How many articles hold each word in their opening (``counts``) of how many
        (``articles``): the story's anew, or with ``add`` those of new articles added."""
        with self.transaction():
            if not add:
                self._db.execute("DELETE FROM opening_words")
            self._db.executemany(
                "INSERT INTO opening_words (word, articles) VALUES (?, ?) "
                "ON CONFLICT (word) DO UPDATE SET articles = articles + excluded.articles",
                sorted([*counts.items(), ("", articles)]),
            )

    def opening_counts(self, share: float) -> tuple[dict[str, int], int | None]:
        """(how many articles hold each word in their opening, of the words at least ``share``
        of them hold; how many articles were counted): None when they were never counted."""
        total = self._query("SELECT articles FROM opening_words WHERE word = ''")
        if not total:
            return {}, None
        found = dict(
            self._query(
                "SELECT word, articles FROM opening_words WHERE word != '' AND articles >= ?",
                (share * total[0][0],),
            )
        )
        return found, total[0][0]

    def set_openings(self, openings: dict[str, frozenset[str]]) -> None:
        """Keep articles' opening words (document id -> words)."""
        with self.transaction():
            self._db.executemany(
                "INSERT OR REPLACE INTO openings (document_id, words) VALUES (?, ?)",
                [(doc_id, " ".join(sorted(words))) for doc_id, words in openings.items()],
            )

    def openings(self, document_ids: Iterable[str]) -> dict[str, frozenset[str]]:
        """The kept opening words of those of ``document_ids`` that have them."""
        return {
            doc_id: frozenset(words.split())
            for doc_id, words in self._query_in(
                "SELECT document_id, words FROM openings WHERE document_id IN ({marks})",
                document_ids,
            )
        }

    def scored_topic(self) -> frozenset[str] | None:
        """The topic words the stored events' evidence was worked out with (None: not known)."""
        rows = self._query("SELECT value FROM facts WHERE name = 'scored_topic'")
        return frozenset(json.loads(rows[0][0])) if rows else None

    def set_scored_topic(self, words: Iterable[str]) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO facts (name, value) VALUES ('scored_topic', ?)",
            (json.dumps(sorted(words)),),
        )

    def documents(self, *, include_removed: bool = False) -> list[Document]:
        """The stored documents in the order they were first stored; those the analyst removed
        from the story only when asked for."""
        where = "" if include_removed else " WHERE removed = 0"
        return [
            _document(row)
            for row in self._query(f"SELECT {_DOCUMENT_COLUMNS} FROM documents{where} ORDER BY seq")
        ]

    def set_document_removed(self, document_id: str, removed: bool) -> None:
        """Leave a document out of the story (or bring it back); it stays stored either way."""
        with self.transaction():
            cursor = self._db.execute(
                "UPDATE documents SET removed = ? WHERE id = ?", (int(removed), document_id)
            )
            if cursor.rowcount == 0:
                raise StoreError(f"{self.path}: no document with id {document_id!r}.")

    def restore_document_published(self, document: Document) -> None:
        """Put back a document's publication date as ``document`` has it (inferred or not)."""
        with self.transaction():
            self._db.execute(
                "UPDATE documents SET published = ?, published_inferred = ?, "
                "published_evidence = ? WHERE id = ?",
                (
                    document.published.isoformat() if document.published else None,
                    int(document.published_inferred),
                    document.published_evidence,
                    document.id,
                ),
            )
            self._db.execute("DELETE FROM candidates WHERE document_id = ?", (document.id,))

    # -- the analyst's decisions -----------------------------------------------------------------
    def decisions(self, *, include_reverted: bool = False) -> list[Decision]:
        """The decisions in the order they were taken (reverted ones only when asked for)."""
        where = "" if include_reverted else " WHERE reverted = 0"
        return [
            decision_from_dict(row)
            for row in self._rows(
                f"SELECT id, target, action, payload, created, reverted FROM decisions{where} "
                "ORDER BY id"
            )
        ]

    def add_decision(self, target: str, action: Action, payload: dict | None = None) -> Decision:
        now = _now().isoformat(timespec="seconds")
        with self.transaction():
            cursor = self._db.execute(
                "INSERT INTO decisions (target, action, payload, created) VALUES (?, ?, ?, ?)",
                (target, str(action), json.dumps(payload or {}, sort_keys=True), now),
            )
            decision_id = cursor.lastrowid
        return next(d for d in self.decisions() if d.id == decision_id)

    def set_decision_reverted(self, decision_id: int, reverted: bool = True) -> None:
        with self.transaction():
            cursor = self._db.execute(
                "UPDATE decisions SET reverted = ? WHERE id = ?", (int(reverted), decision_id)
            )
            if cursor.rowcount == 0:
                raise StoreError(f"{self.path}: no decision with id {decision_id}.")

    def events(self) -> list[Event]:
        """The merged events, in chronological order, each with its mentions (one snapshot:
        a commit by another connection between the two queries cannot mix two versions)."""
        with self._snapshot():
            return self._events()

    def _snapshot(self) -> _Snapshot:
        return _Snapshot(self)

    def _events(self) -> list[Event]:
        mentions: dict[str, list[Mention]] = {}
        for row in self._query(
            f"SELECT event_id, {_MENTION_COLUMNS} FROM mentions ORDER BY event_id, position"
        ):
            mentions.setdefault(row[0], []).append(_mention(row[1:]))
        return [
            _event(row, tuple(mentions.get(row[0], ())))
            for row in self._query(
                f'SELECT {_EVENT_COLUMNS} FROM events ORDER BY start, "end", label, position'
            )
        ]

    def _insert_document(self, doc: Document) -> None:
        self._db.execute(
            "INSERT INTO documents (id, source, title, text, published, published_inferred, "
            "published_evidence, url, path, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                doc.id,
                doc.source,
                doc.title,
                doc.text,
                doc.published.isoformat() if doc.published else None,
                int(doc.published_inferred),
                doc.published_evidence,
                doc.url,
                doc.path,
                _now().isoformat(timespec="seconds"),
            ),
        )

    # -- notes ----------------------------------------------------------------------------------
    def notes(self, event_id: str | None = None) -> list[Note]:
        """Notes on one event (or on all), oldest first."""
        if event_id is None:
            rows = self._rows("SELECT id, event_id, text, created, updated FROM notes ORDER BY id")
        else:
            rows = self._rows(
                "SELECT id, event_id, text, created, updated FROM notes WHERE event_id = ? "
                "ORDER BY id",
                (event_id,),
            )
        return [note_from_dict(r) for r in rows]

    def add_note(self, event_id: str, text: str) -> Note:
        """A new note on ``event_id`` (the event must exist)."""
        text = _note_text(text)
        now = _now().isoformat(timespec="seconds")
        with self.transaction():
            if not self._db.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone():
                raise StoreError(
                    f"{self.path}: no event with id {event_id!r}; the note was not added."
                )
            cursor = self._db.execute(
                "INSERT INTO notes (event_id, text, created, updated) VALUES (?, ?, ?, ?)",
                (event_id, text, now, now),
            )
            note_id = cursor.lastrowid
        return self._note(note_id)

    def update_note(self, note_id: int, text: str) -> Note:
        """The note with new text (its ``updated`` time moves, ``created`` stays)."""
        text = _note_text(text)
        with self.transaction():
            cursor = self._db.execute(
                "UPDATE notes SET text = ?, updated = ? WHERE id = ?",
                (text, _now().isoformat(timespec="seconds"), note_id),
            )
            if cursor.rowcount == 0:
                raise StoreError(f"{self.path}: no note with id {note_id}; nothing was changed.")
        return self._note(note_id)

    def delete_note(self, note_id: int) -> None:
        """Delete a note; deleting one that does not exist is an error (it names the id)."""
        with self.transaction():
            cursor = self._db.execute("DELETE FROM notes WHERE id = ?", (note_id,))
            if cursor.rowcount == 0:
                raise StoreError(f"{self.path}: no note with id {note_id}; nothing was deleted.")

    def _note(self, note_id: int | None) -> Note:
        rows = self._rows(
            "SELECT id, event_id, text, created, updated FROM notes WHERE id = ?", (note_id,)
        )
        return note_from_dict(rows[0])

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[dict]:
        """The rows of a query as dicts by column name (for ``dashboard.codec``)."""
        try:
            cursor = self._db.execute(sql, params)
            names = [column[0] for column in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        except sqlite3.Error as error:
            raise _store_error(self.path, error, self._busy_timeout) from error

    def _query_in(
        self, sql: str, values: Iterable[object], before: Sequence[object] = ()
    ) -> list[tuple]:
        """Rows of ``sql`` whose ``{marks}`` is an ``IN (…)`` list of ``values``, asked in chunks
        short enough for SQLite (``before``: the parameters that come ahead of the list)."""
        rows: list[tuple] = []
        for chunk in _chunks(list(values)):
            marks = ",".join("?" * len(chunk))
            rows.extend(self._query(sql.format(marks=marks), (*before, *chunk)))
        return rows

    def _query(self, sql: str, params: Sequence[object] = ()) -> list[tuple]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise _store_error(self.path, error, self._busy_timeout) from error


class _Snapshot:
    """A read transaction (BEGIN … COMMIT), or nothing inside a transaction already open."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.opened = False

    def __enter__(self) -> None:
        db = self.store._db
        if not db.in_transaction:
            try:
                db.execute("BEGIN")
            except sqlite3.Error as error:
                raise _store_error(self.store.path, error, self.store._busy_timeout) from error
            self.opened = True

    def __exit__(self, *exc: object) -> bool:
        if self.opened and self.store._db.in_transaction:
            self.store._db.execute("COMMIT")
        return False


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any exception; SQLite errors become StoreError."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __enter__(self) -> None:
        self.store._depth += 1
        if self.store._depth > 1:
            return  # joins the transaction already open
        try:
            self.store._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            self.store._depth -= 1
            raise _store_error(self.store.path, error, self.store._busy_timeout) from error

    def __exit__(self, kind, error, tb) -> bool:
        self.store._depth -= 1
        if self.store._depth > 0:
            return False  # the outer transaction commits or rolls back
        db = self.store._db
        if kind is None:
            try:
                db.execute("COMMIT")
            except sqlite3.Error as commit_error:
                db.execute("ROLLBACK")
                raise _store_error(self.store.path, commit_error) from commit_error
            return False
        if db.in_transaction:
            db.execute("ROLLBACK")
        if isinstance(error, sqlite3.Error):
            raise _store_error(self.store.path, error) from error
        return False


def _store_error(path: Path, error: sqlite3.Error, waited: float = BUSY_TIMEOUT_S) -> StoreError:
    text = str(error)
    if "locked" in text or "busy" in text:
        return StoreError(
            f"{path}: the database is locked by another program (waited {waited:g} s); "
            "close the other program (another serve or extract) and retry."
        )
    if "malformed" in text or "corrupt" in text:
        return StoreError(damaged_message(path, text))
    if "not a database" in text or "file is encrypted" in text:
        return StoreError(
            f"{path}: not a timeline database ({text}); choose another --db file (a new one is "
            "created)."
        )
    if "readonly" in text or "unable to open" in text:
        return StoreError(f"{path}: cannot write ({text}); check the file's permissions.")
    return StoreError(f"{path}: database error ({text}).")


def backup_path(path: Path) -> Path:
    """Where the rolling backup of the store at ``path`` is kept."""
    return path.with_name(path.name + ".backup")


def damaged_message(path: Path, detail: str) -> str:
    """What to say about a damaged store: what SQLite found and how to save its notes."""
    backup = backup_path(path)
    kept = (
        f" A backup of it written {_written(backup)} is {backup}: serve --db {backup} opens it."
        if backup.is_file()
        else ""
    )
    return (
        f"{path}: the database is damaged ({detail}). Do not delete it: the notes in it can "
        f"usually be saved with SQLite's recovery, e.g. `sqlite3 {path} .recover | sqlite3 "
        f"recovered.sqlite`, then serve --db recovered.sqlite.{kept}"
    )


def _written(path: Path) -> str:
    """When ``path`` was written, to the minute."""
    return dt.datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")


def _statements(script: str) -> list[str]:
    out, current = [], []
    for line in script.splitlines():
        current.append(line)
        candidate = "\n".join(current)
        if sqlite3.complete_statement(candidate):
            out.append(candidate.strip())
            current = []
    return [s for s in out if s.strip(" ;\n")]


# The mention columns, named as ``dashboard.codec`` names a mention's fields.
_MENTION_COLUMNS = (
    'document_id, source, text, sentence, value, start, "end", certainty, timex_start, timex_end, '
    "published, published_inferred, attributed_to"
)
_MENTION_PARAMS = (
    ":document_id, :source, :text, :sentence, :value, :start, :end, :certainty, :timex_start, "
    ":timex_end, :published, :published_inferred, :attributed_to"
)


def _mention(row: Sequence) -> Mention:
    """A mention from its row of ``_MENTION_COLUMNS``, in their order (what
    :func:`dashboard.codec.mention_from_dict` makes of the same row as a dict; a story's
    events are read tens of thousands of mentions at a time, so without the dict)."""
    document_id, source, text, sentence, value, start, end, certainty, *rest = row
    timex_start, timex_end, published, published_inferred, attributed_to = rest
    return Mention(
        document_id,
        source,
        text,
        sentence,
        value,
        _date(start),
        _date(end),
        _CERTAINTIES[certainty],
        timex_start,
        timex_end,
        _date(published) if published else None,
        bool(published_inferred),
        attributed_to or "",
    )


# The event columns, in the order of :func:`_event`.
_EVENT_COLUMNS = (
    'id, label, start, "end", certainty, disagreement, disagrees_with, importance, summary'
)


def _event(row: Sequence, mentions: tuple[Mention, ...]) -> Event:
    """An event from its row of ``_EVENT_COLUMNS``, with its ``mentions`` (what
    :func:`dashboard.codec.event_from_dict` makes of the same row as a dict; an add reads the
    events of its days, thousands at a time, so without the dict)."""
    event_id, label, start, end, certainty, disagreement, disagrees_with, importance, summary = row
    return Event(
        id=event_id,
        label=label,
        start=_date(start),
        end=_date(end),
        certainty=_CERTAINTIES[certainty],
        mentions=mentions,
        disagreement=disagreement,
        disagrees_with=tuple(json.loads(disagrees_with))
        if disagrees_with not in ("", "[]")
        else (),
        importance=float(importance or 0.0),  # rows written before issue 11 have none
        summary=summary or "",
    )


# The document columns, in the order of :func:`_document`.
_DOCUMENT_COLUMNS = (
    "id, source, title, text, published, published_inferred, published_evidence, url, path"
)


def _document(row: Sequence) -> Document:
    """A document from its row of ``_DOCUMENT_COLUMNS`` (what
    :func:`dashboard.codec.document_from_dict` makes of it as a dict)."""
    doc_id, source, title, text, published, inferred, evidence, url, path = row
    return Document(
        doc_id,
        source,
        title,
        text,
        _date(published) if published else None,
        bool(inferred),
        evidence,
        url,
        path,
    )


# A story names a few thousand days, each in thousands of mentions.
_date = functools.lru_cache(maxsize=1 << 14)(dt.date.fromisoformat)
_CERTAINTIES = {str(c): c for c in Certainty}


def _chunks(items: list, size: int = 500) -> list[list]:
    """``items`` in lists short enough for one SQL ``IN (…)``."""
    return [items[i : i + size] for i in range(0, len(items), size)]


def _event_row(event: Event) -> dict:
    row = event_to_dict(event)
    del row["mentions"], row["sources"]
    row["disagrees_with"] = json.dumps(row["disagrees_with"])
    return row


MAX_NOTE_CHARS = 10_000


def _note_text(text: str) -> str:
    text = text.strip()
    if not text:
        raise StoreError("an empty note was not saved; write some text.")
    if len(text) > MAX_NOTE_CHARS:
        raise StoreError(f"a note is limited to {MAX_NOTE_CHARS} characters; shorten it.")
    return text


def _now() -> dt.datetime:
    # Notes carry wall-clock times by nature; only the store reads the clock.
    return dt.datetime.now().replace(microsecond=0)
