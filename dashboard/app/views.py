"""Plain functions behind the callbacks: filtering, table rows, the detail panel, the view range.

Nothing here knows about Dash callbacks; each function takes values and returns values (or a
component tree), so it is tested without a browser.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from dash import dcc, html

from dashboard.app import ids
from dashboard.model import Certainty, Document, Event, Mention, Note, mention_key
from dashboard.render.detail import ranked
from dashboard.render.figure import EDITED_MARK, WEB_STYLE, edited_label, opening_window
from dashboard.select import Filters
from dashboard.wording import attributed, disagreement_text, format_anchored, period_text

CERTAINTY_LABELS = {
    Certainty.EXACT: "Exact day",
    Certainty.RANGE: "Known span",
    Certainty.APPROXIMATE: "Approximate",
}


def store_error_text(error: Exception) -> str:
    """What the page says when the store cannot be used."""
    return f"The database could not be used: {error}"


def _strings(values: Any) -> list[str] | None:
    """A checklist's value as a list of strings (None when it is not a list at all)."""
    if not isinstance(values, list | tuple):
        return None
    return [v for v in values if isinstance(v, str)]


def parse_date(value: Any) -> dt.date | None:
    """An ISO date (or datetime) string from a date picker, or None when empty or unreadable.

    >>> parse_date("2025-05-07T00:00:00"), parse_date(""), parse_date("soon")
    (datetime.date(2025, 5, 7), None, None)
    """
    if not value or not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def filters_from_inputs(
    sources: Any,
    certainties: Any,
    date_from: Any,
    date_to: Any,
    text: Any,
    show_hidden: Any = None,
    min_sources: Any = None,
    min_mentions: Any = None,
) -> Filters:
    """The filter panel's raw values as a ``Filters`` (values of the wrong type count as unset).

    >>> filters_from_inputs(["A"], ["exact"], "2025-05-01", None, " talks ").text
    'talks'
    """
    certainties = _strings(certainties)
    return Filters.of(
        sources=_strings(sources),
        certainties=(
            [Certainty(c) for c in certainties if c in Certainty._value2member_map_]
            if certainties is not None
            else None
        ),
        date_from=parse_date(date_from),
        date_to=parse_date(date_to),
        text=text if isinstance(text, str) else "",
        include_hidden=isinstance(show_hidden, list) and "hidden" in show_hidden,
        min_sources=_count_value(min_sources),
        min_mentions=_count_value(min_mentions),
    )


def _count_value(value: Any) -> int:
    """A number field's value as a count (empty, negative or junk: 0, no restriction).

    >>> _count_value("3"), _count_value(None), _count_value(-2), _count_value("x")
    (3, 0, 0, 0)
    """
    try:
        return max(int(float(value)), 0) if value not in (None, "") else 0
    except (TypeError, ValueError):
        return 0


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


READING = "Reading the story…"


def reading_figure() -> dict:
    """What the chart shows until the first draw arrives (a few seconds on a story of tens of
    thousands of events): a word that it is coming, not empty axes that read as no events."""
    hidden = {"visible": False}
    return {
        "data": [],
        "layout": {
            "xaxis": hidden,
            "yaxis": hidden,
            "plot_bgcolor": "rgba(0,0,0,0)",
            "paper_bgcolor": "rgba(0,0,0,0)",
            "annotations": [
                {
                    "text": READING,
                    "showarrow": False,
                    "xref": "paper",
                    "yref": "paper",
                    "x": 0.5,
                    "y": 0.5,
                    "font": {"size": 16, "color": "#555"},
                }
            ],
        },
    }


def summary(shown: Sequence[Event], total: int) -> str:
    """One line under the title that orients a first-time reader: how much, from whom, when, and
    which stretch the chart opens on.

    >>> from dashboard.model import Event, Certainty, Mention
    >>> d = dt.date
    >>> def ev(i, start, end, source):
    ...     m = Mention("doc", source, "x", "x", "x", start, end, Certainty.EXACT)
    ...     return Event(i, "e", start, end, Certainty.EXACT, (m,))
    >>> evs = [ev(str(i), d(2025, 5, i), d(2025, 5, i), "A") for i in range(1, 9)]
    >>> evs.append(ev("war", d(1945, 5, 9), d(1945, 5, 9), "B"))
    >>> summary(evs, 9)
    '9 events from 2 sources, 1945–2025; the chart opens on 1–8 May 2025'
    >>> summary(evs[:1], 9), summary([], 0)
    ('1 event (of 9) from 1 source, 1 May 2025', 'No events yet: add an article below the table.')
    """
    if not shown:
        if total:
            return f"None of the {_count(total, 'event')} matches the filters."
        return "No events yet: add an article below the table."
    first, last = min(e.start for e in shown), max(e.end for e in shown)
    of = f" (of {total})" if len(shown) != total else ""
    n_sources = len({s for e in shown for s in e.sources})
    span = period_text(first, last) if first.year == last.year else f"{first.year}–{last.year}"
    text = f"{_count(len(shown), 'event')}{of} from {_count(n_sources, 'source')}, {span}"
    window = opening_window(shown, WEB_STYLE)
    if window and window != (first, last):
        text += f"; the chart opens on {period_text(*window)}"
    return text


def all_sources(events: Iterable[Event]) -> list[str]:
    """Every source once, sorted by name.

    >>> all_sources([])
    []
    """
    return sorted({s for e in events for s in e.sources})


def table_rows(
    events: Iterable[Event], notes: Mapping[str, Sequence[Note]]
) -> list[dict[str, Any]]:
    """One row per event for the event table, most important first; ``start`` sorts the dates
    chronologically while ``when`` shows them as written ("1945", never "1945-01-01").

    >>> e = Event("e", "War ends", dt.date(1945, 1, 1), dt.date(1945, 12, 31), Certainty.APPROXIMATE)
    >>> row = table_rows([e], {})[0]
    >>> row["when"], row["start"], row["importance"], row["n_sources"]
    ('1945', '1945-01-01', 0.0, 0)
    """
    return [
        {
            "id": e.id,
            "label": edited_label(e),
            "when": format_anchored(e.start, e.end),
            "start": e.start.isoformat(),
            "importance": round(e.importance, 2),
            "n_sources": len(e.sources),
            "certainty": CERTAINTY_LABELS[e.certainty],
            "sources": ", ".join(e.sources),
            "mentions": len(e.mentions),
            "notes": len(notes.get(e.id, ())),
            "disagree": "yes" if e.disagreement else "",
            "flags": " ".join(
                f
                for f in (
                    str(len(notes.get(e.id, ()))) if notes.get(e.id) else "",
                    "≠" if e.disagreement else "",
                )
                if f
            ),
        }
        for e in ranked(events)
    ]


def note_time(note: Note) -> str:
    """When a note was written, and when it was last edited if it was.

    >>> t = dt.datetime(2025, 5, 8, 9, 30)
    >>> note_time(Note(1, "e", "x", t, t)), note_time(Note(1, "e", "x", t, t.replace(hour=11)))
    ('08 May 2025 09:30', '08 May 2025 09:30 · edited 08 May 2025 11:30')
    """
    written = f"{note.created:%d %b %Y %H:%M}"
    if note.updated > note.created:
        return f"{written} · edited {note.updated:%d %b %Y %H:%M}"
    return written


def notes_by_event(notes: Iterable[Note]) -> dict[str, list[Note]]:
    """Notes grouped by event id, oldest first.

    >>> notes_by_event([])
    {}
    """
    grouped: dict[str, list[Note]] = {}
    for note in sorted(notes, key=lambda n: (n.created, n.id)):
        grouped.setdefault(note.event_id, []).append(note)
    return grouped


def view_from_relayout(relayout: Mapping[str, Any] | None, current: Any) -> list[str] | None:
    """The x range the user now looks at, from the graph's ``relayoutData``; None means "all".

    >>> view_from_relayout({"xaxis.range[0]": "2025-05-01", "xaxis.range[1]": "2025-06-01"}, None)
    ['2025-05-01', '2025-06-01']
    >>> view_from_relayout({"xaxis.autorange": True}, ["2025-05-01", "2025-06-01"]) is None
    True
    """
    if not relayout or not isinstance(relayout, Mapping):
        return current
    if "xaxis.range[0]" in relayout and "xaxis.range[1]" in relayout:
        return [str(relayout["xaxis.range[0]"]), str(relayout["xaxis.range[1]"])]
    if isinstance(relayout.get("xaxis.range"), list | tuple) and len(relayout["xaxis.range"]) == 2:
        return [str(v) for v in relayout["xaxis.range"]]
    if relayout.get("xaxis.autorange"):
        return None
    return current


def view_dates(view: Any) -> tuple[dt.date | None, dt.date | None]:
    """The view as dates (Plotly sends "2025-05-01 12:34:56.789"); anything else is no view."""
    if not isinstance(view, list | tuple) or len(view) != 2:
        return None, None
    return parse_date(view[0]), parse_date(view[1])


# --- the detail panel ---------------------------------------------------------------------------


def highlighted(mention: Mention) -> list[Any]:
    """The sentence as children, the time expression in a ``<mark>``. Text stays text (React
    escapes it), so markup in an article is shown, never run."""
    sentence = mention.sentence
    a, b = mention.timex_start, mention.timex_end
    if not (0 <= a < b <= len(sentence)):
        return [sentence]
    return [sentence[:a], html.Mark(sentence[a:b], className="timex"), sentence[b:]]


def anchor_text(mention: Mention, document: Document | None) -> str:
    """Which date the expression was resolved against, and whether that date was inferred."""
    anchor = mention.published or (document.published if document else None)
    if anchor is None:
        return "Anchor: none (the article has no publication date)"
    text = f"Anchor: {format_anchored(anchor, anchor)}"
    inferred = mention.published_inferred or (document.published_inferred if document else False)
    if inferred:
        evidence = document.published_evidence if document else ""
        text += " — inferred" + (f" from “{evidence}”" if evidence else "")
    else:
        text += " — the publication date"
    return text


def detail_head(
    event: Event | None,
    notes: Sequence[Note],
    *,
    editing: int | None = None,
    linked: Sequence[Event] = (),
) -> list[Any]:
    """The top of the detail panel: the event's label, dates, any disagreement, the events that
    date the same happening otherwise (``linked``, each a button that selects it) and its notes
    (then the app's note form, then :func:`detail_sources`).

    >>> detail_head(None, [])[0].children.startswith("Click an event on the chart")
    True

    Notes come before the quotes: an event reported many times would otherwise push them, and the
    form to add one, below the panel's fold.
    """
    if event is None:
        return [
            html.P(
                "Click an event on the chart (marker, label or band) or a row of the table:"
                " its sources, quotes and notes show here."
            )
        ]
    parts: list[Any] = [
        html.H3(event.label, className="detail-label"),
        html.P(
            [
                html.Strong(format_anchored(event.start, event.end)),
                f" · {CERTAINTY_LABELS[event.certainty]}",
            ]
        ),
    ]
    badges = [
        b for b, on in (("Pinned as a key event", event.pinned), ("Hidden", event.hidden)) if on
    ]
    if badges:
        parts.append(html.P(" · ".join(badges), className="badges"))
    if event.edits:
        parts.append(
            html.Div(
                [html.Strong(f"{EDITED_MARK} Edited by the analyst"),
                 html.Ul([html.Li(text) for text in event.edits])],
                className="edits",
            )
        )  # fmt: skip
    if event.disagreement:
        parts.append(html.P(disagreement_text(event.disagreement), className="disagreement"))
    if linked:
        parts.append(linked_events(linked))
    parts.append(html.H4(f"Notes ({len(notes)})"))
    parts.append(
        html.Ul(
            [
                html.Li(
                    [
                        html.Div(note.text, className="note-text"),
                        html.Div(
                            [
                                html.Span(note_time(note), className="note-time"),
                                html.Button("Edit", id=ids.note_edit(note.id), className="small"),
                                html.Button(
                                    "Delete", id=ids.note_delete(note.id), className="small"
                                ),
                            ],
                            className="note-actions",
                        ),
                    ],
                    className="note" + (" editing" if editing == note.id else ""),
                )
                for note in notes
            ]
            or [html.Li("No notes yet.", className="note empty")],
            className="notes",
        )
    )
    return parts


def linked_events(linked: Sequence[Event]) -> Any:
    """The other datings of the same happening, one button each: the analyst weighs a
    disagreement by reading both sides, so the other side is one click away.

    >>> other = Event("e-9", "Talks in Moscow", dt.date(2025, 5, 9), dt.date(2025, 5, 9),
    ...               Certainty.EXACT)
    >>> linked_events([other]).children[1].children[0].children.children
    'Talks in Moscow — Fri 9 May 2025'
    """
    return html.Div(
        [
            html.Strong("The same happening, dated otherwise:"),
            html.Ul(
                [
                    html.Li(
                        html.Button(
                            f"{e.label} — {format_anchored(e.start, e.end)}"
                            + (f" ({', '.join(e.sources)})" if e.sources else ""),
                            id=ids.linked_event(e.id),
                            className="small linked-event",
                            title="Show this event",
                        )
                    )
                    for e in linked
                ]
            ),
        ],
        className="linked-events",
    )


# An event of a big story may have hundreds of mentions (bpoil: 559); each brings its controls,
# and hundreds of them took the page over 30 s to draw. The first few of each source are shown.
MENTIONS_PER_SOURCE = 5


def detail_sources(event: Event | None, documents: Mapping[str, Document]) -> list[Any]:
    """What each source wrote about ``event``: the expression as written and as anchored, the
    quote with the expression highlighted, the anchor used and the article."""
    if event is None:
        return []
    parts: list[Any] = []
    for source in event.sources:
        items = []
        theirs = [m for m in event.mentions if m.source == source]
        for m in theirs[:MENTIONS_PER_SOURCE]:
            doc = documents.get(m.document_id)
            items.append(
                html.Li(
                    [
                        html.Div(
                            [
                                html.Span(f"“{m.text}”", className="written"),
                                f" → {format_anchored(m.start, m.end)}",
                                f" · {CERTAINTY_LABELS[m.certainty]}",
                            ]
                        ),
                        html.Blockquote(highlighted(m), className="quote"),
                        # a reported claim: whose it is, as reported by the source
                        html.Div(
                            f"Source: {attributed(m.source, m.attributed_to)}",
                            className="claimant",
                        )
                        if m.attributed_to
                        else None,
                        html.Div(anchor_text(m, doc), className="anchor"),
                        article_line(doc) if doc else None,
                        _mention_controls(m, doc, splittable=len(event.mentions) > 1),
                    ],
                    className="mention",
                )
            )
        more = len(theirs) - MENTIONS_PER_SOURCE
        if more > 0:
            items.append(
                html.Li(f"… and {more} more from {source}", className="mention more-mentions")
            )
        parts.append(html.Section([html.H4(source), html.Ul(items)], className="source"))
    return parts


ARTICLE_NAME_WORDS = 8  # the opening words that name a pasted article with no title


def article_name(document: Document) -> str:
    """What names an article to the analyst: its title; an archive row or a crawl without one
    (Timeline17 keeps none) by its address, else by its file's name, else (pasted) by its
    opening words.

    >>> from dashboard.model import Document
    >>> article_name(Document("d1", "BBC", "", "text", None, path="stories/bpoil/bbc-100.txt"))
    'bbc-100.txt'
    >>> article_name(Document("d1", "BBC", "Spill grows", "text", None))
    'Spill grows'
    >>> article_name(Document("d1", "Wire", "", "BP said on Thursday the new cap held.", None))
    '“BP said on Thursday the new cap held.”'
    """
    if document.title.strip():
        return document.title.strip()
    if document.url.strip():
        return document.url.strip()
    name = document.path.replace("\\", "/").rstrip("/").rpartition("/")[2]
    if name:
        return name
    # pasted with no title: its opening words say which article it is better than its id
    words = document.text.split()
    if not words:
        return document.id
    more = "…" if len(words) > ARTICLE_NAME_WORDS else ""
    return f"“{' '.join(words[:ARTICLE_NAME_WORDS])}{more}”"


def article_line(document: Document) -> Any:
    """ "Article: <name>", with a link to the original when its address is a web page's (only
    http and https: an address is read from the input, and any other scheme could run code)."""
    parts: list[Any] = [f"Article: {article_name(document)}"]
    url = document.url.strip()
    if url.lower().startswith(("http://", "https://")):
        parts += [
            " · ",
            html.A(
                "open the original ↗",
                href=url,
                target="_blank",
                rel="noopener noreferrer",
                title=url,
            ),
        ]
    return html.Div(parts, className="article")


def _mention_controls(mention: Mention, document: Document | None, *, splittable: bool) -> Any:
    """Split this mention off; correct its article's publication date or remove the article."""
    controls: list[Any] = []
    if splittable:
        key = mention_key(mention.document_id, mention.sentence, mention.timex_start)
        controls.append(
            html.Button("Split off as its own event", id=ids.split_mention(key), className="small")
        )
    if document is not None:
        controls += [
            html.Label(
                [
                    "Published ",
                    dcc.Input(
                        id=ids.document_date(document.id),
                        type="text",
                        value=document.published.isoformat() if document.published else "",
                        placeholder="YYYY-MM-DD",
                        className="date-field",
                    ),
                ]
            ),
            html.Button("Correct date", id=ids.document_date_save(document.id), className="small"),
            html.Button(
                "Remove article from the story",
                id=ids.document_remove(document.id),
                className="small",
            ),
        ]
    return html.Div(controls, className="mention-controls")
