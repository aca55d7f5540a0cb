"""Tagger speed on the TimeBank training texts (about 530 KB), against dateparser's search_dates.

``python -m bench.tagger_speed`` runs ``tag`` over every document of
``/work/shared/data/timebank/train.jsonl`` (each with its own anchor), then
``dateparser.search.search_dates(text, languages=["en"], settings={"RELATIVE_BASE": anchor})`` on
the same texts in the same run, and prints MB/s for both and the ratio. Each side keeps the best
of its runs (the machine is shared, and a single run of dateparser, which takes seconds, swung the
ratio by a fifth from one run to the next): ``REPEATS`` runs of our tagger, ``PEER_REPEATS`` of
dateparser. The load average is printed beside the figures.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

GOLD = Path("/work/shared/data/timebank/train.jsonl")
REPEATS = 5
PEER_REPEATS = 3


def main() -> int:
    if not GOLD.exists():
        print(f"tagger_speed: {GOLD} is absent; nothing to measure on this machine.")
        return 0
    from dashboard.temporal import tag

    docs = [
        json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    texts = [(d["text"], dt.date.fromisoformat(d["dct"])) for d in docs]
    size = sum(len(text.encode("utf-8")) for text, _ in texts)
    tag("warm up on Friday, May 9", dt.date(2025, 5, 7))

    ours = []
    found = 0
    for _ in range(REPEATS):
        started = time.perf_counter()
        found = sum(len(tag(text, anchor)) for text, anchor in texts)
        ours.append(time.perf_counter() - started)
    best = min(ours)

    from dateparser.search import search_dates

    search_dates("warm up on Friday", languages=["en"])
    peer_runs = []
    theirs_found = 0
    for _ in range(PEER_REPEATS):
        started = time.perf_counter()
        theirs_found = 0
        for text, anchor in texts:
            base = dt.datetime(anchor.year, anchor.month, anchor.day)
            theirs_found += len(
                search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
            )
        peer_runs.append(time.perf_counter() - started)
    theirs = min(peer_runs)

    megabytes = size / 1e6
    print(f"texts: {len(texts)} documents, {size / 1000:.0f} KB")
    print(
        f"tag:          {best:7.3f} s  {megabytes / best:7.2f} MB/s  ({found} expressions; "
        f"best of {REPEATS}: {', '.join(f'{t:.3f}' for t in ours)})"
    )
    print(
        f"search_dates: {theirs:7.3f} s  {megabytes / theirs:7.2f} MB/s  ({theirs_found} dates; "
        f"best of {PEER_REPEATS}: {', '.join(f'{t:.3f}' for t in peer_runs)})"
    )
    print(f"speed ratio:  tag is {theirs / best:.1f}x faster than search_dates (target >= 25x)")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} (the machine is shared)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
