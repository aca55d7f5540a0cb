"""Per-document work on every core, or on a Dask cluster: extraction in batches of documents.

The per-document work (debris, sentences, tagging, mentions, labels, implied dates) is pure: one
:class:`~dashboard.model.Document` in, its candidate mentions out. :func:`extract_batch` does it
for a batch and returns each document's candidates as the JSON text the store caches, so what
travels back from a worker is small, picklable and exactly what is kept. Merging stays one step in
the pipeline (:mod:`dashboard.timeline`).

An :class:`Extractor` turns an iterable of documents into ``(document id, payload, leads)``
triples (the candidates and the lead sentences as JSON text), in the order of the documents,
whatever ran them:

- :class:`InProcess`: this process, one document after another (any tagger, even a lambda);
- :class:`DaskExtractor`: batches as Dask tasks, at most a few batches in flight per worker (so
  memory stays bounded however many documents come), results taken back in submission order (so
  the store, the positions and the event ids do not depend on which worker finished first).

:func:`dask_extractor` opens one: on a new ``distributed.LocalCluster`` of ``workers`` processes
on this machine (started and stopped here; nothing to start by hand), or on an existing cluster
given by its scheduler's address (``tcp://HOST:PORT``, started with ``dask scheduler`` and ``dask
worker``). The cluster's workers must run the same code: each batch says which extractor version
made it, and a mismatch stops the ingest with a sentence.

>>> from dashboard.ingest.archive import load_documents
>>> pairs = list(InProcess().extract(load_documents(["seeds"])))
>>> len(pairs), pairs[0][1].startswith("["), pairs[0][2].startswith("[")
(2, True, True)
"""

from __future__ import annotations

import contextlib
import json
import os
import pickle
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice

from dashboard.events import Tagger, candidate_to_json, extract_candidates, extractor_version
from dashboard.events.importance import WordsJob
from dashboard.events.leads import lead_sentences
from dashboard.events.merge import PairWork
from dashboard.ingest.debris import read_prose
from dashboard.model import Document

BATCH_SIZE = 25  # documents per task: ~0.5 s of work, so scheduling overhead stays small
IN_FLIGHT_PER_WORKER = 3  # batches queued per worker: workers never wait, memory stays bounded
PAIR_PARTS_PER_WORKER = 1  # each part rebuilds the pair index and the name caches: one a worker
# A story of more articles than this is merged in the pipeline's own process, the workers
# stopped first: each worker scoring pairs holds a copy of every candidate mention (about 8 an
# article), so a shared merge holds the story three times over (measured with 2 workers: 0.9 GB
# at 1,884 articles, 1.3 GB at 3,768, 2.0 GB at 7,536), and on two cores it gains little (1x:
# 19.7 s against 21.1 s in one process).
MAX_SHARED_ARTICLES = 2_500

# Called as done(count) after each finished batch (the pipeline turns it into progress).
Done = Callable[[int], None]
# What the extraction gives for each document: (its id, its candidates' JSON, its leads' JSON).
Extracted = tuple[str, str, str]

__all__ = [
    "BATCH_SIZE",
    "DaskExtractor",
    "ExtractorMismatch",
    "InProcess",
    "batches",
    "dask_extractor",
    "extract_batch",
    "extract_document",
]


class ExtractorMismatch(RuntimeError):
    """A worker runs other extraction code than this process (another version of the project)."""


def extract_document(document: Document, tagger: Tagger | None = None) -> tuple[str, str]:
    """One document's (candidates, leads) as the JSON texts the store caches: its candidate
    mentions (position-free) and its lead sentences
    (:func:`dashboard.events.leads.lead_sentences`, what a summary of its day may take), worked
    out once with the rest of the per-document work, not each time the story is scored. The
    page is judged for debris once for both (that was an eighth of the extraction, done twice)."""
    prose = read_prose(document.text, title=document.title)
    candidates = extract_candidates(document, 0, tagger=tagger, prose=prose)
    return (
        json.dumps([candidate_to_json(c) for c in candidates]),
        json.dumps(lead_sentences(document, prose=prose)),
    )


def extract_batch(documents: Sequence[Document]) -> tuple[str, list[Extracted]]:
    """The Dask task: (the extractor version that ran, [(document id, payload, leads)…]) for a
    batch."""
    return extractor_version(), [(d.id, *extract_document(d)) for d in documents]


def batches(items: Iterable, size: int) -> Iterator[list]:
    """``items`` in lists of ``size`` (the last one shorter), lazily.

    >>> [len(b) for b in batches(range(7), 3)]
    [3, 3, 1]
    """
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class InProcess:
    """Extraction in this process, one document after another."""

    workers = 1

    def __init__(self, tagger: Tagger | None = None) -> None:
        self.tagger = tagger

    def extract(
        self, documents: Iterable[Document], done: Done | None = None
    ) -> Iterator[Extracted]:
        for doc in documents:
            yield doc.id, *extract_document(doc, self.tagger)
            if done is not None:
                done(1)


class DaskExtractor:
    """Extraction as Dask tasks on ``client``'s cluster, a batch of documents per task."""

    def __init__(self, client, *, batch_size: int = BATCH_SIZE, cluster=None) -> None:
        self.client = client
        self.batch_size = batch_size
        self.cluster = cluster  # a local cluster this process started, or None
        self.released = False
        self._closing: threading.Thread | None = None

    def release(self, *, wait: bool = True) -> None:
        """Stop the local cluster's workers once no more work is theirs, so that their memory is
        free for what follows (an existing cluster is left as it is). Without ``wait`` they stop
        on a thread while this process goes on (writing the events): stopping took 0.2-0.8 s,
        all of it waiting; :meth:`closed` waits for it."""
        if self.cluster is None:
            return
        client, cluster = self.client, self.cluster
        self.cluster = None
        self.released = True
        _hush_closing(client)
        if wait:
            _close(client, cluster)
        else:
            self._closing = threading.Thread(target=_close, args=(client, cluster), daemon=False)
            self._closing.start()

    def closed(self) -> None:
        """Wait until a local cluster released without waiting has stopped."""
        if self._closing is not None:
            self._closing.join()
            self._closing = None

    @property
    def workers(self) -> int:
        return max(1, len(self.client.scheduler_info(n_workers=-1).get("workers", {})))

    def shares_merge(self, articles: int) -> bool:
        """Whether the merge of a story of ``articles`` scores its pairs and its headlines on
        the workers (:meth:`score_pairs`, :meth:`write_words`): when a copy of its mentions fits
        each worker (:data:`MAX_SHARED_ARTICLES`), the workers still run and there are two or
        more (one worker would only do what this process does, after a copy of the story)."""
        return not self.released and self.workers > 1 and articles <= MAX_SHARED_ARTICLES

    def score_pairs(self, work: PairWork) -> Callable[[], list[tuple[float, int, int]]]:
        """Start the merge's pair scoring (:class:`dashboard.events.merge.PairWork`) as tasks:
        the work sent once to every worker, then a few parts of it per worker. Gives what waits
        for the parts: together they are the pairs one process finds."""
        parts = PAIR_PARTS_PER_WORKER * self.workers
        shared = self.client.scatter(_packed(work), broadcast=True, hash=False)
        futures = [
            self.client.submit(_pair_part, shared, part, parts, pure=False) for part in range(parts)
        ]
        return lambda: self._gathered(futures, [shared], flat=True)

    def write_words(
        self, jobs: Sequence[WordsJob]
    ) -> Callable[[], list[dict[str, tuple[str, str]]]]:
        """Start the headlines and summaries of whole days (:class:`WordsJob`) as tasks, one a
        job; gives what waits for their results. The jobs are on the workers when this returns
        (scattered, then run where they are): submitted with their data, they were sent by the
        client's thread while this process went on scoring and holding the interpreter lock,
        and the first began a second late."""
        packed = self.client.scatter([_packed(job) for job in jobs], hash=False)
        futures = [self.client.submit(_words_of, job, pure=False) for job in packed]
        return lambda: self._gathered(futures, packed)

    def _gathered(self, futures: list, shared: Sequence = (), *, flat: bool = False) -> list:
        """The futures' results in order (joined when ``flat``), then all of them freed."""
        try:
            results = [future.result() for future in futures]
        finally:
            self.client.cancel([*futures, *shared])
        return [item for result in results for item in result] if flat else results

    def extract(
        self, documents: Iterable[Document], done: Done | None = None
    ) -> Iterator[Extracted]:
        version = extractor_version()
        limit = max(2, IN_FLIGHT_PER_WORKER * self.workers)
        pending: deque = deque()
        source = batches(documents, self.batch_size)
        exhausted = False
        while True:
            while not exhausted and len(pending) < limit:
                batch = next(source, None)
                if batch is None:
                    exhausted = True
                    break
                # pure=False: two batches with equal documents are still two tasks to run
                pending.append((len(batch), self.client.submit(extract_batch, batch, pure=False)))
            if not pending:
                return
            count, future = pending.popleft()
            ran, pairs = future.result()
            future.release()
            if ran != version:
                raise ExtractorMismatch(
                    f"a Dask worker runs other extraction code (version {ran}, this process "
                    f"{version}); start the workers from the same version of the project."
                )
            yield from pairs
            if done is not None:
                done(count)


def _packed(work: PairWork | WordsJob) -> bytes:
    """The merge's work for a worker as one pickle. Sent as an object, Dask walks it looking
    for futures to replace and serialises it piece by piece in this process: measured at 1x, the
    pair work (18 MB) took 1.0-1.4 s to scatter against 0.3 s as bytes, and the eight headline
    jobs (2 MB each) 1.1-2.1 s to submit against 0.5 s, while the workers waited."""
    return pickle.dumps(work, protocol=pickle.HIGHEST_PROTOCOL)


def _pair_part(packed: bytes, part: int, parts: int) -> list[tuple[float, int, int]]:
    return pickle.loads(packed).part(part, parts)


def _words_of(packed: bytes) -> dict[str, tuple[str, str]]:
    return pickle.loads(packed).run()


def warm_up() -> str:
    """Compile the tagger's patterns in a worker before its first batch (about 1-2 s once).

    The tagger compiles the rules of each first word ("May", "last", a digit) when a text first
    uses it; one sentence per first word compiles nearly all of them here, while the cluster
    starts, instead of inside the first batches of every worker (measured: 0.8 s a worker)."""
    import datetime as dt

    from dashboard.temporal import rules, tag

    text = " ".join(f"{word} 5, 2010 and '80s." for word in rules.FIRST_WORDS)
    tag(f"Talks on Thursday, May 8, 2025. {text}", dt.date(2025, 5, 7))
    extract_document(
        Document("warm-up", "Wire", "", "Talks were held on Thursday, May 8.", dt.date(2025, 5, 7))
    )
    return extractor_version()


def default_workers() -> int:
    """One worker per core."""
    return max(1, os.cpu_count() or 1)


@contextlib.contextmanager
def dask_extractor(
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    batch_size: int = BATCH_SIZE,
    processes: bool = True,
    release: bool = False,
) -> Iterator[DaskExtractor]:
    """A :class:`DaskExtractor` on a new local cluster of ``workers`` processes (one thread each;
    the work holds the GIL), or on the existing cluster at ``scheduler``. The local cluster is
    closed on exit; an existing cluster is left running. ``processes=False`` runs the local
    workers as threads of this process (the same scheduler; for tests). With ``release`` the
    pipeline stops the local workers as soon as its extraction is over (one ingest per cluster)."""
    import logging

    from distributed import Client, LocalCluster

    # The cluster's own chatter (ports, dashboards, worker start-ups) is not the ingest's news.
    for name in ("distributed", "distributed.scheduler", "distributed.worker", "distributed.nanny"):
        logging.getLogger(name).setLevel(logging.ERROR)
    if scheduler:
        with Client(scheduler, timeout="10s") as client:
            yield DaskExtractor(client, batch_size=batch_size)
        return
    with (
        LocalCluster(
            n_workers=workers or default_workers(),
            threads_per_worker=1,
            processes=processes,
            dashboard_address=None,
            **({"host": "127.0.0.1"} if processes else {}),  # threads talk in process
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(warm_up)  # every worker ready before the clock of the first batch starts
        extractor = DaskExtractor(
            client, batch_size=batch_size, cluster=cluster if release else None
        )
        try:
            yield extractor
        finally:
            extractor.closed()
        if not extractor.released:
            _hush_closing(client)


def _close(client, cluster) -> None:
    client.close()
    cluster.close()


def _hush_closing(client) -> None:
    """Before a local cluster stops: its workers log only what is critical from now on. Their
    heartbeat can race the scheduler's closing, and the failed heartbeat is logged with a whole
    traceback that says nothing about the ingest (seen once in a few runs)."""
    with contextlib.suppress(Exception):  # the workers may be gone already
        client.run(_log_critical_only)


def _log_critical_only() -> None:
    import logging

    for name in ("distributed", "distributed.worker", "distributed.core", "distributed.comm"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
