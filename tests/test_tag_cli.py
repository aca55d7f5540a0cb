"""``python -m dashboard tag`` as a user runs it: a real subprocess."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT


def _run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", "tag", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )


def test_tag_a_file_prints_one_json_object_per_line(seeds_dir) -> None:
    result = _run("--anchor", "2025-05-07", str(seeds_dir / "xi-visits-putin-whats-planned.txt"))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"start", "end", "text", "type", "value", "mod", "earliest", "latest"} <= set(rows[0])
    by_text = {row["text"]: row for row in rows}
    assert by_text["May 9"]["value"] == "2025-05-09"
    assert by_text["late August or early September"]["latest"] == "2025-09-10"


def test_tag_stdin() -> None:
    result = _run("--anchor", "2025-05-07", "-", stdin="Talks on Thursday.")
    assert result.returncode == 0
    assert json.loads(result.stdout)["value"] == "2025-05-08"


def test_tag_binary_input_is_read_not_refused(tmp_path) -> None:
    path = tmp_path / "junk.bin"
    path.write_bytes(bytes(range(256)) * 50 + b" talks on Friday \xff\xfe")
    result = _run("--anchor", "2025-05-07", str(path))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1])["value"] == "2025-05-09"
    piped = subprocess.run(
        [sys.executable, "-m", "dashboard", "tag", "--anchor", "2025-05-07"],
        input=path.read_bytes(),
        capture_output=True,
        cwd=ROOT,
        timeout=60,
    )
    assert piped.returncode == 0 and b"2025-05-09" in piped.stdout


def test_tag_bad_anchor_and_missing_file_exit_2(tmp_path) -> None:
    bad = _run("--anchor", "7 May", "-", stdin="x")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
    missing = _run("--anchor", "2025-05-07", str(tmp_path / "nope.txt"))
    assert missing.returncode == 2 and "nope.txt" in missing.stderr
    missing_jsonl = _run("--jsonl", str(tmp_path / "nope.jsonl"))
    assert missing_jsonl.returncode == 2 and "nope.jsonl" in missing_jsonl.stderr


def test_jsonl_batch_reports_bad_lines_and_goes_on(tmp_path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "on Friday", "anchor": "2025-05-07"}),
        "{not json",
        json.dumps({"id": "c", "text": "on Friday", "anchor": "May 7th"}),
        "",
        json.dumps({"id": "e", "text": "in the 1970s", "anchor": "1998-01-08"}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = _run("--jsonl", str(path))
    assert result.returncode == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["id"] for row in rows] == ["a", "e"]
    assert rows[0]["timexes"][0]["value"] == "2025-05-09"
    assert rows[1]["timexes"][0]["value"] == "197"
    assert ":2:" in result.stderr and "bad JSON" in result.stderr
    assert ":3:" in result.stderr and "YYYY-MM-DD" in result.stderr
