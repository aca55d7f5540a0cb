"""The timeline figure, built from hand-made events (the figure knows nothing of the store)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json

import plotly.graph_objects as go
import pytest

from dashboard.model import Certainty, Event, Mention, Note
from dashboard.render.detail import LEVELS
from dashboard.render.figure import (
    BAND_HITS,
    WEB_STYLE,
    FigureStyle,
    assign_lanes,
    build_figure,
    dense_window,
    eras,
    format_anchored,
    labelled_event,
    period_text,
)
from dashboard.render.styles import SourceStyles

D = dt.date
ANCHOR = D(2025, 5, 7)


def mention(
    source: str,
    text: str,
    sentence: str,
    start: dt.date,
    end: dt.date | None = None,
    certainty: Certainty = Certainty.EXACT,
) -> Mention:
    at = sentence.find(text)
    return Mention(
        document_id=f"doc-{source}",
        source=source,
        text=text,
        sentence=sentence,
        value=start.isoformat(),
        start=start,
        end=end or start,
        certainty=certainty,
        timex_start=at,
        timex_end=at + len(text),
        published=ANCHOR,
    )


def event(event_id: str, label: str, *mentions: Mention, disagreement: str | None = None) -> Event:
    first = mentions[0]
    return Event(
        id=event_id,
        label=label,
        start=first.start,
        end=first.end,
        certainty=first.certainty,
        mentions=tuple(mentions),
        disagreement=disagreement,
    )


@pytest.fixture
def story() -> list[Event]:
    """Events shaped like the seeds: a dense May 2025, a fuzzy autumn, and far-apart eras."""
    a, b = "United Front", "What's Planned"
    talks = "Xi is scheduled to meet Putin for formal talks on Thursday."
    parade = "On May 9, Xi will join other world leaders in Red Square."
    return [
        event(
            "visit",
            "Four-day state visit",
            mention(
                a,
                "four-day",
                "Xi has arrived for a four-day state visit.",
                D(2025, 5, 7),
                D(2025, 5, 10),
                Certainty.RANGE,
            ),
            mention(
                b,
                "four-day",
                "Xi has arrived for a four-day state visit.",
                D(2025, 5, 7),
                D(2025, 5, 10),
                Certainty.RANGE,
            ),
        ),
        event("talks", "Formal talks", mention(a, "Thursday", talks, D(2025, 5, 8))),
        event(
            "parade",
            "Victory Day parade in Red Square",
            mention(a, "Friday", "He will join leaders on Friday for a parade.", D(2025, 5, 9)),
            mention(b, "May 9", parade, D(2025, 5, 9)),
        ),
        event(
            "return",
            "Putin to travel to China",
            mention(
                b,
                "late August or early September",
                "Putin will travel to China in late August or early September.",
                D(2025, 8, 21),
                D(2025, 9, 10),
                Certainty.APPROXIMATE,
            ),
            mention(
                a,
                "later this year",
                "Putin may pay a reciprocal visit later this year.",
                D(2025, 5, 7),
                D(2025, 12, 31),
                Certainty.APPROXIMATE,
            ),
            disagreement="late August or early September vs later this year",
        ),
        event(
            "nixon",
            "Washington split Moscow and Beijing",
            mention(
                b,
                "the 1970s",
                "as Washington once did in the 1970s.",
                D(1970, 1, 1),
                D(1979, 12, 31),
                Certainty.APPROXIMATE,
            ),
        ),
        event(
            "ww2",
            "Defeat of Nazi Germany",
            mention(
                a,
                "80 years",
                "commemorating 80 years since the defeat of Nazi Germany.",
                D(1945, 5, 9),
            ),
        ),
        event(
            "pact",
            "No-limits partnership",
            mention(
                b,
                "2022",
                "reinforcing the 2022 no limits partnership.",
                D(2022, 1, 1),
                D(2022, 12, 31),
                Certainty.APPROXIMATE,
            ),
        ),
        event(
            "arrive", "Xi arrives in Moscow", mention(a, "has arrived", "Xi has arrived.", ANCHOR)
        ),
        event("boycott", "Ukraine calls for a boycott", mention(b, "", "Ukraine calls.", ANCHOR)),
        event(
            "deals",
            "Agreements signed",
            mention(b, "Thursday", "to sign on Thursday", D(2025, 5, 8)),
        ),
    ]


def traces_named(fig: go.Figure, name: str) -> list:
    return [t for t in fig.data if t.name == name]


def labels_of(fig: go.Figure) -> dict[str, tuple[float, str]]:
    """Event id -> (lane, text) of each label annotation."""
    return {
        a.name.removeprefix("label "): (a.y, a.text)
        for a in fig.layout.annotations
        if (a.name or "").startswith("label ")
    }


# --- lanes --------------------------------------------------------------------------------------


def test_lanes_do_not_overlap():
    spans = [(0, 10), (2, 3), (4, 12), (11, 15), (13, 14), (16, 20)]
    lanes = assign_lanes(spans)
    for i, (a, b) in enumerate(spans):
        for j, (c, d) in enumerate(spans):
            if i < j and lanes[i] == lanes[j]:
                assert b < c or d < a, (spans[i], spans[j])
    assert max(lanes) == 1  # never more than two spans overlap at one point: two lanes suffice


def test_lanes_reuse_the_top_lane_and_respect_the_gap():
    assert assign_lanes([(0, 1), (2, 3), (4, 5)]) == [0, 0, 0]
    assert assign_lanes([(0, 1), (2, 3)], gap=1.5) == [0, 1]
    assert assign_lanes([]) == []


# --- dense window and dates ---------------------------------------------------------------------


def test_dense_window_opens_on_2025_not_1945(story):
    lo, hi = dense_window(story)
    assert lo == D(2025, 5, 7)
    assert hi == D(2025, 9, 10)  # reaches "late August or early September", not "later this year"


def test_dense_window_of_nothing_is_none():
    assert dense_window([]) is None


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2025, 5, 8), D(2025, 5, 8), "Thu 8 May 2025"),
        (D(2025, 5, 7), D(2025, 5, 10), "Wed 7 – Sat 10 May 2025"),
        (D(2025, 8, 21), D(2025, 9, 10), "Thu 21 Aug – Wed 10 Sep 2025"),
        (D(2022, 1, 1), D(2022, 12, 31), "2022"),
        (D(1970, 1, 1), D(1979, 12, 31), "1970–1979"),
    ],
)
def test_format_anchored(start, end, expected):
    assert format_anchored(start, end) == expected


# --- the figure ---------------------------------------------------------------------------------


def test_one_marker_trace_per_source_with_distinct_shape_and_colour(story):
    fig = build_figure(story)
    a, b = traces_named(fig, "United Front")[0], traces_named(fig, "What's Planned")[0]
    assert a.marker.symbol != b.marker.symbol
    assert a.marker.color != b.marker.color
    assert a.legendgroup != b.legendgroup  # the legend toggles each source on its own
    # the parade is told by both sources: one marker each
    assert "parade" in a.customdata and "parade" in b.customdata


def test_hover_card_has_written_and_anchored_date_source_and_quote(story):
    fig = build_figure(story)
    a = traces_named(fig, "United Front")[0]
    card = a.hovertext[list(a.customdata).index("talks")]
    assert "“Thursday” → Thu 8 May 2025" in card
    assert "Source: United Front" in card
    assert "formal talks on <b>Thursday</b>" in card


def test_known_span_is_solid_and_fuzzy_period_is_dashed(story):
    fig = build_figure(story)
    (span,) = traces_named(fig, "Known span")
    (band,) = traces_named(fig, "Approximate period")
    assert span.line.dash == "solid" and band.line.dash == "dash"
    assert "visit" in span.customdata and "nixon" in band.customdata
    # the band is lighter than the bar
    assert float(band.fillcolor.split(",")[-1][:-1]) < float(span.fillcolor.split(",")[-1][:-1])
    # intervals are inclusive: the visit bar runs to the end of its last day
    assert "2025-05-11" in span.x


def test_disagreement_is_flagged(story):
    fig = build_figure(story)
    (flag,) = traces_named(fig, "Sources disagree")
    assert list(flag.customdata) == ["return"]
    assert "Putin to travel to China ≠" in labels_of(fig)["return"][1]


def test_opens_on_dense_part_with_a_slider_reaching_1945_and_fit_all(story):
    fig = build_figure(story)
    lo, hi = fig.layout.xaxis.range
    assert lo.startswith("2025-0") and hi < "2026"
    slider = fig.layout.xaxis.rangeslider
    assert slider.visible and slider.range[0] < "1945-05-09"
    labels = [b.label for b in fig.layout.updatemenus[0].buttons]
    assert labels == ["Zoom to May–Sep 2025", "Fit all (1945–2025)"]  # buttons say where they go
    fit_all = fig.layout.updatemenus[0].buttons[1].args[0]["xaxis.range"]
    assert fit_all[0] < "1945-05-09" and fit_all[1] > "2025-09-10"


def test_opening_view_starts_on_the_first_of_its_month_with_weekly_minor_ticks(story):
    fig = build_figure(story)
    assert (
        fig.layout.xaxis.range[0] == "2025-05-01"
    )  # so "May 2025" is named at the left edge, not cut off
    minor = fig.layout.xaxis.minor
    assert minor.ticks == "outside" and len(minor.tickvals) >= 20
    days = [dt.date.fromisoformat(v) for v in minor.tickvals]
    assert all(d.weekday() == 0 for d in days)  # Mondays
    assert days[0] <= D(2025, 5, 1) and days[-1] >= D(2025, 9, 10)
    # zoomed out to 1945-2025 there is no weekly tick list to pave the axis with
    wide = build_figure(story, x_range=(D(1945, 1, 1), D(2025, 12, 31)))
    assert not wide.layout.xaxis.minor.tickvals


def test_overview_is_a_light_miniature_naming_its_eras(story):
    fig = build_figure(story)
    slider = fig.layout.xaxis.rangeslider
    grey = int(slider.bgcolor.lstrip("#")[:2], 16)
    assert grey >= 0xF0  # a light background, not a grey block
    (era_trace,) = traces_named(fig, "Eras")
    assert list(era_trace.text) == ["1945", "1970s", "2022", "2025"]
    # the names sit below the last lane: clipped out of the main plot, inside the slider's range
    main_bottom = max(fig.layout.yaxis.range)
    assert min(era_trace.y) > main_bottom
    assert max(slider.yaxis.range) >= max(era_trace.y) and slider.yaxis.rangemode == "fixed"


def test_eras_and_period_text():
    spans = [(lo, hi) for lo, hi, _ in eras(story_like_eras())]
    assert [period_text(lo, hi) for lo, hi in spans] == ["1945", "1970s", "May–Sep 2025"]
    assert period_text(D(2025, 5, 7), D(2025, 5, 10)) == "7–10 May 2025"
    assert period_text(D(2025, 5, 1), D(2025, 5, 31)) == "May 2025"
    assert period_text(D(2021, 3, 1), D(2025, 5, 31)) == "2021–2025"


def story_like_eras() -> list[Event]:
    a = "Source A"
    return [
        event("w", "War", mention(a, "1945", "In 1945.", D(1945, 1, 1), D(1945, 12, 31))),
        event("s", "Split", mention(a, "1970s", "The 1970s.", D(1970, 1, 1), D(1979, 12, 31))),
        event("t", "Talks", mention(a, "Thursday", "On Thursday.", D(2025, 5, 8))),
        event("v", "Visit", mention(a, "September", "In September.", D(2025, 9, 1))),
    ]


def test_labels_are_whole_when_they_fit_and_cut_only_on_a_narrow_plot(story):
    long = "Xi Jinping has arrived in Moscow for a four-day state visit"  # 59 characters
    story = [dataclasses.replace(e, label=long) if e.id == "visit" else e for e in story]
    # the label says its days first: the window is short enough for days to sit close
    assert labels_of(build_figure(story))["visit"][1] == f"7–10 May — {long}"
    narrow = dataclasses.replace(WEB_STYLE, width=420)
    cut = labels_of(build_figure(story, style=narrow))["visit"][1]
    assert cut.endswith("…") and len(cut) < len(f"7–10 May — {long}")


def test_labels_and_bands_select_their_event(story):
    fig = build_figure(story)
    labels = [a for a in fig.layout.annotations if labelled_event(a.name)]
    assert labels and all(a.captureevents for a in labels)  # a click on a label is an event
    assert "Thursday" in next(a.hovertext for a in labels if labelled_event(a.name) == "talks")
    (hits,) = traces_named(fig, BAND_HITS)
    assert hits.showlegend is False and "rgba(0,0,0,0)" in hits.marker.color
    # points all along "late August or early September", each carrying the event id
    days = [
        dt.date.fromisoformat(x)
        for x, i in zip(hits.x, hits.customdata, strict=True)
        if i == "return"
    ]
    assert min(days) == D(2025, 8, 21) and max(days) == D(2025, 9, 11) and len(days) >= 5
    # exact days have no band: their marker is enough
    assert "talks" not in hits.customdata
    # the selection ring is never put on an invisible point
    ring = build_figure(story, selected="return")
    (selected,) = traces_named(ring, "Selected")
    # a source's fuzzy date is a hollow marker inside its band, not a dot on its first day
    (marker, *_) = [
        t
        for t in ring.data
        if t.customdata
        and "return" in t.customdata
        and t.mode == "markers"
        and t.name not in ("Selected", BAND_HITS)
    ]
    assert marker.marker.symbol.endswith("-open")
    assert "2025-08-21" < selected.x[0] < "2025-09-11" and selected.x[0] == marker.x[0]


def test_x_range_overrides_the_dense_window(story):
    fig = build_figure(story, x_range=(D(1940, 1, 1), D(1950, 1, 1)))
    assert fig.layout.xaxis.range[0].startswith("1939")


def test_labels_of_overlapping_events_get_different_lanes(story):
    fig = build_figure(story)
    lane = {event_id: y for event_id, (y, _) in labels_of(fig).items()}
    # "Formal talks" (8 May) starts inside the visit bar (7..10 May): they must not share a row
    assert lane["talks"] != lane["visit"]
    assert lane["arrive"] != lane["boycott"]  # same day


def test_notes_are_annotations_that_can_be_hidden(story):
    note = Note(
        1, "talks", "Check the <b>agenda</b>", dt.datetime(2025, 5, 8), dt.datetime(2025, 5, 8)
    )
    shown = build_figure(story, notes={"talks": [note]})
    texts = [a.text for a in shown.layout.annotations]
    assert any("Check the &lt;b&gt;agenda&lt;/b&gt;" in t for t in texts)  # shown as text
    hidden = build_figure(story, notes={"talks": [note]}, show_notes=False)
    assert not any("agenda" in (a.text or "") for a in hidden.layout.annotations)


def test_untrusted_text_is_escaped_everywhere(story):
    evil = "<script>window.__pwned=1</script><img src=x onerror=alert(1)>"
    bad = event(
        "bad", evil, mention("Evil <i>source</i>", "Friday", f"{evil} on Friday", D(2025, 5, 9))
    )
    payload = build_figure([*story, bad], title=evil).to_json()
    assert "<script>" not in payload and "<img" not in payload and "<i>source" not in payload


def test_style_is_applied(story):
    style = dataclasses.replace(WEB_STYLE, width=1600, height=900, font_size=20, grow_height=False)
    fig = build_figure(story, style=style, title="Xi in Moscow")
    assert (fig.layout.width, fig.layout.height, fig.layout.font.size) == (1600, 900, 20)
    assert fig.layout.title.text == "Xi in Moscow"
    with pytest.raises(dataclasses.FrozenInstanceError):
        style.width = 3  # type: ignore[misc]
    assert isinstance(style, FigureStyle)


def test_sources_keep_their_colour_when_others_are_filtered_out(story):
    everyone = ["United Front", "What's Planned"]
    only_b = [e for e in story if "What's Planned" in e.sources]
    full = traces_named(build_figure(story), "What's Planned")[0]
    part = traces_named(build_figure(only_b, styles=SourceStyles.of(everyone)), "What's Planned")[0]
    assert full.marker.color == part.marker.color and full.marker.symbol == part.marker.symbol


def test_empty_timeline_is_a_valid_figure():
    fig = build_figure([])
    json.loads(fig.to_json())


def synthetic(n: int) -> list[Event]:
    out = []
    for i in range(n):
        day = D(2000, 1, 1) + dt.timedelta(days=i % 9000)
        src = f"Source {i % 3}"
        out.append(event(f"e{i}", f"Event {i}", mention(src, "then", "It happened then.", day)))
    return out


def test_many_events_draw_the_key_ones_labelled_and_count_the_rest():
    many = build_figure(synthetic(2_000), x_range=(D(2000, 1, 1), D(2000, 12, 31)))
    labels = [a for a in many.layout.annotations if labelled_event(a.name)]
    assert 15 <= len(labels) <= LEVELS["key"].limit  # labelled, not a field of dots
    (counts,) = traces_named(many, "Not drawn (counts)")
    in_view = sum(1 for e in synthetic(2_000) if e.start.year == 2000)
    assert sum(int(t) for t in counts.text) == in_view - len(labels)
    assert "Reuters" not in counts.hovertext[0] and "Source" in counts.hovertext[0]
    more = build_figure(synthetic(2_000), x_range=(D(2000, 1, 1), D(2000, 12, 31)), detail="all")
    assert len([a for a in more.layout.annotations if labelled_event(a.name)]) > len(labels)
    style = dataclasses.replace(WEB_STYLE, aggregate_threshold=1_000)
    counted = build_figure(synthetic(5_000), style=style, x_range=(D(2000, 1, 1), D(2030, 1, 1)))
    bars = [t for t in counted.data if isinstance(t, go.Bar)]
    assert bars and sum(sum(t.y) for t in bars) == 5_000
    assert "counted per" in counted.layout.annotations[0].text


def test_dense_window_ignores_a_thin_spread_of_old_events():
    busy = [
        event(f"b{i}", "busy", mention("A", "x", "x", D(2025, 3, 1) + dt.timedelta(days=i % 90)))
        for i in range(180)
    ]
    spread = [
        event(f"s{i}", "old", mention("A", "x", "x", D(1950, 1, 1) + dt.timedelta(days=400 * i)))
        for i in range(20)
    ]
    lo, hi = dense_window(busy + spread)
    assert D(2024, 1, 1) <= lo <= D(2025, 3, 1) and hi <= D(2025, 6, 30)


def test_selection_ring_trace_is_always_there_and_rings_the_selected_event(story):
    (ring,) = traces_named(build_figure(story), "Selected")
    assert len(ring.x) == 0
    (ring,) = traces_named(build_figure(story, selected="talks"), "Selected")
    (talks, *_) = [
        t
        for t in build_figure(story).data
        if t.name == "United Front" and t.mode == "markers" and "talks" in t.customdata
    ]
    i = list(talks.customdata).index("talks")
    assert (ring.x[0], ring.y[0]) == (talks.x[i], talks.y[i])


def test_era_names_in_the_overview_never_print_over_each_other():
    # A story's background reaching back centuries: more era names ("1595–1699", "1770–1899")
    # than fit in the two rows of a narrow chart's overview
    spans = [(200, 299), (1040, 1049), (1595, 1595), (1600, 1699), (1700, 1799), (1770, 1799),
             (1800, 1899), (1851, 1851), (1876, 1876), (2010, 2010)]  # fmt: skip
    events = [
        event(f"e{a}", f"Happening {a}", mention("A", "then", "Then.", D(a, 1, 1), D(b, 12, 31),
                                                 Certainty.APPROXIMATE))
        for a, b in spans
    ]  # fmt: skip
    style = dataclasses.replace(WEB_STYLE, width=600)
    fig = build_figure(events, style=style)
    (era_trace,) = traces_named(fig, "Eras")
    lo, hi = (dt.date.fromisoformat(x) for x in fig.layout.xaxis.rangeslider.range)
    plot_px = style.width - style.margin[0] - style.margin[1]
    days_per_px = (hi - lo).days / plot_px
    glyph_days = style.overview_label_size * style.label_char_width * days_per_px
    placed = sorted(zip(era_trace.y, era_trace.x, era_trace.text, strict=True))
    assert 0 < len(placed) < len(spans)  # some names left out rather than printed over others
    for (y1, x1, t1), (y2, x2, t2) in itertools.pairwise(placed):
        if y1 == y2:
            gap = abs((dt.date.fromisoformat(x2) - dt.date.fromisoformat(x1)).days)
            assert gap >= (len(t1) + len(t2)) / 2 * glyph_days, (t1, t2)


def test_overview_strip_spans_a_big_storys_key_events_and_leaves_far_odd_dates_to_fit_all():
    # A big story of May-June 2010 (published then), its key context ("the spill of 1989"),
    # and a few far dates of no importance ("the 3rd century", "by 2050")
    story = [
        dataclasses.replace(
            event(f"s{i}", f"Step {i}", mention("A", "then", "Then.", D(2010, 5, 1) + dt.timedelta(i))),
            importance=0.5,
        )
        for i in range(60)
    ]  # fmt: skip
    context = dataclasses.replace(
        event("spill", "The 1989 spill", mention("A", "1989", "In 1989.", D(1989, 3, 24))),
        importance=0.9,
    )
    far = [
        dataclasses.replace(
            event(f"f{a}", f"Far {a}", mention("A", "then", "Then.", D(a, 1, 1), D(b, 12, 31),
                                               Certainty.APPROXIMATE)),
            importance=0.0,
        )
        for a, b in [(200, 299), (1600, 1699), (2050, 2050)]
    ]  # fmt: skip
    in_2010 = [
        dataclasses.replace(
            e, mentions=tuple(dataclasses.replace(m, published=D(2010, 6, 30)) for m in e.mentions)
        )
        for e in [*story, context, *far]
    ]
    fig = build_figure(in_2010)
    lo, hi = fig.layout.xaxis.rangeslider.range  # padded by a few percent
    assert "1987" < lo < "1989-03-24" and "2010-06-29" < hi < "2012", (lo, hi)
    (era_trace,) = traces_named(fig, "Eras")
    assert all("1987" < x < "2012" for x in era_trace.x)  # it names only the eras it shows
    zoom, fit_all = (button.args[0] for button in fig.layout.updatemenus[0].buttons)
    # "Fit all" widens the strip with the chart; "Zoom to" brings both back
    assert fit_all["xaxis.rangeslider.range"][0] < "0200-01-01" < fit_all["xaxis.range"][1]
    assert fit_all["xaxis.rangeslider.range"][1] > "2050-12-31"
    assert list(zoom["xaxis.rangeslider.range"]) == [lo, hi]
