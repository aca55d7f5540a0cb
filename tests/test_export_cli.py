"""``python -m dashboard export`` as a user runs it: real processes, real files, exit codes."""

from __future__ import annotations

import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation

from dashboard.cli import EXIT_FAILED, EXIT_OK, main
from dashboard.export import assert_offline_html

ROOT = Path(__file__).resolve().parent.parent


def _export(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", "export", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
    )


@pytest.mark.export
def test_png_from_the_seeds_by_default(tmp_path):
    out = tmp_path / "timeline.png"
    result = _export("--out", str(out), "--preset", "a4", "--title", "Xi in Moscow")
    assert result.returncode == EXIT_OK, result.stderr
    assert f"wrote {out}" in result.stdout
    image = Image.open(BytesIO(out.read_bytes()))
    assert image.size == (2246, 1588)
    assert [p.name for p in tmp_path.iterdir()] == ["timeline.png"]  # no temporary left


@pytest.mark.export
def test_pptx_from_named_paths_with_a_window(tmp_path, seeds_dir, capsys):
    out = tmp_path / "brief.pptx"
    code = main(
        ["export", str(seeds_dir), "--out", str(out), "--from", "2025-05-01", "--to", "2025-05-31"]
    )
    assert code == EXIT_OK, capsys.readouterr().err
    deck = Presentation(str(out))
    assert len(deck.slides) >= 3


def test_html_needs_no_browser_and_is_offline(tmp_path, capsys):
    out = tmp_path / "t.html"
    assert main(["export", "--out", str(out), "--preset", "web"]) == EXIT_OK
    html = out.read_text(encoding="utf-8")
    assert_offline_html(html)  # no script or stylesheet from the network
    assert "Plotly.newPlot" in html


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "{tmp}/t.docx"], "'.docx' is not an export format"),
        (["--out", "{tmp}/missing/t.png"], "does not exist"),
        (["--out", "{tmp}/t.png", "--from", "next week"], "--from 'next week' is not a date"),
        (
            ["--out", "{tmp}/t.png", "--from", "1990-01-01", "--to", "1990-12-31"],
            "no events between",
        ),
        (["--out", "{tmp}/t.png", "--from", "2025-06-01", "--to", "2025-05-01"], "after --to"),
        (["--out", "{tmp}/t.png", "--sources", "Reuters"], "unknown source"),
        (["--out", "{tmp}/t.png", "--db", "{tmp}/none.sqlite"], "no such store"),
        (["{tmp}/nothing-here", "--out", "{tmp}/t.png"], "no articles loaded"),
    ],
)
def test_bad_input_is_named_exits_2_and_writes_nothing(args, message, tmp_path, capsys):
    argv = ["export", *(a.format(tmp=tmp_path) for a in args)]
    assert main(argv) == EXIT_FAILED
    err = capsys.readouterr().err
    assert message in err
    assert err.startswith("export: ")
    assert not any(p.is_file() for p in tmp_path.rglob("*"))


def test_bad_date_exits_2_in_a_real_process(tmp_path):
    result = _export("--out", str(tmp_path / "t.svg"), "--to", "31/12/2025")
    assert result.returncode == EXIT_FAILED
    assert "YYYY-MM-DD" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.fixture
def seed_store(tmp_path, seeds_dir):
    from dashboard.events import rank as rank_events
    from dashboard.ingest.archive import load_documents
    from dashboard.timeline import ingest, open_store

    db = tmp_path / "timeline.sqlite"
    with open_store(db) as store:
        ingest(store, load_documents([seeds_dir]))
        top = rank_events(store.events())[0]
        store.add_note(top.id, "Ask the desk about the readout")
    return db


def test_notes_from_the_store_go_into_the_html(seed_store, tmp_path):
    out = tmp_path / "with-notes.html"
    assert main(["export", "--db", str(seed_store), "--notes", "--out", str(out)]) == EXIT_OK
    assert "Ask the desk about the readout" in out.read_text(encoding="utf-8")
    without = tmp_path / "without-notes.html"
    assert main(["export", "--db", str(seed_store), "--out", str(without)]) == EXIT_OK
    assert "Ask the desk about the readout" not in without.read_text(encoding="utf-8")


@pytest.mark.export
def test_deck_from_the_store_carries_the_notes(seed_store, tmp_path):
    out = tmp_path / "brief.pptx"
    assert main(["export", "--db", str(seed_store), "--notes", "--out", str(out)]) == EXIT_OK
    deck = Presentation(str(out))
    notes = "\n".join(s.notes_slide.notes_text_frame.text for s in list(deck.slides)[3:])
    assert "Ask the desk about the readout" in notes
    assert "published 7 May 2025" in notes


def test_paths_and_db_together_are_refused(seed_store, seeds_dir, tmp_path, capsys):
    out = tmp_path / "t.html"
    assert (
        main(["export", str(seeds_dir), "--db", str(seed_store), "--out", str(out)]) == EXIT_FAILED
    )
    assert "not both" in capsys.readouterr().err
    assert not out.exists()


def test_a_broken_store_is_named(tmp_path, capsys):
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not a database" * 100)
    out = tmp_path / "t.html"
    assert main(["export", "--db", str(broken), "--out", str(out)]) == EXIT_FAILED
    assert str(broken) in capsys.readouterr().err
    assert not out.exists()


def test_a_refused_file_is_named_and_the_rest_exported_with_exit_1(tmp_path, seeds_dir, capsys):
    import shutil

    from dashboard.cli import EXIT_PARTIAL

    articles = tmp_path / "articles"
    shutil.copytree(seeds_dir, articles)
    (articles / "broken.txt").write_bytes(b"\x00\x01\x02 not an article")
    out = tmp_path / "t.html"
    assert main(["export", str(articles), "--out", str(out)]) == EXIT_PARTIAL
    assert "broken.txt" in capsys.readouterr().err
    assert "United Front" in out.read_text(encoding="utf-8")


def test_html_with_no_preset_is_the_web_look_with_every_event(tmp_path):
    out = tmp_path / "story.html"
    assert main(["export", "--out", str(out)]) == EXIT_OK
    page = out.read_text(encoding="utf-8")
    assert '"rangeslider":{' in page.replace(" ", "")  # the overview strip to reach every era
    for label in ("Defeat of Nazi Germany", "Washington splits Moscow", "strategic partnership"):
        assert label in page  # the 1945, 1970s and 2022 events are in the page
    assert "width:100%" in page.replace(" ", "")  # fills the window: no sideways scroll


def test_a_store_of_an_earlier_version_is_upgraded_then_exported(seed_store, tmp_path, capsys):
    """An analyst who updated the program exports a briefing from last month's store: the store
    is upgraded (as serve and ingest would), its notes kept, and the export written."""
    import re
    import sqlite3

    from dashboard.store import MIGRATIONS, SCHEMA_VERSION, Store

    undo = []  # the last migration taken back: the file as the version before it left it
    for table in re.findall(r"CREATE TABLE (?:IF NOT EXISTS )?(\w+)", MIGRATIONS[-1]):
        undo.append(f"DROP TABLE {table}")
    for table, column in re.findall(r"ALTER TABLE (\w+) ADD COLUMN (\w+)", MIGRATIONS[-1]):
        undo.append(f"ALTER TABLE {table} DROP COLUMN {column}")
    for index in re.findall(r"CREATE INDEX (?:IF NOT EXISTS )?(\w+)", MIGRATIONS[-1]):
        undo.append(f"DROP INDEX {index}")
    assert undo, "the last migration adds a table, a column or an index"
    with sqlite3.connect(seed_store) as db:
        for statement in undo:
            db.execute(statement)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    out = tmp_path / "brief.html"
    assert main(["export", "--db", str(seed_store), "--notes", "--out", str(out)]) == EXIT_OK
    assert "upgraded" in capsys.readouterr().err
    assert "Ask the desk about the readout" in out.read_text(encoding="utf-8")
    with Store(seed_store, readonly=True) as store:
        assert store.schema_version() == SCHEMA_VERSION and store.notes()
