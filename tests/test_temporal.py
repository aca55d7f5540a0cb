"""The tagger's API: anchors, bad input, purity, the seed articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dashboard.temporal import Grain, Timex, TimexType, tag
from dashboard.temporal.resolve import resolve
from tests.conftest import SEED_ANCHOR


def test_datetime_anchor_is_taken_by_its_date() -> None:
    found = tag("talks on Friday", dt.datetime(2025, 5, 7, 23, 59))
    assert [t.value for t in found] == ["2025-05-09"]


@pytest.mark.parametrize("anchor", ["2025-05-07", None, 20250507, (2025, 5, 7)])
def test_bad_anchor_is_a_clear_type_error(anchor: object) -> None:
    with pytest.raises(TypeError, match=r"anchor must be a datetime\.date"):
        tag("talks on Friday", anchor)  # type: ignore[arg-type]


def test_string_anchor_error_says_how_to_convert() -> None:
    with pytest.raises(TypeError, match="fromisoformat"):
        tag("talks on Friday", "2025-05-07")  # type: ignore[arg-type]


def test_same_input_same_output() -> None:
    text = "He met Putin on Monday and will return in late August."
    assert tag(text, SEED_ANCHOR) == tag(text, SEED_ANCHOR)
    assert tag(text, dt.date(2020, 1, 1)) != tag(text, SEED_ANCHOR)  # the anchor is the only "now"


def test_offsets_point_into_the_text() -> None:
    text = "Ünïcödé 🚀 first: on Thursday, 9 May 2025, and the 1970s."
    found = tag(text, SEED_ANCHOR)
    assert [t.text for t in found] == ["Thursday, 9 May 2025", "the 1970s"]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_offsets_point_into_cyrillic_and_cjk_text() -> None:
    text = "ДЕНЬ ПОБЕДЫ 🎉 Путин примет Си 9 МАЯ 2025 ГОДА; 据报道，2025年5月9日，习近平 🚀 抵达, le 1er mai."
    found = tag(text, SEED_ANCHOR)
    assert [(t.text, t.value) for t in found] == [
        ("9 МАЯ 2025 ГОДА", "2025-05-09"),
        ("2025年5月9日", "2025-05-09"),
        ("1er mai", "2025-05-01"),
    ]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_foreign_month_names_come_from_dateparser() -> None:
    from dateparser.data.date_translation_data import de, ru

    from dashboard.temporal import lexicon as lx

    for language in (de, ru):
        for key, number in (("january", 1), ("may", 5), ("december", 12)):
            names = [f.lower() for f in language.info[key] if f.lower() in lx.FOREIGN_MONTHS]
            assert names and all(lx.FOREIGN_MONTHS[name] == number for name in names)
    assert lx.FOREIGN_MONTHS["мае"] == 5  # the prepositional, derived ("в мае")
    assert lx.FOREIGN_MONTH_ABBREVIATIONS["сент."] == 9
    assert not {"ago", "set", "out", "mar", "gen", "may"} & set(lx.FOREIGN_MONTH_ABBREVIATIONS)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Sales rose from May 8 to 10 percent.", ["May 8"]),
        ("He was hurt on May 8 and 30 others died.", ["May 8"]),
        ("The summit is on April 24 and 25.", ["April 24", "25"]),
        (
            "The 2009-2010 pandemic; 1500-2000 troops; the 1957-58 season.",
            ["2009", "2010", "1957", "58"],
        ),
    ],
)
def test_a_number_after_a_date_is_a_second_date_only_in_a_range(text, found) -> None:
    assert [t.text for t in tag(text, SEED_ANCHOR)] == found


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t  ",
        "February 30",
        "the 45th of May",
        "on 31 February 2025",
        "in the year 99999",
        "on 2025-02-30",
        "13/45/2025",
        "\ufffd\ufffd\x00\x01 binary \ufffd",
        "Мир 和平 سلام 🙂 May 9 🎉 ⁂",
        "İstanbul İİİ on Friday",  # lower() changes the length of "İ"
    ],
)
def test_bad_input_never_raises(text: str) -> None:
    found = tag(text, SEED_ANCHOR)
    assert all(isinstance(t, Timex) and text[t.start : t.end] == t.text for t in found)


def test_impossible_dates_are_not_tagged_as_dates() -> None:
    assert [t.value for t in tag("on February 30", SEED_ANCHOR)] == []
    assert [t.value for t in tag("on 2025-02-30", SEED_ANCHOR)] == []


def test_mixed_scripts_keep_offsets() -> None:
    text = "İİİ Friday"
    (found,) = tag(text, SEED_ANCHOR)
    assert text[found.start : found.end] == "Friday"


def test_binary_junk_decoded_with_replacement() -> None:
    junk = bytes(range(256)).decode("utf-8", errors="replace") * 200 + " on May 9"
    found = tag(junk, SEED_ANCHOR)
    assert found[-1].value == "2025-05-09"


@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "piece",
    ["1 ", "9" * 50 + " ", "of the ", "the last ", "one two three ", "May ", "- ", "  ",
     # each of these reads context (tense cues, the quarter a report named, the date named
     # last): that context must be found once per text, not once per match
     "Friday ", "the quarter ", "6-year-old that year ",
     # other languages: day and month, month and year, Chinese/Japanese numerals
     "9 мая ", "мае 2025 года ", "9 де ", "1er ", "9. Mai ", "1º de ", "de 2025 ", "мая мая ",
     "2025年5月9日 ", "5月 ", "，5月9", "2025 年 5 月 ", "2025年，", "年月日 9 ", "１２ "],
)  # fmt: skip
def test_long_adversarial_input_finishes(piece: str) -> None:
    text = piece * (200_000 // len(piece))
    tag(text, SEED_ANCHOR)


@pytest.mark.timeout(60)
def test_five_megabytes_of_text(seeds_dir) -> None:
    article = (seeds_dir / "xi-visits-putin-whats-planned.txt").read_text(encoding="utf-8")
    copies = 5_000_000 // len(article) + 1
    found = tag(article * copies, SEED_ANCHOR)
    assert len(found) == copies * len(tag(article, SEED_ANCHOR))


def test_durations_are_unanchored() -> None:
    (four_day,) = tag("a four-day visit", SEED_ANCHOR)
    assert (four_day.type, four_day.value, four_day.earliest, four_day.latest) == (
        TimexType.DURATION,
        "P4D",
        None,
        None,
    )


def test_resolve_is_pure_and_rejects_impossible_dates() -> None:
    from dashboard.temporal.expression import Expression, Kind

    assert resolve(Expression(Kind.CALENDAR, year=2025, month=2, day=30), SEED_ANCHOR) is None
    assert resolve(Expression(Kind.CALENDAR, year=99999), SEED_ANCHOR) is None


def test_disjunction_is_one_span_with_the_union_interval() -> None:
    text = "Putin is scheduled to travel to China in late August or early September."
    (found,) = tag(text, SEED_ANCHOR)
    assert found.text == "late August or early September"
    assert (found.value, found.mod) == ("2025-08", "END")
    assert (found.earliest, found.latest) == (dt.date(2025, 8, 21), dt.date(2025, 9, 10))


def test_seed_articles(seeds_dir) -> None:
    values = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        for timex in tag(path.read_text(encoding="utf-8"), SEED_ANCHOR):
            values.setdefault(timex.text, set()).add(timex.value)
    assert values["Thursday"] == {"2025-05-08"}
    assert values["Friday"] == {"2025-05-09"}
    assert values["May 9"] == {"2025-05-09"}
    assert values["four-day"] == {"P4D"}
    assert values["80 years"] == {"P80Y"}
    assert values["the 1970s"] == {"197"}
    assert values["later this year"] == {"2025"}
    assert values["late August or early September"] == {"2025-08"}
    assert "11th" not in values and "2" not in values and "80th" not in values


def test_guarded_finder_finds_what_the_plain_one_finds(seeds_dir) -> None:
    """The finder's guards ("the" only before a word some rule goes on with) and the rules
    picked by the word after a guarded one ("the first": a handful of "the"'s fifty) only skip
    work: on the whole corpus, the posts and news tables and the seed articles, the result is
    the same without them."""
    from dashboard.temporal.tagger import explain
    from tests.temporal_corpus import seeds

    texts = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    texts += [
        phrasing.replace("[", "").replace("]", "")
        for _, phrasings in seeds.POSITIVE
        for phrasing in phrasings
    ]
    texts += list(seeds.NEGATIVE)
    for table in ("posts.tsv", "news_recall.tsv"):
        rows = (Path(__file__).parent / "temporal_corpus" / table).read_text(encoding="utf-8")
        texts += [
            line.split("\t")[2].replace("[", "").replace("]", "")
            for line in rows.splitlines()
            if line.strip() and not line.startswith("#")
        ]
    for text in texts:
        assert explain(text, SEED_ANCHOR) == explain(text, SEED_ANCHOR, guarded=False), text


def test_how_sure_latent_readings_are_flagged() -> None:
    anchor = dt.date(2025, 5, 7)
    bare_month = tag("It happened in May.", anchor)[0]
    assert bare_month.latent and bare_month.confidence <= 0.5
    spelled = tag("It happened on May 9, 2025.", anchor)[0]
    assert not spelled.latent and spelled.confidence > 0.9
    weekday_without_tense = tag("Monday: talks.", anchor)[0]
    assert weekday_without_tense.latent
    assert not tag("He came on Monday.", anchor)[0].latent
    # "on the 3rd": the month is the tense's guess; "of next month" names it
    guessed = tag("He arrived on the 3rd.", anchor)[0]
    named = tag("Talks resume on the 2nd of next month.", anchor)[0]
    assert guessed.confidence < named.confidence < spelled.confidence


def test_references_back_are_flagged() -> None:
    anchor = dt.date(2025, 5, 7)
    found = tag("The attack came on 3 May. The day before, police were warned.", anchor)
    assert [t.refers_back for t in found] == [False, True]
    assert found[1].confidence < found[0].confidence


def test_every_expression_of_a_range_carries_the_whole_range() -> None:
    anchor = dt.date(2025, 5, 7)
    for text, first, last in [
        ("The fair runs from 9 to 11 May.", "2025-05-09", "2025-05-11"),
        ("The war lasted from 1960 - 1961.", "1960-01-01", "1961-12-31"),
        ("The summit runs June 25-27 in Canada.", "2025-06-25", "2025-06-27"),
        ("It runs from the 13th to the 15th.", "2025-05-13", "2025-05-15"),
        ("The show runs March 5 through 8.", "2025-03-05", "2025-03-08"),
    ]:
        found = tag(text, anchor)
        assert len(found) == 2, found
        for timex in found:
            assert (str(timex.range_earliest), str(timex.range_latest)) == (first, last)
    alone = tag("The fair opens on 9 May.", anchor)[0]
    assert alone.range_earliest is None and alone.to_json()["range_latest"] is None


def test_counts_are_not_years() -> None:
    anchor = dt.date(2025, 5, 7)
    assert [t.value for t in tag("2,000 troops in 1998", anchor)] == ["1998"]
    ago = tag("Two thousand years ago, the city stood.", anchor)[0]
    assert ago.grain == Grain.CENTURY and ago.confidence < 0.5


def test_what_probing_the_rules_finds_is_kept_between_runs_and_never_trusted_blindly(
    tmp_path, monkeypatch
):
    # Probing the rules (each first word's rules, the finder's guards) takes about a second at
    # every start; it is kept in the cache folder under a hash of the rules.
    from dashboard.temporal import tagger

    def fresh():
        for cached in (
            tagger._probed,
            tagger._finder,
            tagger._bucket,
            tagger._bucket_of_rules,
            tagger._kept_programs,
        ):
            cached.cache_clear()

    text = "The talks on Thursday, May 8, and in the third quarter of 2025, 3 weeks ago."
    anchor = dt.date(2025, 5, 7)
    monkeypatch.setenv("NEWS_TIMELINE_CACHE", str(tmp_path / "cache"))
    fresh()
    worked_out = [(t.text, t.value) for t in tag(text, anchor)]
    kept = list((tmp_path / "cache").glob("tagger-probes-*.json"))
    assert len(kept) == 1
    for n in range(tagger.PROBES_KEPT + 3):  # other rules' files, older
        (tmp_path / "cache" / f"tagger-probes-old{n}.json").write_text("{}")
    assert tagger._probed()["guards"] == tagger._guards(tagger.GUARDED_WORDS)
    assert tagger._probed()["members"]["may"] == list(tagger._members("may"))
    fresh()
    assert [(t.text, t.value) for t in tag(text, anchor)] == worked_out  # read back
    for foreign in ("[1, 2]", '{"members": 5, "guards": []}', "{not json"):  # torn or foreign
        kept[0].write_text(foreign, encoding="utf-8")
        fresh()
        assert [(t.text, t.value) for t in tag(text, anchor)] == worked_out
    # written again: the older files of other rules are forgotten but for a few
    assert len(list((tmp_path / "cache").glob("tagger-probes-*.json"))) == 1 + tagger.PROBES_KEPT
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("NEWS_TIMELINE_CACHE", str(blocked / "cannot"))  # cannot be written
    fresh()
    assert [(t.text, t.value) for t in tag(text, anchor)] == worked_out
    monkeypatch.delenv("NEWS_TIMELINE_CACHE")
    fresh()


def test_the_rules_compiled_programs_are_kept_between_runs_and_run_as_re_compiles_them(
    tmp_path, monkeypatch
):
    # Compiling the first words' buckets took about a second of every new process (each
    # ingest command, each Dask worker); their programs are kept in the cache folder and handed
    # to the engine as re.compile hands them.
    import re

    from dashboard.temporal import programs, tagger

    def fresh():
        for cached in (tagger._bucket, tagger._bucket_of_rules, tagger._kept_programs):
            cached.cache_clear()

    monkeypatch.setenv("NEWS_TIMELINE_CACHE", str(tmp_path / "cache"))
    fresh()
    text = "Talks on Thursday, May 8, 2025, in the third quarter, 3 weeks ago, at 9 p.m. EST."
    anchor = dt.date(2025, 5, 7)
    compiled_here = [(t.text, t.value) for t in tag(text, anchor)]
    (kept,) = (tmp_path / "cache").glob("tagger-programs-*.bin")
    table = programs.read(kept)
    assert table is not None and table.keys() == tagger._kept_programs().keys()
    some = sorted({tuple(m) for m in tagger._probed()["members"].values() if m})[::10]
    for members in some:
        pattern = tagger._bucket_pattern(members)
        flags, code, *rest = table[programs.digest(pattern)]
        assert [flags, list(code.cast("I")), *rest] == list(programs.program(pattern))
        ours, theirs = programs.compiled(pattern, table), re.compile(pattern)
        assert (ours.pattern, ours.groupindex, ours.groups, ours.flags) == (
            theirs.pattern,
            theirs.groupindex,
            theirs.groups,
            theirs.flags,
        )
        found = [(m.span(), m.lastindex) for m in ours.finditer(text.lower())]
        assert found == [(m.span(), m.lastindex) for m in theirs.finditer(text.lower())]
    fresh()
    with monkeypatch.context() as inside:  # read back: every bucket from its kept program
        inside.setattr(programs, "re", None)  # programs.compiled may not fall back to re
        assert [(t.text, t.value) for t in tag(text, anchor)] == compiled_here
    data = kept.read_bytes()
    for spoilt in (data[: len(data) // 2], data[:-4] + b"\0\0\0\1", b"{not a file"):
        kept.write_bytes(spoilt)  # torn, altered, foreign: never run, compiled again
        assert programs.read(kept) is None
        fresh()
        assert [(t.text, t.value) for t in tag(text, anchor)] == compiled_here
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("NEWS_TIMELINE_CACHE", str(blocked / "cannot"))  # cannot be written
    fresh()
    assert tagger._kept_programs() == {}  # nothing compiled ahead of need
    assert [(t.text, t.value) for t in tag(text, anchor)] == compiled_here
    monkeypatch.delenv("NEWS_TIMELINE_CACHE")
    fresh()
