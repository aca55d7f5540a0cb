"""One selection and one look per source: the dashboard and every export agree.

A story of four sources (and then a fifth) in a real SQLite store, read by the dashboard's own
callback functions and by the export layer with each preset.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.app.callbacks.timeline import redraw
from dashboard.app.catalogue import Catalogue
from dashboard.export import export_view, timeline_figure
from dashboard.model import Certainty, Document, Event, Mention
from dashboard.render.presets import PRESETS
from dashboard.store import Store

D = dt.date
SOURCES = ["Nordic Times", "Evening Courier", "Baltic Wire", "Harbour Post"]


def document(source: str) -> Document:
    return Document(
        f"doc-{source}", source, f"{source} report", f"Text of {source}.", D(2025, 5, 7)
    )


def mention(source: str, day: dt.date) -> Mention:
    return Mention(
        f"doc-{source}", source, "Thursday", "Talks on Thursday.", day.isoformat(), day, day,
        Certainty.EXACT, 9, 17, D(2025, 5, 7),
    )  # fmt: skip


def story_events(sources: list[str]) -> list[Event]:
    talks = Event(
        "talks",
        "Talks",
        D(2025, 5, 8),
        D(2025, 5, 8),
        Certainty.EXACT,
        (mention(sources[0], D(2025, 5, 8)), mention(sources[1], D(2025, 5, 7))),
        disagreement="Sources disagree on the date: 2025-05-08 here; 2025-05-07 elsewhere.",
    )
    singles = [
        Event(f"e{i}", f"Event of {s}", D(2025, 5, 10 + i), D(2025, 5, 10 + i), Certainty.EXACT,
              (mention(s, D(2025, 5, 10 + i)),))
        for i, s in enumerate(sources)
    ]  # fmt: skip
    return [talks, *singles]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "story.sqlite") as opened:
        with opened.transaction():
            opened.add_documents(document(s) for s in SOURCES)
            opened.replace_events(story_events(SOURCES))
        yield opened


def dashboard_rows(catalogue: Catalogue, sources: list[str] | None) -> list[tuple]:
    """(id, disagreement shown?, sources) of each event in the dashboard's table."""
    _fig, rows, _summary = redraw(
        catalogue, (sources, None, None, None, ""), show_notes=False, view=None, selected=None,
        zoom_only=False,
    )  # fmt: skip
    return [(r["id"], r["disagree"] == "yes", r["sources"]) for r in rows]


def export_rows(catalogue: Catalogue, sources: list[str] | None) -> list[tuple]:
    view = export_view(catalogue.events(), documents=list(catalogue.documents().values()),
                       sources=sources)  # fmt: skip
    return [(e.id, e.disagreement is not None, ", ".join(e.sources)) for e in view.events]


@pytest.mark.parametrize(
    "sources",
    [None, ["Nordic Times"], ["Nordic Times", "Evening Courier"], ["Baltic Wire", "Harbour Post"]],
)
def test_the_dashboard_and_the_exports_select_the_same_events(store, sources):
    catalogue = Catalogue(store)
    assert dashboard_rows(catalogue, sources) == export_rows(catalogue, sources)


def test_one_source_left_drops_the_disagreement_ring_in_both(store):
    catalogue = Catalogue(store)
    shown = dict((i, ring) for i, ring, _ in dashboard_rows(catalogue, ["Nordic Times"]))
    exported = dict((i, ring) for i, ring, _ in export_rows(catalogue, ["Nordic Times"]))
    assert shown["talks"] is False and exported["talks"] is False
    both = dict((i, ring) for i, ring, _ in export_rows(catalogue, SOURCES[:2]))
    assert both["talks"] is True


def test_source_names_match_without_case_in_both(store):
    catalogue = Catalogue(store)
    assert dashboard_rows(catalogue, ["nordic times"]) == dashboard_rows(
        catalogue, ["Nordic Times"]
    )
    assert export_rows(catalogue, ["NORDIC TIMES"]) == export_rows(catalogue, ["Nordic Times"])
    assert dashboard_rows(catalogue, ["nordic times"]) == export_rows(catalogue, ["NORDIC times"])


def looks(fig) -> dict[str, tuple[str, str]]:
    """Source -> (colour, shape) of the markers in a figure."""
    return {
        t.name: (t.marker.color, t.marker.symbol)
        for t in fig.data
        if t.mode == "markers" and t.name in [*SOURCES, "Fifth Column"]
    }


def positions(fig, palette) -> dict[str, tuple[int, str]]:
    """Source -> (palette position, shape): the mapping, whatever the preset's colours."""
    return {s: (palette.index(colour), shape) for s, (colour, shape) in looks(fig).items()}


def all_looks(catalogue: Catalogue) -> dict[str, dict[str, tuple[int, str]]]:
    fig, _rows, _ = redraw(catalogue, (None, None, None, None, ""), show_notes=False, view=None,
                           selected=None, zoom_only=False)  # fmt: skip
    out = {"dashboard": positions(fig, PRESETS["web"].style.palette)}
    documents = list(catalogue.documents().values())
    for name, preset in PRESETS.items():
        view = export_view(catalogue.events(), documents=documents, preset=name)
        out[name] = positions(timeline_figure(view), preset.style.palette)
        out[f"{name} html"] = positions(
            timeline_figure(view, interactive=True), preset.style.palette
        )
    return out


def test_a_source_looks_the_same_on_the_screen_and_in_every_export(store):
    found = all_looks(Catalogue(store))
    screen = found["dashboard"]
    assert set(screen) == set(SOURCES)
    assert len({shape for _, shape in screen.values()}) == 4  # four sources, four shapes
    # the order of first appearance in the store, not the alphabet
    assert [screen[s][0] for s in SOURCES] == [0, 1, 2, 3]
    for where, mapping in found.items():
        assert mapping == screen, where


def test_a_fifth_source_recolours_nothing(store):
    before = all_looks(Catalogue(store))["dashboard"]
    with store.transaction():
        store.add_documents([document("Fifth Column")])
        store.replace_events(story_events([*SOURCES, "Fifth Column"]))
    after = all_looks(Catalogue(store))
    for where, mapping in after.items():
        assert {s: mapping[s] for s in SOURCES} == before, where
        assert mapping["Fifth Column"][0] == 4, where


def test_a_filtered_out_source_keeps_the_others_looks(store):
    catalogue = Catalogue(store)
    every = all_looks(catalogue)["dashboard"]
    fig, _rows, _ = redraw(catalogue, (["Harbour Post"], None, None, None, ""), show_notes=False,
                           view=None, selected=None, zoom_only=False)  # fmt: skip
    only = positions(fig, PRESETS["web"].style.palette)
    assert only == {"Harbour Post": every["Harbour Post"]}


def test_a_big_storys_picture_opens_where_the_dashboard_does_in_every_preset():
    # 30 key events in a fortnight of January 2010, written then, and 500 minor ones over two
    # years: more than a page can label, fewer than the web preset's own 20,000
    def event(i: int, day: dt.date, importance: float) -> Event:
        m = Mention("doc", "Wire", "then", "Then.", day.isoformat(), day, day, Certainty.EXACT, 0,
                    4, D(2010, 1, 20))  # fmt: skip
        return Event(f"e{i}", f"Happening {i}", day, day, Certainty.EXACT, (m,),
                     importance=importance)  # fmt: skip

    key = [event(i, D(2010, 1, 10) + dt.timedelta(days=i % 14), 0.9) for i in range(30)]
    minor = [event(100 + i, D(2009, 1, 1) + dt.timedelta(days=i * 1.4), 0.01) for i in range(500)]
    from dashboard.render.figure import build_figure

    opening = build_figure([*key, *minor]).layout.xaxis.range
    for name in ("web", "slide", "a4"):
        view = export_view([*key, *minor], preset=name)
        lo, hi = timeline_figure(view).layout.xaxis.range
        assert lo[:7] >= "2009-12" and hi[:7] <= "2010-02", (name, lo, hi, opening)
