"""The multi-source stories of tests/data/multisource: each line of their README, asserted.

Attribution is checked throughout: a disagreement text names a source only with the words that
source's own mention of that happening gives.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from dashboard.events import build_events
from dashboard.ingest.archive import read_documents

DATA = Path(__file__).parent / "data" / "multisource"
D = dt.date


def events_of(folder: str):
    report = read_documents([DATA / folder])
    assert report.problems == []
    return build_events(report.documents)


@pytest.fixture(scope="module")
def dispatch():
    return events_of("xi-dispatch")


@pytest.fixture(scope="module")
def wire():
    return events_of("xi-wire")


def on(events, start, end=None):
    return [e for e in events if (e.start, e.end) == (start, end or start)]


def quoted_claims(text: str):
    """(span, who, [quoted words]) of each dating a disagreement text lists."""
    return [
        (span, who, re.findall(r'"([^"]+)"', quotes))
        for span, who, quotes in re.findall(
            r"(\d{4}-\d\d-\d\d(?:/\S+)?) by ([^(;]+) \(([^)]*)\)", text
        )
    ]


def assert_attribution_checked(events):
    """Every 'dated X by S ("w")' in a disagreement: some mention of S (or reported by S) in the
    story gives exactly X with the words w, in a sentence about the same happening as the event."""
    mentions = [m for e in events for m in e.mentions]
    for event in events:
        if not event.disagreement:
            continue
        for span, who, words in quoted_claims(event.disagreement):
            for w in words:
                assert any(
                    m.text == w
                    and span.startswith(m.start.isoformat())
                    and (who == m.source or who.endswith(f"as reported by {m.source}"))
                    for m in mentions
                ), (event.label, span, who, w)


# xi-dispatch


def test_dispatch_the_state_visit_is_one_event_from_all_three_sources(dispatch):
    (visit,) = [e for e in dispatch if (e.start, e.end) == (D(2025, 5, 7), D(2025, 5, 10))]
    assert set(visit.sources) == {"United Front", "What's Planned", "Moscow Dispatch"}
    assert any("left Moscow on Saturday" in m.sentence for m in visit.mentions)
    assert "visit" in visit.label.lower()


def test_dispatch_the_talks_disagree_wednesday_kremlin_readout_against_thursday(dispatch):
    (wednesday,) = [e for e in on(dispatch, D(2025, 5, 7)) if "talks" in e.label]
    (thursday,) = [e for e in on(dispatch, D(2025, 5, 8)) if "talks" in e.label]
    assert wednesday.sources == ("Moscow Dispatch",) and thursday.sources == ("United Front",)
    for event in (wednesday, thursday):
        claims = quoted_claims(event.disagreement or "")
        assert ("2025-05-08", "United Front", ["Thursday"]) in claims
        assert (
            "2025-05-07",
            "a Kremlin readout, as reported by Moscow Dispatch",
            ["Wednesday"],
        ) in claims


def test_dispatch_the_parade_on_friday_9_may_from_three_sources(dispatch):
    (parade,) = [e for e in on(dispatch, D(2025, 5, 9)) if "parade" in e.label.lower()]
    assert set(parade.sources) == {"United Front", "What's Planned", "Moscow Dispatch"}
    assert any("Friday's parade" in m.sentence for m in parade.mentions)


def test_dispatch_the_8_may_side_is_russian_state_television_as_reported(dispatch):
    (claim,) = [e for e in on(dispatch, D(2025, 5, 8)) if "parade" in e.label.lower()]
    (mention,) = claim.mentions
    assert mention.source == "Moscow Dispatch"
    assert mention.attributed_to == "Russian state television"
    (parade,) = [e for e in on(dispatch, D(2025, 5, 9)) if "parade" in e.label.lower()]
    for event in (claim, parade):
        assert "Russian state television, as reported by Moscow Dispatch" in event.disagreement
        # The dispatch's own dating is 9 May: it is never said to date the parade 8 May itself.
        assert "2025-05-08 by Moscow Dispatch" not in event.disagreement


def test_dispatch_putins_trip_is_one_event_narrowed_to_early_september(dispatch):
    (trip,) = [e for e in dispatch if "China" in e.label and e.start.year == 2025]
    assert (trip.start, trip.end) == (D(2025, 9, 1), D(2025, 9, 10))
    assert trip.disagreement is None
    words = {m.source: m.text for m in trip.mentions}
    assert words == {
        "United Front": "later this year",
        "What's Planned": "late August or early September",
        "Moscow Dispatch": "September",
    }


def test_dispatch_gas_talks_next_week_and_the_2001_treaty(dispatch):
    (gas,) = on(dispatch, D(2025, 5, 12), D(2025, 5, 18))
    assert gas.sources == ("Moscow Dispatch",) and "Beijing" in gas.label
    (treaty,) = on(dispatch, D(2001, 1, 1), D(2001, 12, 31))
    assert "Treaty" in treaty.label


def test_dispatch_1945_the_1970s_and_2022_as_before(dispatch):
    assert on(dispatch, D(1945, 1, 1), D(1945, 12, 31))
    assert on(dispatch, D(1970, 1, 1), D(1979, 12, 31))
    assert on(dispatch, D(2022, 1, 1), D(2022, 12, 31))


def test_dispatch_no_phrase_counted_from_another_event_is_dated(dispatch):
    assert not [m for e in dispatch for m in e.mentions if m.text == "a day earlier"]


def test_dispatch_every_claim_is_attributed_to_who_gave_it(dispatch):
    assert_attribution_checked(dispatch)


# xi-wire


def test_wire_talks_thursday_against_friday(wire):
    (thursday,) = [e for e in on(wire, D(2025, 5, 8)) if "talks" in e.label]
    (friday,) = [e for e in on(wire, D(2025, 5, 9)) if "talks" in e.label]
    assert thursday.sources == ("United Front",) and friday.sources == ("Wire",)
    assert "2025-05-09 by a Kremlin source, as reported by Wire" in thursday.disagreement
    assert '2025-05-08 by United Front ("Thursday")' in friday.disagreement


def test_wire_parade_9_may_against_8_may(wire):
    (ninth,) = [e for e in on(wire, D(2025, 5, 9)) if "parade" in e.label.lower()]
    (eighth,) = [e for e in on(wire, D(2025, 5, 8)) if "parade" in e.label.lower()]
    assert set(ninth.sources) == {"United Front", "What's Planned"}
    assert eighth.sources == ("Wire",)
    assert '2025-05-08 by Wire ("May 8")' in ninth.disagreement
    assert "2025-05-09 by United Front" in eighth.disagreement


def test_wire_the_8_may_sentence_belongs_to_the_8_may_parade_only(wire):
    sentence = "The Victory Day military parade in Red Square will be held on May 8."
    holders = [e for e in wire if any(m.sentence == sentence for m in e.mentions)]
    assert [(e.start, e.end) for e in holders] == [(D(2025, 5, 8), D(2025, 5, 8))]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a time restated in another zone, in brackets: one happening, on the first date
        ("The riser was cut at 1930 CDT on 1 June (0030 GMT 2 June).", [D(2010, 6, 1)]),
        ("The talks end at 2200 on Friday (0300 GMT Saturday).", [D(2010, 6, 4)]),
        # a bracket that names a date of its own is another happening
        ("The vote is on 4 June (the rally on 5 June).", [D(2010, 6, 4), D(2010, 6, 5)]),
        (
            "The riser was cut on 1 June (the cap was fitted 2 June).",
            [D(2010, 6, 1), D(2010, 6, 2)],
        ),
    ],
)
def test_a_time_restated_in_another_zone_is_not_a_second_day(text, days):
    from dashboard.ingest.documents import document_from_text

    doc = document_from_text(text, source="Wire", published=D(2010, 6, 3))
    assert sorted({e.start for e in build_events([doc])}) == days


def test_wire_united_front_never_dates_the_parade_thursday(wire):
    for event in wire:
        if event.disagreement and "parade" in event.label.lower():
            assert '"Thursday"' not in event.disagreement
    assert_attribution_checked(wire)


# cable-deal: five sources of our own (a plan, its change, the act, a reported claim, a paraphrase)


@pytest.fixture(scope="module")
def cable():
    return events_of("cable-deal")


def test_cable_the_plan_is_anchored_forward_and_the_move_is_a_change(cable):
    (plan,) = [e for e in cable if e.sources == ("Baltic Times",) and e.start.month == 6]
    assert (plan.start, plan.end) == (D(2025, 6, 6), D(2025, 6, 6))  # Friday after Monday 2 June
    assert plan.disagreement.startswith("Date changed:")
    assert '"brought forward to Wednesday by the Estonian government"' in plan.disagreement
    (signed,) = [e for e in on(cable, D(2025, 6, 4)) if "Helsinki Post" in e.sources]
    assert {"Helsinki Post", "Nordic Wire"} <= set(signed.sources)


def test_cable_a_reported_claim_is_the_claimants_as_reported(cable):
    (claim,) = [e for e in cable if e.sources == ("Riga Review",) and e.start == D(2025, 6, 2)]
    assert claim.mentions[0].attributed_to == "Latvian state radio"
    assert "Latvian state radio, as reported by Riga Review" in claim.disagreement
    assert '2025-06-02 by Riga Review ("Monday")' not in claim.disagreement


def test_cable_counting_from_the_plan_is_not_dated_from_the_publication(cable):
    assert not [m for e in cable for m in e.mentions if "earlier" in m.text]
    assert_attribution_checked(cable)


# Bad input


def test_contradictions_within_one_article_keep_both_datings():
    from dashboard.model import Document

    text = (
        "The ministers signed the water treaty in Oslo on Tuesday.\n\n"
        "The water treaty was signed by the ministers in Oslo on Thursday."
    )
    doc = Document("d" * 16, "Fjord News", "Treaty", text, D(2025, 6, 6))
    events = build_events([doc])
    days = sorted(m.start for e in events for m in e.mentions)
    assert days == [D(2025, 6, 3), D(2025, 6, 5)]  # both kept, neither silently dropped


def test_a_source_that_names_no_date_gives_no_event_and_no_error():
    from dashboard.model import Document

    doc = Document("e" * 16, "Undated", "", "The talks went well, officials said.", None)
    assert build_events([doc]) == []


def test_the_same_article_under_two_sources_is_one_document(tmp_path):
    text = (DATA / "cable-deal" / "helsinki-post.txt").read_text()
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.txt").write_text(text)
    (tmp_path / "metadata.csv").write_text(
        "file,source,title,url,published\n"
        "a.txt,Helsinki Post,,,2025-06-05\nb.txt,Copy Desk,,,2025-06-05\n"
    )
    report = read_documents([tmp_path])
    assert len({d.id for d in report.documents}) == len(report.documents)
    events = build_events(report.documents)
    signed = [e for e in events if e.start == D(2025, 6, 4)]
    assert signed and all(len({m.document_id for m in e.mentions}) == 1 for e in signed)


def test_cable_put_their_names_to_is_the_signing(cable):
    (signed,) = [e for e in on(cable, D(2025, 6, 4)) if "Helsinki Post" in e.sources]
    assert "Energy Daily" in signed.sources  # "put their names to the cable deal" = "signed"


def test_two_anniversaries_counting_back_to_one_year_are_one_happening(dispatch):
    (war,) = on(dispatch, D(1945, 1, 1), D(1945, 12, 31))
    assert {"United Front", "What's Planned"} <= set(war.sources)
    assert {m.text for m in war.mentions} >= {"80 years", "80th anniversary"}


def test_anniversaries_of_different_counts_stay_apart():
    from dashboard.model import Document

    a = Document("a" * 16, "A", "", "Leaders marked 80 years since the war ended.", D(2025, 5, 7))
    b = Document(
        "b" * 16, "B", "", "Leaders marked the 70th anniversary of the treaty.", D(2025, 5, 7)
    )
    years = sorted((e.start.year, e.sources) for e in build_events([a, b]))
    assert years == [(1945, ("A",)), (1955, ("B",))]


def test_a_disagreement_links_the_two_events_by_id(dispatch, wire):
    for events in (dispatch, wire):
        by_id = {e.id: e for e in events}
        linked = [e for e in events if e.disagrees_with]
        assert linked
        for event in linked:
            assert event.disagreement
            for other in event.disagrees_with:
                assert other in by_id and other != event.id
                assert (by_id[other].start, by_id[other].end) != (event.start, event.end)
    (thursday,) = [e for e in on(wire, D(2025, 5, 8)) if "talks" in e.label]
    (friday,) = [e for e in on(wire, D(2025, 5, 9)) if "talks" in e.label]
    assert thursday.disagrees_with == (friday.id,) and friday.disagrees_with == (thursday.id,)


def test_the_link_survives_the_store(tmp_path):
    from dashboard import timeline
    from dashboard.store import Store

    report = read_documents([DATA / "xi-wire"])
    with Store(tmp_path / "t.sqlite") as store:
        timeline.ingest(store, report.documents)
        stored = store.events()
    assert any(e.disagrees_with for e in stored)
    assert {e.id for e in stored} >= {i for e in stored for i in e.disagrees_with}


# vote-delay: five sources of our own (a plan, its postponement, the act in two wordings, a
# union's claim of another day, phrases that count from the vote)


@pytest.fixture(scope="module")
def vote():
    return events_of("vote-delay")


def _vote_day(events):
    (held,) = on(events, D(2025, 3, 11))
    return held


def test_vote_the_plan_is_anchored_forward_to_thursday(vote):
    (plan,) = [e for e in vote if e.sources == ("Harbour Gazette",)]
    assert (plan.start, plan.end) == (D(2025, 3, 6), D(2025, 3, 6))  # Thursday after Mon 3 March


def test_vote_the_postponement_keeps_both_datings_and_the_movers_words(vote):
    (plan,) = on(vote, D(2025, 3, 6))
    held = _vote_day(vote)
    assert plan.disagreement.startswith("Date changed:")
    assert (
        '2025-03-06 by the speaker\'s office, as reported by Harbour Gazette ("Thursday")'
        in plan.disagreement
    )
    assert '2025-03-11 by Coastal Wire ("next Tuesday")' in plan.disagreement
    assert '"postponed until next Tuesday by the speaker"' in plan.disagreement
    assert plan.disagrees_with == (held.id,)
    assert plan.id in held.disagrees_with


def test_vote_the_vote_is_one_event_in_other_words_and_named_for_what_happened(vote):
    held = _vote_day(vote)
    assert set(held.sources) == {"Coastal Wire", "Island Herald", "Market Note"}
    assert any("backed new rules for the fishing fleet" in m.sentence for m in held.mentions)
    assert "postponed" not in held.label  # the move is in the note, the label says what happened


def test_vote_the_unions_monday_is_its_claim_as_reported_and_a_disagreement(vote):
    (claim,) = on(vote, D(2025, 3, 10))
    (mention,) = claim.mentions
    assert mention.attributed_to == "The Marrow Islands fishermen's union"
    held = _vote_day(vote)
    for event in (claim, held):
        assert "Sources disagree on the date:" in event.disagreement
        assert 'fishermen\'s union, as reported by Fleet Review ("Monday")' in event.disagreement
        assert '2025-03-11 by Island Herald ("Tuesday")' in event.disagreement
        assert "2025-03-10 by Fleet Review" not in event.disagreement  # the union's, not its own
    assert claim.disagrees_with == (held.id,)


def test_vote_phrases_counting_from_the_vote_are_not_dated_from_the_publication(vote):
    texts = [m.text.lower() for e in vote for m in e.mentions]
    assert not [t for t in texts if "before" in t or "later" in t]
    # Counted from the publication dates they would be 2 March and 14 March.
    assert not on(vote, D(2025, 3, 2)) and not on(vote, D(2025, 3, 14))


def test_vote_every_claim_is_attributed_to_who_gave_it(vote):
    assert_attribution_checked(vote)


def test_a_source_with_no_publication_date_keeps_only_dates_that_need_no_anchor():
    from dashboard.model import Document

    text = (
        "The Marrow Islands parliament voted on the fisheries bill on Tuesday.\n\n"
        "The bill was first tabled in parliament on 4 February 2025."
    )
    doc = Document("f" * 16, "Undated Weekly", "Fisheries", text, None)
    events = build_events([doc])
    assert [(e.start, e.end) for e in events] == [(D(2025, 2, 4), D(2025, 2, 4))]


def test_bad_input_added_to_a_store_loses_nothing_already_stored(tmp_path):
    """An article with no date at all, one that contradicts itself, one with no publication date
    and a copy of a stored article under another source: each gives a clear result, and every
    mention and source already stored is still there afterwards."""
    from dashboard import timeline
    from dashboard.model import Document
    from dashboard.store import Store

    report = read_documents([DATA / "vote-delay"])
    copy = (DATA / "vote-delay" / "island-herald.txt").read_text()
    bad = [
        Document("1" * 16, "Undated", "", "The talks went well, officials said.", None),
        Document(
            "2" * 16,
            "Muddled Daily",
            "",
            "Lawmakers approved the fisheries bill on Tuesday.\n\n"
            "Lawmakers approved the fisheries bill on Thursday.",
            D(2025, 3, 14),
        ),
        Document("3" * 16, "No Date Post", "", "The bill was tabled on 4 February 2025.", None),
    ]
    with Store(tmp_path / "t.sqlite") as store:
        timeline.ingest(store, report.documents)
        before = store.events()
        (tmp_path / "copy").mkdir()
        (tmp_path / "copy" / "a.txt").write_text(copy)
        (tmp_path / "copy" / "metadata.csv").write_text(
            "file,source,title,url,published\na.txt,Copy Desk,,,2025-03-12\n"
        )
        again = read_documents([tmp_path / "copy"]).documents
        result = timeline.ingest(store, [*bad, *again])
        after = store.events()
    assert {d.id for d in again} <= {d.id for d in report.documents}  # the copy is stored already
    assert len(result.added) == len(bad)

    def keys(events):
        return {(m.document_id, m.sentence, m.timex_start) for e in events for m in e.mentions}

    assert keys(before) <= keys(after)
    sources_after = {k: e.sources for e in after for k in keys([e])}
    for event in before:
        for k in keys([event]):
            assert set(event.sources) <= set(sources_after[k]) | {"Muddled Daily", "No Date Post"}
    muddled = sorted(m.start for e in after for m in e.mentions if m.source == "Muddled Daily")
    assert muddled == [D(2025, 3, 11), D(2025, 3, 13)]  # both of its datings kept
    assert [m.start for e in after for m in e.mentions if m.source == "No Date Post"] == [
        D(2025, 2, 4)
    ]
    assert not [e for e in after if "Undated" in e.sources]
