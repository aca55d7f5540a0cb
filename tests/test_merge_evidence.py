"""How much two articles must share to be one happening, in a large story (issue 10, pass 2).

A story of many articles has words it uses everywhere (its topic); sharing them, or one other word,
or the stamps an outlet puts on every page, is no evidence that two mentions report one happening.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from dashboard.events import Candidate, merge_candidates
from dashboard.events.furniture import furniture_words
from dashboard.events.words import actor_words, content_words, name_words
from dashboard.model import Certainty, Mention

D = dt.date
DAY = D(2010, 6, 3)


def _cand(doc, source, sentence, start=DAY, end=DAY, order=0, timex="Thursday", published=None):
    at = sentence.find(timex)
    mention = Mention(
        doc,
        source,
        timex,
        sentence,
        "v",
        start,
        end,
        Certainty.EXACT if start == end else Certainty.APPROXIMATE,
        max(at, 0),
        max(at, 0) + len(timex),
        published,
    )
    return Candidate(
        key=f"k-{doc}-{order}",
        mention=mention,
        label=sentence[:60],
        words=content_words(sentence),
        names=name_words(sentence),
        actors=actor_words(sentence),
        order=(order, 0),
    )


def _topic(n=25, who="Firefighters"):
    """A story: ``n`` articles about a refinery fire on other days, so its words are the topic."""
    return _story(n, f"{who} fought the refinery fire for day {{k}}.", D(2010, 1, 1))


def _story(n: int, sentence: str, first: dt.date) -> list:
    """``n`` articles a week apart from ``first``, each one ``sentence`` ({k}: its number)."""
    return [
        _cand(f"t{k}", f"S{k % 3}", sentence.format(k=k), first + dt.timedelta(days=7 * k),
              first + dt.timedelta(days=7 * k), 100 + k)
        for k in range(n)
    ]  # fmt: skip


def _together(events, *keys):
    return any({m.sentence for m in e.mentions} >= set(keys) for e in events)


def test_one_shared_word_is_a_coincidence():
    a = _cand("a", "A", "The minister gave a long interview on Thursday.", order=0)
    b = _cand("b", "B", "Protesters blocked the harbour interview on Thursday.", order=1)
    events = merge_candidates([a, b, *_topic()])
    assert not _together(events, a.mention.sentence, b.mention.sentence)


def test_topic_words_are_no_evidence_in_a_large_story():
    a = _cand("a", "A", "The refinery fire closed a school on Thursday.", order=0)
    b = _cand("b", "B", "Firefighters at the refinery fire held a vigil on Thursday.", order=1)
    events = merge_candidates([a, b, *_topic()])
    assert not _together(events, a.mention.sentence, b.mention.sentence)


def test_two_telling_words_in_common_still_merge():
    a = _cand("a", "A", "Moody's downgraded the refinery company's bonds on Thursday.", order=0)
    b = _cand("b", "B", "On Thursday Moody's downgraded the company's bonds.", order=1)
    events = merge_candidates([a, b, *_topic()])
    assert _together(events, a.mention.sentence, b.mention.sentence)


def test_a_period_that_only_contains_the_day_needs_one_more_word():
    quarter = (D(2010, 4, 1), D(2010, 6, 30))
    a = _cand("a", "A", "The Coast Guard reported two deaths on Thursday.", order=0)
    b = _cand("b", "B", "The Coast Guard took a charge in the second quarter.", *quarter, 1,
              timex="the second quarter")  # fmt: skip
    events = merge_candidates([a, b, *_topic()])
    assert not _together(events, a.mention.sentence, b.mention.sentence)


def test_a_copied_sentence_merges_on_its_few_words():
    s = "Everybody's starting to realize this summer's lost."
    a = _cand("a", "A", s, D(2010, 6, 1), D(2010, 8, 31), 0, timex="this summer")
    b = _cand("b", "B", s, D(2010, 6, 1), D(2010, 8, 31), 1, timex="this summer")
    events = merge_candidates([a, b, *_topic()])
    assert _together(events, s)


def test_page_stamps_are_furniture_and_do_not_merge_two_articles():
    news = [
        "Shares in the refinery group rose.",
        "A report blamed the managers.",
        "Its chief quit.",
    ]
    stamps = [
        _cand(f"s{k}", "Outlet", f"{k + 6} January 2011 Last updated at 12:45 GMT Help {text}",
              D(2011, 1, 6 + k), D(2011, 1, 6 + k), k, timex=f"{k + 6} January 2011",
              published=D(2011, 1, 6 + k))
        for k, text in enumerate(news)
    ]  # fmt: skip
    assert all({"updated", "help", "gmt"} <= found for found in furniture_words(
        [c.mention for c in stamps]))  # fmt: skip
    same_day = [
        _cand(f"x{k}", "Outlet", f"6 January 2011 Last updated at 1{k}:00 GMT Help {text}",
              D(2011, 1, 6), D(2011, 1, 6), 10 + k, timex="6 January 2011",
              published=D(2011, 1, 6))
        for k, text in enumerate(news)
    ]  # fmt: skip
    events = merge_candidates([*stamps, *same_day])
    assert not any(len({m.document_id for m in e.mentions}) > 1 for e in events if e.start.day == 6
                   and len({m.sentence.split("Help ")[1] for m in e.mentions}) > 1)  # fmt: skip


def test_a_background_sentence_repeated_on_many_pages_is_not_furniture():
    sentence = "The rig exploded on April 20, killing eleven workers."
    mentions = [
        _cand(f"r{k}", "Outlet", sentence, D(2010, 4, 20), D(2010, 4, 20), k, timex="April 20",
              published=D(2010, 5, 1 + k)).mention
        for k in range(5)
    ]  # fmt: skip
    assert furniture_words(mentions) == [frozenset()] * 5


# Pass 3: sentences that read alike on one day, the date of a saying, spans that are periods.


def test_two_outlets_saying_the_same_in_other_words_on_one_day_merge():
    """Few words in common ("BP", "Bonnie", "well"), the same thing said: the sentence vectors
    read them as one happening on one day, not on two days."""
    from dashboard.events import vectors

    if not vectors.available():
        return  # without the vectors only words count (tested above)
    a = _cand(
        "a",
        "A",
        "Tropical Storm Bonnie forced BP to evacuate ships from the well site on Thursday.",
    )
    b = _cand(
        "b",
        "B",
        "BP pulled its vessels away from the Gulf well ahead of Tropical Storm Bonnie on Thursday.",
        order=1,
    )
    events = merge_candidates([a, b, *_topic()])
    assert _together(events, a.mention.sentence, b.mention.sentence)
    later = _cand("c", "B", b.mention.sentence, D(2010, 6, 10), D(2010, 6, 10), 2)
    events = merge_candidates([a, later, *_topic()])
    assert not _together(events, a.mention.sentence, later.mention.sentence)  # another day


def test_sentences_of_one_day_that_do_not_read_alike_stay_apart():
    a = _cand("a", "A", "Obama is to tour the Gulf state of Louisiana on Thursday.", order=0)
    b = _cand("b", "B", "Louisiana shrimpers sold their catch at a loss on Thursday.", order=1)
    events = merge_candidates([a, b, *_topic()])
    assert not _together(events, a.mention.sentence, b.mention.sentence)


def test_the_day_of_a_saying_is_not_the_day_of_what_was_said():
    """ "BP said on Sunday it had collected ... on Saturday": its Sunday dates the saying; it
    does not join another article's report of what was collected on Sunday."""
    said = "BP said on Sunday its crews had collected 22,750 barrels of oil on Saturday."
    sunday, saturday = D(2010, 6, 27), D(2010, 6, 26)
    a = _cand("a", "A", said, sunday, sunday, 0, timex="Sunday")
    a_sat = _cand("a", "A", said, saturday, saturday, 1, timex="Saturday")
    b = _cand("b", "B", "BP crews collected 8,000 barrels of oil on Sunday.", sunday, sunday, 2,
              timex="Sunday")  # fmt: skip
    events = merge_candidates([a, a_sat, b, *_topic()])
    (holder,) = [
        e for e in events if any(m.text == "Sunday" and m.source == "A" for m in e.mentions)
    ]
    assert "B" not in holder.sources
    copy = _cand("c", "C", said, sunday, sunday, 3, timex="Sunday")  # the same saying elsewhere
    copy_sat = _cand("c", "C", said, saturday, saturday, 4, timex="Saturday")
    events = merge_candidates([a, a_sat, copy, copy_sat, *_topic()])
    assert any({"A", "C"} <= set(e.sources) and e.start == sunday for e in events)


def test_a_long_span_is_a_period_and_keeps_no_day_inside_it():
    season = _cand("a", "A", "The Atlantic hurricane season runs from June 1 to Nov. 30.",
                   D(2010, 6, 1), D(2010, 11, 30), 0, timex="June 1 to Nov. 30")  # fmt: skip
    season = dataclasses.replace(
        season, mention=dataclasses.replace(season.mention, certainty=Certainty.RANGE)
    )
    day = _cand("b", "B", "The Atlantic hurricane season brought a storm to the Gulf on August 11.",
                D(2010, 8, 11), D(2010, 8, 11), 1, timex="August 11")  # fmt: skip
    events = merge_candidates([season, day])
    assert all(e.start == e.end for e in events if "B" in e.sources)


def test_claims_and_vectors_examples_hold():
    import doctest

    from dashboard.events import claims, vectors

    for module in (claims, vectors):
        failed, _ = doctest.testmod(module)
        assert failed == 0


def test_a_week_that_only_contains_the_day_needs_one_more_word():
    """ "Last week" and "Thursday" agree on little: two words in common (a name and a verb) are
    not enough, three are."""
    week = (D(2010, 5, 31), D(2010, 6, 6))
    a = _cand("a", "A", "Reid proposed a new levy on Thursday.", order=0)
    b = _cand("b", "B", "Reid proposed a tax cap last week.", *week, 1, timex="last week")
    events = merge_candidates([a, b, *_topic()])
    assert not _together(events, a.mention.sentence, b.mention.sentence)
    c = _cand("c", "C", "Reid proposed a new levy last week.", *week, 2, timex="last week")
    events = merge_candidates([a, c, *_topic()])
    assert _together(events, a.mention.sentence, c.mention.sentence)


def test_a_date_written_before_a_noun_does_not_dispute_what_the_sentence_says():
    trip = "President Obama will make his third trip to the Gulf region {}, aides said."
    since = _cand(
        "p",
        "Post",
        trip.format("since the fatal April 20 explosion"),
        D(2010, 4, 20),
        D(2010, 4, 20),
        1,
        timex="April 20",
    )
    visit = _cand(
        "w", "Wire", trip.format("on April 23"), D(2010, 4, 23), D(2010, 4, 23), 2, timex="April 23"
    )
    assert all(e.disagreement is None for e in merge_candidates([since, visit]))
    # The same sentence with the date on its own is the trip dated otherwise: a dispute.
    dated = _cand(
        "p", "Post", trip.format("on April 20"), D(2010, 4, 20), D(2010, 4, 20), 1, timex="April 20"
    )
    assert all(e.disagreement for e in merge_candidates([dated, visit]))


def test_the_sentence_vectors_are_wordllamas_own():
    # vectors.py reads WordLlama's packaged files without importing the package (a third of a
    # second at every start): its rows must be the package's own embedding, bit for bit.
    import numpy as np
    import pytest

    from dashboard.events import vectors

    wordllama = pytest.importorskip("wordllama")
    from wordllama import WordLlama
    from wordllama.inference import WordLlamaInference

    model = vectors._model()
    assert model is not None  # the package is pinned in requirements.txt
    package = vectors.Path(wordllama.__file__).resolve().parent
    theirs = WordLlamaInference(
        model.embedding, WordLlama.load_tokenizer(package.joinpath(*vectors._TOKENIZER))
    )
    phrases = [f"the {n} power cable agreement signed in {n} days" for n in range(150)]
    phrases += ["Talks on Thursday.", "a", "Überraschung in Zürich", "x " * 300]
    assert np.array_equal(vectors.phrase_vectors(phrases), theirs.embed(phrases, norm=True))


def _refinery_story():
    """A story of Exxon's refinery fire: "Exxon", "refinery" and "fire" are its topic."""
    return _topic(who="Exxon firefighters")


def _labelled(doc, order, sentence, label):
    """A mention whose label (what the merge weighs) is ``label``, in a longer sentence."""
    found = _cand(doc, doc.upper(), sentence, order=order)
    return dataclasses.replace(
        found,
        label=label,
        words=content_words(label),
        names=name_words(label),
        actors=actor_words(label),
    )


# Two articles' references to one day's fire, in sentences that say other things around it.
FIRE_A = (
    "Exxon's Thursday refinery fire left residents of the bay angry about the air they breathe."
)
FIRE_B = (
    "Lawyers for schools and churches have filed suits since Exxon's refinery fire on Thursday."
)


def test_the_story_s_own_happening_needs_no_word_beyond_the_topic():
    # Its words are the story's topic: no telling word beyond it can be asked of two references
    # to it (the code before this rule left them two events: 221 events on the day of the
    # bpoil explosion, most of them "Rig explosion").
    a = _labelled("a", 0, FIRE_A, "Exxon's Thursday refinery fire")
    b = _labelled("b", 1, FIRE_B, "Exxon's refinery fire")
    assert _together(merge_candidates([a, b, *_refinery_story()]), FIRE_A, FIRE_B)


def test_the_story_s_own_word_in_other_places_or_with_another_happening_stays_apart():
    story = _refinery_story()
    # names beyond the topic that differ: two fires
    a = _labelled("a", 0, FIRE_A.replace("fire", "fire in Baytown"), "Exxon's fire in Baytown")
    b = _labelled("b", 1, FIRE_B.replace("fire", "fire in Joliet"), "Exxon's fire in Joliet")
    assert not _together(merge_candidates([a, b, *story]), a.mention.sentence, b.mention.sentence)
    # another event word says what else happened that day: the closing is not the fire
    c = _labelled("c", 0, FIRE_A, "Exxon's Thursday refinery fire closed schools")
    d = _labelled("d", 1, FIRE_B, "Exxon's refinery fire")
    assert not _together(merge_candidates([c, d, *story]), FIRE_A, FIRE_B)
    # the date is another clause's, far from the fire: it dates the commission's meeting
    far = (
        "Exxon's refinery fire was the subject of a long and angry hearing of the state energy "
        "commission, which sat again on Thursday."
    )
    e = _labelled("e", 0, far, "Exxon's refinery fire")
    assert not _together(merge_candidates([e, d, *story]), far, FIRE_B)


def _singer_story(n=25):
    """A story of a singer's death and his doctor's trial: "Jackson", "died", "doctor" are its
    topic (the articles tell of the trial on other days)."""
    sentence = "Jackson's doctor faced the trial for the singer who died, day {k}."
    return _story(n, sentence, D(2011, 1, 1))


def test_one_person_s_death_told_with_its_cause_is_one_happening():
    # MJ: "Jackson died at his Los Angeles home" and "Jackson died of a cardiac arrest" on 25 June
    # 2009 were two events of the chart's opening window (the code before this rule: "died" was
    # no event word, so they needed two telling words beyond the story's topic in common).
    home = "Jackson died at his Los Angeles home on Thursday aged 50."
    cause = "Jackson died of a cardiac arrest on Thursday after taking a sedative."
    death = "Fans gathered outside the hospital after Jackson's sudden death on Thursday."
    a = _labelled("a", 0, home, "Jackson died at his Los Angeles home aged 50")
    b = _labelled("b", 1, cause, "Jackson died of a cardiac arrest")
    c = _labelled("c", 2, death, "Jackson's sudden death")
    assert _together(merge_candidates([a, b, c, *_singer_story()]), home, cause, death)


def test_a_count_of_the_dead_is_no_one_s_death():
    # "45,000 people have died" counts the dead: not the death of the one the story is about.
    # (Haiti: making every "died" an event word took such a count out of the quake's event.)
    from dashboard.events.words import event_words

    assert event_words("About 45,000 people have died") == ()
    assert event_words("Eleven rig workers died") == ()
    assert event_words("Jackson has died") == ("kill",)
    assert event_words("The singer who later died") == ("kill",)
    one = "Jackson died at his Los Angeles home on Thursday aged 50."
    many = "About 45,000 people have died since the Thursday quake, the Red Cross said."
    a = _labelled("a", 0, one, "Jackson died at his Los Angeles home")
    b = _labelled("b", 1, many, "About 45,000 people have died")
    assert not _together(merge_candidates([a, b, *_singer_story()]), one, many)


def test_reports_of_other_amounts_are_two_happenings_not_a_dispute():
    raise_ = "BP raised {} in new funding {}, the company said."
    october = _cand(
        "f", "Fox", raise_.format("$3.5 billion", "on Oct. 1"), D(2010, 10, 1), D(2010, 10, 1),
        1, timex="Oct. 1",
    )  # fmt: skip
    november = _cand(
        "r", "Wire", raise_.format("$7.7 billion", "on Nov. 2"), D(2010, 11, 2), D(2010, 11, 2),
        2, timex="Nov. 2",
    )  # fmt: skip
    assert all(e.disagreement is None for e in merge_candidates([october, november]))
    # The same amount dated otherwise is one happening the sources disagree on.
    same = _cand(
        "r", "Wire", raise_.format("$3.5bn", "on Oct. 8"), D(2010, 10, 8), D(2010, 10, 8), 2,
        timex="Oct. 8",
    )  # fmt: skip
    assert all(e.disagreement for e in merge_candidates([october, same]))


def test_the_same_words_of_time_read_on_a_later_day_are_no_dispute():
    quote = 'Doug Suttles said: "What we attempted to do {} did not work because hydrates formed."'
    first = _cand(
        "w", "Wire", quote.format("last night"), D(2010, 5, 7), D(2010, 5, 7), 1,
        timex="last night", published=D(2010, 5, 8),
    )  # fmt: skip
    rerun = _cand(
        "p", "Post", quote.format("last night"), D(2010, 5, 8), D(2010, 5, 8), 2,
        timex="last night", published=D(2010, 5, 9),
    )  # fmt: skip
    assert all(e.disagreement is None for e in merge_candidates([first, rerun]))
    # Other words for the other day, in the report of the same day: a dispute.
    other = _cand(
        "p", "Post", quote.format("on Saturday"), D(2010, 5, 8), D(2010, 5, 8), 2,
        timex="on Saturday", published=D(2010, 5, 8),
    )  # fmt: skip
    assert all(e.disagreement for e in merge_candidates([first, other]))
