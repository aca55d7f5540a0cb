"""Exports of the seed timeline through real Kaleido and the Debian Chromium: real files, read back.

One browser serves the whole module (``shared_session``), so the renders after the first are quick.
The exported files stay in tests/output/ for a human to look at.

The reference PNG (tests/data/export_reference/seed-slide.png) was rendered once from a snapshot of
the seed events (seed-events.json beside it) and checked by eye. After a deliberate change to the
figure or the slide preset, look at tests/output/seed-slide-reference-check.png and refresh both with
``UPDATE_EXPORT_REFERENCE=1 .venv/bin/python -m pytest tests/test_export.py -k reference``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import os
import re
import xml.etree.ElementTree as ET
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter, ImageStat

from dashboard.events import build_events
from dashboard.export import (
    ExportError,
    assert_offline_html,
    export_timeline,
    export_view,
    figure_html,
    format_for,
    render_bytes,
    shared_session,
    timeline_figure,
    write_atomic,
)
from dashboard.ingest.archive import load_documents
from dashboard.model import Certainty, Event, Mention
from dashboard.render.presets import PRESETS

pytestmark = pytest.mark.export

REFERENCE = Path(__file__).parent / "data" / "export_reference" / "seed-slide.png"
REFERENCE_EVENTS = REFERENCE.with_name(
    "seed-events.json"
)  # the events the reference was drawn from
SEED_SOURCES = ("United Front", "What's Planned")
# Mean absolute difference (0–255) of the two images, both reduced to 960×540 grey and blurred:
# font anti-aliasing and sub-pixel shifts stay under 0.3; a moved or missing event, a title or a
# blank page (6.2) go far above.
REFERENCE_TOLERANCE = 2.0


@pytest.fixture(scope="module")
def session():
    return shared_session()  # one Chromium for every export test; closed when pytest exits


@pytest.fixture(scope="module")
def seed_documents(seeds_dir):
    return load_documents([seeds_dir])


@pytest.fixture(scope="module")
def seed_events(seed_documents):
    events = build_events(seed_documents)
    assert events, "the seeds must yield events"
    return events


def _png(path_or_bytes) -> Image.Image:
    data = path_or_bytes.read_bytes() if isinstance(path_or_bytes, Path) else path_or_bytes
    image = Image.open(BytesIO(data))
    image.load()
    return image


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


# --- PNG ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("preset", ["slide", "a4", "web"])
def test_png_has_preset_pixel_size_and_is_not_blank(preset, seed_events, session, output_dir):
    path = export_timeline(
        export_view(seed_events, preset=preset), output_dir / f"seed-{preset}.png", session=session
    )
    image = _png(path)
    width, height = PRESETS[preset].pixel_size
    assert image.width == width
    assert image.height >= height if preset == "web" else image.height == height
    grey = image.convert("L")
    assert ImageStat.Stat(grey).stddev[0] > 15  # a blank page has none
    dark = sum(grey.histogram()[:128]) / (grey.width * grey.height)
    assert 0.003 < dark < 0.5  # some ink, not a black page


def test_slide_png_is_3840_by_2160(seed_events, session):
    image = _png(
        render_bytes(
            timeline_figure(export_view(seed_events, preset="slide")),
            "png",
            "slide",
            session=session,
        )
    )
    assert image.size == (3840, 2160)


def _difference(a: Image.Image, b: Image.Image) -> float:
    def reduce(image):
        return (
            image.convert("L").resize((960, 540), Image.LANCZOS).filter(ImageFilter.GaussianBlur(2))
        )

    return ImageStat.Stat(ImageChops.difference(reduce(a), reduce(b))).mean[0]


def _events_to_json(events) -> str:
    def plain(value):
        if isinstance(value, dt.date):
            return value.isoformat()
        if isinstance(value, tuple):
            return [plain(v) for v in value]
        if hasattr(value, "__dataclass_fields__"):
            return {k: plain(v) for k, v in vars(value).items()}
        return str(value) if isinstance(value, Certainty) else value

    return json.dumps([plain(e) for e in events], ensure_ascii=False, indent=1)


def _events_from_json(text: str) -> list[Event]:
    def day(value):
        return dt.date.fromisoformat(value) if value else None

    events = []
    for raw in json.loads(text):
        mentions = tuple(
            Mention(
                **{
                    **m,
                    "start": day(m["start"]),
                    "end": day(m["end"]),
                    "published": day(m["published"]),
                    "certainty": Certainty(m["certainty"]),
                }
            )
            for m in raw["mentions"]
        )
        events.append(
            Event(
                **{
                    **raw,
                    "start": day(raw["start"]),
                    "end": day(raw["end"]),
                    "certainty": Certainty(raw["certainty"]),
                    "mentions": mentions,
                }
            )
        )
    return events


def test_slide_png_matches_the_reference_image(seed_events, session, output_dir):
    # The reference is drawn from a snapshot of the seed events, so that better event extraction
    # does not break it; what it guards is the drawing: figure, preset, footnote, Kaleido.
    if os.environ.get("UPDATE_EXPORT_REFERENCE"):
        REFERENCE.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(REFERENCE_EVENTS, _events_to_json(seed_events).encode("utf-8"))
    events = _events_from_json(REFERENCE_EVENTS.read_text(encoding="utf-8"))
    path = export_timeline(
        export_view(events, preset="slide"),
        output_dir / "seed-slide-reference-check.png",
        session=session,
    )
    image = _png(path)
    if os.environ.get("UPDATE_EXPORT_REFERENCE"):
        write_atomic(REFERENCE, path.read_bytes())
    reference = _png(REFERENCE)
    assert reference.size == image.size
    difference = _difference(image, reference)
    assert difference < REFERENCE_TOLERANCE, f"differs from the reference by {difference:.2f}"
    # The measure can fail: a picture without the last event is far from the reference.
    fewer = sorted(events, key=lambda e: e.start)[:-1] or events
    other = _png(
        render_bytes(
            timeline_figure(export_view(fewer, preset="slide", title="Other")),
            "png",
            "slide",
            session=session,
        )
    )
    assert _difference(other, reference) > REFERENCE_TOLERANCE


# --- SVG and PDF -------------------------------------------------------------------------------


def test_svg_parses_and_names_both_sources(seed_events, session, output_dir):
    path = export_timeline(
        export_view(seed_events, preset="slide"), output_dir / "seed-slide.svg", session=session
    )
    root = ET.fromstring(path.read_bytes())
    assert root.tag.endswith("svg")
    texts = " ".join("".join(node.itertext()) for node in root.iter() if node.tag.endswith("text"))
    texts = texts.replace("’", "'")
    for source in SEED_SOURCES:
        assert source in texts


def test_pdf_has_a_page_of_a4_landscape(seed_events, session, output_dir):
    path = export_timeline(
        export_view(seed_events, preset="a4"), output_dir / "seed-a4.pdf", session=session
    )
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert re.search(rb"/Type\s*/Page\b", data)
    box = re.search(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    assert box, "the page has a size"
    width, height = float(box.group(3)), float(box.group(4))
    assert abs(width - 842) < 3 and abs(height - 595) < 3  # A4 landscape in points


# --- HTML --------------------------------------------------------------------------------------


def test_html_is_self_contained(seed_events, output_dir):
    path = export_timeline(export_view(seed_events, preset="web"), output_dir / "seed.html")
    html = path.read_text(encoding="utf-8")
    assert not re.search(r"<script[^>]+src=[\"']?(https?:)?//", html, re.I)
    assert "cdn.plot.ly/plotly" not in html.split("<body", 1)[0].lower().replace("\\", "")[:2000]
    assert len(html) > 1_000_000  # plotly.js itself is inside
    for source in SEED_SOURCES:
        assert source.replace("'", "\\u0027") in html or source in html


def test_assert_offline_html_refuses_a_cdn_script():
    with pytest.raises(ExportError, match="network"):
        assert_offline_html('<html><script src="https://cdn.plot.ly/plotly-3.0.0.min.js"></script>')
    assert_offline_html("<html><script>var u = 'https://example.org';</script></html>")


@pytest.mark.browser
def test_html_opens_offline_in_chromium_and_shows_the_markers(seed_events, output_dir, chromium):
    # ``chromium``: the Debian browser through Playwright, from tests/conftest.py.
    path = export_timeline(export_view(seed_events, preset="web"), output_dir / "seed-offline.html")
    markers = sum(len(e.sources) for e in seed_events)
    remote: list[str] = []

    def block(route):
        remote.append(route.request.url)
        route.abort()

    context = chromium.new_context(offline=True, viewport={"width": 1400, "height": 900})
    try:
        context.route(re.compile(r"^(?!file:|data:|blob:|about:)"), block)
        page = context.new_page()
        page.goto(path.as_uri())
        page.wait_for_selector(".js-plotly-plot .scatterlayer .trace", timeout=20_000)
        drawn = page.locator(".js-plotly-plot .scatterlayer path.point").count()
        traces = page.evaluate("document.querySelector('.js-plotly-plot')._fullData.length")
        page.screenshot(path=str(output_dir / "seed-offline-html.png"))
    finally:
        context.close()
    assert remote == []
    assert traces >= len(SEED_SOURCES)
    assert drawn >= markers


# --- bad input, atomic writes ------------------------------------------------------------------


def test_unknown_extension_is_refused_before_anything_is_written(seed_events, tmp_path):
    with pytest.raises(ExportError, match=r"'\.docx' is not an export format"):
        export_timeline(export_view(seed_events, preset="slide"), tmp_path / "brief.docx")
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_is_named(seed_events, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_timeline(
            export_view(seed_events, preset="slide"), tmp_path / "no" / "such" / "t.png"
        )


def test_unwritable_folder_is_refused_and_nothing_written(seed_events, tmp_path):
    if os.geteuid() == 0:
        out = Path("/proc/timeline.html")  # even root cannot create files there
    else:
        folder = tmp_path / "ro"
        folder.mkdir()
        folder.chmod(0o500)
        out = folder / "timeline.html"
    try:
        with pytest.raises(ExportError, match=r"not writable|cannot write"):
            export_timeline(export_view(seed_events, preset="slide"), out)
        assert not out.exists()
    finally:
        out.parent.chmod(0o700) if out.parent.is_relative_to(tmp_path) else None


def test_empty_selection_says_where_the_events_are(seed_events, tmp_path):
    out = tmp_path / "t.png"
    with pytest.raises(ExportError, match="no events between 1990-01-01 and 1990-12-31") as info:
        export_timeline(
            export_view(
                seed_events,
                date_from=dt.date(1990, 1, 1),
                date_to=dt.date(1990, 12, 31),
                preset="slide",
            ),
            out,
        )
    assert "the events run from" in str(info.value)
    assert not out.exists()


def test_unknown_source_lists_the_known_ones(seed_events, tmp_path):
    with pytest.raises(ExportError, match="United Front"):
        export_timeline(
            export_view(seed_events, sources=["Reuters"], preset="slide"), tmp_path / "t.html"
        )


def test_sources_filter_keeps_only_their_mentions(seed_events, output_dir):
    path = export_timeline(
        export_view(seed_events, sources=["united front"], preset="slide"),
        output_dir / "seed-united-front.html",
    )
    html = path.read_text(encoding="utf-8")
    assert "United Front" in html
    assert "What\\u0027s Planned" not in html and "What's Planned" not in html


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "timeline.png"
    target.write_bytes(b"old")
    with pytest.raises(TypeError):
        write_atomic(target, "not bytes")  # fails in the middle of the write
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert _leftovers(tmp_path) == []


def test_a_failed_render_writes_nothing(seed_events, tmp_path):
    from dashboard.export import ExportSession

    out = tmp_path / "t.png"
    # A render that cannot finish in time fails inside Chromium, after the target was checked.
    with ExportSession(timeout=0.001) as hasty, pytest.raises(ExportError):
        export_timeline(export_view(seed_events, preset="slide"), out, session=hasty)
    assert list(tmp_path.iterdir()) == []


def test_bad_browser_path_is_a_clear_error(monkeypatch, tmp_path):
    import plotly.graph_objects as go

    from dashboard.export import ExportSession

    monkeypatch.setenv("BROWSER_PATH", str(tmp_path / "no-chromium"))
    with ExportSession() as fresh, pytest.raises(ExportError, match="BROWSER_PATH"):
        fresh.render(go.Figure(), "png")


def test_format_comes_from_the_extension():
    assert [format_for(n) for n in ("a.PNG", "b.svg", "c.pdf", "d.htm", "e.pptx")] == [
        "png",
        "svg",
        "pdf",
        "html",
        "pptx",
    ]


def test_figure_html_fills_the_window_at_the_preset_height_and_has_a_page_title(seed_events):
    fig = timeline_figure(
        export_view(seed_events, preset="a4", title="Xi <in> Moscow"), interactive=True
    )
    html = figure_html(fig, "a4")
    assert 'style="height:794px; width:100%;"' in html  # no sideways scroll on a small screen
    assert "overflow-x: hidden" in html
    assert "<title>Xi &lt;in&gt; Moscow</title>" in html


def test_a_crashed_browser_is_replaced_on_the_next_export(seed_events):
    import signal

    from dashboard.export import ExportSession

    fig = timeline_figure(export_view(seed_events, preset="web"))
    with ExportSession(timeout=20) as own:
        own.render(fig, "svg")
        first = own.browser_pid
        os.kill(first, signal.SIGKILL)  # the browser this session started, by its id
        with pytest.raises(ExportError, match="starts afresh"):
            own.render(fig, "svg")
        assert own.render(fig, "svg").lstrip().startswith(b"<svg")
        assert own.browser_pid not in (None, first)


def _font_sizes(node, path="") -> list[tuple[str, float]]:
    """Every font size in a figure dict, with where it is."""
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key.endswith("font") and isinstance(value, dict) and "size" in value:
                sizes = value["size"] if isinstance(value["size"], list) else [value["size"]]
                found += [(f"{path}.{key}", s) for s in sizes]
            found += _font_sizes(value, f"{path}.{key}")
    elif isinstance(node, list | tuple):
        for i, value in enumerate(node):
            found += _font_sizes(value, f"{path}[{i}]")
    return found


def test_slide_text_is_at_least_18_points_on_a_slide(seed_events):
    from dashboard.model import Note

    now = dt.datetime(2025, 5, 8)
    top = seed_events[-1]
    fig = timeline_figure(
        export_view(
            seed_events,
            preset="slide",
            title="Xi in Moscow",
            notes={top.id: [Note(1, top.id, "a note", now, now)]},
        )
    )
    sizes = _font_sizes(fig.to_dict())
    assert len(sizes) > 5
    # 1920 layout pixels fill a 13.33-inch slide: 36 px = 18 pt.
    small = [(where, size) for where, size in sizes if size < 36]
    assert small == []


def test_slide_palette_survives_a_projector():
    def luma(colour: str) -> float:
        r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
        return 0.299 * r + 0.587 * g + 0.114 * b

    style = PRESETS["slide"].style
    assert all(luma(c) <= 140 for c in style.palette)  # nothing washes out on white
    first_three = sorted(luma(c) for c in style.palette[:3])
    assert min(b - a for a, b in itertools.pairwise(first_three)) > 30
    assert len(set(style.symbols)) == len(style.symbols)  # one shape per source


def test_a_crowded_slide_draws_key_events_and_counts_the_rest(session, output_dir):
    """As the dashboard opens on a big story: the most important events that fit, labelled,
    and the rest counted per period under them (before: counts alone, which said nothing)."""
    start = dt.date(2025, 1, 1)
    events = []
    for i in range(400):  # more than a slide can label: 400 events over 200 days, three sources
        day = start + dt.timedelta(days=i // 2)
        source = ("Agency A", "Agency B", "Agency C")[i % 3]
        mention = Mention(
            f"d{i}",
            source,
            "today",
            "It happened today.",
            day.isoformat(),
            day,
            day,
            Certainty.EXACT,
            12,
            17,
        )
        events.append(Event(f"e{i}", f"Event {i}", day, day, Certainty.EXACT, (mention,)))
    fig = timeline_figure(export_view(events, preset="slide"))
    assert {trace.type for trace in fig.data} == {"scatter"}  # no WebGL, no bars
    (counts,) = [t for t in fig.data if t.name == "Not drawn (counts)"]
    labels = [a.text for a in fig.layout.annotations if (a.name or "").startswith("label")]
    assert 5 <= len(labels) <= 30  # the key events that fit, each labelled
    counted = sum(int(n) for n in counts.text)
    (footnote,) = [a.text for a in fig.layout.annotations if a.text.startswith("Not shown")]
    outside = sum(int(n) for n in re.findall(r"(\d+) (?:earlier|later) event", footnote))
    assert len(labels) + counted + outside == 400  # every event drawn, counted or named
    path = export_timeline(
        export_view(events, preset="slide"), output_dir / "crowded-slide.png", session=session
    )
    image = _png(path)
    assert image.size == (3840, 2160)
    assert ImageStat.Stat(image.convert("L")).stddev[0] > 15
