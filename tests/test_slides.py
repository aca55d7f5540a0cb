"""The briefing deck from the seeds, reopened with python-pptx; and the deck's pure helpers."""

from __future__ import annotations

import datetime as dt
from io import BytesIO

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE

from dashboard.events import build_events
from dashboard.events import rank as rank_events
from dashboard.export import ExportError, export_timeline, export_view, shared_session
from dashboard.export.deck import (
    MAX_EVENT_SLIDES,
    SLIDE_HEIGHT,
    SLIDE_WIDTH,
    build_deck,
    format_span,
    key_events,
    quote_parts,
)
from dashboard.ingest.archive import load_documents
from dashboard.model import Certainty, Event, Mention, Note
from dashboard.wording import period_text

D = dt.date


@pytest.fixture(scope="module")
def seed_documents(seeds_dir):
    return load_documents([seeds_dir])


@pytest.fixture(scope="module")
def seed_events(seed_documents):
    return build_events(seed_documents)


@pytest.fixture(scope="module")
def deck(seed_events, seed_documents, output_dir):
    path = build_deck(
        export_view(
            seed_events, documents=seed_documents, title="Xi Jinping's state visit to Moscow"
        ),
        output_dir / "seed-deck.pptx",
        session=shared_session(),
    )
    return Presentation(str(path))


def _text(slide) -> str:
    return "\n".join(shape.text_frame.text for shape in slide.shapes if shape.has_text_frame)


def _notes(slide) -> str:
    return slide.notes_slide.notes_text_frame.text


@pytest.mark.export
def test_deck_is_16_9_with_title_timeline_and_one_slide_per_key_event(deck, seed_events):
    assert (deck.slide_width, deck.slide_height) == (SLIDE_WIDTH, SLIDE_HEIGHT)
    assert deck.core_properties.title == "Xi Jinping's state visit to Moscow"
    assert deck.slide_width * 9 == deck.slide_height * 16
    expected = 3 + min(len(seed_events), MAX_EVENT_SLIDES)  # title, chronology, timeline
    assert len(deck.slides) == expected


@pytest.mark.export
def test_title_slide_names_the_story_the_sources_and_the_span(deck, seed_events):
    text = _text(deck.slides[0])
    assert "Xi Jinping's state visit to Moscow" in text
    for source in ("United Front", "What's Planned"):
        assert source in text
    assert "published 7 May 2025" in text
    first, last = min(e.start for e in seed_events), max(e.end for e in seed_events)
    assert period_text(first, last) in text  # "1945–2025", not a false "1 January 1945"
    assert "1 January" not in text
    assert f"{len(seed_events)} events" in text


@pytest.mark.export
def test_timeline_slide_is_a_full_width_16_9_picture(deck):
    pictures = [s for s in deck.slides[2].shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert len(pictures) == 1
    picture = pictures[0]
    assert (picture.left, picture.top) == (0, 0)
    assert (picture.width, picture.height) == (deck.slide_width, deck.slide_height)
    image = Image.open(BytesIO(picture.image.blob))
    assert image.size == (3840, 2160)
    assert "United Front" in _notes(deck.slides[2])


@pytest.mark.export
def test_the_chronology_lists_the_key_events_in_date_order_at_their_own_precision(
    deck, seed_events
):
    text = _text(deck.slides[1])
    assert text.startswith("Chronology")
    key = key_events(seed_events)
    # a headline (up to 80 characters) is cut to the chronology's line: its start is there
    positions = [text.index(e.label[:60]) for e in key]
    assert positions == sorted(positions)
    for when in ("1945", "the 1970s", "2022", "7–10 May 2025", "late Aug – early Sep 2025"):
        assert when in text
    assert "1 January" not in text


@pytest.mark.export
def test_event_slides_come_in_date_order_with_quotes_and_cited_notes(deck, seed_events):
    ranked = key_events(seed_events)
    assert [e.start for e in ranked] == sorted(e.start for e in ranked)
    for slide, event in zip(list(deck.slides)[3:], ranked, strict=True):
        text = _text(slide)
        assert event.label in text
        for source in event.sources:
            assert source in text
        notes = _notes(slide)
        for source in event.sources:
            assert source in notes
        assert "published" in notes
    most_important = rank_events(seed_events)[0]
    assert most_important in ranked


@pytest.mark.export
def test_analyst_notes_go_into_the_speaker_notes(seed_events, seed_documents, tmp_path):
    top = rank_events(seed_events)[0]
    now = dt.datetime(2025, 5, 8, 9, 0)
    notes = {top.id: [Note(1, top.id, "Check the Kremlin readout", now, now)]}
    path = export_timeline(
        export_view(seed_events, documents=seed_documents, notes=notes, preset="slide"),
        tmp_path / "with-notes.pptx",
        session=shared_session(),
    )
    deck = Presentation(str(path))
    [slide] = [s for s in list(deck.slides)[3:] if top.label in _text(s)]
    assert "Check the Kremlin readout" in _notes(slide)
    assert "Check the Kremlin readout" in _text(slide)


def test_deck_to_a_missing_folder_fails_before_rendering(seed_events, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        build_deck(export_view(seed_events, documents=[]), tmp_path / "nope" / "deck.pptx")


# --- pure helpers ------------------------------------------------------------------------------


def _mention(source: str, sentence: str, timex: str, day: dt.date) -> Mention:
    at = sentence.index(timex)
    return Mention(
        "doc-" + source,
        source,
        timex,
        sentence,
        day.isoformat(),
        day,
        day,
        Certainty.EXACT,
        at,
        at + len(timex),
        D(2025, 5, 7),
    )


def test_events_never_scored_rank_most_reported_first():
    talks = Event(
        "a",
        "Talks",
        D(2025, 5, 8),
        D(2025, 5, 8),
        Certainty.EXACT,
        (
            _mention("A", "Talks on Thursday.", "Thursday", D(2025, 5, 8)),
            _mention("B", "Talks set for Thursday.", "Thursday", D(2025, 5, 8)),
        ),
    )
    parade = Event(
        "b",
        "Parade",
        D(2025, 5, 9),
        D(2025, 5, 9),
        Certainty.EXACT,
        (_mention("A", "The parade on Friday.", "Friday", D(2025, 5, 9)),),
    )
    earlier = Event(
        "c",
        "Arrival",
        D(2025, 5, 7),
        D(2025, 5, 7),
        Certainty.EXACT,
        (_mention("B", "He arrived on Wednesday.", "Wednesday", D(2025, 5, 7)),),
    )
    assert [e.id for e in rank_events([parade, earlier, talks])] == ["a", "c", "b"]


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2025, 5, 8), D(2025, 5, 8), "Thursday 8 May 2025"),
        (D(2025, 5, 9), D(2025, 5, 12), "9–12 May 2025"),
        (D(2025, 8, 21), D(2025, 9, 10), "21 August – 10 September 2025"),
        (D(1970, 1, 1), D(1979, 12, 31), "1970–1979"),
        (D(2025, 1, 1), D(2025, 12, 31), "2025"),
        (D(2025, 8, 1), D(2025, 9, 30), "August – September 2025"),
        (D(2025, 2, 1), D(2025, 2, 28), "February 2025"),
    ],
)
def test_format_span(start, end, expected):
    assert format_span(start, end) == expected


def test_quote_parts_bolds_the_time_expression_and_cuts_long_sentences():
    short = _mention("A", "Xi meets Putin on Thursday in Moscow.", "Thursday", D(2025, 5, 8))
    assert quote_parts(short) == ("Xi meets Putin on ", "Thursday", " in Moscow.")
    long_sentence = "word " * 100 + "on Thursday " + "more " * 100
    before, timex, after = quote_parts(
        _mention("A", long_sentence, "Thursday", D(2025, 5, 8)), limit=120
    )
    assert timex == "Thursday"
    assert before.startswith("… ") and after.endswith(" …")
    assert len(before) + len(timex) + len(after) < 140


def test_many_long_quotes_are_cut_to_fit_and_the_rest_go_to_the_notes():
    from dashboard.export.deck import deck_bytes

    sentence = "Officials said, on condition of anonymity, " + "that the plans may change, " * 12
    sentence += (
        "and the delegation arrives on Thursday for talks " + "with ministers and others " * 10
    )
    sources = [f"Source {i}" for i in range(6)]
    event = Event(
        "big",
        "A very long label " * 8,
        D(2025, 5, 8),
        D(2025, 5, 8),
        Certainty.EXACT,
        tuple(_mention(s, sentence, "Thursday", D(2025, 5, 8)) for s in sources),
        "Source 0 says Thursday, Source 5 says Friday",
    )
    png = Image.new("RGB", (3840, 2160), "white")
    buffer = BytesIO()
    png.save(buffer, "PNG")
    deck = Presentation(
        BytesIO(deck_bytes(export_view([event], documents=()), timeline_png=buffer.getvalue()))
    )
    slide = deck.slides[3]
    for shape in slide.shapes:
        assert shape.top + shape.height <= deck.slide_height
        assert shape.left + shape.width <= deck.slide_width
    text = _text(slide)
    assert "more sources: see the notes" in text
    assert "Thursday" in text
    assert len(text) < 1400
    notes = _notes(slide)
    assert all(s in notes for s in sources)  # every source is cited in the notes
