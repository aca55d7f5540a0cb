"""The callbacks' plain functions, without a browser: a real store, the seeds, values in and out."""

from __future__ import annotations

import datetime as dt

import pytest
from dash import no_update

from dashboard.app import ids
from dashboard.app.callbacks.articles import add_article, ingest_articles, read_article
from dashboard.app.callbacks.exports import export_download
from dashboard.app.callbacks.notes import detail, note_action
from dashboard.app.callbacks.timeline import redraw, selection, source_choices
from dashboard.app.catalogue import Catalogue
from dashboard.ingest.archive import archive_documents, load_documents
from dashboard.timeline import ingest, open_store

NO_FILTERS = (None, None, None, None, "")


@pytest.fixture
def catalogue(tmp_path, seeds_dir):
    with open_store(tmp_path / "t.sqlite") as store:
        ingest(store, load_documents([seeds_dir]))
        yield Catalogue(store)


def test_redraw_gives_the_figure_the_rows_and_the_summary(catalogue):
    fig, rows, line = redraw(catalogue, NO_FILTERS, show_notes=True, view=None, selected=None,
                             zoom_only=False)  # fmt: skip
    assert len(rows) == len(catalogue.events()) and fig.data
    assert line.startswith(f"{len(rows)} events from 2 sources")


def test_redraw_takes_junk_inputs_as_unset(catalogue):
    junk = ("United Front", 5, ["2025"], {"a": 1}, ["talks"])  # a string, a number, lists, a dict
    _fig, rows, _line = redraw(catalogue, junk, show_notes=True, view="x", selected=[1],
                               zoom_only=False)  # fmt: skip
    assert len(rows) == len(catalogue.events())


def test_sources_start_shown_and_reset_clears_the_filters(catalogue):
    options, value, *rest = source_choices(catalogue, reset=False, old_options=None, old_value=None)
    assert [o["value"] for o in options] == value == ["United Front", "What's Planned"]
    assert rest == [no_update] * 4
    _, value, certainties, start, end, search = source_choices(
        catalogue, reset=True, old_options=options, old_value=["United Front"]
    )
    assert value == ["United Front", "What's Planned"] and (start, end, search) == (None, None, "")
    assert certainties == ["exact", "range", "approximate"]


def test_a_click_on_a_marker_a_label_or_a_row_selects_its_event():
    assert selection("point", {"points": [{"customdata": "e-1"}]}, None, None) == (
        "e-1",
        [{"id": "e-1"}],
    )
    assert selection("label", None, {"annotation": {"name": "label e-2"}}, None)[0] == "e-2"
    assert selection("row", None, None, {"rowId": "e-3"})[0] == "e-3"
    assert selection("row", None, None, ["junk"]) == (no_update, no_update)


def test_notes_are_added_edited_and_deleted(catalogue):
    event = catalogue.events()[0]
    version, text, editing, message, button = note_action(
        catalogue, ids.NOTE_SAVE, selected=event.id, text="Check it", editing=None, version=0
    )
    assert (version, text, editing, message, button) == (1, "", None, "Note added.", "Add note")
    [note] = catalogue.notes(event.id)
    _, text, editing, message, _ = note_action(
        catalogue, ids.note_edit(note.id), selected=event.id, text="", editing=None, version=1
    )
    assert (text, editing) == ("Check it", note.id)
    note_action(catalogue, ids.NOTE_SAVE, selected=event.id, text="Checked", editing=note.id,
                version=1)  # fmt: skip
    assert [n.text for n in catalogue.notes(event.id)] == ["Checked"]
    note_action(catalogue, ids.note_delete(note.id), selected=event.id, text="", editing=None,
                version=2)  # fmt: skip
    assert catalogue.notes(event.id) == []
    head, form, _sources = detail(catalogue, event.id, None)
    assert form == {} and head


def test_a_note_needs_text_and_an_event(catalogue):
    assert note_action(catalogue, ids.NOTE_SAVE, selected=None, text="x", editing=None,
                       version=0)[3] == "Select an event first."  # fmt: skip
    assert note_action(catalogue, ids.NOTE_SAVE, selected="e", text=["x"], editing=None,
                       version=0)[3] == "Write the note first."  # fmt: skip


def test_a_pasted_article_is_read_and_added(catalogue):
    pasted = "Published on June 10, 2025. The ministers will meet on Friday in Oslo."
    _uploaded, _status, date, _title, hint = read_article(
        payload=None, pasted=pasted, old_title="", from_upload=False, max_upload_bytes=10_000
    )
    assert date == "2025-06-10" and "check it" in hint
    version, message, paste, _, title, date, _ = add_article(
        catalogue, pasted=pasted, uploaded=None, source="Nordic Times", title="Oslo", published=date,
        version=3, max_upload_bytes=10_000,
    )  # fmt: skip
    assert version == 4 and paste == "" and "from Nordic Times" in message
    assert (title, date) == ("", "")  # the form is empty for the next article
    assert "Nordic Times" in catalogue.sources()


def _upload(name: str, text: str) -> dict:
    import base64

    return {
        "contents": "data:;base64," + base64.b64encode(text.encode()).decode(),
        "filename": name,
    }


def test_an_uploaded_archive_adds_every_row_with_its_own_source_and_date(catalogue):
    import json

    rows = [
        {"text": "The ministers met on Friday in Oslo.", "source": "Fjord Post",
         "published": "2025-06-14"},
        {"text": "Talks resumed on Monday in Bergen.", "source": "Bergen Daily",
         "published": "2025-06-17", "title": "Talks resume"},
    ]  # fmt: skip
    text = "\n".join(json.dumps(r) for r in rows) + "\n{broken\n"
    uploaded, status, date, title, hint = read_article(
        payload=_upload("norway.jsonl", text), pasted=None, old_title="x", from_upload=True,
        max_upload_bytes=100_000,
    )  # fmt: skip
    assert uploaded["archive"] and (date, title) == ("", "")
    assert status.startswith("Read 2 articles from norway.jsonl; 1 row skipped")
    assert "line 3: not JSON" in status and "fields above are not used" in hint
    # the form's source and date are not asked: each row brings its own
    version, message, *_ = add_article(
        catalogue, pasted="", uploaded=uploaded, source="", title="", published="", version=0,
        max_upload_bytes=100_000,
    )  # fmt: skip
    assert version == 1 and message.startswith("Added 2 articles from norway.jsonl:"), message
    assert {"Fjord Post", "Bergen Daily"} <= set(catalogue.sources())
    # a job adding many says which of them it reads (the page shows it while it works)
    more = [dict(r, text=r["text"].replace(" in ", " again in ")) for r in rows]
    docs = archive_documents("\n".join(json.dumps(r) for r in more), "more.jsonl", [])
    steps: list[str] = []
    ingest_articles(catalogue, docs, "more.jsonl", steps.append)
    assert any(step.startswith("finding the dates in article 2 of 2") for step in steps), steps
    days = {e.start for e in catalogue.events() if "Bergen" in e.label or "Oslo" in e.label}
    assert {dt.date(2025, 6, 13), dt.date(2025, 6, 16)} <= days


def test_an_archive_with_no_article_is_refused_with_what_is_wrong():
    uploaded, status, *_ = read_article(
        payload=_upload("empty.csv", "title,url\nA,b\n"), pasted=None, old_title="",
        from_upload=True, max_upload_bytes=100_000,
    )  # fmt: skip
    assert uploaded is None and "no 'text' column" in status


def test_an_article_without_a_source_is_refused_with_a_message(catalogue):
    version, message, *_ = add_article(
        catalogue, pasted="Talks on Friday.", uploaded=None, source="", title="", published="2025-05-07",
        version=0, max_upload_bytes=10_000,
    )  # fmt: skip
    assert version is no_update and "source" in message


def test_an_export_with_nothing_selected_says_so(catalogue):
    download, message = export_download(
        catalogue, "png", (["Nobody"], None, None, None, ""), show_notes=False, view=None,
        title="T", today=dt.date(2025, 5, 7),
    )  # fmt: skip
    assert download is None and message == "Nothing to export: no event passes the filters."


def test_an_html_export_of_the_view_is_a_download(catalogue):
    download, message = export_download(
        catalogue, "html", NO_FILTERS, show_notes=False, view=None, title="Xi in Moscow",
        today=dt.date(2025, 5, 7),
    )  # fmt: skip
    assert download["filename"] == "xi-in-moscow-2025-05-07.html"
    assert message == "Exported xi-in-moscow-2025-05-07.html."


def test_a_correction_whose_event_is_gone_is_shown_in_the_summary(catalogue):
    from dashboard.model import Action

    catalogue.store.add_decision("e-gone-1234", Action.HIDE)
    _fig, _rows, line = redraw(catalogue, NO_FILTERS, show_notes=False, view=None, selected=None,
                               zoom_only=False)  # fmt: skip
    assert "1 of your corrections name an event that no longer exists (hide e-gone-1234)" in line


def test_the_detail_panel_links_the_other_dating_of_a_happening(tmp_path):
    """xi-wire dates the talks Thursday (the seeds) and Friday (the wire): each event's panel
    offers the other, and a click on it selects it."""
    from pathlib import Path

    from dashboard.ingest.archive import read_documents

    wire = Path(__file__).parent / "data" / "multisource" / "xi-wire"
    with open_store(tmp_path / "w.sqlite") as store:
        ingest(store, read_documents([wire]).documents)
        catalogue = Catalogue(store)
        event = next(e for e in catalogue.events() if e.disagrees_with)
        head, _form, _sources = detail(catalogue, event.id, None)
        buttons = [
            b for part in head if "linked-events" in str(getattr(part, "className", ""))
            for li in part.children[1].children for b in [li.children]
        ]  # fmt: skip
        assert [b.id["index"] for b in buttons] == list(event.disagrees_with)
        other = next(e for e in catalogue.events() if e.id == event.disagrees_with[0])
        assert buttons[0].children.startswith(other.label)
    assert selection(ids.linked_event(other.id), 1, None, None) == (other.id, [{"id": other.id}])
    # drawn but not clicked yet: nothing changes
    assert selection(ids.linked_event(other.id), None, None, None) == (no_update, no_update)


def _in_a_new_thread(fn):
    """``fn()`` run on a thread of its own (the server answers each request on one): its
    result."""
    import threading

    result = []
    thread = threading.Thread(target=lambda: result.append(fn()))
    thread.start()
    thread.join()
    return result[0]


def test_a_new_thread_reads_the_events_the_others_read(catalogue):
    # The page's first requests come together, each on a thread whose connection has seen no
    # commit yet; a new thread once dropped the cache, and a story of 22,000 events was read
    # four times before the first chart (9.8 s).
    first = catalogue.events()
    assert _in_a_new_thread(catalogue.events) is first
    assert _in_a_new_thread(catalogue.events) is first


def test_threads_asking_at_once_read_the_store_once(catalogue):
    import threading

    from dashboard.app import catalogue as module

    reads = []
    original = module.curated_events

    def counted(store):
        reads.append(threading.get_ident())
        return original(store)

    gate = threading.Barrier(4)
    found = []

    def ask():
        gate.wait()
        found.append(catalogue.events())

    module.curated_events = counted
    try:
        threads = [threading.Thread(target=ask) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        module.curated_events = original
    assert len(reads) == 1
    assert all(events is found[0] for events in found)


def test_a_commit_of_another_connection_is_seen_by_old_and_new_threads(catalogue, tmp_path):
    from dashboard.store import Store

    before = catalogue.events()
    event = before[0]
    assert _in_a_new_thread(catalogue.events) is before
    with Store(tmp_path / "t.sqlite") as other:  # another serve or curate on the same file
        other.add_note(event.id, "written elsewhere")
    # this thread has asked before (SQLite's data_version), a new one has not (the files)
    assert catalogue.events() is not before
    again = catalogue.events()
    with Store(tmp_path / "t.sqlite") as other:
        other.add_note(event.id, "and again")
    assert _in_a_new_thread(catalogue.events) is not again
    assert [n.text for n in catalogue.notes(event.id)][-1] == "and again"
