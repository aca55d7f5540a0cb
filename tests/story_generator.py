"""A big story of our own making, for tests that need many articles: a dam crisis told by four
outlets over five months, with a few happenings every outlet reports and many only one does, and
background history ("in 1962", "the 1990s") that must not decide where the chart opens.

``write_story(folder, articles=240)`` writes ``*.txt`` articles and their ``metadata.csv`` as an
analyst would load them (``python -m dashboard serve FOLDER``). Deterministic: the same seed gives
the same story.

>>> write_story(tmp_path / "story")  # doctest: +SKIP
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from pathlib import Path

SOURCES = ("Valley Courier", "Wire Service", "Evening Standard Post", "Radio North")
STORY_START = dt.date(2031, 3, 2)  # the first article; the story runs about five months
STORY_DAYS = 150

SUBJECTS = (
    "the water board", "the regional governor", "engineers of the dam", "the farmers' union",
    "the environment minister", "residents of Lower Vale", "the river authority", "the courts",
    "the army's engineers", "the insurers", "the mayor of Eastbridge", "the parliament's committee",
)  # fmt: skip
ACTIONS = (
    "opened the spillway gates", "ordered the evacuation of three villages",
    "published the inspection report", "approved emergency funding",
    "began repairs on the north wall", "held crisis talks", "filed a lawsuit over the flooding",
    "announced an inquiry", "closed the valley road", "reopened the bridge",
    "lowered the reservoir level", "met protesters at the town hall", "signed the compensation deal",
    "found a second crack", "lifted the flood warning", "resigned over the crisis",
)  # fmt: skip
BACKGROUND = (
    "The dam was built in 1962 after years of debate.",
    "A smaller flood hit the valley in 1987.",
    "Repairs were postponed throughout the 1990s.",
    "The reservoir was last drained in 2004.",
)


def happenings(rng: random.Random, n: int = 70) -> list[tuple[dt.date, str]]:
    """``n`` dated happenings of the story: (day, sentence without its date)."""
    out = []
    for _ in range(n):
        day = STORY_START + dt.timedelta(days=rng.randrange(-5, STORY_DAYS))
        out.append((day, f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(ACTIONS)}"))
    return sorted(out)


def write_story(folder: Path, *, articles: int = 240, seed: int = 12) -> Path:
    """Write the story's articles and ``metadata.csv`` into ``folder``; returns ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    events = happenings(rng)
    # a few happenings matter: every outlet reports them, again and again
    weights = [8.0 if i % 9 == 0 else 1.0 for i in range(len(events))]
    rows = []
    for k in range(articles):
        source = SOURCES[k % len(SOURCES)]
        published = STORY_START + dt.timedelta(days=rng.randrange(STORY_DAYS))
        near = [
            (w, e)
            for w, e in zip(weights, events, strict=True)
            if e[0] <= published + dt.timedelta(days=2)
        ] or [(1.0, events[0])]
        chosen = rng.choices([e for _, e in near], weights=[w for w, _ in near], k=4)
        lines = [f"Dam crisis: day {k + 1}."]
        for day, what in dict.fromkeys(chosen):
            lines.append(f"{what} on {day.day} {day:%B} {day.year}, officials said.")
        lines.append(rng.choice(BACKGROUND))
        name = f"{source.split()[0].lower()}-{k:03d}.txt"
        (folder / name).write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        rows.append([name, source, f"Dam crisis, report {k + 1}", "", published.isoformat()])
    with (folder / "metadata.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["file", "source", "title", "url", "published"])
        writer.writerows(rows)
    return folder
