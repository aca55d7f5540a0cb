"""How much faster two workers can be at best: the ingest's steps, timed in one process, split
into what a two-worker run shares out and what stays in the command's process.

``python -m bench.archive_bound``. Ingests the three stories of ``../shared/data/stories/``
(1,884 articles; says so and stops when they are absent) in this process into a new store, with
each step of the pipeline timed, and sorts the steps as a run with two local workers
(``ingest --workers 2``, :meth:`dashboard.parallel.DaskExtractor.shares_merge`) does them:

- **shared**: what the workers do: the extraction of every article, the scoring of the pairs
  the word index proposes, the headlines and summaries;
- **beside**: what the command's process does while the workers score pairs and write
  headlines: the sentence vectors, the same-day, anniversary and story pairs, the evidence,
  the filing of the store's word index (its rows are written with the events: alone);
- **alone**: everything else: reading the input, the candidates, the furniture, the word
  weights and label vectors, the join of the pairs into events, the counts, the writes.

With perfect use of two cores and nothing spent on sending work to the workers, two workers
take ``alone + (shared + beside) / 2``; the one-process time over that is the best speed-up
two workers can give (the issue asks for 1.7x). The bench's runs of one and of two workers
(:mod:`bench.archive`) both start a local cluster first: its start, timed here, is added to
both for the bound they can show. The steps are timed by wrapping the pipeline's
functions for this run only; what they compute is unchanged.
"""

from __future__ import annotations

import functools
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from bench.archive import STORIES, stories_path

# (module, function, kind): the steps a two-worker run shares out or does beside them
STEPS = (
    ("dashboard.timeline", "_extract_missing", "shared"),
    ("dashboard.events.importance", "headlines_and_summaries", "shared"),
    ("dashboard.events.merge", "_sentence_vectors", "beside"),
    ("dashboard.events.merge", "_same_day_pairs", "beside"),
    ("dashboard.events.merge", "_anniversary_pairs", "beside"),
    ("dashboard.events.merge", "_story_pairs", "beside"),
    ("dashboard.events.importance", "evidence_scores", "beside"),
    ("dashboard.events.incremental", "word_index", "beside"),
)


def _timed(function, kind: str, spent: dict[str, float]):
    @functools.wraps(function)
    def timed(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[kind] += time.perf_counter() - started

    return timed


def _pair_scoring(function, spent: dict[str, float]):
    """The merge's pair scoring: the pairs the word index proposes (no ``proposed`` given) are
    shared out; the few other pairs are scored beside them."""

    @functools.wraps(function)
    def timed(cands, weighted, heads, context, phrases, proposed=None, **kwargs):
        started = time.perf_counter()
        try:
            return function(cands, weighted, heads, context, phrases, proposed, **kwargs)
        finally:
            spent["shared" if proposed is None else "beside"] += time.perf_counter() - started

    return timed


def measure(paths: list[Path]) -> tuple[dict[str, float], float, int]:
    """Seconds by kind, the whole time and the articles of one in-process ingest of ``paths``."""
    import importlib

    from dashboard.ingest.archive import stream_documents
    from dashboard.parallel import InProcess
    from dashboard.timeline import ingest, open_store

    spent: dict[str, float] = defaultdict(float)
    for module_name, name, kind in STEPS:
        module = importlib.import_module(module_name)
        setattr(module, name, _timed(getattr(module, name), kind, spent))
    merge = importlib.import_module("dashboard.events.merge")
    merge._scored_pairs = _pair_scoring(merge._scored_pairs, spent)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        documents = list(stream_documents(paths, []))
        with open_store(Path(tmp) / "bound.sqlite") as store:
            ingest(store, documents, extractor=InProcess())
        whole = time.perf_counter() - started
    return dict(spent), whole, len(documents)


def cluster_start() -> float:
    """Seconds to start a local cluster of two workers, each ready to tag."""
    from dashboard.parallel import dask_extractor

    started = time.perf_counter()
    with dask_extractor(workers=2):
        ready = time.perf_counter()
    return ready - started


def main() -> None:
    stories = stories_path()
    if stories is None:
        print("../shared/data/stories not found (bpoil, MJ, haiti); nothing to measure.")
        return
    spent, whole, articles = measure([stories / s / "articles" for s in STORIES])
    shared, beside = spent.get("shared", 0.0), spent.get("beside", 0.0)
    alone = whole - shared - beside
    best = alone + (shared + beside) / 2
    print(
        f"{articles} articles in one process: {whole:.1f} s; {os.cpu_count()} cores, load "
        f"{os.getloadavg()[0]:.1f}"
    )
    print(f"  shared out to the workers        {shared:6.1f} s")
    print(f"  beside them, in the command      {beside:6.1f} s")
    print(f"  alone, in the command            {alone:6.1f} s")
    print(
        f"  two workers at best (two cores, nothing spent sending work): {best:.1f} s, "
        f"{whole / best:.2f}x of one process, {articles / best:.0f} articles/s"
    )
    start = cluster_start()
    print(
        f"  with a local cluster's start in both ({start:.1f} s), as bench.archive runs them: "
        f"{(whole + start) / (best + start):.2f}x, {articles / (best + start):.0f} articles/s"
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
