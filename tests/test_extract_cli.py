"""``python -m dashboard extract`` as a user runs it: a real subprocess, real files."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def extract(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", "extract", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )


@pytest.fixture(scope="module")
def seed_json() -> dict:
    result = extract()
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_json_shape_on_the_seeds(seed_json):
    assert set(seed_json) == {"documents", "events"}
    for doc in seed_json["documents"]:
        assert set(doc) == {
            "id",
            "source",
            "title",
            "published",
            "published_inferred",
            "published_evidence",
        }
        assert doc["published"] == "2025-05-07" and doc["published_inferred"] is False
        assert doc["published_evidence"] is None
    for event in seed_json["events"]:
        assert set(event) == {
            "id",
            "label",
            "start",
            "end",
            "certainty",
            "sources",
            "disagreement",
            "disagrees_with",
            "hidden",
            "pinned",
            "edits",
            "importance",
            "summary",
            "mentions",
        }
        assert event["disagreement"] is None  # the two seeds agree on every date
        assert event["disagrees_with"] == []
        assert event["start"] <= event["end"]
        for mention in event["mentions"]:
            assert set(mention) == {"source", "text", "sentence", "value"}
            assert mention["text"] in mention["sentence"]
    spans = {(e["start"], e["end"]): e for e in seed_json["events"]}
    assert len(spans[("2025-05-07", "2025-05-10")]["sources"]) == 2
    assert len(spans[("2025-08-21", "2025-09-10")]["sources"]) == 2
    assert spans[("2025-05-08", "2025-05-08")]["certainty"] == "exact"


def test_csv_and_timelinejs(tmp_path):
    result = extract("--format", "csv")
    assert result.returncode == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {"start", "end", "label", "sources", "certainty", "mention_count"} <= set(rows[0])
    out = tmp_path / "timeline.json"
    result = extract("--format", "timelinejs", "--out", str(out))
    assert result.returncode == 0 and result.stdout == ""
    timeline = json.loads(out.read_text())
    assert timeline["title"]["text"]["headline"]
    years = {e["start_date"]["year"] for e in timeline["events"]}
    assert {1945, 2022, 2025} <= years
    parade = next(e for e in timeline["events"] if "parade" in e["text"]["headline"].lower())
    assert parade["start_date"] == {"year": 2025, "month": 5, "day": 9}
    assert "end_date" not in parade
    assert parade["group"] == "United Front, What's Planned"  # grouped by source by default
    assert parade["display_date"] == "9 May 2025"
    trip = next(
        e for e in timeline["events"] if e["start_date"] == {"year": 2025, "month": 8, "day": 21}
    )
    assert trip["display_date"] == "late Aug – early Sep 2025"  # fuzzy, not exact days
    decade = next(e for e in timeline["events"] if e["start_date"] == {"year": 1970})
    assert decade["display_date"] == "the 1970s"
    by_certainty = extract("--format", "timelinejs", "--group", "certainty")
    groups = {e["group"] for e in json.loads(by_certainty.stdout)["events"]}
    assert groups <= {"exact", "range", "approximate"}


def test_partial_batch_exits_1_and_names_the_file(tmp_path, seeds_dir):
    shutil.copy(seeds_dir / "putin-xi-united-front.txt", tmp_path / "good.txt")
    (tmp_path / "broken.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = extract(str(tmp_path), "--anchor", "2025-05-07")
    assert result.returncode == 1
    assert "broken.txt" in result.stderr and "binary" in result.stderr
    events = json.loads(result.stdout)["events"]
    assert any(e["start"] == "2025-05-08" for e in events)


def test_anchor_dates_an_undated_article(tmp_path):
    (tmp_path / "talks.txt").write_text("The ministers will hold talks on Thursday in Geneva.\n")
    without = extract(str(tmp_path))
    assert without.returncode == 0 and "--anchor" in without.stderr
    assert json.loads(without.stdout)["events"] == []
    result = extract(str(tmp_path), "--anchor", "2025-05-07")
    assert result.returncode == 0
    [event] = json.loads(result.stdout)["events"]
    assert event["start"] == "2025-05-08"


def test_nothing_usable_exits_2(tmp_path):
    result = extract(str(tmp_path / "missing.txt"))
    assert result.returncode == 2 and "missing.txt" in result.stderr
    result = extract("--anchor", "next Tuesday")
    assert result.returncode == 2 and "YYYY-MM-DD" in result.stderr
    result = extract("--out", str(tmp_path / "no" / "such" / "dir" / "out.json"))
    assert result.returncode == 2 and "cannot write" in result.stderr


def test_json_gives_inference_evidence_and_disagreements(tmp_path):
    for name, day in (("a.txt", "Tuesday"), ("b.txt", "Thursday")):
        text = f"Talks in Oslo\nPublished on May 9, 2025.\nThe talks took place on {day}.\n"
        (tmp_path / name).write_text(text)
    result = extract(str(tmp_path))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    for doc in data["documents"]:
        assert doc["published"] == "2025-05-09" and doc["published_inferred"] is True
        assert "Published on May 9, 2025" in doc["published_evidence"]
    assert [e["start"] for e in data["events"]] == ["2025-05-06", "2025-05-08"]
    for event in data["events"]:
        assert "2025-05-06" in event["disagreement"] and "2025-05-08" in event["disagreement"]


def test_an_archive_of_articles_is_read_row_by_row_as_ingest_reads_it(tmp_path):
    # JSON Lines and CSV archives (issue 16's inputs) were read by `ingest` only: `extract` took
    # the whole file for one article with no date.
    rows = [
        {"text": "Talks were held on Thursday in Paris.", "source": "AP", "published": "2025-05-08"},
        {"text": "The parade took place on May 9 in Moscow.", "source": "Reuters",
         "published": "2025-05-10"},
    ]  # fmt: skip
    archive = tmp_path / "story.jsonl"
    archive.write_text("\n".join(json.dumps(r) for r in rows) + "\n{not json\n")
    table = tmp_path / "story.csv"
    with table.open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=["text", "source", "published"])
        writer.writeheader()
        writer.writerows(rows)
    for path, bad in ((archive, "line 3: not JSON"), (table, None)):
        result = extract(str(path))
        assert result.returncode == (1 if bad else 0), result.stderr
        out = json.loads(result.stdout)
        assert sorted(d["source"] for d in out["documents"]) == ["AP", "Reuters"]
        days = {e["start"] for e in out["events"]}
        assert {"2025-05-08", "2025-05-09"} <= days
        if bad:
            assert bad in result.stderr
