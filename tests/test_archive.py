"""The archive: extraction as Dask tasks, incremental merges, JSON Lines and CSV inputs.

The same events (ids, dates, labels, certainty, sources, disagreements, mentions) must come out
whichever way the work ran: in this process, on a local Dask cluster, on a real ``dask scheduler``
with a ``dask worker`` started here, and adding articles to a store vs building it at once.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import downgrade_store

from dashboard import timeline
from dashboard.events import build_events, incremental, merger_version
from dashboard.events.importance import (
    evidence_scores,
    headlines_and_summaries,
    news_days,
    opening_counts,
    score_events,
    story_topic,
    words_jobs,
)
from dashboard.events.leads import opening_words
from dashboard.events.merge import PairWork, merge_and_count
from dashboard.ingest.archive import load_documents, stream_documents
from dashboard.parallel import InProcess, dask_extractor
from dashboard.store import SCHEMA_VERSION
from dashboard.temporal import tag
from dashboard.timeline import ingest, open_store

ROOT = Path(__file__).resolve().parent.parent
EMBASSY = ROOT / "tests" / "data" / "embassy"


def corpus():
    """Eleven wire articles on the 1998 embassy bombings, then the two seed articles."""
    return load_documents([EMBASSY]) + load_documents([ROOT / "seeds"])


def snapshot(store) -> list[tuple]:
    return sorted(
        (
            e.id,
            e.start,
            e.end,
            e.label,
            str(e.certainty),
            tuple(e.sources),
            e.disagreement,
            tuple(sorted((m.document_id, m.timex_start, m.sentence) for m in e.mentions)),
            e.summary,
            e.importance,
        )
        for e in store.events()
    )


def build(path: Path, documents, **options) -> list[tuple]:
    with open_store(path) as store:
        ingest(store, documents, **options)
        return snapshot(store)


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> list[tuple]:
    """The events of the corpus ingested at once, in this process."""
    return build(tmp_path_factory.mktemp("ref") / "ref.sqlite", corpus(), extractor=InProcess())


def test_reference_has_merged_events(reference):
    assert len(reference) > 20
    assert any(len(e[5]) >= 2 for e in reference)  # some event told by several sources


def test_local_dask_cluster_gives_the_same_events_and_reports_progress(tmp_path, reference):
    calls: list[tuple[int, int]] = []
    with (
        dask_extractor(workers=2, processes=False, batch_size=3) as extractor,
        open_store(tmp_path / "dask.sqlite") as store,
    ):
        report = ingest(
            store,
            corpus(),
            extractor=extractor,
            progress=lambda done, total: calls.append((done, total)),
        )
        events = snapshot(store)
    assert events == reference
    assert report.timings["merge_workers"] == 2  # the pairs and headlines ran on the workers
    total = len(corpus())
    assert calls[0] == (0, total) and calls[-1] == (total, total)
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)  # never backwards
    assert len(calls) >= total // 3  # a call per batch of 3


@pytest.fixture
def always_incremental(monkeypatch):
    """On corpora this small every add touches most events; let the incremental path run anyway."""
    monkeypatch.setattr(timeline, "MAX_REGION_SHARE", 1.0)
    monkeypatch.setattr(timeline, "MAX_NEW_SHARE", 1.0)


def test_incremental_adds_give_the_same_events_as_a_full_build(
    tmp_path, reference, always_incremental
):
    documents = corpus()
    path = tmp_path / "inc.sqlite"
    with open_store(path) as store:
        ingest(store, documents[:8])
        target = store.events()[0].id
        note = store.add_note(target, "kept across adds")
        regions = []
        for start in range(8, len(documents), 2):
            report = ingest(store, documents[start : start + 2])
            regions.append("region" in report.timings)
        assert all(regions), "every small add was merged incrementally"
        assert snapshot(store) == reference
        # the note still points at an event, the one holding its first mention
        (kept,) = store.notes()
        assert kept.id == note.id
        assert kept.event_id in {e.id for e in store.events()}


def test_a_big_region_is_merged_into_its_stored_events_as_groups(
    tmp_path, reference, always_incremental, monkeypatch
):
    """Past ``SETTLED_FROM`` mentions a region's stored events are not taken apart: new mentions
    join them (or make events of their own), never take a mention away from one. On this
    corpus that differs from a full build in one place only: the second seed article's "Putin
    to travel to China" would take the first's "Putin may pay a reciprocal visit" out of Xi's
    visit, where it stays."""
    monkeypatch.setattr(timeline, "SETTLED_FROM", 0)
    documents = corpus()

    def held(events) -> dict[str, set[tuple]]:
        return {
            e.id: {(m.document_id, m.timex_start, m.sentence) for m in e.mentions} for e in events
        }

    with open_store(tmp_path / "settled.sqlite") as store:
        ingest(store, documents[:8])
        for start in range(8, len(documents), 2):
            before = held(store.events())
            report = ingest(store, documents[start : start + 2])
            assert "region" in report.timings
            after = held(store.events())
            for keys in before.values():
                assert any(keys <= later for later in after.values())
        got = snapshot(store)
    assert sum(len(e[7]) for e in got) == sum(len(e[7]) for e in reference)
    differing = set(got) ^ set(reference)
    assert {e[3] for e in differing} == {
        "Xi Jinping has arrived in Moscow for a state visit",
        "Putin may pay a reciprocal visit to China",
        "Putin to travel to China",
    }


def test_an_add_sees_the_same_day_paraphrase_of_a_stored_report(tmp_path, always_incremental):
    """vote-delay reports one act in words that share none ("approved the fisheries bill",
    "backed new rules for the fishing fleet"): the merge pairs them by what the sentences say,
    and an article added later must be compared with the stored reports of its day too."""
    documents = load_documents([ROOT / "tests" / "data" / "multisource" / "vote-delay"])
    whole = build(tmp_path / "whole.sqlite", documents)
    with open_store(tmp_path / "inc.sqlite") as store:
        ingest(store, documents[:1])
        for document in documents[1:]:
            assert "region" in ingest(store, [document]).timings
        assert snapshot(store) == whole


def test_an_add_scores_every_event_as_the_whole_story_does(tmp_path, always_incremental):
    """An add scores again only the days it changes, from each event's stored evidence: every
    event's importance and evidence are those a scoring of the whole story gives."""
    documents = corpus()
    with open_store(tmp_path / "scores.sqlite") as store:
        ingest(store, documents[:6])
        for start in range(6, len(documents), 2):
            assert "region" in ingest(store, documents[start : start + 2]).timings
            events, stored = store.events(), store.documents()
            evidence = evidence_scores(events, stored)
            whole = score_events(events, stored, refresh=set(), evidence=evidence)
            assert [(e.id, e.importance) for e in events] == [(e.id, e.importance) for e in whole]
            kept = store.evidence()
            assert [kept[e.id][:2] for e in events] == evidence
            assert store.news_days() == news_days(events, stored)


def test_full_rebuild_after_incremental_changes_nothing(tmp_path, reference):
    documents = corpus()
    with open_store(tmp_path / "again.sqlite") as store:
        ingest(store, documents[:10])
        ingest(store, documents[10:])
        ingest(store, [], incremental=False)
        assert snapshot(store) == reference
        from dashboard.timeline import rebuild

        rebuild(store)
        assert snapshot(store) == reference


def word_index(store) -> tuple[list[tuple], dict[str, int]]:
    blocks = sorted(
        (word, quarter, count, tuple(sorted(keys.split())))
        for word, quarter, count, keys in store._query("SELECT * FROM word_blocks")
    )
    return blocks, dict(store._query("SELECT word, mentions FROM word_counts"))


def test_the_word_index_grown_by_adds_is_the_one_a_full_merge_writes(
    tmp_path, monkeypatch, always_incremental
):
    monkeypatch.setattr(incremental, "MAX_BLOCK_DF", 3)  # some blocks grow too common to pair on
    documents = corpus()
    with open_store(tmp_path / "index.sqlite") as store:
        ingest(store, documents[:8])
        for start in range(8, len(documents), 2):
            assert "region" in ingest(store, documents[start : start + 2]).timings
        grown = word_index(store)
        timeline.rebuild(store)
        assert word_index(store) == grown
    blocks, counts = grown
    assert counts[""] == sum(len(e[7]) for e in snapshot_of(tmp_path / "index.sqlite"))
    assert any(keys == () and count > 3 for _, _, count, keys in blocks)  # counted, keys dropped
    assert any(0 < len(keys) == count <= 3 for _, _, count, keys in blocks)


def test_the_story_topic_kept_by_adds_is_the_one_a_full_merge_works_out(
    tmp_path, always_incremental
):
    """The store counts the words of the articles' openings as articles are added: the topic
    an add scores with (here it changes with the tenth article, the first big enough to have
    one, and again with the seeds) is the one the whole story gives."""
    documents = corpus()
    topics = []
    with open_store(tmp_path / "topic.sqlite") as store:
        ingest(store, documents[:8])
        for start in range(8, len(documents)):
            assert "region" in ingest(store, documents[start : start + 1]).timings
            topics.append(store.scored_topic())
            assert topics[-1] == story_topic(*opening_counts(store.documents()))
        grown = store.opening_counts(0.0)
        stored = store.documents()
        kept = store.openings(d.id for d in stored)  # each article's, worked out once
        assert kept == {d.id: opening_words(d.text) for d in stored}
        timeline.rebuild(store)
        assert store.opening_counts(0.0) == grown
        timeline.remove_document(store, stored[0].id)
        assert stored[0].id not in store.openings(d.id for d in stored)
    assert topics[0] == frozenset() and "embassy" in topics[1] and topics[-1] != topics[1]


def snapshot_of(path: Path) -> list[tuple]:
    with open_store(path) as store:
        return snapshot(store)


def test_a_store_from_before_the_word_index_merges_everything_once(
    tmp_path, reference, always_incremental
):
    # A store at schema 6 (no word index, no stored evidence, not saying which code merged its
    # events) is upgraded and merged again once, on opening (writing the index and the
    # evidence): the adds are incremental from the first.
    documents = corpus()
    path = tmp_path / "old.sqlite"
    with open_store(path) as store:
        ingest(store, documents[:9])
    indexes = (
        "events_start",
        "mentions_document",
        "documents_published",
        "documents_story",
        "mentions_day",
        "candidates_made_by",
    )
    downgrade_store(
        path,
        6,
        "DROP TABLE word_blocks",
        "DROP TABLE word_counts",
        *(f"DROP INDEX {index}" for index in indexes),
        "ALTER TABLE events DROP COLUMN evidence",
        "ALTER TABLE events DROP COLUMN day_evidence",
        "ALTER TABLE documents DROP COLUMN news_day",
        "ALTER TABLE candidates DROP COLUMN leads",
        "DROP TABLE facts",
        "DROP TABLE opening_words",
        "DROP TABLE openings",
    )
    with open_store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.events_made_by() == merger_version()
        assert "region" in ingest(store, documents[9:10]).timings
        assert "region" in ingest(store, documents[10:11]).timings
        ingest(store, documents[11:])
        assert snapshot(store) == reference


def test_events_of_other_merge_code_are_merged_again_without_extracting_again(tmp_path):
    # An upgrade that changes only the merge or the scoring keeps every cached extraction (at
    # 10x, minutes of work); the events are merged again from them when the store is opened.
    documents = corpus()
    path = tmp_path / "s.sqlite"
    with open_store(path) as store:
        ingest(store, documents)
        made = snapshot(store)
        store.set_events_made_by("older merge code")
        store.replace_events([], [])
        assert store.count_events() == 0
    tagged: list[str] = []

    def counting_tagger(text, anchor):
        tagged.append(text)
        return tag(text, anchor)

    with open_store(path, tagger=counting_tagger) as store:
        assert tagged == []  # nothing extracted again
        assert store.events_made_by() == merger_version()
        assert snapshot(store) == made


def test_real_dask_scheduler_and_worker_give_the_same_events(tmp_path, reference):
    """``dask scheduler`` and ``dask worker`` as separate processes on 127.0.0.1, started and
    stopped here; the ingest command sends the work there with ``--scheduler``."""
    from bench.archive import external_cluster, stop  # the bench starts its cluster the same way

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    address, started = external_cluster(1)
    try:
        db = tmp_path / "cluster.sqlite"
        folder = tmp_path / "articles"
        folder.mkdir()
        write_jsonl(folder / "all.jsonl", corpus())
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "dashboard",
                "ingest",
                str(folder / "all.jsonl"),
                "--db",
                str(db),
                "--scheduler",
                address,
            ],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=300,
        )
        assert done.returncode == 0, done.stderr
        with open_store(db) as store:
            assert snapshot(store) == reference
    finally:
        stop(started)


def write_jsonl(path: Path, documents) -> None:
    with path.open("w", encoding="utf-8") as f:
        for d in documents:
            row = {"text": d.text, "source": d.source, "title": d.title, "url": d.url}
            row["published"] = d.published.isoformat() if d.published else None
            f.write(json.dumps(row) + "\n")


def test_jsonl_and_csv_read_every_good_row_and_name_the_bad_ones(tmp_path):
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text(
        json.dumps({"text": "Talks on Thursday.", "source": "Wire", "published": "2025-05-07"})
        + "\n{broken\n"
        + json.dumps({"source": "No text"})
        + "\n"
        + json.dumps({"text": "A parade on May 9, 2025.", "published": "someday"})
        + "\n[1, 2]\n\n",
        encoding="utf-8",
    )
    table = tmp_path / "b.csv"
    with table.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "Text", "source", "date"])
        writer.writerow(["1", "Xi arrived on Friday.", "Agency", "2025-05-09"])
        writer.writerow(["2", "", "Agency", "2025-05-09"])
        writer.writerow(["3", "too", "few"])
        writer.writerow(["4", "Talks on Thursday.", "Other", "2025-05-07"])  # same text as above
    problems: list = []
    docs = list(stream_documents([jsonl, table], problems))
    assert [(d.source, str(d.published)) for d in docs] == [
        ("Wire", "2025-05-07"),
        ("a", "None"),  # no source: the file's name; a bad date: inferred from the text (none)
        ("Agency", "2025-05-09"),
    ]
    messages = "\n".join(p.message for p in problems)
    assert f"{jsonl}, line 2: not JSON" in messages
    assert f"{jsonl}, line 3: no text" in messages
    assert f"{jsonl}, line 4: published 'someday' is not a date" in messages
    assert f"{jsonl}, line 5: not a JSON object" in messages
    assert f"{table}, line 3: no text" in messages
    assert f"{table}, line 4: 3 cells where the header has 4" in messages
    assert "'id'" in messages  # the unknown column is named once
    assert "same article" in messages


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_a_csv_saved_with_semicolons_or_tabs_is_read_by_its_header(tmp_path, delimiter):
    # spreadsheets in many locales save CSV with semicolons: the header said "no 'text' column"
    table = tmp_path / "export.csv"
    with table.open("w", newline="", encoding="utf-8-sig") as f:  # with the BOM Excel writes
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(["Text", "Source", "Published"])
        writer.writerow(["Talks resumed on Friday, the ministry said.", "Wire", "2025-05-10"])
    problems: list = []
    docs = list(stream_documents([table], problems))
    assert [(d.source, str(d.published)) for d in docs] == [("Wire", "2025-05-10")]
    assert docs[0].text.startswith("Talks resumed on Friday, the ministry said.")
    assert problems == []


def test_ingest_command_reads_jsonl_and_csv_and_exits_1_for_bad_rows(tmp_path):
    jsonl = tmp_path / "a.jsonl"
    write_jsonl(jsonl, load_documents([ROOT / "seeds"]))
    with jsonl.open("a", encoding="utf-8") as f:
        f.write("{broken\n")
    db = tmp_path / "s.sqlite"
    done = subprocess.run(
        [sys.executable, "-m", "dashboard", "ingest", str(jsonl), "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert f"{jsonl}, line 3: not JSON" in done.stderr
    assert "2 articles added" in done.stdout
    with open_store(db) as store:
        assert snapshot(store) == build(tmp_path / "seeds.sqlite", load_documents([ROOT / "seeds"]))


def test_a_command_says_when_an_upgrade_merges_the_store_again(tmp_path):
    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        ingest(store, load_documents([ROOT / "seeds"]))
        store.set_events_made_by("older merge code")
    done = subprocess.run(
        [sys.executable, "-m", "dashboard", "extract", "--db", str(db), "--top", "3"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"{db}: made by another version of this program; its 2 articles are merged again" in (
        done.stderr
    )
    with open_store(db) as store:
        assert store.events_made_by() == merger_version()


def _made_by_older_extraction_code(db: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE candidates SET version = 'older extraction code'")
    conn.close()


def test_an_upgrade_is_extracted_on_the_workers_of_ingest(tmp_path):
    # An archive made by an older version was extracted again in the command's own process
    # before anything else (18,840 articles: 3.5 minutes on one core); ingest now upgrades it
    # on its workers, alone when no article is new, in one pass with the new ones otherwise.
    db = tmp_path / "s.sqlite"
    expected = build(db, load_documents([ROOT / "seeds"]))
    _made_by_older_extraction_code(db)
    command = [sys.executable, "-m", "dashboard", "ingest", str(ROOT / "seeds"), "--db", str(db)]
    done = subprocess.run(
        [*command, "--workers", "2"], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "its 2 articles are extracted and merged again (once)" in done.stderr
    assert "0 articles added, 2 already stored" in done.stdout
    with open_store(db) as store:
        assert timeline.articles_to_upgrade(store) is None
        assert snapshot(store) == expected
    _made_by_older_extraction_code(db)
    extra = tmp_path / "extra.jsonl"
    extra.write_text(
        json.dumps(
            {
                "text": "Talks on Thursday, officials said. The parade is on May 9.",
                "source": "Wire",
                "published": "2025-05-06",
            }
        )
        + "\n"
    )
    done = subprocess.run(
        [*command[:-3], str(extra), "--db", str(db), "--workers", "2"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "2 stored articles are extracted and merged again with the new ones" in done.stderr
    assert "1 articles added" in done.stdout
    with open_store(db, upgrade=False) as store:
        assert timeline.articles_to_upgrade(store) is None


def test_an_upgrade_runs_on_the_cluster_it_is_given(tmp_path):
    db = tmp_path / "s.sqlite"
    expected = build(db, load_documents([ROOT / "seeds"]))
    _made_by_older_extraction_code(db)
    with open_store(db, upgrade=False) as store:
        assert timeline.articles_to_upgrade(store) == 2
        with dask_extractor(workers=2, processes=False, release=True) as extractor:
            assert timeline.upgrade_store(store, extractor=extractor)
            assert extractor.released  # the pipeline ran on it and stopped it when done
        assert timeline.articles_to_upgrade(store) is None
        assert snapshot(store) == expected
        assert not timeline.upgrade_store(store)  # once


def test_an_article_left_out_of_the_story_does_not_upgrade_it_at_every_open(tmp_path):
    # Its cached extraction is extracted again if it is restored; counting it as stale made
    # every command merge the whole store again, every time it opened it.
    import sqlite3

    from dashboard.curation import decide
    from dashboard.model import Action

    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        ingest(store, load_documents([ROOT / "seeds"]))
        removed = store.documents()[0].id
        decide(store, removed, Action.REMOVE)
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("UPDATE candidates SET version = 'older' WHERE document_id = ?", (removed,))
    conn.close()
    for _ in range(2):
        said: list[str] = []
        with open_store(db, status=said.append) as store:
            assert said == []
            assert timeline.articles_to_upgrade(store) is None


def test_a_released_local_cluster_stops_after_the_merge(tmp_path):
    with dask_extractor(workers=2, processes=False, release=True) as extractor:
        cluster = extractor.cluster
        with open_store(tmp_path / "r.sqlite") as store:
            report = ingest(store, load_documents([ROOT / "seeds"]), extractor=extractor)
        assert report.event_count == len(build_events(load_documents([ROOT / "seeds"])))
        assert report.timings["merge_workers"] == 2  # a new store's merge ran on the workers
        assert extractor.cluster is None
        extractor.closed()  # it stops while the events are written; the command waits at its end
        assert cluster.status.name == "closed"


def _story_candidates():
    from dashboard.events.extract import extract_candidates

    return [c for position, d in enumerate(corpus()) for c in extract_candidates(d, position)]


def test_pair_scoring_in_parts_finds_the_pairs_of_one_process():
    """Each part scores the pairs met from its own mentions; the parts together are the whole."""
    seen: list = []

    def in_parts(work: PairWork):
        found = [work.part(part, 3) for part in range(3)]
        seen.append([len(pairs) for pairs in found])
        return lambda: [pair for pairs in found for pair in pairs]

    candidates = _story_candidates()
    whole, counts = merge_and_count(candidates)
    parted, parted_counts = merge_and_count(candidates, pairs_by=in_parts)
    assert parted == whole and parted_counts == counts
    assert sum(1 for n in seen[0] if n) >= 2  # the work really was split
    assert len(whole) < len(candidates)  # and some mentions were merged


def test_headlines_by_day_jobs_are_those_of_the_whole_story():
    documents = corpus()
    events, _ = merge_and_count(_story_candidates())
    whole = headlines_and_summaries(events, documents)
    jobs = words_jobs(events, documents, parts=4)
    assert len(jobs) == 4
    assert sorted(e.id for job in jobs for e in job.events) == sorted(e.id for e in events)
    parted = {event_id: said for job in jobs for event_id, said in job.run().items()}
    assert parted == whole
    some = {e.id for e in events[::3]}  # an add refreshes only some events
    only = words_jobs(events, documents, some, parts=4)
    assert {i for job in only for i in job.run()} == some


_SIMILARITY_OF_MANY_WORDS = """
import datetime as dt
from dashboard.events.extract import Candidate
from dashboard.events.merge import similarity, word_weights
from dashboard.model import Certainty, Mention
day = dt.date(2010, 4, 20)
words = [f"word{k}" for k in range(40)]
weights = word_weights({w: 1 + 7 * k % 23 for k, w in enumerate(words)}, 500)
def cand(key, chosen):
    m = Mention(key, "Wire", "April 20", "x", "2010-04-20", day, day, Certainty.EXACT)
    return Candidate(key, m, "x", frozenset(chosen), frozenset(), frozenset(), (1, 0))
print(repr(similarity(cand("a", words[:30]), cand("b", words[10:]), weights)))
"""


def test_a_pair_scores_the_same_in_every_process_whatever_its_hash_seed():
    # A Dask worker is another process with another hash seed, so it walks a set of words in
    # another order; a float sum in another order may differ in its last bit, and a pair at a
    # threshold then goes the other way on a worker (seen: 10,234 events merged in one process,
    # 10,235 with the pairs scored on two workers). The sums are exact (math.fsum).
    scores = {
        subprocess.run(
            [sys.executable, "-c", _SIMILARITY_OF_MANY_WORDS],
            env={**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        for seed in (1, 2, 3, 4)
    }
    assert len(scores) == 1, scores


def test_the_pair_scoring_gives_what_the_merges_named_checks_give():
    # The pair loop looks up each mention's days, article, names and vector once, not once a
    # pair; what it decides must stay what the merge's named checks decide (_close_in_time,
    # _may_be_same, _alike, share_names), written out here pair by pair as the loop once was.
    from dashboard.events import merge

    work = merge._pair_work(
        merge._without_furniture(sorted(_story_candidates(), key=lambda c: c.order)), None
    )
    cands, phrases, weighted = work.cands, work.phrases, work.weighted()
    heads, context = merge._Heads(cands), work.context()
    expected = []
    for i, j in merge._block_pairs(merge._block_index(cands), len(cands)):
        a, b = cands[i], cands[j]
        if not merge._close_in_time(a, b) or not merge._may_be_same(a, b, heads, i, j, context):
            continue
        score = merge._similarity(weighted[i], weighted[j], a, b)
        alike = merge._alike(phrases, cands, i, j)
        if alike is not None:
            score = max(score, 0.5 * score + 0.5 * alike)
        other = a.mention.document_id != b.mention.document_id
        if not merge._same_what(heads[i], heads[j], alike) and not merge._refers_back(a, b):
            continue
        if score < merge.DISAGREEMENT and other and not context.share_names(a, b):
            continue
        if other and (not context.evidence(a, b) or context.one_dates_only_a_saying(a, b)):
            continue
        if score < merge.SAME_HAPPENING and (
            merge._refers_back(a, b) or merge._same_day_same_noun(a, b, heads[i], heads[j], context)
        ):
            score = merge.SAME_HAPPENING
        if score >= merge.SAME_HAPPENING:
            expected.append((score, i, j))
    expected.sort(key=lambda p: (-p[0], p[1], p[2]))
    assert merge.VECTOR_SHARE == 0.5
    assert len(expected) > 20 and work.part() == expected
