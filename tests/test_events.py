"""Events from the seed articles, labels, implied dates, and the merge rules on hand-made mentions."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.events import (
    Candidate,
    build_events,
    extract_candidates,
    extract_events,
    merge_candidates,
)
from dashboard.events.labels import HEADLINE_CHARS, make_label
from dashboard.events.words import actor_words, content_words, name_words
from dashboard.ingest.archive import load_documents
from dashboard.ingest.documents import document_from_text
from dashboard.model import Certainty, Mention

D = dt.date


@pytest.fixture(scope="module")
def seed_events(seeds_dir):
    return build_events(load_documents([seeds_dir]))


def _find(events, start, end=None, *, words=()):
    end = end or start
    found = [
        e
        for e in events
        if (e.start, e.end) == (start, end)
        and all(
            w.lower() in (e.label + " ".join(m.sentence for m in e.mentions)).lower() for w in words
        )
    ]
    assert found, f"no event {start}..{end} with {words}: " + "; ".join(
        f"{e.start}..{e.end} {e.label}" for e in events
    )
    return found[0]


BOTH = {"United Front", "What's Planned"}


def test_state_visit_from_both_sources(seed_events):
    visit = _find(seed_events, D(2025, 5, 7), D(2025, 5, 10), words=["state visit"])
    assert set(visit.sources) == BOTH
    assert visit.certainty == Certainty.RANGE


def test_formal_talks_on_thursday(seed_events):
    talks = _find(seed_events, D(2025, 5, 8), words=["talks"])
    assert talks.label == "Xi to meet Putin for formal talks"
    assert talks.certainty == Certainty.EXACT


def test_parade_friday_and_may_9_are_one_event(seed_events):
    parade = _find(seed_events, D(2025, 5, 9), words=["parade"])
    assert set(parade.sources) == BOTH
    assert {"Friday", "May 9"} <= {m.text for m in parade.mentions}
    assert "parade" in parade.label.lower()


def test_visit_to_china_narrowed_by_both_sources(seed_events):
    china = _find(seed_events, D(2025, 8, 21), D(2025, 9, 10), words=["China"])
    assert set(china.sources) == BOTH
    assert {m.text for m in china.mentions} >= {"later this year", "late August or early September"}
    assert china.certainty == Certainty.APPROXIMATE


def test_implied_and_historical_dates(seed_events):
    _find(seed_events, D(2022, 1, 1), D(2022, 12, 31), words=["partnership"])
    seventies = _find(seed_events, D(1970, 1, 1), D(1979, 12, 31))
    assert "Washington" in seventies.label
    defeat = _find(seed_events, D(1945, 1, 1), D(1945, 12, 31), words=["Nazi Germany"])
    assert defeat.label == "Defeat of Nazi Germany"
    _find(seed_events, D(1945, 1, 1), D(1945, 12, 31), words=["Soviet victory"])


def test_no_event_from_debris_or_ordinals(seed_events):
    for event in seed_events:
        assert len(event.label) <= HEADLINE_CHARS  # an event's label is a headline (80)
        for m in event.mentions:
            assert "11th" not in m.text
            assert not m.sentence.startswith(
                ("Others are reading", "Also read", "Ads by", "Homepage")
            )
            assert m.sentence[m.timex_start : m.timex_end] == m.text


def test_event_ids_are_stable_when_articles_are_added(seeds_dir):
    from dashboard.events import mention_key

    first, second = load_documents([seeds_dir])
    alone = build_events([first])
    together = build_events([first, second])
    by_mention = {
        mention_key(m.document_id, m.sentence, m.timex_start): e
        for e in together
        for m in e.mentions
    }
    for event in alone:
        now = by_mention[event.id]  # an event's id is the key of its first mention
        # It keeps its id, unless the new article showed it is the same happening as another
        # event of the first article, which then gives the id (the earlier first mention).
        assert now.id == event.id or now.id in {e.id for e in alone}
    kept = {e.id for e in alone} & {e.id for e in together}
    assert {e.id for e in alone if "talks" in e.label or "state visit" in e.label} <= kept


def test_frame_columns(seeds_dir):
    frame = extract_events(load_documents([seeds_dir]))
    assert {"start", "end", "label", "sources", "certainty", "mention_count"} <= set(frame.columns)
    assert len(frame) >= 7
    assert frame["mention_count"].max() >= 2


def test_undated_article_keeps_only_absolute_dates():
    doc = document_from_text(
        "The talks resumed on Thursday. The treaty was signed on May 9, 1945, in Berlin.",
        source="Undated",
    )
    assert doc.published is None
    events = build_events([doc])
    assert [(e.start, e.end) for e in events] == [(D(1945, 5, 9), D(1945, 5, 9))]


def test_no_event_from_a_page_stamp_that_gives_its_date_first():
    text = (
        "Last updated: 19 January, 2010 - 14:10 GMT Haiti earthquake: the struggle to distribute "
        "aid The former US President, Bill Clinton, has been in Haiti. Aid reached Jacmel on Monday."
    )
    events = build_events([document_from_text(text, source="T", published=D(2010, 1, 19))])
    assert [(e.start, e.label) for e in events] == [(D(2010, 1, 18), "Aid reached Jacmel")]


@pytest.mark.parametrize("glue", ["\n", " "])
def test_no_event_from_a_publication_line(glue):
    text = (
        "Geneva talks announced\nPublished on June 10, 2025." + glue + "Negotiators will meet in "
        "Geneva on Monday, June 16, 2025, for a first round of talks.\nUpdated June 11, 2025 9:00 a.m.\n"
    )
    events = build_events([document_from_text(text, source="T")])
    assert [(e.start, e.end) for e in events] == [(D(2025, 6, 16), D(2025, 6, 16))]
    assert "Published" not in events[0].label


def test_a_labels_capital_first_word_is_no_name():
    # "Opening statement" labels "In Tuesday's opening statement, …": nobody is called Opening
    text = (
        "In Tuesday's opening statement, lead prosecutor David Walgren told the court the "
        "evidence would show negligence."
    )
    doc = document_from_text(text, source="T", published=D(2011, 9, 28))
    (candidate,) = extract_candidates(doc)
    assert candidate.label.startswith("Opening")
    assert "opening" not in candidate.names and "walgren" in name_words(text)


def test_no_event_from_the_page_speaking_of_itself():
    # a live page's entries, stamped with their clock time; two speak of the page, not the news
    text = (
        "As it happened: the quake. (All times GMT.) 0000 The BBC is discontinuing this "
        "live update page for the night. 2040 Officials say they have halted deportations. 2034 "
        "Sorry for the delays to the liveblog. 0930 Rescuers reached the capital."
    )
    doc = document_from_text(text, source="Live", published=D(2010, 1, 13))
    events = build_events([doc])
    labels = " | ".join(e.label for e in events)
    assert [(e.start, e.end) for e in events] == [(D(2010, 1, 13), D(2010, 1, 13))] * 2, labels
    assert "page" not in labels and "liveblog" not in labels


@pytest.mark.parametrize(
    ("sentence", "written", "start", "end"),
    [
        ("The G7 summit runs June 25-27 in Canada.", "June 25-27", D(2025, 6, 25), D(2025, 6, 27)),
        ("The festival runs 8–10 May.", "8–10 May", D(2025, 5, 8), D(2025, 5, 10)),
        ("Leaders will meet from June 12 to June 14.", "June 12 to June 14", D(2025, 6, 12),
         D(2025, 6, 14)),
        ("Between March and June, prices fell.", "March and June", D(2025, 3, 1), D(2025, 6, 30)),
        ("The 2009-2010 pandemic killed many.", "2009-2010", D(2009, 1, 1), D(2010, 12, 31)),
    ],
)  # fmt: skip
def test_a_range_of_dates_is_one_event_spanning_it(sentence, written, start, end):
    doc = document_from_text(sentence, source="S", published=D(2025, 5, 7))
    [event] = build_events([doc])
    assert (event.start, event.end) == (start, end)
    assert event.mentions[0].text == written
    assert "/" in event.mentions[0].value  # an ISO 8601 interval: first/second
    assert "-" not in event.label.split()  # no dash left over from the range


def test_a_period_ended_on_a_date_is_labelled_by_its_clause_not_by_ended():
    doc = document_from_text(
        "Shoney's Inc. said it will report a write-off of $2.5 million for its fourth quarter "
        "ended yesterday.",
        source="S",
        published=D(1989, 11, 2),
    )
    assert {e.label for e in build_events([doc])} == {
        "Shoney's to report a write-off of $2.5 million"
    }


def test_a_date_moved_is_two_dates_not_a_range():
    doc = document_from_text(
        "The vote was moved from Monday, May 12, to Friday, May 16.",
        source="S",
        published=D(2025, 5, 7),
    )
    assert [(e.start, e.end) for e in build_events([doc])] == [
        (D(2025, 5, 12), D(2025, 5, 12)),
        (D(2025, 5, 16), D(2025, 5, 16)),
    ]


def test_article_without_dates_gives_no_event():
    doc = document_from_text("Nothing here has a date.", source="S", published=D(2025, 5, 7))
    assert build_events([doc]) == []


@pytest.mark.parametrize(
    ("sentence", "timex", "label"),
    [
        (
            "Kremlin aide Yuri Ushakov indicated that Putin may pay a reciprocal visit to China "
            "later this year.",
            "later this year",
            "Putin may pay a reciprocal visit to China",
        ),
        (
            "Putin is already scheduled to travel to China in late August or early September.",
            "late August or early September",
            "Putin to travel to China",
        ),
        (
            "U.S. President Bill Clinton said Thursday that he had ordered the strikes after "
            "receiving evidence.",
            "Thursday",
            "Bill Clinton: he had ordered the strikes",
        ),
        (
            "But the solid construction of the embassy may have prevented the carnage of a "
            "similar bomb in Kenya, an official said Saturday.",
            "Saturday",
            "The solid construction may have prevented the carnage",
        ),
        # An editorial intro is not a happening: what follows it is.
        (
            "Following are statements made Saturday by world leaders condemning the bombings.",
            "Saturday",
            "Statements made by world leaders condemning the bombings",
        ),
        (
            "The following are the latest figures as of Monday for the dead and injured.",
            "Monday",
            "Latest figures for the dead",
        ),
        # Quoted words, then who said them.
        (
            '"We will not go over a certain level," said David N. McCammon, Ford\'s vice '
            "president for finance, at a news conference yesterday in Dearborn, Mich.",
            "yesterday",
            "David N. McCammon: We will not go over a certain level",
        ),
        (
            "``Today, I'm here to tell you we have our suspect,'' said Bernard Tolbert, special "
            "agent-in-charge of the FBI's Buffalo office.",
            "Today",
            "Bernard Tolbert: I'm here to tell you we have our suspect",
        ),
        # An aside between the subject and its verb goes; the verb stays.
        (
            "The death toll in the Tanzania blast, initially 10, has risen to 12, hospital "
            "officials and family members said Wednesday.",
            "Wednesday",
            "The death toll in the Tanzania blast has risen to 12",
        ),
        (
            "Speculative investors, betting on an imminent clash between Ford and GM, pushed up "
            "Jaguar's share price five pence in late trading yesterday.",
            "yesterday",
            "Speculative investors pushed up Jaguar's share price",
        ),
        # "X said it …": the pronoun is X.
        (
            "Anheuser said it continues to hold to its earlier-announced goal of a 50% U.S. "
            "market share by the mid-1990s.",
            "the mid-1990s",
            "Anheuser continues to hold",
        ),
        # The time expression is the subject: it stays.
        (
            '"The quarter was terrible, and the future looks bleak."',
            "The quarter",
            "The quarter was terrible",
        ),
        # A verb's complement is no trailing participle; an adverb goes before the object does.
        (
            "The Cypriot government Saturday strongly condemned two terrorist bomb attacks in "
            'Kenya and Tanzania Friday, calling them an "atrocious crime."',
            "Saturday",
            "The Cypriot government condemned two terrorist bomb attacks",
        ),
        (
            "In Cape Town, South Africa, police spokesman Capt. Rod Beer said the FBI arrested "
            "Mohamed at the city's airport in the early hours of Thursday morning.",
            "Thursday morning",
            "The FBI arrested Mohamed at the city's airport",
        ),
        (
            "Negotiators will meet in Geneva on Monday, June 16, 2025, for a first round of talks.",
            "Monday, June 16, 2025",
            "Negotiators to meet in Geneva for a first round of talks",
        ),
        (
            "``That matter is under review,'' Deputy Attorney General Eric Holder said when asked "
            "Thursday about the violations.",
            "Thursday",
            "Eric Holder: That matter is under review",
        ),
        (
            "Capital expenditure in 1990 will rise slightly, Mr. Marous said, from an estimated "
            "$470 million this year.",
            "1990",
            "Capital expenditure to rise slightly",
        ),
        (
            "White House on Thursday ``For the past few weeks we've been subjected to false leaks.",
            "Thursday",
            "White House: For the past few weeks we've been subjected",
        ),
        (
            "In this year's third quarter, for example, net was $10.5 million, or $1.05 a share.",
            "this year's third quarter",
            "Net was $10.5 million, or $1.05 a share",
        ),
        (
            "Another analyst went to a sell recommendation on Kellogg stock, which closed Friday "
            "at $71.75, down 75 cents.",
            "Friday",
            "Kellogg stock closed at $71.75, down 75 cents",
        ),
        # "X said it expects to …": the subject stays, the frame goes.
        (
            "The company said it expects to release third-quarter results in mid-November.",
            "mid-November",
            "The company to release third-quarter results",
        ),
        (
            "An IBM spokeswoman said the company told customers Monday about the bugs and "
            "temporarily stopped shipping the product.",
            "Monday",
            "The company told customers",
        ),
        (
            "In New York Stock Exchange composite trading yesterday, Oneida's shares closed at "
            "$18.375 a share, unchanged.",
            "yesterday",
            "Oneida's shares closed at $18.375 a share, unchanged",
        ),
        (
            "First Security said the agreement is subject to approval, and that it hopes to "
            "complete the transaction early next year.",
            "early next year",
            "First Security to complete the transaction",
        ),
        # A name is no participle; "reported" with an object is no frame; a compound-adjective date leaves
        # its noun the preposition; a company without its legal form.
        (
            "Consolidated Freightways Inc. reported a 77% drop in third-quarter net income, citing "
            "expected losses in its Emery Worldwide shipping business.",
            "third-quarter",
            "Consolidated Freightways reported a 77% drop in net income",
        ),
        (
            "Reed is paying an interim dividend of 4.6 pence, up 15% from 4 pence a year earlier.",
            "a year earlier",
            "Reed is paying an interim dividend of 4.6 pence",
        ),
        # "X to …" needs a name: after a pronoun the verb stays, or the pronoun is the named speaker.
        (
            "In September, it announced plans to acquire the tropical-fruit business of a Dutch "
            "company.",
            "September",
            "It announced plans to acquire the tropical-fruit business",
        ),
        (
            "Paribas said Monday that it intends to bid to boost its stake in Navigation Mixte to "
            "66.7%, from the 18.7% it already owns.",
            "Monday",
            "Paribas to bid to boost its stake in Navigation Mixte",
        ),
        (
            "With a tense Miami waiting, federal immigration officials said Monday they will order "
            "the Miami relatives of 6-year-old Cuban rafter Elian Gonzalez to turn the boy over to "
            "his father.",
            "Monday",
            "Federal immigration officials to order the Miami relatives",
        ),
        # A second object goes before the first object's phrases.
        (
            "In fiscal 1989, it had sales of about $40 million and an operating loss of $1.5 "
            "million.",
            "fiscal 1989",
            "It had sales of about $40 million",
        ),
        (
            "As of Sept. 30, the bank had assets of $511 million and deposits of $469 million, "
            "Security Pacific said.",
            "Sept. 30",
            "The bank had assets of $511 million",
        ),
        # A sentence end the splitter missed; a quote closed but never opened.
        (
            "There have been no arrests in any of the slayings. ``I haven't seen a pattern yet, '' "
            "said Patricia Hurt, the Essex County prosecutor, who created the task force on "
            "Tuesday. ``The type of lifestyle these women have is extremely dangerous,'' she said.",
            "Tuesday",
            "Essex County prosecutor created the task force",
        ),
        (
            "Castro said Gonzalez would travel with his wife and their son, doctors, nurses and "
            "classmates.A list of 31 people issued by the Cuban government Thursday included "
            "Ricardo Alarcon.",
            "Thursday",
            "A list of 31 people included Ricardo Alarcon",
        ),
        (
            "``The mother was practically kidnapped along with the boy'' to make the late-November "
            "trip, Castro said.",
            "late-November",
            "The mother was kidnapped along with the boy",
        ),
        # A long speaker is the name that closes it; a speaker that pushes out the verb goes.
        (
            "Director of the U.S. Federal Bureau of Investigation (FBI) Louis Freeh said Friday "
            "that the two probes are not linked.",
            "Friday",
            "Louis Freeh: the two probes are not linked",
        ),
        (
            "Director of the U.S. Federal Bureau of Investigation (FBI) Louis Freeh said here "
            "Friday that U.S. air raid on Afghanistan and Sudan is not directly linked with the "
            "probe into the August 7 bombings in east Africa.",
            "Friday",
            "U.S. air raid on Afghanistan and Sudan is not linked",
        ),
        # Fragments: the time's own opening phrase, a participle after the main clause, an opening
        # subordinate clause, a relative clause's antecedent after a preposition and its end.
        (
            "Three days later, as of Friday's close, the Nasdaq Composite was down 6%, compared "
            "with 5.9% for the industrial average.",
            "Friday",
            "The Nasdaq Composite was down 6%",
        ),
        (
            "Poughkeepsie also expects to post a one-time charge of $8.3 million, resulting in a "
            "net loss for the third quarter.",
            "the third quarter",
            "Poughkeepsie to post a one-time charge of $8.3 million",
        ),
        (
            "According to press reports, Caridad Gonzalez, the oldest sister, was the first to come"
            " to the United States, arriving in 1966.",
            "1966",
            "Caridad Gonzalez was the first to come to the United States",
        ),
        (
            "While the visit was unrelated to Jaguar, GM Chairman Roger Smith answered the "
            "legislators' questions about it over lunch Tuesday.",
            "Tuesday",
            "GM Chairman Roger Smith answered the legislators' questions",
        ),
        (
            "The dollar soared against the pound, which was at $1.5765 compared with $1.6145 "
            "Wednesday.",
            "Wednesday",
            "The pound was at $1.5765 compared with $1.6145",
        ),
        (
            "The rights, which expire Nov. 21, can be exercised for $100 each.",
            "Nov. 21",
            "The rights expire",
        ),
        (
            "The gross proceeds from the sale of the notes, which will be due on Nov. 1, 2004, will"
            " be used to reduce existing debt.",
            "Nov. 1, 2004",
            "The notes will be due",
        ),
        (
            "BP Chairman Carl-Henric Svanberg announced the moves Wednesday after emerging from "
            "the White House, where he and other BP executives met for four hours with Obama.",
            "Wednesday",
            "BP Chairman Carl-Henric Svanberg announced the moves",
        ),
        (
            "If there are two words which summarise what I have seen and experienced since I "
            "arrived here last Friday, they are resilience and improvisation.",
            "last Friday",
            "I arrived here",
        ),
        (
            "Prices have risen since the plant closed last May, traders said.",
            "last May",
            "The plant closed",
        ),
        (
            "He has not spoken since the vote on Tuesday.",
            "Tuesday",
            "He has not spoken since the vote",
        ),
        # Asides and openers that are not the happening.
        (
            "A list of 31 people issued by the Cuban government Thursday included Ricardo Alarcon, "
            "president of Cuba's National Assembly.",
            "Thursday",
            "A list of 31 people included Ricardo Alarcon",
        ),
        (
            "Last week, the commission released an advance chapter of its report which said the "
            "firms involved had made decisions to cut costs.",
            "Last week",
            "The commission released an advance chapter of its report",
        ),
        (
            "Additionally, Crossland reported a third-quarter loss of $175.5 million, or $13.44 a "
            "share, compared with net income of $27.1 million, or $1.16 a share, a year ago.",
            "a year ago",
            "Crossland reported a third-quarter loss of $175.5 million",
        ),
        (
            "The suspect -- Khalfan Khamis Mohamed -- was scheduled to appear before a U.S. "
            "magistrate judge in Manhattan at midday.",
            "midday",
            "The suspect to appear before a U.S. magistrate judge",
        ),
        (
            "Nhek Bunchhay said he now believed Howes had been killed within a week of his capture "
            "by a Khmer Rouge faction loyal to Pol Pot.",
            "a week",
            "Nhek Bunchhay believed Howes had been killed",
        ),
        (
            "He noted, however, that the company's order entry has increased from the low levels of"
            " the early summer, following the end of labor negotiations.",
            "the early summer",
            "The company's order entry has increased from the low levels",
        ),
        (
            "If holders avoid tendering to Paribas, he added, they can expect strong dividends "
            "again next year.",
            "next year",
            "They can expect strong dividends again",
        ),
        (
            "Jay Stevens, an analyst with Dean Witter Reynolds, said he expected the Sunnyvale, "
            "Calif., company to earn 35 cents a share for the quarter.",
            "the quarter",
            "The Sunnyvale, Calif., company to earn 35 cents a share",
        ),
        # A phrase cut in the middle goes whole.
        (
            "Elian was rescued off the coast of Florida by two American fishermen last November "
            "after the boat he was in capsized.",
            "last November",
            "Elian was rescued off the coast of Florida",
        ),
        # A long aside between dashes goes; a verb before "along" is no part of a phrase.
        (
            "Tens of thousands of Cuban women -- hundreds visibly pregnant and others carrying "
            "small children -- marched along Havana's seaside boulevard on Friday to the mission.",
            "Friday",
            "Tens of thousands of Cuban women marched",
        ),
        # A title goes with the initials of its body: not "UN Ban Ki-moon".
        (
            "UN Secretary General Ban Ki-moon is due to arrive in Haiti on Sunday.",
            "Sunday",
            "Ban Ki-moon to arrive in Haiti",
        ),
        # A possessive date before who reported it keeps its preposition ("by the disclosure").
        (
            "Prices fell sharply after Monday's vote, analysts said.",
            "Monday",
            "Prices fell sharply after the vote",
        ),
        # A date in the clause of time that opens the sentence dates that clause.
        (
            "After the rig sank on April 22, oil spilled into the Gulf for months.",
            "April 22",
            "The rig sank",
        ),
        (
            '"As soon as news came through on Tuesday night, we were booked on a flight.',
            "Tuesday night",
            "News came through",
        ),
        # A judge's title goes as other titles do, and the verb fits: not "Both the prosecution".
        (
            "Both the prosecution and Superior Court Judge Michael Pastor appeared surprised by "
            "Wednesday's disclosure, reports said.",
            "Wednesday",
            "Both the prosecution and Michael Pastor appeared surprised",
        ),
        # Too long with who says it, the label is what is said, not "Lawyers … claim".
        (
            "Lawyers for the family claim that the singer was given the drug propofol by his "
            "doctor on Thursday.",
            "Thursday",
            "The singer was given the drug propofol by his doctor",
        ),
        # A second, relative time after the opening date says when the date falls in the story;
        # the main clause is the happening (not "Two months before an explosion on the rig").
        (
            "In February, two months before an explosion on the rig, more than a dozen members "
            "of Congress wrote to the regulator.",
            "February",
            "More than a dozen members of Congress wrote to the regulator",
        ),
        (
            "In late June, more than two months into the program, BP began paying.",
            "late June",
            "BP began paying",
        ),
        (
            "On Monday, a day after the vote, the minister resigned.",
            "Monday",
            "The minister resigned",
        ),
        # after the happening it is the happening's own aside, and stays out of the way
        (
            "The minister resigned on Monday, a day after the vote.",
            "Monday",
            "The minister resigned, a day after the vote",
        ),
    ],
)
def test_labels_in_the_words_of_the_text(sentence, timex, label):
    start = sentence.index(timex)
    assert make_label(sentence, start, start + len(timex)) == label


@pytest.mark.parametrize(
    ("sentence", "first", "second", "labels"),
    [
        (
            "Four vessels had docked by Thursday evening and US military divers were to start "
            "repair work to the pier on Friday.",
            "Thursday evening",
            "Friday",
            ("Four vessels had docked", "US military divers were to start repair work to the pier"),
        ),
        ("The talks ended on Monday and the leaders will meet again on Friday.", "Monday",
         "Friday", ("The talks ended", "The leaders to meet again")),
        ("The talks ended on Monday and Obama will meet Putin on Friday.", "Monday", "Friday",
         ("The talks ended", "Obama to meet Putin")),
        # ... and a date after it, the main clause ("Soon as news came" before)
        ('"As soon as news came through on Tuesday night, we were booked on a flight to Jamaica '
         "on Wednesday.", "Tuesday night", "Wednesday",
         ("News came through", "We were booked on a flight to Jamaica")),
        # a name that holds "and" is no second clause
        ("On Monday the National Oceanic and Atmospheric Administration released a forecast for "
         "Friday.", "Monday", "Friday",
         ("The National Oceanic and Atmospheric Administration released",) * 2),
        # one subject for both verbs: the second borrows it
        ("He arrived on Monday and left on Friday.", "Monday", "Friday",
         ("He arrived", "He left")),
        ("Jackson died on June 25, 2009 and was buried in September.", "June 25, 2009",
         "September", ("Jackson died", "Jackson was buried")),
        ("The letter was dated 11 June and released on Saturday.", "11 June", "Saturday",
         ("The letter was dated", "The letter was released")),
    ],
)  # fmt: skip
def test_two_dates_in_two_clauses_joined_by_and_label_each_its_own(sentence, first, second, labels):
    a, b = sentence.index(first), sentence.index(second)
    spans = [(a, a + len(first)), (b, b + len(second))]
    assert make_label(sentence, *spans[0], [spans[1]]) == labels[0]
    assert make_label(sentence, *spans[1], [spans[0]]) == labels[1]


# -- merging, on hand-made mentions ------------------------------------------------------------


def _cand(doc, source, sentence, start, end, order, certainty=Certainty.APPROXIMATE, label=None):
    mention = Mention(doc, source, "t", sentence, "v", start, end, certainty)
    return Candidate(
        key=f"k-{doc}-{order}",
        mention=mention,
        label=label or sentence[:60],
        words=content_words(sentence),
        names=name_words(sentence),
        actors=actor_words(label or sentence),
        order=(order, 0),
    )


def test_compatible_mentions_merge_to_the_intersection():
    a = _cand(
        "d1",
        "A",
        "Putin may pay a visit to China later this year.",
        D(2025, 5, 7),
        D(2025, 12, 31),
        0,
    )
    b = _cand(
        "d2",
        "B",
        "Putin will visit China in late August or early September.",
        D(2025, 8, 21),
        D(2025, 9, 10),
        1,
    )
    [event] = merge_candidates([a, b])
    assert (event.start, event.end) == (D(2025, 8, 21), D(2025, 9, 10))
    assert event.sources == ("A", "B")
    assert event.id == "k-d1-0"  # the first mention's key
    assert event.disagreement is None


def test_incompatible_dates_for_the_same_happening_are_a_visible_disagreement():
    a = _cand(
        "d1",
        "A",
        "Xi and Putin hold formal talks in the Kremlin.",
        D(2025, 5, 8),
        D(2025, 5, 8),
        0,
        Certainty.EXACT,
    )
    b = _cand(
        "d2",
        "B",
        "Xi and Putin hold formal talks in the Kremlin.",
        D(2025, 5, 9),
        D(2025, 5, 9),
        1,
        Certainty.EXACT,
    )
    events = merge_candidates([a, b])
    assert len(events) == 2, "neither date wins silently"
    for event in events:
        assert (
            event.disagreement
            and "2025-05-08" in event.disagreement
            and "2025-05-09" in event.disagreement
        )


def test_different_things_on_the_same_day_stay_apart():
    day = D(1998, 8, 13)
    a = _cand(
        "d1",
        "A",
        "The Security Council condemned the bombing of the U.S. embassies in Kenya.",
        day,
        day,
        0,
        label="The Security Council condemned the bombing",
    )
    b = _cand(
        "d2", "B", "Tanzania expelled five Iraqis and a Libyan questioned by the FBI.", day, day, 1
    )
    c = _cand(
        "d3",
        "C",
        "President Bill Clinton condemned the bombing of the U.S. embassies in Kenya.",
        day,
        day,
        2,
        label="Bill Clinton condemned the bombing",
    )
    assert len(merge_candidates([a, b, c])) == 3


def test_same_words_far_apart_in_time_stay_apart():
    a = _cand("d1", "A", "Elections were held in Kenya.", D(1992, 12, 29), D(1992, 12, 29), 0)
    b = _cand("d2", "B", "Elections were held in Kenya.", D(1997, 12, 29), D(1997, 12, 29), 1)
    events = merge_candidates([a, b])
    assert len(events) == 2 and all(e.disagreement is None for e in events)


def test_hard_wrapped_text_gives_the_same_events(seeds_dir):
    import textwrap

    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text()
        wrapped = "\n\n".join(textwrap.fill(line, 72) for line in text.split("\n"))
        plain, folded = (
            {
                (e.start, e.end, e.label)
                for e in build_events([document_from_text(t, source="S", published=D(2025, 5, 7))])
            }
            for t in (text, wrapped)
        )
        assert plain == folded, path.name


def _dated(text, source, published):
    return document_from_text(text, source=source, published=published)


def test_a_century_written_as_an_adjective_dates_no_happening():
    text = (
        'Drilling is a 19th century solution to a 21st century problem," he said. '
        "In the 21st century, birds meet oil spills of an unprecedented scale."
    )
    events = build_events([_dated(text, "A", D(2010, 6, 3))])
    assert [(e.start.year, e.end.year) for e in events] == [(2000, 2099)]
    assert "birds" in events[0].label.lower()


def test_a_dated_noun_phrase_ends_where_a_second_clause_begins():
    text = (
        "An estimated 200,000 people died in last Tuesday's quake and another 1.5 million were "
        "made homeless."
    )
    (event,) = build_events([_dated(text, "A", D(2010, 1, 19))])
    assert (event.start, event.label) == (
        D(2010, 1, 12),
        "An estimated 200,000 people died in the quake",
    )


def test_days_given_as_alternatives_are_one_fuzzy_date_and_no_dispute():
    said = "Engineers will start the operation late Tuesday or early Wednesday, {} said."
    events = build_events(
        [
            _dated(said.format("the company"), "A", D(2010, 5, 16)),
            _dated(said.format("its chief"), "B", D(2010, 5, 17)),
        ]
    )
    assert [(e.start, e.end, e.certainty, e.sources) for e in events] == [
        (D(2010, 5, 18), D(2010, 5, 19), Certainty.APPROXIMATE, ("A", "B"))
    ]
    assert events[0].disagreement is None


def test_two_dates_each_source_gives_in_one_sentence_are_no_dispute_between_them():
    """Both outlets say the site looked on Tuesday as it did a week ago: two dates, and each
    outlet gives both; neither disputes the other."""
    said = (
        "From the air {}, the site of the Deepwater Horizon explosion looked similar to a week ago "
        "except for the appearance of a massive rig brought in to drill a relief well."
    )
    events = build_events(
        [
            _dated(said.format("Tuesday"), "Fox News", D(2010, 5, 5)),
            _dated(said.format("yesterday"), "The Guardian", D(2010, 5, 5)),
        ]
    )
    assert [e.start for e in events] == [D(2010, 4, 28), D(2010, 5, 4)]
    assert all(e.disagreement is None for e in events)


def test_two_sources_giving_different_days_for_the_same_talks_disagree():
    events = build_events(
        [
            _dated("The talks took place on Tuesday.", "A", D(2025, 5, 9)),
            _dated("The talks took place on Thursday.", "B", D(2025, 5, 9)),
        ]
    )
    assert [(e.start, e.sources) for e in events] == [
        (D(2025, 5, 6), ("A",)),
        (D(2025, 5, 8), ("B",)),
    ]
    for event in events:
        assert event.disagreement and "2025-05-06" in event.disagreement
        assert "2025-05-08" in event.disagreement


def test_a_later_count_of_the_victims_is_not_a_disagreement_about_the_bombing():
    place = "the U.S. embassies in Nairobi, Kenya, and Dar es Salaam, Tanzania"
    bombing = [
        _dated(f"Bombs exploded outside {place} on Friday.", "APW", D(1998, 8, 8)),
        _dated(f"Bombs exploded outside {place} on Aug. 7.", "NYT", D(1998, 8, 8)),
    ]
    count = _dated(
        "The following are the latest figures as of Monday for the dead and injured in the "
        f"bombings of {place}.",
        "XIE",
        D(1998, 8, 11),
    )
    events = build_events([*bombing, count])
    assert {(e.start, e.sources) for e in events} >= {
        (D(1998, 8, 7), ("APW", "NYT")),
        (D(1998, 8, 10), ("XIE",)),
    }
    assert all(e.disagreement is None for e in events)


def test_weekday_datings_written_weeks_apart_are_two_happenings_not_a_dispute():
    # "Sunday" written on 3 May is 2 May; a writer meaning 28 May three weeks later would have
    # written "May 28". Two trips, not two sources disagreeing on one.
    trip = "The president toured the flooded coast of Louisiana on {}."
    first = _dated(trip.format("Sunday"), "A", D(2025, 5, 5))
    events = build_events([first, _dated(trip.format("Friday"), "B", D(2025, 5, 31))])
    assert sorted(e.start for e in events) == [D(2025, 5, 4), D(2025, 5, 30)]
    assert all(e.disagreement is None for e in events)
    # Written the same week, the same words with two days are a dispute.
    close = build_events([first, _dated(trip.format("Friday"), "B", D(2025, 5, 5))])
    assert all(e.disagreement and "2025-05-02" in e.disagreement for e in close)
    # A date a writer spells out reaches any day: with it, the weekday dating is still disputed.
    spelled = build_events([_dated(trip.format("May 2"), "C", D(2025, 5, 31)), first])
    assert all(e.disagreement for e in spelled)


def test_a_thing_reported_done_is_not_disputed_by_a_later_date():
    # The Friday article reports the fall as done; the Monday one cannot be the same fall dated
    # otherwise: it is the next day's trading.
    fall = "Shares of the drilling company Northwell fell sharply on {} in London."
    events = build_events(
        [
            _dated(fall.format("Friday"), "A", D(2025, 5, 2)),
            _dated(fall.format("Monday"), "B", D(2025, 5, 5)),
        ]
    )
    assert sorted(e.start for e in events) == [D(2025, 5, 2), D(2025, 5, 5)]
    assert all(e.disagreement is None for e in events)
