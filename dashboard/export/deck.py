"""The briefing deck (PPTX, 16:9): title slide, the timeline picture, then one slide per key event.

- Title slide: the story, its sources with their publication dates, the span of the events.
- Timeline slide: the slide-preset PNG (3840×2160) filling the whole 16:9 slide.
- Chronology: the key events (pinned, then by importance, :func:`dashboard.events.importance.rank`,
  the ranking of the dashboard and of ``extract --top``, spread over days as the chart spreads
  them), date and label each.
- Event slides, the same key events in date order: the label (✎ when the analyst edited it),
  the anchored date and its certainty, each source's quote with the time expression in bold; the
  speaker notes cite every source with its publication date, and the analyst's notes when asked.

``deck_bytes`` is pure (it takes the rendered PNG); ``build_deck`` renders the picture and writes the
file atomically.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.util import Emu, Inches, Pt

from dashboard.events.importance import rank
from dashboard.export.browser import ExportSession
from dashboard.export.files import check_writable, write_atomic
from dashboard.export.picture import render_bytes, timeline_figure
from dashboard.model import Certainty, Document, Event, Mention, Note
from dashboard.render.detail import spread_over_days
from dashboard.render.figure import edited_label
from dashboard.render.view import View
from dashboard.wording import (
    attributed,
    disagreement_text,
    event_when,
    format_span,
    period_text,
)

SLIDE_WIDTH, SLIDE_HEIGHT = Emu(12192000), Emu(6858000)  # 13.333 × 7.5 in: PowerPoint's 16:9
MARGIN = Inches(0.6)
BLANK_LAYOUT = 6  # of python-pptx's default template; we place every box ourselves
MAX_EVENT_SLIDES = 12
MAX_QUOTE_CHARS = 300  # a longer sentence is cut around its time expression
MAX_QUOTES_PER_SLIDE = 4  # the others are in the speaker notes
QUOTE_CHARS_FOR = {0: 300, 1: 420, 2: 260, 3: 200, 4: 150}  # quotes on the slide -> chars each
MAX_LABEL_CHARS = 90  # the full label is in the speaker notes
BODY_SIZES = (24, 20, 18)  # tried in turn; 18 pt is the floor for the back of a room
CHAR_EM = 0.5  # average glyph width of Liberation Sans, as a share of the size (a little generous)
LINE_SPACING = 1.2

INK = RGBColor(0x1A, 0x1A, 0x1A)
MUTED = RGBColor(0x55, 0x55, 0x55)
ACCENT = RGBColor(0x00, 0x5A, 0x9C)
WARNING = RGBColor(0xA3, 0x3B, 0x00)
FONT = "Liberation Sans"  # metric-compatible with Arial, present on Debian and shown as Arial elsewhere

CERTAINTY_WORDS: Mapping[Certainty, str] = {
    Certainty.EXACT: "exact day",
    Certainty.RANGE: "a span of days",
    Certainty.APPROXIMATE: "approximate",
}


@dataclass(frozen=True)
class SourceInfo:
    """One source as the deck cites it."""

    source: str
    title: str
    published: dt.date | None
    published_inferred: bool = False


# ---------------------------------------------------------------------------------------------
# Pure helpers


def key_events(events: Sequence[Event], limit: int = MAX_EVENT_SLIDES) -> list[Event]:
    """The ``limit`` most important events (pinned first, then by importance, each further event
    of one day at half the weight: the chart's :func:`spread_over_days`, so the deck tells the
    story's course as the screen does), in the order they happened: a briefing tells a story from
    its start."""
    chosen = spread_over_days(events)[:limit]
    return sorted(chosen, key=lambda e: (e.start, e.end, e.label))


def format_published(info: SourceInfo) -> str:
    """``published 7 May 2025`` (``date inferred`` when it was)."""
    if info.published is None:
        return "publication date unknown"
    text = f"published {info.published.day} {info.published:%B %Y}"
    return f"{text} (date inferred)" if info.published_inferred else text


def source_infos(events: Sequence[Event], documents: Sequence[Document] = ()) -> list[SourceInfo]:
    """The sources the events cite, in first-mention order, with titles and dates when known."""
    by_source: dict[str, SourceInfo] = {}
    for doc in documents:
        by_source.setdefault(
            doc.source, SourceInfo(doc.source, doc.title, doc.published, doc.published_inferred)
        )
    cited = dict.fromkeys(s for e in events for s in e.sources)
    infos = []
    for source in cited:
        if source in by_source:
            infos.append(by_source[source])
            continue
        mention = next(m for e in events for m in e.mentions if m.source == source)
        infos.append(SourceInfo(source, "", mention.published, mention.published_inferred))
    return infos


# A story of more articles than this is named by its most important event, not by one article's
# headline: the earliest of hundreds (bpoil's is "Gulf oil spill's animal victims …") is one
# side of the story, while its top event ("BP's Deepwater Horizon oil rig exploded") is the story.
TITLE_FROM_ARTICLES_UP_TO = 5


def story_title(title: str | None, documents: Sequence[Document], events: Sequence[Event]) -> str:
    """The given title; else, for a few articles, the earliest one's title; else the most
    important event's label.

    >>> from dashboard.model import Certainty
    >>> day = dt.date(2025, 5, 8)
    >>> talks = Event("e1", "Xi and Putin hold talks", day, day, Certainty.EXACT, importance=1.0)
    >>> one = [Document("d1", "Wire", "Xi in Moscow", "text", day)]
    >>> story_title(None, one, [talks]), story_title(None, one * 6, [talks])
    ('Xi in Moscow', 'Xi and Putin hold talks')
    """
    if title and title.strip():
        return title.strip()
    titled = [d for d in documents if d.title.strip()]
    if titled and (len(documents) <= TITLE_FROM_ARTICLES_UP_TO or not events):
        first = min(titled, key=lambda d: (d.published or dt.date.max, d.title))
        return first.title.strip()
    return rank(events)[0].label if events else "Timeline"


def quote_parts(mention: Mention, limit: int = MAX_QUOTE_CHARS) -> tuple[str, str, str]:
    """The mention's sentence split as (before, time expression, after), cut to about ``limit``.

    >>> quote_parts(mention)  # doctest: +SKIP
    ('Xi is scheduled to meet Putin for formal talks on ', 'Thursday', '.')
    """
    raw = mention.sentence or mention.text
    start, end = mention.timex_start, mention.timex_end
    if not (0 <= start < end <= len(raw) and raw[start:end].strip()):
        # offsets missing or stale: find the expression's words instead
        start = raw.find(mention.text) if mention.text else -1
        if start < 0:
            return _cut(_squash(raw).strip(), limit, tail=True), "", ""
        end = start + len(mention.text)
    before, timex, after = (
        _squash(raw[:start]).lstrip(),
        raw[start:end],
        _squash(raw[end:]).rstrip(),
    )
    room = max(limit - len(timex), 40)
    keep_after = min(len(after), room // 2)
    keep_before = room - keep_after
    keep_after = room - min(len(before), keep_before)
    return _cut(before, keep_before, tail=False), timex, _cut(after, keep_after, tail=True)


def _squash(text: str) -> str:
    """Runs of white space (line breaks in the article) as one space, edges kept."""
    return re.sub(r"\s+", " ", text)


def _cut(text: str, limit: int, *, tail: bool) -> str:
    """Shorten at a word boundary with an ellipsis; ``tail`` keeps the start, else the end."""
    if len(text) <= limit:
        return text
    if tail:
        return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return "… " + text[-limit:].split(" ", 1)[-1]


def first_mention_per_source(event: Event) -> list[Mention]:
    """One quote per source: its first mention of the event."""
    seen: dict[str, Mention] = {}
    for mention in event.mentions:
        seen.setdefault(mention.source, mention)
    return list(seen.values())


def speaker_notes(event: Event, infos: Mapping[str, SourceInfo], notes: Sequence[Note] = ()) -> str:
    """The speaker notes of an event slide: each source with its title and publication date, then
    its words and how each time expression was read against that date.

    >>> print(speaker_notes(event, infos))  # doctest: +SKIP
    Xi to meet Putin for formal talks: Thursday 8 May 2025 (exact day).
    United Front, “Putin and Xi Signal United Front…”, published 7 May 2025:
    - “Xi is scheduled to meet Putin for formal talks on Thursday…” — “Thursday” read as Thursday 8 May 2025.
    """
    lines = [
        f"{' '.join(event.label.split())}: {format_span(event.start, event.end)} "
        f"({CERTAINTY_WORDS[event.certainty]})."
    ]
    lines += [f"Edited by the analyst: {edit}." for edit in event.edits]
    if event.disagreement:
        lines.append(disagreement_text(event.disagreement))
    for source in event.sources:
        mentions = [m for m in event.mentions if m.source == source]
        info = infos.get(source) or SourceInfo(
            source, "", mentions[0].published, mentions[0].published_inferred
        )
        title = f", “{info.title}”" if info.title else ""
        lines.append(f"{source}{title}, {format_published(info)}:")
        for mention in mentions:
            # a mention resolved against another date than its article's says so
            anchor = mention.published
            other = anchor is not None and anchor != info.published
            against = f" against {anchor.day} {anchor:%B %Y}" if other else ""
            claim = (
                f" Source: {attributed(source, mention.attributed_to)}."
                if mention.attributed_to
                else ""
            )
            lines.append(
                f"- “{' '.join(mention.sentence.split())}” — “{mention.text}” read as "
                f"{format_span(mention.start, mention.end)}{against}.{claim}"
            )
    if notes:
        lines.append("Analyst notes:")
        lines.extend(f"- {note.text}" for note in notes)
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------
# The deck


def deck_bytes(
    view: View, *, timeline_png: bytes, max_event_slides: int = MAX_EVENT_SLIDES
) -> bytes:
    """The PPTX file as bytes, from the view and an already rendered 16:9 timeline PNG.

    >>> data = deck_bytes(view, timeline_png=png)  # doctest: +SKIP
    """
    events, documents, notes = view.events, view.documents, view.notes
    if not events:
        raise ValueError("a deck needs at least one event")
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_WIDTH, SLIDE_HEIGHT
    infos = source_infos(events, documents)
    story = story_title(view.title, documents, events)
    ranked = key_events(events, max_event_slides)

    _title_slide(prs, story, infos, events, view.date_from, view.date_to, len(ranked))
    _chronology_slide(prs, story, ranked)
    _timeline_slide(prs, story, infos, events, timeline_png)
    by_source = {info.source: info for info in infos}
    for index, event in enumerate(ranked, start=1):
        event_notes = (notes or {}).get(event.id, ())
        _event_slide(prs, event, by_source, event_notes, index, len(ranked))

    # File properties, shown by file browsers and PowerPoint's Info pane.
    prs.core_properties.title = story
    prs.core_properties.subject = "Timeline from " + ", ".join(i.source for i in infos)
    prs.core_properties.author = "news-timeline"
    out = io.BytesIO()
    prs.save(out)
    return out.getvalue()


def build_deck(
    view: View,
    path: str | os.PathLike[str],
    *,
    session: ExportSession | None = None,
    max_event_slides: int = MAX_EVENT_SLIDES,
) -> Path:
    """Render the timeline with the slide preset and write the deck to ``path`` atomically.

    >>> build_deck(view, "brief.pptx")  # doctest: +SKIP
    PosixPath('brief.pptx')
    """
    check_writable(path)
    data = render_deck(view, session=session, max_event_slides=max_event_slides)
    return write_atomic(path, data)


def render_deck(
    view: View,
    *,
    session: ExportSession | None = None,
    max_event_slides: int = MAX_EVENT_SLIDES,
) -> bytes:
    """The deck as bytes: the timeline rendered with the slide preset (3840×2160), then the slides.

    >>> data = render_deck(view)  # doctest: +SKIP
    """
    slide_view = replace(view, preset="slide")
    png = render_bytes(timeline_figure(slide_view), "png", "slide", session=session)
    return deck_bytes(slide_view, timeline_png=png, max_event_slides=max_event_slides)


def _title_slide(prs, story, infos, events, date_from, date_to, n_event_slides) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK_LAYOUT])
    width = Emu(SLIDE_WIDTH - 2 * MARGIN)
    first = date_from or min(e.start for e in events)
    last = date_to or max(e.end for e in events)
    _text(
        slide,
        MARGIN,
        Inches(1.3),
        width,
        Inches(2.0),
        [[(story, True, INK)]],
        40,
        MSO_ANCHOR.BOTTOM,
    )
    span = f"{len(events)} events, {period_text(first, last)}"
    _text(slide, MARGIN, Inches(3.45), width, Inches(0.6), [[(span, False, ACCENT)]], 24)
    lines = [[("Sources", True, MUTED)]]
    for info in infos:
        title = f" — {info.title}" if info.title else ""
        lines.append([(info.source, True, INK), (f"{title}, {format_published(info)}", False, INK)])
    _text(slide, MARGIN, Inches(4.25), width, Inches(2.4), lines, 18)
    slide.notes_slide.notes_text_frame.text = (
        f"{story}. {span}. Every date is anchored to its article's publication date. "
        f"A chronology of the key events follows, then the timeline and one slide per key event "
        f"in date order ({n_event_slides} slides).\n"
        + "\n".join(f"- {i.source}: {i.title or 'untitled'}, {format_published(i)}." for i in infos)
    )


def _chronology_slide(prs, story: str, key: Sequence[Event]) -> None:
    """The key events, one line each: the date at its own precision, then the label."""
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK_LAYOUT])
    width = Emu(SLIDE_WIDTH - 2 * MARGIN)
    _text(slide, MARGIN, Inches(0.4), width, Inches(0.8), [[("Chronology", True, INK)]], 32)
    rows = [
        [
            (event_when(e.start, e.end), True, ACCENT),
            ("  " + _cut(edited_label(e), 70, tail=True), False, INK),
        ]
        for e in key
    ]
    size = 20 if len(rows) <= 8 else 16
    _text(slide, MARGIN, Inches(1.3), width, Inches(5.6), rows, size)
    slide.notes_slide.notes_text_frame.text = f"Chronology of {story}:\n" + "\n".join(
        f"- {event_when(e.start, e.end)}: {edited_label(e)}" for e in key
    )


def _timeline_slide(prs, story, infos, events, png: bytes) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK_LAYOUT])
    # Full-bleed: the PNG is 16:9 like the slide, so giving both sides never distorts it.
    slide.shapes.add_picture(io.BytesIO(png), 0, 0, width=SLIDE_WIDTH, height=SLIDE_HEIGHT)
    first, last = min(e.start for e in events), max(e.end for e in events)
    slide.notes_slide.notes_text_frame.text = (
        f"Timeline of {story}: {len(events)} events, {period_text(first, last)}. "
        f"Sources: {'; '.join(f'{i.source} ({format_published(i)})' for i in infos)}."
    )


def _event_slide(prs, event, infos, notes, index, total) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[BLANK_LAYOUT])
    width = Emu(SLIDE_WIDTH - 2 * MARGIN)
    label = _cut(" ".join(edited_label(event).split()), MAX_LABEL_CHARS, tail=True)
    label_size = 34 if len(label) <= 48 else 28  # two lines at most in the title box
    _text(
        slide,
        MARGIN,
        Inches(0.35),
        width,
        Inches(1.2),
        [[(label, True, INK)]],
        label_size,
        MSO_ANCHOR.BOTTOM,
    )
    date_line = [
        (event_when(event.start, event.end), True, ACCENT),
        (f"  ·  {CERTAINTY_WORDS[event.certainty]}", False, MUTED),
        (f"  ·  {len(event.sources)} source{'s' if len(event.sources) != 1 else ''}", False, MUTED),
    ]
    _text(slide, MARGIN, Inches(1.6), width, Inches(0.55), [date_line], 24)
    top = Inches(2.25)
    if event.disagreement:
        flag = [[(_cut(disagreement_text(event.disagreement), 220, tail=True), False, WARNING)]]
        flag_height = Inches(_height_inches(flag, 18, width.inches) + 0.05)
        _text(slide, MARGIN, top, width, flag_height, flag, 18)
        top += flag_height + Inches(0.1)

    bottom = SLIDE_HEIGHT - Inches(0.6)
    paragraphs, size = _fitted_body(event, notes, width.inches, Emu(bottom - top).inches)
    _text(slide, MARGIN, top, width, bottom - top, paragraphs, size, space_after=True)
    _text(
        slide,
        MARGIN,
        SLIDE_HEIGHT - Inches(0.5),
        width,
        Inches(0.4),
        [[(f"{index} / {total}", False, MUTED)]],
        12,
        align=PP_ALIGN.RIGHT,
    )
    slide.notes_slide.notes_text_frame.text = speaker_notes(event, dict(infos), notes)


def _fitted_body(event: Event, notes: Sequence[Note], width_in: float, height_in: float):
    """The quotes (and notes) at the largest size that fits; fewer quotes when even 18 pt does not.

    python-pptx cannot measure text, so the height is estimated from the characters per line.
    """
    quotes = first_mention_per_source(event)
    for count in range(min(len(quotes), MAX_QUOTES_PER_SLIDE), 0, -1):
        paragraphs = _body(quotes, count, notes)
        for size in BODY_SIZES:
            if _height_inches(paragraphs, size, width_in, spaced=True) <= height_in:
                return paragraphs, size
    return _body(quotes, 1, notes[:1]), BODY_SIZES[-1]


def _body(quotes: Sequence[Mention], count: int, notes: Sequence[Note]) -> list[list]:
    limit = QUOTE_CHARS_FOR[count]  # more sources, shorter quotes
    paragraphs: list[list] = []
    for mention in quotes[:count]:
        before, timex, after = quote_parts(mention, limit)
        paragraphs.append([(attributed(mention.source, mention.attributed_to), True, ACCENT)])
        paragraphs.append(
            [("“" + before, False, INK), (timex, True, INK), (after + "”", False, INK)]
        )
    if len(quotes) > count:
        more = len(quotes) - count
        paragraphs.append(
            [(f"and {more} more source{'s' if more > 1 else ''}: see the notes", False, MUTED)]
        )
    if notes:
        paragraphs.append([("Analyst notes", True, MUTED)])
        paragraphs.extend([(_cut(note.text, 160, tail=True), False, MUTED)] for note in notes[:2])
    return paragraphs


def _height_inches(paragraphs, size: float, width_in: float, *, spaced: bool = False) -> float:
    """Estimated height of wrapped paragraphs: characters per line from an average glyph width."""
    per_line = max(int(width_in * 72 / (size * CHAR_EM)), 10)
    total = 0.0
    for runs in paragraphs:
        chars = sum(len(text) for text, _, _ in runs)
        lines = max(1, -(-chars // per_line))
        total += lines * size * LINE_SPACING / 72
        if spaced:
            total += (4 if runs and runs[0][1] else 12) / 72
    return total


def _text(
    slide,
    left,
    top,
    width,
    height,
    paragraphs,
    size,
    anchor=MSO_ANCHOR.TOP,
    *,
    align=PP_ALIGN.LEFT,
    space_after=False,
):
    """A text box of paragraphs; each paragraph is a list of (text, bold, colour) runs."""
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = anchor
    frame.margin_left = frame.margin_right = 0
    for i, runs in enumerate(paragraphs):
        para = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        para.alignment = align
        if space_after:
            para.space_after = Pt(4 if runs and runs[0][1] else 12)
        for text, bold, colour in runs:
            run = para.add_run()
            run.text = text
            run.font.size = Pt(size)
            run.font.bold = bold
            run.font.name = FONT
            run.font.color.rgb = colour
    return box
