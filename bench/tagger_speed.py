"""Tagger speed on the TimeBank training texts (about 530 KB), against dateparser's search_dates.

``python -m bench.tagger_speed`` runs ``tag`` over every document of
``/work/shared/data/timebank/train.jsonl`` (each with its own anchor), and
``dateparser.search.search_dates(text, languages=["en"], settings={"RELATIVE_BASE": anchor})`` on
the same texts in the same run, and prints MB/s for both and the ratio.

The machine is shared, so the two are measured in ``ROUNDS`` rounds, side by side: in each round
our tagger runs ``REPEATS`` times (its best kept) and dateparser once, right after, so that both
see about the same load; the ratio of each round is printed, and their median is the figure. Both
wall-clock and CPU time (``time.process_time``, what this process itself used) are given: the CPU
ratio moves far less with the load. (Before, our best of five was set against one run of
dateparser taken later, and one busy moment swung the ratio between 16x and 33x.)
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import sys
import time
from pathlib import Path

GOLD = Path("/work/shared/data/timebank/train.jsonl")
ROUNDS = 3
REPEATS = 3


def _timed(run) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, result) of one call of ``run``."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def main() -> int:
    if not GOLD.exists():
        print(f"tagger_speed: {GOLD} is absent; nothing to measure on this machine.")
        return 0
    from dateparser.search import search_dates

    from dashboard.temporal import tag

    docs = [
        json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    texts = [(d["text"], dt.date.fromisoformat(d["dct"])) for d in docs]
    size = sum(len(text.encode("utf-8")) for text, _ in texts)
    megabytes = size / 1e6

    def ours() -> int:
        return sum(len(tag(text, anchor)) for text, anchor in texts)

    def theirs() -> int:
        found = 0
        for text, anchor in texts:
            base = dt.datetime(anchor.year, anchor.month, anchor.day)
            found += len(
                search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
            )
        return found

    started = time.perf_counter()
    ours()  # the first pass compiles the rules' patterns
    first = time.perf_counter() - started
    search_dates("warm up on Friday", languages=["en"])

    print(f"texts: {len(texts)} documents, {size / 1000:.0f} KB (first pass of tag: {first:.2f} s)")
    print("round  tag wall / cpu        search_dates wall / cpu   ratio wall / cpu")
    rounds = []
    found = theirs_found = 0
    for number in range(1, ROUNDS + 1):
        runs = [_timed(ours) for _ in range(REPEATS)]
        wall, cpu = min(r[0] for r in runs), min(r[1] for r in runs)
        found = runs[0][2]
        their_wall, their_cpu, theirs_found = _timed(theirs)
        rounds.append((wall, cpu, their_wall, their_cpu))
        print(
            f"{number:>5}  {wall:6.3f} / {cpu:6.3f} s   {their_wall:7.3f} / {their_cpu:7.3f} s"
            f"       {their_wall / wall:5.1f}x / {their_cpu / cpu:5.1f}x"
        )
    wall = statistics.median(r[0] for r in rounds)
    cpu = statistics.median(r[1] for r in rounds)
    their_wall = statistics.median(r[2] for r in rounds)
    ratio_wall = statistics.median(r[2] / r[0] for r in rounds)
    ratio_cpu = statistics.median(r[3] / r[1] for r in rounds)
    print(f"tag:          {wall:7.3f} s  {megabytes / wall:7.2f} MB/s  ({found} expressions)")
    print(
        f"search_dates: {their_wall:7.3f} s  {megabytes / their_wall:7.2f} MB/s  "
        f"({theirs_found} dates)"
    )
    print(
        f"speed ratio:  tag is {ratio_wall:.1f}x faster than search_dates (median of {ROUNDS} "
        f"rounds; CPU time {ratio_cpu:.1f}x; target >= 25x)"
    )
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} (the machine is shared)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
