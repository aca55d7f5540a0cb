"""The analyst's corrections: stored, replayed on fresh events, reverted one by one, followed by
every view and export; from the command line as a user would type them."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys

import pytest

from dashboard.curation import CurationError, apply_decisions, curated_events, decide, undo_last
from dashboard.ingest.archive import load_documents
from dashboard.ingest.documents import document_from_text
from dashboard.model import Action, Certainty, Decision, Event, Mention, mention_key
from dashboard.timeline import ingest, open_store
from tests.conftest import ROOT

D = dt.date


def mention(doc: str, sentence: str, day: dt.date, source: str = "Wire") -> Mention:
    return Mention(doc, source, "then", sentence, day.isoformat(), day, day, Certainty.EXACT, 0, 4)


def event(eid: str, label: str, *mentions: Mention) -> Event:
    first = mentions[0]
    return Event(eid, label, first.start, first.end, first.certainty, mentions)


TALKS = event("talks", "Talks", mention("d1", "Talks on Thursday.", D(2025, 5, 8)))
PARADE = event("parade", "Parade", mention("d1", "Parade on Friday.", D(2025, 5, 9)),
               mention("d2", "The parade on May 9.", D(2025, 5, 9), "Other"))  # fmt: skip


def decision(i: int, target: str, action: Action, **payload) -> Decision:
    return Decision(i, target, action, payload)


def test_relabel_redate_hide_pin_are_applied_and_say_so():
    curated = apply_decisions(
        [TALKS, PARADE],
        [
            decision(1, "talks", Action.RELABEL, label="Xi and Putin hold talks"),
            decision(2, "talks", Action.REDATE, start="2025-05-07", end="2025-05-08",
                     certainty="range"),
            decision(3, "parade", Action.HIDE),
            decision(4, "parade", Action.PIN),
        ],
    ).events  # fmt: skip
    talks, parade = curated
    assert (talks.label, talks.start, talks.end, talks.certainty) == (
        "Xi and Putin hold talks", D(2025, 5, 7), D(2025, 5, 8), Certainty.RANGE,
    )  # fmt: skip
    assert talks.edits[0] == "Label set by the analyst (extracted: “Talks”)"
    assert talks.edits[1] == "Dates set by the analyst (extracted: Thu 8 May 2025, exact)"
    assert parade.hidden and parade.pinned


def test_merge_and_split_move_mentions_between_events():
    merged = apply_decisions([TALKS, PARADE], [decision(1, "talks", Action.MERGE, into="parade")])
    [only] = merged.events
    assert only.id == "parade" and len(only.mentions) == 3
    assert only.start == D(2025, 5, 8) and "Merged by the analyst with “Talks”" in only.edits[0]
    key = mention_key("d2", "The parade on May 9.", 0)
    split = apply_decisions([PARADE], [decision(1, "parade", Action.SPLIT, mention=key)]).events
    assert [e.id for e in split] == ["parade", key]
    assert split[1].sources == ("Other",) and split[1].label == "The parade on May 9."


def test_reverted_decisions_do_nothing_and_later_ones_win():
    hide = Decision(1, "talks", Action.HIDE, reverted=True)
    assert not apply_decisions([TALKS], [hide]).events[0].hidden
    flip = [decision(1, "talks", Action.HIDE), decision(2, "talks", Action.SHOW)]
    assert not apply_decisions([TALKS], flip).events[0].hidden


def test_a_decision_follows_its_mention_into_an_event_that_absorbed_it():
    # a new article made extraction merge "talks" into "parade": the decision names a mention key
    absorbed = event("parade", "Parade", *PARADE.mentions, *TALKS.mentions)
    key = mention_key("d1", "Talks on Thursday.", 0)
    curated = apply_decisions([absorbed], [decision(1, key, Action.RELABEL, label="Summit")])
    assert curated.events[0].label == "Summit" and curated.unresolved == []


def test_a_decision_whose_event_is_gone_is_kept_and_reported():
    gone = decision(7, "e-vanished", Action.HIDE)
    curated = apply_decisions([TALKS], [gone])
    assert curated.events == [TALKS] and curated.unresolved == [gone]


@pytest.fixture
def store(tmp_path, seeds_dir):
    with open_store(tmp_path / "story.sqlite") as opened:
        ingest(opened, load_documents([seeds_dir]))
        yield opened


def by_label(store, words: str) -> Event:
    return next(e for e in curated_events(store).events if words in e.label)


def test_decisions_survive_a_new_article_and_a_restart(store, tmp_path):
    talks = by_label(store, "formal talks")
    decide(store, talks.id, Action.RELABEL, {"label": "Xi and Putin hold talks"})
    decide(store, talks.id, Action.PIN)
    extra = document_from_text(
        "Published on May 9, 2025. Putin will visit Beijing in late August, officials said.",
        source="Nordic Times",
    )
    ingest(store, [extra])
    path = store.path
    store.close()
    with open_store(path) as reopened:
        again = next(e for e in curated_events(reopened).events if e.id == talks.id)
        assert again.label == "Xi and Putin hold talks" and again.pinned
        assert "Nordic Times" in {s for e in curated_events(reopened).events for s in e.sources}


def test_bad_decisions_are_refused_with_a_reason(store):
    talks = by_label(store, "formal talks")
    with pytest.raises(CurationError, match="no event"):
        decide(store, "nope", Action.HIDE)
    with pytest.raises(CurationError, match="empty label"):
        decide(store, talks.id, Action.RELABEL, {"label": "   "})
    with pytest.raises(CurationError, match="before the start"):
        decide(store, talks.id, Action.REDATE, {"start": "2025-05-09", "end": "2025-05-01"})
    with pytest.raises(CurationError, match="YYYY-MM-DD"):
        decide(store, talks.id, Action.REDATE, {"start": "8 May"})
    with pytest.raises(CurationError, match="itself"):
        decide(store, talks.id, Action.MERGE, {"into": talks.id})
    with pytest.raises(CurationError, match="nothing to undo"):
        undo_last(store)
    assert store.decisions() == []  # nothing refused was stored


def test_a_corrected_publication_date_and_a_removed_article_are_undone(store):
    first = store.documents()[0]
    decide(store, first.id, Action.PUBLISHED, {"date": "2025-05-14"})
    assert by_label(store, "formal talks").start == D(2025, 5, 15)
    decide(store, first.id, Action.REMOVE)
    assert all(first.source not in e.sources for e in curated_events(store).events)
    undo_last(store)
    undo_last(store)
    assert by_label(store, "formal talks").start == D(2025, 5, 8)
    assert store.documents()[0].published == D(2025, 5, 7)


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dashboard", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)  # fmt: skip


def test_the_command_line_walk_through(tmp_path, seeds_dir):
    db = str(tmp_path / "story.sqlite")
    done = cli("ingest", str(seeds_dir), "--db", db)
    assert done.returncode == 0, done.stderr
    assert "2 articles added" in done.stdout
    events = json.loads(cli("extract", "--db", db).stdout)["events"]
    talks = next(e for e in events if "formal talks" in e["label"])
    decade = next(e for e in events if e["start"] == "1970-01-01")
    assert (
        cli("curate", "--db", db, talks["id"], "--label", "Xi and Putin hold talks").returncode == 0
    )
    assert cli("curate", "--db", db, decade["id"], "--hide").returncode == 0
    refused = cli("curate", "--db", db, "no-such-event", "--pin")
    assert refused.returncode == 2 and "no event with id 'no-such-event'" in refused.stderr
    rows = list(csv.DictReader(io.StringIO(cli("extract", "--db", db, "--format", "csv").stdout)))
    assert decade["id"] not in {r["id"] for r in rows}  # hidden
    relabelled = next(r for r in rows if r["id"] == talks["id"])
    assert (
        relabelled["label"] == "Xi and Putin hold talks"
        and "Label set by the analyst" in relabelled["edits"]
    )
    hidden = cli("extract", "--db", db, "--include-hidden", "--format", "csv").stdout
    assert decade["id"] in hidden
    # another article, then a fresh process: the corrections are still there
    other = tmp_path / "more"
    other.mkdir()
    (other / "wire.txt").write_text(
        "Published on May 9, 2025.\n\nPutin will visit China in late August.\n"
    )
    assert cli("ingest", str(other), "--db", db).returncode == 0
    html = tmp_path / "view.html"
    assert cli("export", "--db", db, "--out", str(html), "--preset", "web").returncode == 0
    page = html.read_text(encoding="utf-8")
    assert "Xi and Putin hold talks" in page and "Washington splits" not in page
    listed = cli("curate", "--db", db, "--list").stdout
    assert "relabel" in listed and "hide" in listed
    assert cli("curate", "--db", db, "--undo").returncode == 0  # the hide
    assert decade["id"] in cli("extract", "--db", db, "--format", "csv").stdout


@pytest.mark.export
def test_the_deck_and_timelinejs_follow_the_curation(tmp_path, seeds_dir):
    from pptx import Presentation

    db = str(tmp_path / "story.sqlite")
    assert cli("ingest", str(seeds_dir), "--db", db).returncode == 0
    events = json.loads(cli("extract", "--db", db).stdout)["events"]
    talks = next(e for e in events if "formal talks" in e["label"])
    decade = next(e for e in events if e["start"] == "1970-01-01")
    cli("curate", "--db", db, talks["id"], "--label", "Xi and Putin hold talks")
    cli("curate", "--db", db, decade["id"], "--hide")
    timeline = json.loads(cli("extract", "--db", db, "--format", "timelinejs").stdout)
    headlines = [e["text"]["headline"] for e in timeline["events"]]
    assert "Xi and Putin hold talks ✎" in headlines
    assert not any("Washington splits" in h for h in headlines)
    deck_path = tmp_path / "brief.pptx"
    assert cli("export", "--db", db, "--out", str(deck_path)).returncode == 0
    text = "\n".join(
        shape.text_frame.text
        for slide in Presentation(str(deck_path)).slides
        for shape in slide.shapes
        if shape.has_text_frame
    )
    assert "Xi and Putin hold talks ✎" in text and "Washington splits" not in text


@pytest.mark.parametrize(
    ("action", "check"),
    [
        (["--dates", "2025-05-07..2025-05-08", "--certainty", "range"],
         lambda e: (e["start"], e["end"], e["certainty"]) == ("2025-05-07", "2025-05-08", "range")),
        (["--pin"], lambda e: e["pinned"]),
        (["--merge-into", "PARADE"], lambda e: e is None),  # gone into the parade
    ],
)  # fmt: skip
def test_each_cli_correction_survives_another_article_and_shows_in_extract(
    tmp_path, seeds_dir, action, check
):
    db = str(tmp_path / "story.sqlite")
    assert cli("ingest", str(seeds_dir), "--db", db).returncode == 0
    events = json.loads(cli("extract", "--db", db).stdout)["events"]
    talks = next(e for e in events if "formal talks" in e["label"])
    parade = next(e for e in events if "parade" in e["label"])
    args = [parade["id"] if a == "PARADE" else a for a in action]
    done = cli("curate", "--db", db, talks["id"], *args)
    assert done.returncode == 0, done.stderr
    more = tmp_path / "more"
    more.mkdir()
    (more / "wire.txt").write_text(
        "Published on May 10, 2025.\n\nPutin will visit China in late August.\n"
    )
    assert cli("ingest", str(more), "--db", db).returncode == 0
    after = {e["id"]: e for e in json.loads(cli("extract", "--db", db).stdout)["events"]}
    assert check(after.get(talks["id"]))
    if "--merge-into" in action:
        assert "Merged by the analyst" in " ".join(after[parade["id"]]["edits"])


def test_split_and_document_corrections_from_the_cli(tmp_path, seeds_dir):
    db = str(tmp_path / "story.sqlite")
    cli("ingest", str(seeds_dir), "--db", db)
    with open_store(tmp_path / "story.sqlite") as store:
        visit = max(curated_events(store).events, key=lambda e: len(e.mentions))
        first = visit.mentions[-1]
        key = mention_key(first.document_id, first.sentence, first.timex_start)
    assert cli("curate", "--db", db, visit.id, "--split", key).returncode == 0
    ids = {e["id"] for e in json.loads(cli("extract", "--db", db).stdout)["events"]}
    assert key in ids and visit.id in ids
    docs = json.loads(cli("extract", "--db", db).stdout)["documents"]
    removed = cli("curate", "--db", db, "--document", docs[1]["id"], "--remove")
    assert removed.returncode == 0
    left = json.loads(cli("extract", "--db", db).stdout)
    assert [d["id"] for d in left["documents"]] == [docs[0]["id"]]
    assert cli("curate", "--db", db, "--undo").returncode == 0
    assert len(json.loads(cli("extract", "--db", db).stdout)["documents"]) == 2
