"""Happenings benchmark: does one happening, reported by several outlets, become one event?

``python -m bench.happenings``. Reads the bpoil story (``../shared/data/stories/bpoil/``: 1,460
articles from five outlets and a gold timeline per outlet; says so and stops when it is absent),
builds its events once, and prints:

- events per gold day: for every day of any outlet's gold timeline, the number of events dated
  exactly that day; the median (fewer is better, as long as what merges is one happening: see
  the merge-precision sample);
- shared days: for each day two outlets' gold timelines share, and each such pair of outlets,
  whether one event of that day carries both outlets (more is better);
- merged events: how many events hold mentions of two or more documents; ``--sample N`` prints N of
  them (seeded, numbered) to read and judge by hand;
- disputed events: how many carry "Sources disagree" (a ≠ on the chart); ``--disputes N`` prints
  N of them (seeded) to read: one happening dated otherwise, or two happenings flagged?

Before -> after: ``--save FILE`` writes the sample (each event's mentions by key) to a JSON file;
``--against FILE`` reads a sample saved by an earlier version and says, for each of its events,
whether its mentions are still one event or now split into several, so a reading of the old sample
("#7 wrong") can be checked against what the new version does with the same mentions.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import statistics
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

HERE = Path(__file__).resolve().parent
CANDIDATES = (
    HERE.parents[1] / "shared" / "data" / "stories" / "bpoil",
    HERE.parent / ".." / "shared" / "data" / "stories" / "bpoil",
    Path("../shared/data/stories/bpoil"),
)


def story_path() -> Path | None:
    for path in CANDIDATES:
        if (path / "articles" / "metadata.csv").is_file():
            return path
    return None


def _outlet_key(name: str) -> str:
    """ "The Washington Post" and "washingtonpost-washingtonpost.json" -> "washingtonpost"."""
    words = name.lower().replace("-", " ").split()
    return "".join(w for w in words if w != "the")


def gold_days(story: Path) -> dict[str, set[dt.date]]:
    """Outlet key -> the days of its gold timeline."""
    out = {}
    for path in sorted((story / "gold").glob("*.json")):
        key = _outlet_key(path.stem.split("-")[0])
        out[key] = {dt.date.fromisoformat(row["date"]) for row in json.loads(path.read_text())}
    return out


def measure(events, gold: dict[str, set[dt.date]]) -> dict:
    by_day = defaultdict(list)
    for event in events:
        if event.start == event.end:
            by_day[event.start].append(event)
    days = sorted(set().union(*gold.values()))
    per_day = [len(by_day.get(day, ())) for day in days]
    shared = carried = 0
    for a, b in combinations(sorted(gold), 2):
        for day in gold[a] & gold[b]:
            shared += 1
            carried += any(
                {a, b} <= {_outlet_key(s) for s in e.sources} for e in by_day.get(day, ())
            )
    merged = [e for e in events if len({m.document_id for m in e.mentions}) > 1]
    return {
        "events": len(events),
        "gold_days": len(days),
        "median_events_per_gold_day": statistics.median(per_day) if per_day else 0,
        "shared_day_pairs": shared,
        "shared_day_pairs_one_event": carried,
        "merged_events": len(merged),
        "cross_outlet_events": sum(len(e.sources) > 1 for e in events),
        "disputed_events": len(_disputed(events)),
    }


def _disputed(events) -> list:
    return [e for e in events if e.disagreement and "Sources disagree" in e.disagreement]


def sample(events, n: int, seed: int = 10) -> list:
    merged = [e for e in events if len({m.document_id for m in e.mentions}) > 1]
    return random.Random(seed).sample(merged, min(n, len(merged)))


def _key(m) -> str:
    from dashboard.model import mention_key

    return mention_key(m.document_id, m.sentence, m.timex_start)


def saved_sample(events, n: int) -> list[dict]:
    """The sample as JSON-ready rows: number, span, label, sources and mention keys."""
    return [
        {
            "n": k,
            "span": f"{e.start}..{e.end}",
            "label": e.label,
            "sources": list(e.sources),
            "mentions": [_key(m) for m in e.mentions],
        }
        for k, e in enumerate(sample(events, n), 1)
    ]


def against(events, saved: list[dict]) -> list[str]:
    """For each event of an earlier sample: 'kept' (its mentions are one event here too) or
    'split into K' (and how many mentions each part holds), one line each."""
    holder = {_key(m): e.id for e in events for m in e.mentions}
    lines = []
    for row in saved:
        parts: dict[str, int] = defaultdict(int)
        for key in row["mentions"]:
            parts[holder.get(key, "(gone)")] += 1
        verdict = "kept" if len(parts) == 1 else f"split into {len(parts)} {sorted(parts.values())}"
        lines.append(f"#{row['n']:<3} {verdict:24} {row['span']} {row['label']!r}")
    return lines


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    story = story_path()
    if story is None:
        print("bpoil story not found (../shared/data/stories/bpoil); nothing to measure.")
        return
    from dashboard.events import build_events
    from dashboard.ingest.archive import load_documents

    started = time.perf_counter()
    documents = load_documents([str(story / "articles")])
    events = build_events(documents)
    figures = measure(events, gold_days(story))
    figures["seconds"] = round(time.perf_counter() - started, 1)
    for name, value in figures.items():
        print(f"{name:32} {value}")
    if "--against" in argv:
        saved = json.loads(Path(argv[argv.index("--against") + 1]).read_text())
        print("\nThe earlier sample, event by event:")
        print("\n".join(against(events, saved)))
    if "--save" in argv:
        count = int(argv[argv.index("--sample") + 1]) if "--sample" in argv else 50
        Path(argv[argv.index("--save") + 1]).write_text(
            json.dumps(saved_sample(events, count), indent=1)
        )
    if "--sample" in argv:
        count = int(argv[argv.index("--sample") + 1])
        for n, event in enumerate(sample(events, count), 1):
            print(f"\n#{n} {event.start}..{event.end} {event.label!r} {list(event.sources)}")
            for m in event.mentions[:8]:
                print(f"    {m.source}: {m.text!r} | {m.sentence[:150]}")
            if len(event.mentions) > 8:
                print(f"    … {len(event.mentions) - 8} more")
            if event.disagreement:
                print(f"    !! {event.disagreement}")
    if "--disputes" in argv:
        count = int(argv[argv.index("--disputes") + 1])
        disputed = _disputed(events)
        for n, event in enumerate(random.Random(11).sample(disputed, min(count, len(disputed))), 1):
            print(f"\n#{n} {event.start} {event.label!r}\n    {event.disagreement[:400]}")


if __name__ == "__main__":
    main()
