"""Loading articles: formats, sidecar and front matter, date inference, debris, bad input."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from dashboard.ingest.archive import load_documents, read_documents
from dashboard.ingest.debris import blocks
from dashboard.ingest.documents import (
    MAX_HTML_BYTES,
    content_id,
    document_from_text,
)
from dashboard.ingest.pubdate import (
    ANY_LANGUAGE_EXAMPLES,
    STATED_FORMS,
    infer_published,
    publication_line,
    stated_dates,
)


@pytest.fixture()
def seeds_copy(tmp_path: Path, seeds_dir: Path) -> Path:
    """The seed articles without their sidecar: nothing says when they were published."""
    folder = tmp_path / "bare"
    folder.mkdir()
    for path in seeds_dir.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return folder


def test_seeds_load_with_sidecar_metadata(seeds_dir):
    report = read_documents([seeds_dir])
    assert report.problems == []
    by_source = {d.source: d for d in report.documents}
    assert set(by_source) == {"United Front", "What's Planned"}
    united = by_source["United Front"]
    assert united.title == "Putin and Xi Signal United Front Against U.S. Influence"
    assert united.published == dt.date(2025, 5, 7)
    assert not united.published_inferred
    assert united.id == content_id(united.text)


def test_missing_date_is_inferred_with_evidence(seeds_copy):
    docs = {Path(d.path).name: d for d in load_documents([seeds_copy])}
    united = docs["putin-xi-united-front.txt"]
    assert united.published == dt.date(2025, 5, 7)
    assert united.published_inferred
    assert "80 years since the defeat of Nazi Germany" in united.published_evidence
    planned = docs["xi-visits-putin-whats-planned.txt"]
    assert planned.published_inferred
    # "On May 9, Xi will join …" with "This week's visit": written in that week, before the 9th.
    assert dt.date(2025, 5, 5) <= planned.published <= dt.date(2025, 5, 8)
    assert "80th anniversary" in planned.published_evidence
    # The evidence bounds it to a range of days: the range is said, and its earliest day taken.
    assert "between Mon 5 and Thu 8 May 2025" in planned.published_evidence
    assert planned.published == dt.date(2025, 5, 5)


@pytest.mark.parametrize(
    ("text", "day", "words"),
    [
        # Announced day only: the day before it.
        ("Leaders will sign the accord on Friday, June 13, 2025.", dt.date(2025, 6, 12), "before"),
        # "This week's" bounds it to the week: the earliest day of the range.
        (
            "This week's summit opens soon. Leaders will sign the accord on Friday, June 13, 2025.",
            dt.date(2025, 6, 9),
            "between Mon 9 and Thu 12 Jun 2025",
        ),
        # A day it reports in that week moves the start on.
        (
            "This week's summit began on Tuesday, June 10, 2025. Leaders will sign the accord on "
            "Friday, June 13.",
            dt.date(2025, 6, 11),
            "between Wed 11 and Thu 12 Jun 2025",
        ),
    ],
)
def test_inferred_day_from_bounds(text, day, words):
    result = infer_published(text)
    assert result.date == day and words in result.evidence


def test_inference_never_takes_today():
    result = infer_published("Talks are planned on Thursday. Nothing else is known.")
    assert result.date is None
    assert result.evidence


def test_stated_date_and_dateline_are_read():
    assert infer_published("Published: 7 May 2025\nXi arrived.").date == dt.date(2025, 5, 7)
    text = (
        "BERLIN, November 9 (Xinhua) --\n"
        "Crowds marked the 20th anniversary of the fall of the Berlin Wall."
    )
    assert infer_published(text).date == dt.date(2009, 11, 9)
    # A year named in passing is too weak to date the article by its dateline.
    assert infer_published("BERLIN, November 9 (Xinhua) --\nAs in 1989, crowds met.").date is None


@pytest.mark.parametrize(
    ("form", "line", "iso"),
    [(f.name, line, iso) for f in STATED_FORMS for line, iso in f.examples],
)
def test_stated_date_forms_read_their_examples(form, line, iso):
    found = stated_dates(line)
    assert found and found[0].form == form and found[0].date.isoformat() == iso
    # A line that is nothing but the form is the page's metadata, not a happening.
    assert (publication_line(line) is not None) == found[0].metadata_only


@pytest.mark.parametrize(
    "line",
    [
        "By Monday, June 16, 2025, the talks will have ended.",
        "The report published on June 10, 2020 found nothing.",
        "June 10, 2025 will be remembered as the day talks began.",
        "Dated documents were found.",
    ],
)
def test_lines_that_state_no_page_date(line):
    assert publication_line(line) is None
    assert not [s for s in stated_dates(line) if s.metadata_only]


GENEVA = (
    "Geneva talks announced\nPublished on June 10, 2025.\nNegotiators will meet in Geneva on "
    "Monday, June 16, 2025, for a first round of talks. A second round is planned for late July.\n"
)


def test_stated_publication_line_wins_over_weekday_reasoning():
    doc = document_from_text(GENEVA, source="T")
    assert doc.published == dt.date(2025, 6, 10) and doc.published_inferred
    assert "Published on June 10, 2025" in doc.published_evidence
    # A publication line wins over an update line and over a weekday named with a date.
    text = "Updated June 12, 2025\nBy Jane Doe | June 10, 2025\n" + GENEVA.split("\n", 2)[2]
    assert infer_published(text).date == dt.date(2025, 6, 10)
    text = "Updated 10:32 AM EDT, Wed June 11, 2025\n" + GENEVA.split("\n", 2)[2]
    assert infer_published(text).date == dt.date(2025, 6, 11)


def test_publication_line_is_debris():
    reasons = [b.reason for b in blocks(GENEVA)]
    assert reasons[1] and reasons[1].startswith("publication line")
    assert reasons[2] is None


def test_undated_article_loads_with_a_problem(tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text("The minister resigned on Thursday after the vote.\n")
    report = read_documents([path])
    assert len(report.documents) == 1 and report.documents[0].published is None
    [problem] = report.problems
    assert not problem.refused
    assert "undated.txt" in problem.message and "--anchor" in problem.message


def _seeds_with_sidecar(folder, seeds_dir, sidecar: str):
    """The seed articles in ``folder`` with ``sidecar`` as their metadata.csv, read."""
    for path in seeds_dir.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    (folder / "metadata.csv").write_text(sidecar, encoding="utf-8")
    return read_documents([folder])


def test_sidecar_bad_date_and_unknown_column(tmp_path, seeds_dir):
    report = _seeds_with_sidecar(
        tmp_path,
        seeds_dir,
        "file,source,published,colour\n"
        "putin-xi-united-front.txt,United Front,7th of May,red\n"
        "xi-visits-putin-whats-planned.txt,Planned,2025-05-07,blue\n",
    )
    assert len(report.documents) == 2, "the rest of the batch still loads"
    messages = " | ".join(p.message for p in report.problems)
    assert "line 2, column 'published'" in messages and "YYYY-MM-DD" in messages
    assert "column 'colour'" in messages and "unknown column" in messages
    assert all("metadata.csv" in p.message for p in report.problems)
    docs = {d.source: d for d in report.documents}
    assert docs["United Front"].published_inferred  # the bad cell fell back to the text
    assert docs["Planned"].published == dt.date(2025, 5, 7)


def test_a_sidecar_saved_with_semicolons_is_read(tmp_path, seeds_dir):
    # a spreadsheet of many locales saves CSV so (with its BOM): it said "no 'file' column"
    report = _seeds_with_sidecar(
        tmp_path,
        seeds_dir,
        "\ufefffile;source;published\n"
        "putin-xi-united-front.txt;Front Page;2025-05-06\n"
        "xi-visits-putin-whats-planned.txt;Planner;2025-05-07\n",
    )
    assert {(d.source, d.published) for d in report.documents} == {
        ("Front Page", dt.date(2025, 5, 6)),
        ("Planner", dt.date(2025, 5, 7)),
    }
    assert not any("metadata.csv" in p.message for p in report.problems)


def test_markdown_front_matter(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(
        "---\nsource: Wire\ntitle: Talks\npublished: 2025-05-07\n---\nTalks on Thursday.\n"
    )
    [doc] = load_documents([path])
    assert (doc.source, doc.title, doc.published) == ("Wire", "Talks", dt.date(2025, 5, 7))
    assert doc.text == "Talks on Thursday."


def test_html_main_text_is_extracted(tmp_path):
    body = " ".join(["Xi is scheduled to meet Putin for formal talks on Thursday."] * 5)
    page = (
        "<!DOCTYPE html><html><head><title>Xi in Moscow</title><script>var x=1;</script></head>"
        "<body><nav>Homepage World Politics</nav><article><h1>Xi in Moscow</h1>"
        f"<p>{body}</p><p>The parade is on Friday in Red Square, officials said.</p></article>"
        "<footer>Ads by Someone</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page)
    [doc] = load_documents([path])
    assert "formal talks on Thursday" in doc.text
    assert "var x" not in doc.text
    assert doc.title == "Xi in Moscow"


def test_bad_inputs_are_named_and_the_rest_loads(tmp_path, seeds_dir):
    good = tmp_path / "good.txt"
    shutil.copy(seeds_dir / "putin-xi-united-front.txt", good)
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le président a parlé jeudi, le 8 mai 2025.".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n\n")
    twice = tmp_path / "copy.txt"
    shutil.copy(good, twice)
    huge = tmp_path / "huge.html"
    with huge.open("wb") as f:  # a 20 MB page is refused by its size, before it is read
        f.write(b"<html><body>" + b"<p>filler text</p>" * (20_000_000 // 18) + b"</body></html>")
    assert huge.stat().st_size > MAX_HTML_BYTES
    report = read_documents([good, binary, latin, empty, twice, huge, tmp_path / "missing.txt"])
    loaded = {Path(d.path).name for d in report.documents}
    assert loaded == {"good.txt", "latin.txt"}
    problems = {}
    for p in report.problems:  # one problem per file, messages joined
        name = Path(p.path).name
        old = problems.get(name)
        problems[name] = (
            p
            if old is None
            else type(p)(p.path, f"{old.message} {p.message}", old.refused or p.refused)
        )
    assert "binary" in problems["image.txt"].message and problems["image.txt"].refused
    assert "Windows-1252" in problems["latin.txt"].message
    assert not problems["latin.txt"].refused
    latin_doc = next(d for d in report.documents if d.path.endswith("latin.txt"))
    assert "président" in latin_doc.text
    assert "empty" in problems["empty.txt"].message and problems["empty.txt"].refused
    assert "same article as" in problems["copy.txt"].message
    assert "MB limit" in problems["huge.html"].message and problems["huge.html"].refused
    assert "no such file" in problems["missing.txt"].message
    for name, problem in problems.items():
        assert name in problem.message


def test_document_from_text_for_uploads():
    doc = document_from_text("Talks on Thursday.", source="Paste", published=dt.date(2025, 5, 7))
    assert doc.published == dt.date(2025, 5, 7) and not doc.published_inferred
    html_doc = document_from_text(
        "<html><body><article><p>"
        + "The summit opened on Monday in Geneva. " * 4
        + "</p></article></body></html>",
        source="Upload",
        published=dt.date(2025, 5, 7),
    )
    assert "<p>" not in html_doc.text and "summit opened" in html_doc.text


def test_page_debris_is_recognised(seeds_dir):
    text = (seeds_dir / "xi-visits-putin-whats-planned.txt").read_text()
    title = "Xi Jinping Visits Putin: From Red Square to Gas Deals, Here’s What’s Planned"
    judged = {b.text: b.reason for b in blocks(text, title=title)}
    assert judged["Others are reading now"]
    assert judged["Also read"]
    assert judged["Ads by MGDK"]
    assert judged["Официальный веб-сайт Президента Российской Федерации / Wiki Commons"]
    assert judged["Xi Jinping, Vladimir Putin"]  # an image caption
    assert judged["Military Parade: Symbolism in Red Square"]  # a heading
    repeated = (
        "With Western sanctions hitting Russia’s economy hard, China has stepped in as a vital"
    )
    assert sum(1 for b in blocks(text) if b.text.startswith(repeated) and not b.reason) == 1
    assert (
        judged[
            "Xi and Putin are expected to sign new agreements reinforcing the 2022 “no limits” "
            "strategic partnership."
        ]
        is None
    )


@pytest.mark.parametrize(
    "caption",
    [
        "Xi Jinping and Vladimir Putin shake hands in Moscow on Thursday. (Photo: AFP)",
        "Troops march in Red Square on Friday. REUTERS/Maxim Shemetov",
        "Crowds at the parade on May 9. Photo by Jane Doe",
    ],
)
def test_captions_with_credits_are_debris(caption):
    [block] = blocks(caption)
    assert block.reason == "image caption with its credit"


def test_breadcrumbs_are_debris_even_glued_to_a_paragraph(seeds_dir):
    text = (seeds_dir / "xi-visits-putin-whats-planned.txt").read_text()
    assert blocks(text)[0].text.startswith("Homepage World") and blocks(text)[0].reason
    glued = blocks("The visit is a rebuttal to Washington.Homepage World Xi Jinping Visits Putin")
    assert [(b.text, bool(b.reason)) for b in glued] == [
        ("The visit is a rebuttal to Washington.", False),
        ("Homepage World Xi Jinping Visits Putin", True),
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Talks on Aug. 7 in the U.S. Embassy ended. Dr. Li left.",
            ["Talks on Aug. 7 in the U.S. Embassy ended.", "Dr. Li left."],
        ),
        (
            "Си Цзиньпин прибыл в Москву. Парад состоится 9 мая.",
            ["Си Цзиньпин прибыл в Москву.", "Парад состоится 9 мая."],
        ),
        ("习近平抵达莫斯科。阅兵式于5月9日举行。", ["习近平抵达莫斯科。", "阅兵式于5月9日举行。"]),
        (
            "Prices rose, e.g. in Moscow. Talks went on.",
            ["Prices rose, e.g. in Moscow.", "Talks went on."],
        ),
        # a chronology's items apart a dash: each its own sentence, without the dash
        (
            "June 14 - Obama visits the Gulf. -- Two lawmakers release a letter. — BP replies.",
            ["June 14 - Obama visits the Gulf.", "Two lawmakers release a letter.", "BP replies."],
        ),
        ("He left the U.S. -- and came back.", ["He left the U.S. -- and came back."]),
        # a full stop typed for a date's comma ends nothing; a year that opens a clause does
        (
            "In this May 22. 2010 photo, pelicans land. Oil came ashore.",
            ["In this May 22. 2010 photo, pelicans land.", "Oil came ashore."],
        ),
        (
            "The talks ended on May 22. 2010 was a hard year.",
            ["The talks ended on May 22.", "2010 was a hard year."],
        ),
    ],
)
def test_sentences_end_before_a_capital_of_any_script(text, sentences):
    from dashboard.ingest.sentences import split_sentences

    assert [s.text for s in split_sentences(text)] == sentences


@pytest.mark.parametrize(("line", "iso"), ANY_LANGUAGE_EXAMPLES)
def test_a_dateline_in_another_language_states_the_date(line, iso):
    inference = infer_published(line + "\nТекст статьи. Le texte. 正文。")
    assert inference.date is not None and inference.date.isoformat() == iso
    assert "dateline or date line" in inference.evidence


@pytest.mark.parametrize(
    "text",
    [
        "Путин прибыл в Москву 7 мая 2025 года.\nПарад состоится в пятницу.",
        "Le président arrivera le 7 mai 2025 à Moscou.",
        "习近平于2025年5月9日抵达莫斯科。",
    ],
)
def test_a_story_sentence_with_a_date_is_no_stated_date(text):
    assert infer_published(text).date is None


def test_a_programme_listing_is_debris_whole_and_an_article_with_times_is_not():
    """A broadcaster's week of schedules crawled with the news (its shows name the story's
    people) is programmes, not happenings: every line of it is debris, and the event layer finds
    nothing in it. An article that gives a few times and an editor's line is still an article."""
    from dashboard.events import extract_candidates
    from dashboard.model import Document

    listing = (
        "Network Radio Week 9 Skip to a day of the week: 7.00-10.00 pm RADIO LIVE Colin Roe "
        "presents Kicking Off on Friday. Presenter/Colin Roe, Producer/Al Poe 10.00-11.00 pm "
        "Wanda Jackson sings on Saturday. Reader/Ann Lee, Producer/Jo Doe 12.00noon-6.00 pm "
        "Sport on Sunday."
    )
    judged = blocks(listing)
    assert len(judged) == 1 and judged[0].reason.startswith("a programme listing")
    day = dt.date(2010, 2, 27)
    assert extract_candidates(Document("l", "BBC", "", listing, day)) == []
    article = (
        "Polls opened at 7.00 am and closed at 10.00 pm on Thursday. Counting ran from "
        "10.30-11.30 pm, then 1.00-3.00 am on Friday and 4.00-6.00 am. Editor: Jo Roe."
    )
    assert all(b.reason is None for b in blocks(article))
    assert extract_candidates(Document("a", "Wire", "", article, day))


CAPTION_ENDINGS = [
    "Putin and Xi shake hands. REUTERS/Maxim Shemetov",
    "Putin and Xi shake hands. Reuters  /  Maxim Shemetov\n",
    "At the parade. Photo by Jane Doe",
    "In Moscow on Thursday. (Photo: AFP)",
    "The rig. Pictures © Jo Roe/AP",
    "Boats at sea. XINHUA /Li Ming. More",
    "Boats at sea. Xinhua/Li Ming",
    "The rig sank. Photographs: Jo Roe/EPA \n",
    "a/b/c. credit: none (really)",
    "The rig sank on April 20.",
    "Talks in Beijing/Moscow went on.",
]


def test_a_caption_credit_is_found_at_the_end_as_a_whole_scan_finds_it(seeds_dir):
    """``ends_with_caption_credit`` scans only a block's end; it says what a search of the whole
    block for the credit's shape says."""
    from dashboard.ingest.debris import _CAPTION_CREDIT, ends_with_caption_credit

    data = Path(__file__).parent / "data"
    pages = [
        p.read_text(encoding="utf-8") for p in [*data.rglob("*.txt"), *seeds_dir.glob("*.txt")]
    ]
    blocks_ = CAPTION_ENDINGS + pages + [line for page in pages for line in page.splitlines()]
    said = [ends_with_caption_credit(b) for b in blocks_]
    assert said == [bool(_CAPTION_CREDIT.search(b)) for b in blocks_]
    assert said[: len(CAPTION_ENDINGS)] == [True] * 8 + [False] * 3
