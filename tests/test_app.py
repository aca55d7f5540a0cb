"""The app's plain parts (filters, table, detail panel, uploads), the factory, and ``serve``'s
start-up errors. The browser tests are in test_app_browser.py."""

from __future__ import annotations

import base64
import datetime as dt
import json
import sqlite3
import subprocess
import sys

import plotly
import pytest
from browser import ROOT, free_port
from test_figure import event, mention

from dashboard.app import create_app
from dashboard.app.articles import ArticleError, decode_upload, make_document
from dashboard.app.exporting import export_filename
from dashboard.app.views import (
    detail_head,
    detail_sources,
    filters_from_inputs,
    notes_by_event,
    table_rows,
    view_dates,
    view_from_relayout,
)
from dashboard.ingest.archive import load_documents
from dashboard.model import Certainty, Note
from dashboard.select import Filters, select_events
from dashboard.timeline import ingest, open_store

D = dt.date
A, B = "Wire A", "Daily B"


@pytest.fixture
def events():
    both = event(
        "parade",
        "Victory Day parade",
        mention(A, "Friday", "The parade is on Friday.", D(2025, 5, 9)),
        mention(B, "May 9", "On May 9 the parade.", D(2025, 5, 9)),
        disagreement="Friday vs May 9 read differently",
    )
    only_a = event(
        "talks", "Formal talks", mention(A, "Thursday", "Talks on Thursday.", D(2025, 5, 8))
    )
    fuzzy = event(
        "trip",
        "Putin to visit China",
        mention(
            B,
            "late August",
            "He goes in late August.",
            D(2025, 8, 21),
            D(2025, 8, 31),
            Certainty.APPROXIMATE,
        ),
    )
    return [both, only_a, fuzzy]


# --- filters ------------------------------------------------------------------------------------


def test_no_filter_keeps_everything(events):
    assert select_events(events, Filters()) == events


def test_source_filter_drops_the_other_sources_mentions_and_the_disagreement(events):
    kept = select_events(events, Filters(sources=frozenset({B})))
    assert [e.id for e in kept] == ["parade", "trip"]
    assert kept[0].sources == (B,) and kept[0].disagreement is None


def test_certainty_date_and_text_filters(events):
    assert [
        e.id for e in select_events(events, Filters(certainties=frozenset({Certainty.APPROXIMATE})))
    ] == ["trip"]
    assert [e.id for e in select_events(events, Filters(date_from=D(2025, 8, 25)))] == ["trip"]
    assert [e.id for e in select_events(events, Filters(date_to=D(2025, 5, 8)))] == ["talks"]
    assert [e.id for e in select_events(events, Filters(text="THURSDAY"))] == [
        "talks"
    ]  # quotes too


def test_filters_from_raw_inputs_ignore_junk():
    f = filters_from_inputs(None, ["exact", "nonsense"], "2025-05-01T00:00:00", "not a date", None)
    assert f.sources is None and f.certainties == {Certainty.EXACT}
    assert (f.date_from, f.date_to, f.text) == (D(2025, 5, 1), None, "")


def test_table_rows_follow_the_events(events):
    note = Note(1, "talks", "check", dt.datetime(2025, 5, 8), dt.datetime(2025, 5, 8))
    rows = table_rows(events, notes_by_event([note]))
    assert [r["id"] for r in rows] == ["parade", "talks", "trip"]
    talks = rows[1]
    assert (talks["when"], talks["notes"], talks["sources"]) == ("Thu 8 May 2025", 1, A)
    assert rows[0]["disagree"] == "yes"


def test_view_range_follows_zoom_and_fit_all():
    zoom = view_from_relayout(
        {"xaxis.range[0]": "2025-05-01 06:00", "xaxis.range[1]": "2025-06-01"}, None
    )
    assert view_dates(zoom) == (D(2025, 5, 1), D(2025, 6, 1))
    assert view_from_relayout({"xaxis.range": ["1940-01-01", "2026-01-01"]}, zoom) == [
        "1940-01-01",
        "2026-01-01",
    ]
    assert view_from_relayout({"xaxis.autorange": True}, zoom) is None
    assert view_from_relayout({"dragmode": "pan"}, zoom) == zoom


def test_detail_panel_shows_each_source_and_keeps_markup_as_text(events):
    evil = "<script>alert(1)</script>"
    note = Note(7, "parade", evil, dt.datetime(2025, 5, 8), dt.datetime(2025, 5, 8))
    head, sources = detail_head(events[0], [note]), detail_sources(events[0], {})
    tree = json.dumps(head + sources, cls=plotly.utils.PlotlyJSONEncoder)
    assert A in tree and B in tree
    assert '"Mark"' in tree  # the time expression is highlighted
    assert json.dumps(evil)[1:-1] in tree  # the note is a plain string child: React escapes it
    assert "Friday vs May 9" in tree
    # the notes are in the head, above the quotes: in view however many mentions the event has
    head_tree = json.dumps(head, cls=plotly.utils.PlotlyJSONEncoder)
    assert "Notes (1)" in head_tree and '"Mark"' not in head_tree


# --- uploads ------------------------------------------------------------------------------------


def data_url(raw: bytes) -> str:
    return "data:text/plain;base64," + base64.b64encode(raw).decode()


def test_upload_decoding_accepts_text_and_refuses_the_rest():
    assert decode_upload(data_url("Caf\u00e9 on Friday".encode()), "a.txt") == "Café on Friday"
    assert decode_upload(data_url(b"\xef\xbb\xbfBOM"), "a.md") == "BOM"
    with pytest.raises(ArticleError, match="not a text file"):
        decode_upload(data_url(b"\x00\x01binary"), "a.txt")
    with pytest.raises(ArticleError, match="larger than 1 MB"):
        decode_upload(data_url(b"x" * 1_000_100), "big.txt", max_bytes=1_000_000)
    with pytest.raises(ArticleError, match=r"only \.txt"):
        decode_upload(data_url(b"x"), "slides.pptx")
    with pytest.raises(ArticleError, match="could not be read"):
        decode_upload("data:text/plain;base64,@@@", "a.txt")


def test_make_document_checks_each_field():
    doc = make_document("Talks on Thursday.", source=" Wire  A ", published="2025-05-07")
    assert (doc.source, doc.published, doc.published_inferred) == ("Wire A", D(2025, 5, 7), False)
    with pytest.raises(ArticleError, match="no text"):
        make_document("  ", source="A")
    with pytest.raises(ArticleError, match="YYYY-MM-DD"):
        make_document("Talks.", source="A", published="7 May")
    html = make_document(
        "<html><body><p>Talks <b>on Thursday</b>.</p><script>x()</script></body></html>",
        source="A",
        published="2025-05-07",
        filename="a.html",
    )
    assert "<" not in html.text and "x()" not in html.text


def test_export_filename():
    assert (
        export_filename("Xi / Putin: talks", "svg", D(2025, 5, 7))
        == "xi-putin-talks-2025-05-07.svg"
    )


# --- the factory --------------------------------------------------------------------------------


def test_create_app_on_a_real_store(tmp_path, seeds_dir):
    with open_store(tmp_path / "t.sqlite") as store:
        ingest(store, load_documents([seeds_dir]))
        app = create_app(store, title="Xi in Moscow")
        layout = json.dumps(app.layout, cls=plotly.utils.PlotlyJSONEncoder)
        assert "tl-graph" in layout and "Xi in Moscow" in layout
        assert "United Front" not in layout  # no data in the layout: callbacks fill it
        assert len(app.callback_map) >= 8
        assert app.server.config["MAX_CONTENT_LENGTH"] > 5_000_000
        # until the first draw arrives the page says the story is being read, not "no events"
        assert layout.count("Reading the story") == 2  # the line under the title, the chart
        assert '"rowData": null' in layout  # the table shows its loading overlay


# --- serve: start-up errors ---------------------------------------------------------------------


def serve(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "dashboard", "serve", "--port", str(free_port()), *args]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def test_serve_refuses_a_file_that_is_not_a_database(tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("this is not SQLite " * 100)
    result = serve("--db", str(bad))
    assert result.returncode == 2
    assert "notes.sqlite" in result.stderr and "Traceback" not in result.stderr


def test_serve_refuses_a_locked_database(tmp_path):
    db = tmp_path / "locked.sqlite"
    open_store(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = serve("--db", str(db))
    finally:
        holder.close()
    assert result.returncode == 2
    assert "locked" in result.stderr and "Traceback" not in result.stderr


def test_serve_with_no_article_in_the_paths_says_so(tmp_path):
    result = serve(str(tmp_path / "missing.txt"), "--db", str(tmp_path / "t.sqlite"))
    assert result.returncode == 2
    assert "missing.txt" in result.stderr and "Traceback" not in result.stderr


def test_serve_says_when_the_port_is_taken(tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        command = [sys.executable, "-m", "dashboard", "serve", "--port", str(port)]
        command += ["--db", str(tmp_path / "t.sqlite")]
        result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert f"127.0.0.1:{port}" in result.stderr and "another --port" in result.stderr
