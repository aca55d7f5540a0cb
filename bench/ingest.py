"""Ingest benchmark: all 256 TimeBank/AQUAINT documents end to end, and merge scaling.

``python -m bench.ingest``. Reads ``../shared/data/timebank/train.jsonl`` (says so and stops when it
is absent), writes each document as a .txt file with a ``metadata.csv`` sidecar (outlet = doc_id
prefix, published = dct) into a temporary folder, then times, on one core:

- load: ``read_documents`` (files, sidecar, normalising, hashing);
- tag: the temporal tagger, called by the event layer;
- events: the rest of the extraction (debris, sentences, labels, implied dates);
- merge: merging the mentions of all documents;
- write: the SQLite transaction (documents, events, mentions, cache);

and prints documents per second. Merge scaling: the real mentions copied 10x and 100x, each copy
moved 60 years per copy (so copies do not merge with each other but every copy is as dense as
the real corpus), merged, timed; linear scaling keeps the time per mention flat.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import json
import re
import tempfile
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "timebank" / "train.jsonl"
ALT_DATA = (
    Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "timebank" / "train.jsonl"
)


def corpus_path() -> Path | None:
    for path in (DATA, ALT_DATA, Path("../shared/data/timebank/train.jsonl")):
        if path.is_file():
            return path
    return None


def write_corpus(rows: list[dict], folder: Path) -> None:
    with (folder / "metadata.csv").open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["file", "source", "title", "url", "published"])
        for row in rows:
            name = f"{row['doc_id']}.txt"
            (folder / name).write_text(row["text"], encoding="utf-8")
            outlet = re.match(r"[A-Za-z]+", row["doc_id"]).group().upper()
            writer.writerow([name, outlet, row["doc_id"], "", row["dct"]])


def main() -> None:
    from dashboard.ingest.archive import read_documents
    from dashboard.temporal import tag
    from dashboard.timeline import ingest, open_store

    path = corpus_path()
    if path is None:
        print(f"TimeBank corpus not found ({DATA}); nothing to measure.")
        return
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    tag_seconds = [0.0]

    def timed_tag(text: str, anchor: dt.date):
        started = time.perf_counter()
        try:
            return tag(text, anchor)
        finally:
            tag_seconds[0] += time.perf_counter() - started

    tag("warm up the tagger's tables on Thursday.", dt.date(2025, 5, 7))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        write_corpus(rows, folder)
        total_bytes = sum(p.stat().st_size for p in folder.glob("*.txt"))

        started = time.perf_counter()
        report = read_documents([folder])
        loaded = time.perf_counter()
        with open_store(Path(tmp) / "bench.sqlite", tagger=timed_tag) as store:
            ingest_started = time.perf_counter()
            result = ingest(store, report.documents, tagger=timed_tag)
            ended = time.perf_counter()
            stages = dict(result.timings)
            events = store.events()
    total = ended - started
    n = len(report.documents)
    mentions = sum(len(e.mentions) for e in events)
    print(f"corpus: {len(rows)} documents ({n} distinct), {total_bytes / 1e6:.2f} MB, from {path}")
    print(f"problems while loading: {len(report.problems)}")
    for problem in report.problems:
        print(f"  {Path(problem.path).name}: {problem.message.split(': ', 1)[-1]}")
    print(f"result: {result.event_count} events from {mentions} mentions")
    print(f"end to end: {total:.2f} s, {n / total:.0f} documents/s (target: the set in < 5 s)")
    tag_s = tag_seconds[0]
    write_s = (ended - ingest_started) - stages["extract"] - stages["merge"]
    rows_out = [
        ("load (files, sidecar, hashes)", loaded - started),
        ("tag (temporal tagger)", tag_s),
        ("events (debris, sentences, labels, implied)", stages["extract"] - tag_s),
        ("merge (all documents)", stages["merge"]),
        ("write (SQLite transaction)", write_s),
    ]
    for name, seconds in rows_out:
        print(f"  {name:<45} {seconds:6.2f} s  {100 * seconds / total:5.1f} %")
    merge_scaling(report.documents)


def merge_scaling(documents) -> None:
    from dashboard.events import extract_candidates, merge_candidates

    base = []
    for position, doc in enumerate(documents):
        base.extend(extract_candidates(doc, position))
    print(f"merge scaling ({len(base)} real mentions; copies moved 60 years apart per copy):")
    reference = None
    for factor in (1, 10, 100):
        cands = [
            _moved(c, copy, len(documents)) for copy in range(factor) for c in base
        ]  # copy 0 is the real corpus
        started = time.perf_counter()
        events = merge_candidates(cands)
        seconds = time.perf_counter() - started
        per = seconds / len(cands) * 1e6
        reference = reference or per
        print(
            f"  {factor:>3}x: {len(cands):>7} mentions -> {len(events):>7} events in "
            f"{seconds:6.2f} s ({per:5.1f} µs per mention, {per / reference:4.2f}x the 1x cost)"
        )


def _moved(c, copy: int, documents: int):
    if copy == 0:
        return c
    years = 60 * copy

    def shift(day: dt.date) -> dt.date:
        return day.replace(year=day.year + years, day=min(day.day, 28))

    mention = dataclasses.replace(
        c.mention,
        start=shift(c.mention.start),
        end=shift(c.mention.end),
        document_id=f"{c.mention.document_id}-{copy}",
    )
    return dataclasses.replace(
        c,
        key=f"{c.key}-{copy}",
        mention=mention,
        order=(c.order[0] + copy * documents, c.order[1]),
    )


if __name__ == "__main__":
    main()
