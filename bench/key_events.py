"""Key events of real stories: the importance ranking scored against journalists' timelines.

``python -m bench.key_events [--ablation] [--speed]``. Reads ``../shared/data/stories/`` (says so
and stops when it is absent; see its README for the protocol). For each gold timeline
(``<story>/gold/<outlet>-<name>.json``): that outlet's articles published within the gold's span,
K = the number of gold dates, the events ranked by importance, one per day (a timeline of key
dates) within the gold's first..last day (as news-tls restricts them), each date's text the
event's ``summary``; scored by ``../shared/tools/score_timeline.py``
(date F1, agreement ROUGE-1/2). Also the whole-story setting: every bpoil outlet at once, all
dates, scored against each outlet's gold. The same timeline with each event's ``label`` as the
day's text says how well the headlines alone agree with the journalists' ("label as text").
Rows for comparison: "mentions" (events by number of
mentions, the label as text: the ranking before issue 11) and "busiest days" (the K days with
most articles, the first 30 words of one of them).

``--ablation`` re-runs the seven timelines with each weight of
:data:`dashboard.events.importance.WEIGHTS` and ``DAY_WEIGHTS`` set to zero (the measured effect
of each kind of evidence). ``--speed`` times bpoil end to end (read, extract, merge, score) at 1x, 2x and 4x
(copies of the articles with their text changed so that none is a duplicate), with peak memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CANDIDATES = (
    ROOT.parent / "shared" / "data" / "stories",
    ROOT / ".." / "shared" / "data" / "stories",
)
SCORER_PATHS = (ROOT.parent / "shared" / "tools" / "score_timeline.py",)


def stories_path() -> Path | None:
    for path in CANDIDATES:
        if path.is_dir():
            return path.resolve()
    return None


def load_scorer():
    for path in SCORER_PATHS:
        if path.is_file():
            spec = importlib.util.spec_from_file_location("score_timeline", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module
    return None


def outlet_key(name: str) -> str:
    """ "The Washington Post" and "washingtonpost" name the same outlet."""
    return re.sub(r"[^a-z]", "", name.lower().removeprefix("the "))


class Story:
    """One story's documents and each document's candidates, extracted once."""

    def __init__(self, folder: Path):
        from dashboard.events import extract_candidates
        from dashboard.ingest.archive import read_documents

        self.documents = read_documents([folder / "articles"]).documents
        self.candidates = {d.id: extract_candidates(d, i) for i, d in enumerate(self.documents)}
        self.golds = {
            p.stem: json.loads(p.read_text()) for p in sorted((folder / "gold").glob("*.json"))
        }

    def events(self, documents, weights=None, day_weights=None):
        from dashboard.events import merge_candidates
        from dashboard.events.importance import DAY_WEIGHTS, WEIGHTS, score_events

        cands = [c for d in documents for c in self.candidates[d.id]]
        return score_events(
            merge_candidates(cands),
            documents,
            weights=weights or WEIGHTS,
            day_weights=day_weights or DAY_WEIGHTS,
        )


def within(documents, outlet: str | None, first: dt.date, last: dt.date):
    return [
        d
        for d in documents
        if (outlet is None or outlet_key(d.source) == outlet)
        and d.published is not None
        and first <= d.published <= last
    ]


def window(documents, span=None) -> tuple[dt.date, dt.date]:
    """The dates a timeline may hold: the gold's span when given (news-tls restricts its dates to
    the reference timeline's first..last day), else the articles' publication span."""
    if span is not None:
        return span
    days = [d.published for d in documents if d.published]
    return min(days), max(days)


def predict(events, documents, span=None):
    """The ranked timeline: one entry per day, most important first, the summary as text."""
    from dashboard.events.importance import top_events

    first, last = window(documents, span)
    chosen = top_events(
        [e for e in events if e.start == e.end], start=first, end=last, one_per_day=True
    )
    return [{"date": e.start.isoformat(), "text": e.summary} for e in chosen]


def predict_labels(events, documents, span=None):
    """The same timeline with each event's ``label`` as the day's text: how well the headline
    alone says what the journalists wrote that day (the issue's "label" figure)."""
    from dashboard.events.importance import top_events

    first, last = window(documents, span)
    chosen = top_events(
        [e for e in events if e.start == e.end], start=first, end=last, one_per_day=True
    )
    return [{"date": e.start.isoformat(), "text": e.label} for e in chosen]


def predict_by_mentions(events, documents, span=None):
    first, last = window(documents, span)
    ranked = sorted(
        (e for e in events if e.start == e.end and first <= e.start <= last),
        key=lambda e: (-len(e.mentions), e.start),
    )
    seen, out = set(), []
    for e in ranked:
        if e.start not in seen:
            seen.add(e.start)
            out.append({"date": e.start.isoformat(), "text": e.label})
    return out


def predict_busiest_days(events, documents, span=None):
    by_day = defaultdict(list)
    for d in documents:
        by_day[d.published].append(d)
    ranked = sorted(by_day, key=lambda day: (-len(by_day[day]), day))
    return [
        {"date": day.isoformat(), "text": " ".join(by_day[day][0].text.split()[:30])}
        for day in ranked
    ]


SYSTEMS = {
    "importance": predict,
    "importance, label as text": predict_labels,
    "mentions": predict_by_mentions,
    "busiest days": predict_busiest_days,
}


def evaluate(stories, scorer, weights=None, systems=SYSTEMS, day_weights=None):
    """{system: [(timeline, scores)]} over the seven outlet timelines."""
    out = defaultdict(list)
    for name, story in stories.items():
        for gold_name, gold in story.golds.items():
            days = sorted(dt.date.fromisoformat(g["date"]) for g in gold)
            docs = within(story.documents, outlet_key(gold_name.split("-")[0]), days[0], days[-1])
            events = story.events(docs, weights, day_weights)
            for system, fn in systems.items():
                scores = scorer.score(gold, fn(events, docs, (days[0], days[-1])))
                out[system].append((f"{name}/{gold_name}", scores))
    return out


def table(rows) -> str:
    lines = ["| timeline | date F1 | AR-1 | AR-2 |", "|---|---|---|---|"]
    for name, s in rows:
        lines.append(f"| {name} | {s['date_f1']:.3f} | {s['ar1_f1']:.3f} | {s['ar2_f1']:.3f} |")
    mean = {k: sum(s[k] for _, s in rows) / len(rows) for k in ("date_f1", "ar1_f1", "ar2_f1")}
    lines.append(
        f"| **mean** | **{mean['date_f1']:.3f}** | **{mean['ar1_f1']:.3f}** | "
        f"**{mean['ar2_f1']:.3f}** |"
    )
    return "\n".join(lines)


def means(rows) -> dict[str, float]:
    return {k: sum(s[k] for _, s in rows) / len(rows) for k in ("date_f1", "ar1_f1", "ar2_f1")}


def whole_story(story, scorer):
    """Every outlet at once, all dates; scored against each outlet's gold."""
    events = story.events(story.documents)
    rows = []
    for gold_name, gold in story.golds.items():
        rows.append((gold_name, scorer.score(gold, predict(events, story.documents))))
    return rows


def speed(folder: Path) -> None:
    import resource
    import shutil
    import tempfile

    from dashboard.events import build_events
    from dashboard.ingest.archive import read_documents

    for factor in (1, 2, 4):
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            if factor == 1:
                shutil.copytree(folder / "articles", tmp / "a")
                paths = [tmp / "a"]
            else:
                paths = []
                for copy in range(factor):
                    target = tmp / f"c{copy}"
                    shutil.copytree(folder / "articles", target)
                    if copy:  # a different text, so not a duplicate: every article read anew
                        for f in target.glob("*.txt"):
                            f.write_text(f.read_text() + f" (copy {copy})")
                    paths.append(target)
            started = time.perf_counter()
            docs = read_documents(paths).documents
            events = build_events(docs)
            took = time.perf_counter() - started
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(
                f"{factor}x: {len(docs)} articles, {len(events)} events, {took:.1f} s, "
                f"{1000 * took / len(docs):.1f} ms per article, peak memory {peak:.0f} MB"
            )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ablation", action="store_true")
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--stories", default="MJ,bpoil,haiti")
    args = parser.parse_args(argv if argv is not None else [])
    folder = stories_path()
    scorer = load_scorer()
    if folder is None or scorer is None:
        print(
            "../shared/data/stories or ../shared/tools/score_timeline.py not found; nothing to measure."
        )
        return
    if args.speed:
        speed(folder / "bpoil")
        return
    started = time.perf_counter()
    stories = {name: Story(folder / name) for name in args.stories.split(",")}
    print(f"read and extracted in {time.perf_counter() - started:.1f} s")
    results = evaluate(stories, scorer)
    for system, rows in results.items():
        print(f"\n{system}, one outlet, articles within the gold span, K = gold dates:")
        print(table(rows))
    if "bpoil" in stories:
        print("\nwhole story: all five bpoil outlets, all dates, against each outlet's gold:")
        print(table(whole_story(stories["bpoil"], scorer)))
    if args.ablation:
        from dashboard.events.importance import DAY_WEIGHTS, WEIGHTS

        print("\nablation: each weight set to zero (mean over the seven timelines)")
        print("| without | date F1 | AR-1 | AR-2 |\n|---|---|---|---|")
        for name in ["(none)", *WEIGHTS, *DAY_WEIGHTS]:
            weights = {k: (0.0 if k == name else v) for k, v in WEIGHTS.items()}
            days = {k: (0.0 if k == name else v) for k, v in DAY_WEIGHTS.items()}
            only = {"importance": predict}
            m = means(evaluate(stories, scorer, weights, only, days)["importance"])
            print(f"| {name} | {m['date_f1']:.3f} | {m['ar1_f1']:.3f} | {m['ar2_f1']:.3f} |")


if __name__ == "__main__":
    main(sys.argv[1:])
