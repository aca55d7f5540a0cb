"""The dashboard in a real headless chromium, against the real server on the real seeds.

One server (on its own SQLite file) serves the module; the restart test runs its own. Screenshots
go to tests/output/ for a human to look at.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from browser import DashboardServer

pytestmark = pytest.mark.browser

EVIL = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


@pytest.fixture(scope="module")
def server(tmp_path_factory, chromium):
    """The dashboard on the seeds, in a subprocess (chromium first: no browser, no server)."""
    db = tmp_path_factory.mktemp("browser") / "timeline.sqlite"
    with DashboardServer(db=db) as running:
        yield running


@pytest.fixture(scope="module")
def seed_sources(seeds_dir) -> list[str]:
    with (seeds_dir / "metadata.csv").open(encoding="utf-8") as f:
        return sorted(row["source"] for row in csv.DictReader(f))


def open_dashboard(page, url: str) -> None:
    page.goto(url)
    page.wait_for_function(
        "() => { const gd = document.querySelector('#tl-graph .js-plotly-plot');"
        " return gd && gd.data && gd.data.some(t => t.mode === 'markers' && t.x.length); }",
        timeout=30_000,
    )
    page.wait_for_selector(".ag-row", timeout=30_000)
    page.wait_for_selector("#tl-sources input", timeout=30_000)
    page.wait_for_load_state("networkidle")  # the first round of callbacks has settled


def traces(page) -> dict[str, int]:
    """Marker trace name -> number of points drawn, read from the live Plotly graph."""
    return page.evaluate(
        "() => Object.fromEntries(document.querySelector('#tl-graph .js-plotly-plot').data"
        ".filter(t => t.mode === 'markers' && t.name !== 'Selected')"
        ".map(t => [t.name, t.visible === 'legendonly' ? 0 : t.x.length]))"
    )


def point_position(page, trace_name: str, index: int = 0) -> dict[str, float]:
    """Page coordinates of one point of a trace, from Plotly's own axis conversion."""
    return page.evaluate(
        """([name, i]) => {
            const gd = document.querySelector('#tl-graph .js-plotly-plot');
            const t = gd.data.find(t => t.name === name);
            const L = gd._fullLayout, box = gd.getBoundingClientRect();
            const x = L.xaxis.d2p(L.xaxis.d2c(t.x[i])) + L.xaxis._offset + box.left;
            const y = L.yaxis.d2p(t.y[i]) + L.yaxis._offset + box.top;
            return {x, y, id: t.customdata[i]};
        }""",
        [trace_name, index],
    )


def visible_point(page, trace_name: str, event_id: str | None = None) -> dict[str, float]:
    """The first point of the trace (of ``event_id`` if given) inside the plotted x range."""
    count = traces(page)[trace_name]
    box = page.evaluate(
        "() => { const L = document.querySelector('#tl-graph .js-plotly-plot')._fullLayout;"
        " const r = document.querySelector('#tl-graph .js-plotly-plot').getBoundingClientRect();"
        " return {left: r.left + L.xaxis._offset, right: r.left + L.xaxis._offset + L.xaxis._length}; }"
    )
    for i in range(count):
        point = point_position(page, trace_name, i)
        if event_id is not None and point["id"] != event_id:
            continue
        if box["left"] + 5 < point["x"] < box["right"] - 5:
            return point
    raise AssertionError(f"no point of {trace_name} is in view")


def click_event(page, trace_name: str, event_id: str | None = None) -> str:
    """Click an event's marker on the chart; returns the event id, once its details show."""
    page.locator("#tl-graph").scroll_into_view_if_needed()  # the page may be scrolled past it
    point = visible_point(page, trace_name, event_id)
    page.mouse.click(point["x"], point["y"])
    page.locator("#tl-detail h3").wait_for(timeout=10_000)
    return point["id"]


def select_row(page, text: str) -> None:
    """Click the event table's row whose label contains ``text``."""
    page.locator(".ag-center-cols-container .ag-row", has_text=text).first.click()


def whole_page(page, path) -> None:
    """A full-page screenshot taken from the top: scrolled, the sticky details panel would be
    pictured wherever the scroll had left it, mid-page."""
    page.evaluate("() => window.scrollTo(0, 0)")
    page.wait_for_timeout(100)
    page.screenshot(path=path, full_page=True)


def first_label(page) -> str:
    return page.locator(".ag-center-cols-container .ag-row [col-id=label]").first.inner_text()


def test_page_loads_on_the_seeds_with_markers_from_both_sources(
    server, page, seed_sources, output_dir
):
    open_dashboard(page, server.url)
    drawn = traces(page)
    for source in seed_sources:
        assert drawn.get(source, 0) > 0, f"no marker for {source}: {drawn}"
    legend = page.locator("#tl-graph .legendtext").all_text_contents()
    assert set(seed_sources) <= set(legend)
    # the view opens on 2025, yet the overview (range slider) reaches back before 1950
    x_range = page.evaluate(
        "() => document.querySelector('#tl-graph .js-plotly-plot')._fullLayout.xaxis.range"
    )
    slider = page.evaluate(
        "() => document.querySelector('#tl-graph .js-plotly-plot')._fullLayout.xaxis.rangeslider.range"
    )
    assert x_range[0].startswith("2025"), x_range
    assert slider[0] < "1950", slider
    assert page.errors == []
    whole_page(page, output_dir / "dashboard-seeds.png")
    page.get_by_text("Fit all").click()
    page.wait_for_timeout(500)
    fitted = page.evaluate(
        "() => document.querySelector('#tl-graph .js-plotly-plot')._fullLayout.xaxis.range"
    )
    assert fitted[0] < "1950"
    page.wait_for_timeout(300)
    overlaps = page.evaluate(
        """() => {
            const boxes = [...document.querySelectorAll('#tl-graph .annotation')]
                .filter(n => n.style.visibility !== 'hidden')
                .map(n => n.getBoundingClientRect());
            let count = 0;
            for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
                const a = boxes[i], b = boxes[j];
                if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) count++;
            }
            return count;
        }"""
    )
    assert overlaps == 0  # zoomed out, labels that would collide are hidden, not stacked
    past_edge = page.evaluate(
        """() => {
            const gd = document.querySelector('#tl-graph .js-plotly-plot');
            const right = gd.getBoundingClientRect().left + gd._fullLayout.xaxis._offset
                + gd._fullLayout.xaxis._length;
            return [...gd.querySelectorAll('.annotation')]
                .filter(n => n.style.visibility !== 'hidden')
                .filter(n => n.getBoundingClientRect().right > right + 3).length;
        }"""
    )
    assert past_edge == 0  # labels at the right end move left of their marker, or hide
    whole_page(page, output_dir / "dashboard-fit-all.png")


def test_overview_axis_and_summary_orient_the_reader(server, page, output_dir):
    open_dashboard(page, server.url)
    assert not page.locator("#tl-note-form").is_visible()  # no note form before an event is chosen
    summary = page.inner_text("#tl-counts")
    assert re.fullmatch(
        r"\d+ events from 2 sources, 1945–2025; the chart opens on May–Sep 2025", summary
    ), summary
    assert "Click a marker, label or band" in page.inner_text("header")
    # the overview strip: light, naming its eras, the current window outlined
    styles = page.evaluate(
        """() => Object.fromEntries(['rangeslider-bg', 'rangeslider-mask-min',
            'rangeslider-slidebox'].map(c => {
                const st = getComputedStyle(document.querySelector('#tl-graph .' + c));
                return [c, [st.fill, st.stroke]];
            }))"""
    )
    channels = [int(v) for v in re.findall(r"\d+", styles["rangeslider-bg"][0])[:3]]
    assert min(channels) >= 235, styles  # a light background, not a grey block
    assert styles["rangeslider-mask-min"][0].startswith("rgba(255, 255, 255"), styles
    assert styles["rangeslider-slidebox"][1] not in ("none", "rgba(0, 0, 0, 0)"), styles
    eras = page.locator("#tl-graph .rangeslider-rangeplot text").all_text_contents()
    assert {"1945", "1970s", "2022", "2025"} <= set(eras), eras
    # the axis names the first month at the left edge, with weekly minor ticks between months
    first_tick = page.evaluate(
        """() => {
            const gd = document.querySelector('#tl-graph .js-plotly-plot');
            const left = gd.getBoundingClientRect().left + gd._fullLayout.xaxis._offset;
            const t = gd.querySelector('.xtick text'), box = t.getBoundingClientRect();
            return {text: t.textContent, off: box.left + box.width / 2 - left,
                    ticks: gd.querySelectorAll('.xaxislayer-above path.xtick').length,
                    labels: gd.querySelectorAll('.xtick text').length};
        }"""
    )
    # the first month, or at a zoom of weeks its first named day ("May 4 2025")
    assert first_tick["text"].startswith("May") and first_tick["text"].endswith("2025"), first_tick
    assert first_tick["ticks"] >= first_tick["labels"] + 5, first_tick  # the weeks
    # a label that fits is whole: none is cut with "…" at the opening zoom
    labels = page.locator("#tl-graph .annotation-text").all_text_contents()
    assert labels and not any(text.rstrip(" ≠").endswith("…") for text in labels), labels
    assert max(len(text) for text in labels) > 42  # longer than the old cut
    page.locator("#tl-graph").screenshot(path=output_dir / "dashboard-overview.png")


def test_a_label_or_a_band_selects_its_event_and_details_stay_at_the_top(server, page, output_dir):
    open_dashboard(page, server.url)
    # the middle of a fuzzy period's band (no marker there)
    band = page.evaluate(
        """() => {
            const gd = document.querySelector('#tl-graph .js-plotly-plot');
            const t = gd.data.find(t => t.name === 'Approximate period');
            const L = gd._fullLayout, box = gd.getBoundingClientRect();
            const [x0, x1] = L.xaxis.range.map(d => L.xaxis.d2c(d));
            for (let i = 0; i + 2 < t.x.length; i++) {
                if (t.x[i] === null || t.x[i + 1] === null || t.y[i] !== t.y[i + 1]) continue;
                const a = L.xaxis.d2c(t.x[i]), b = L.xaxis.d2c(t.x[i + 1]);
                const mid = (a + b) / 2;
                if (mid <= x0 || mid >= x1 || Math.abs(L.xaxis.c2p(b) - L.xaxis.c2p(a)) < 40) continue;
                const y = (t.y[i] + t.y[i + 2]) / 2;
                return {x: L.xaxis.c2p(mid) + L.xaxis._offset + box.left,
                        y: L.yaxis.d2p(y) + L.yaxis._offset + box.top, id: t.customdata[i]};
            }
            return null;
        }"""
    )
    assert band, "no band wide enough in view"
    # a click on the label of another event selects that event
    index = page.evaluate(
        "id => { const gd = document.querySelector('#tl-graph .js-plotly-plot');"
        " return gd._fullLayout.annotations.findIndex((a, i) =>"
        " (a.name || '').startsWith('label ') && a.name !== 'label ' + id"
        " && gd.querySelector('.annotation[data-index=\"' + i + '\"] .annotation-text')); }",
        band["id"],
    )
    label = page.locator(f'#tl-graph .annotation[data-index="{index}"] .annotation-text')
    text = label.text_content().rstrip(" ≠").split(" — ", 1)[-1]  # the label, after its day
    label.click()
    page.wait_for_function(
        "t => (document.querySelector('#tl-detail h3') || {}).innerText === t", arg=text
    )
    page.mouse.click(band["x"], band["y"])
    page.wait_for_function(
        "t => (document.querySelector('#tl-detail h3') || {}).innerText"
        " && document.querySelector('#tl-detail h3').innerText !== t",
        arg=text,
    )
    ring = page.evaluate(
        "() => document.querySelector('#tl-graph .js-plotly-plot').data"
        ".find(t => t.name === 'Selected').x.length"
    )
    assert ring == 1
    # the details sit at the top, beside the chart, and stay in view when the page scrolls
    page.evaluate("() => window.scrollTo(0, 0)")
    tops = page.evaluate(
        "() => [document.querySelector('.side').getBoundingClientRect().top,"
        " document.querySelector('.main').getBoundingClientRect().top]"
    )
    assert abs(tops[0] - tops[1]) < 5, tops
    page.screenshot(path=output_dir / "dashboard-band-click.png")
    page.set_viewport_size({"width": 1500, "height": 650})  # shorter than the page: it scrolls
    page.mouse.move(750, 600)
    page.mouse.wheel(0, 400)
    page.wait_for_function("() => window.scrollY > 100")
    side_top = page.evaluate("() => document.querySelector('.side').getBoundingClientRect().top")
    assert 0 <= side_top < 30, side_top


def test_hover_and_click_show_the_quote(server, page, seed_sources, seeds_dir, output_dir):
    open_dashboard(page, server.url)
    point = visible_point(page, seed_sources[0])
    page.mouse.move(point["x"], point["y"])
    hover = page.locator("#tl-graph .hoverlayer .hovertext")
    hover.first.wait_for(timeout=10_000)
    card = hover.first.text_content()
    assert f"Source: {seed_sources[0]}" in card and "→" in card
    page.screenshot(path=output_dir / "dashboard-hover.png")

    page.mouse.click(point["x"], point["y"])
    quote = page.locator("#tl-detail-sources .quote").first
    quote.wait_for(timeout=10_000)
    seed_text = " ".join(
        " ".join(p.read_text(encoding="utf-8").split()) for p in seeds_dir.glob("*.txt")
    )
    said = " ".join(quote.inner_text().split())
    assert said and said[:40] in seed_text  # the quote is the article's own sentence
    highlighted = page.locator("#tl-detail-sources mark.timex")
    assert highlighted.count() >= 1  # the expression is highlighted
    assert "Anchor:" in page.locator("#tl-detail-sources").inner_text()
    # the notes and the form to add one come before the quotes: in view without scrolling
    form = page.locator("#tl-note-text").bounding_box()
    assert form is not None and form["y"] + form["height"] <= page.viewport_size["height"], form
    whole_page(page, output_dir / "dashboard-detail.png")


def test_table_row_selects_the_event(server, page):
    open_dashboard(page, server.url)
    label = first_label(page)
    select_row(page, label)
    page.wait_for_function(
        "label => (document.querySelector('#tl-detail h3') || {}).innerText === label", arg=label
    )
    # the chart rings the selected event
    page.wait_for_function(
        "() => document.querySelector('#tl-graph .js-plotly-plot').data"
        ".some(t => t.name === 'Selected' && t.x.length === 1)"
    )
    # an event outside the chart's window (the first row is from 1945): the chart pans to it
    page.wait_for_function(
        "() => { const gd = document.querySelector('#tl-graph .js-plotly-plot');"
        " const ring = gd.data.find(t => t.name === 'Selected');"
        " const [lo, hi] = gd._fullLayout.xaxis.range;"
        " return ring.x.length === 1 && lo <= ring.x[0] && ring.x[0] <= hi; }"
    )


def test_a_filter_hides_a_source(server, page, seed_sources, output_dir):
    open_dashboard(page, server.url)
    hidden = seed_sources[0]
    page.locator("#tl-sources label", has_text=hidden).click()
    page.wait_for_function(
        "name => !document.querySelector('#tl-graph .js-plotly-plot').data"
        ".some(t => t.name === name && t.x.length && t.visible !== 'legendonly')",
        arg=hidden,
    )
    assert traces(page).get(seed_sources[1], 0) > 0
    sources_column = page.locator(".ag-center-cols-container [col-id=sources]").all_text_contents()
    assert sources_column and all(hidden not in cell for cell in sources_column)
    whole_page(page, output_dir / "dashboard-filtered.png")
    page.get_by_role("button", name="Reset filters").click()
    page.wait_for_function(
        "name => document.querySelector('#tl-graph .js-plotly-plot').data"
        ".some(t => t.name === name && t.x.length)",
        arg=hidden,
    )


ROW_STARTS_JS = """() => { const out = [];
    dash_ag_grid.getApi('tl-grid').forEachNodeAfterFilter(n => out.push(n.data.start));
    return out; }"""


def test_a_date_range_keeps_the_events_that_overlap_it(server, page):
    open_dashboard(page, server.url)
    starts = page.evaluate(ROW_STARTS_JS)
    day = sorted(s for s in starts if s)[-1]  # the latest start: at least one event overlaps it
    page.fill("#tl-dates", day)
    page.press("#tl-dates", "Enter")
    page.fill("#tl-dates-end-date", day)
    page.press("#tl-dates-end-date", "Enter")
    page.wait_for_function(
        "n => document.querySelectorAll('.ag-center-cols-container .ag-row').length < n",
        arg=len(starts),
    )
    kept = page.evaluate(ROW_STARTS_JS)
    assert kept and all(start <= day for start in kept)


def test_text_search_narrows_the_table(server, page):
    open_dashboard(page, server.url)
    before = page.locator(".ag-center-cols-container .ag-row").count()
    page.fill("#tl-search", "parade")
    page.press("#tl-search", "Enter")
    page.wait_for_function(
        "n => document.querySelectorAll('.ag-center-cols-container .ag-row').length < n", arg=before
    )
    labels = page.locator(".ag-center-cols-container .ag-row").count()
    assert 0 < labels < before


def add_note(page, text: str) -> None:
    page.fill("#tl-note-text", text)
    page.get_by_role("button", name="Add note").click()
    page.locator("#tl-note-message", has_text="Note added").wait_for(timeout=10_000)


def test_script_in_a_note_is_shown_as_text(server, page, seed_sources, output_dir):
    open_dashboard(page, server.url)
    click_event(page, seed_sources[-1])
    add_note(page, EVIL)
    note = page.locator("#tl-detail .note-text").last
    note.wait_for()
    assert note.inner_text() == EVIL  # shown, character for character
    page.wait_for_timeout(500)
    assert page.evaluate("() => window.__pwned") is None  # never run
    assert page.locator('img[src="x"]').count() == 0
    page.wait_for_function(  # on the chart as text too
        "() => [...document.querySelectorAll('#tl-graph .annotation-text')]"
        ".some(a => a.textContent.includes('<script>'))"
    )
    page.mouse.move(5, 5)
    page.wait_for_timeout(300)
    whole_page(page, output_dir / "dashboard-note-script.png")


def open_add_articles(page, url: str) -> None:
    """The dashboard with its "Add articles" form open."""
    open_dashboard(page, url)
    page.locator("summary", has_text="Add articles").click()


def choose_file(page, path, status: str, *, timeout: int = 15_000) -> None:
    """Choose ``path`` in the upload box and wait until the status line says ``status``."""
    page.set_input_files("#tl-upload input[type=file]", str(path))
    page.locator("#tl-upload-status", has_text=status).wait_for(timeout=timeout)


def test_upload_an_article_adds_its_events(server, page, tmp_path, output_dir):
    article = tmp_path / "geneva.txt"
    article.write_text(
        "Geneva talks announced\n"
        "Published on June 10, 2025.\n"
        "Negotiators will meet in Geneva on Monday, June 16, 2025, for a first round of talks. "
        "A second round is planned for late July.\n",
        encoding="utf-8",
    )
    open_add_articles(page, server.url)
    choose_file(page, article, "Read geneva.txt")
    page.fill("#tl-article-source", "Test Wire")
    if not page.input_value("#tl-article-date"):
        page.fill("#tl-article-date", "2025-06-10")
    page.get_by_role("button", name="Add to the timeline").click()
    message = page.locator("#tl-article-message", has_text="Added")
    message.wait_for(timeout=30_000)
    assert re.search(r"[1-9]\d* events on the timeline", message.inner_text())
    page.wait_for_function(
        "() => document.querySelector('#tl-graph .js-plotly-plot').data"
        ".some(t => t.name === 'Test Wire' && t.x.length)"
    )
    assert page.locator("#tl-sources label", has_text="Test Wire").count() == 1
    whole_page(page, output_dir / "dashboard-uploaded.png")


def test_upload_an_archive_adds_every_row(server, page, tmp_path, output_dir):
    # A JSON Lines archive, as `ingest` reads it: each row its own source and date, a bad row named.
    rows = [
        {"text": "Negotiators met in Lausanne on Tuesday for a second round of talks.",
         "source": "Lake Wire", "published": "2025-06-25"},
        {"text": "The Lausanne talks ended on Friday without an agreement.",
         "source": "Alpine Post", "published": "2025-06-28"},
    ]  # fmt: skip
    archive = tmp_path / "lausanne.jsonl"
    archive.write_text("\n".join(json.dumps(r) for r in rows) + "\n[1, 2]\n", encoding="utf-8")
    open_add_articles(page, server.url)
    choose_file(page, archive, "Read 2 articles from lausanne.jsonl")
    assert "line 3: not a JSON object" in page.inner_text("#tl-upload-status")
    assert "fields above are not used" in page.inner_text("#tl-article-date-hint")
    page.get_by_role("button", name="Add to the timeline").click()
    message = page.locator("#tl-article-message", has_text="Added 2 articles")
    message.wait_for(timeout=30_000)
    for source in ("Lake Wire", "Alpine Post"):
        page.wait_for_function(
            "name => document.querySelector('#tl-graph .js-plotly-plot').data"
            ".some(t => t.name === name && t.x.length)",
            arg=source,
        )
        assert page.locator("#tl-sources label", has_text=source).count() == 1
    whole_page(page, output_dir / "dashboard-uploaded-archive.png")


def test_an_html_article_with_script_is_read_as_text(server, page, tmp_path):
    article = tmp_path / "evil.html"
    article.write_text(
        "<html><head><title>Summit in Oslo</title>"
        "<script>window.__pwned = 3</script></head><body>"
        "<p>Leaders will meet in Oslo on Tuesday, July 8, 2025 "
        '<img src=x onerror="window.__pwned = 4">to sign the accord.</p></body></html>',
        encoding="utf-8",
    )
    open_add_articles(page, server.url)
    choose_file(page, article, "Read evil.html")
    page.fill("#tl-article-source", "Oslo Post")
    page.fill("#tl-article-date", "2025-07-01")
    page.get_by_role("button", name="Add to the timeline").click()
    page.wait_for_function(  # added in the background: "Adding …", then "Added …"
        "() => /^(Added|The article was not)/.test("
        "document.querySelector('#tl-article-message').innerText)",
        timeout=30_000,
    )
    assert "Added" in page.inner_text("#tl-article-message"), page.inner_text("#tl-article-message")
    page.wait_for_function(
        "() => document.querySelector('#tl-graph .js-plotly-plot').data"
        ".some(t => t.name === 'Oslo Post' && t.x.length)"
    )
    click_event(page, "Oslo Post")
    quote = page.locator("#tl-detail-sources .quote").first.inner_text()
    assert "Oslo" in quote and "<img" not in quote and "onerror" not in quote
    assert page.evaluate("() => window.__pwned") is None


def test_bad_uploads_are_refused_with_a_message(server, page, tmp_path):
    open_add_articles(page, server.url)
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    choose_file(page, binary, "not a text file")
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * 2_400_000)  # 12 MB: beyond what the server would even accept
    choose_file(page, big, "larger than 5 MB", timeout=30_000)
    page.get_by_role("button", name="Add to the timeline").click()
    page.locator("#tl-article-message", has_text="no text to add").wait_for(timeout=10_000)


def test_export_buttons_download_the_view(server, page):
    open_dashboard(page, server.url)
    with page.expect_download(timeout=60_000) as html_download:
        page.click("#tl-export-html")
    html = Path(html_download.value.path()).read_text(encoding="utf-8")
    assert "<html" in html and "plotly" in html.lower()
    assert not re.search(r"<script[^>]+src=[\"']https?://", html)  # works offline
    with page.expect_download(timeout=90_000) as png_download:
        page.click("#tl-export-png")
    assert Path(png_download.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    with page.expect_download(timeout=60_000) as pdf_download:
        page.click("#tl-export-pdf")
    assert Path(pdf_download.value.path()).read_bytes()[:5] == b"%PDF-"
    with page.expect_download(timeout=90_000) as deck_download:
        page.click("#tl-export-pptx")
    assert deck_download.value.suggested_filename.endswith(".pptx")
    assert Path(deck_download.value.path()).read_bytes()[:2] == b"PK"  # a zip, as PPTX is


def test_a_note_survives_a_server_restart(page, seed_sources, tmp_path, output_dir):
    db = tmp_path / "restart.sqlite"
    server = DashboardServer(db=db).start()
    try:
        open_dashboard(page, server.url)
        event_id = click_event(page, seed_sources[0])
        add_note(page, "Check this date with the Kremlin readout")
        server.stop()
        server.start()
        open_dashboard(page, server.url)
        click_event(page, seed_sources[0], event_id)
        note = page.locator("#tl-detail .note-text", has_text="Kremlin readout")
        note.wait_for(timeout=10_000)
        page.wait_for_function(
            "() => [...document.querySelectorAll('#tl-graph .annotation-text')]"
            ".some(a => a.textContent.includes('Kremlin'))"
        )
        page.mouse.move(5, 5)  # no hover card over the note
        page.wait_for_timeout(300)
        whole_page(page, output_dir / "dashboard-note-after-restart.png")
        # edit, then delete
        cancel = page.get_by_role("button", name="Cancel edit")
        assert not cancel.is_visible()  # nothing to cancel yet
        page.locator("#tl-detail .note button", has_text="Edit").first.click()
        page.wait_for_function(
            "() => document.querySelector('#tl-note-text').value.includes('Kremlin')"
        )
        cancel.wait_for(state="visible", timeout=10_000)
        page.fill("#tl-note-text", "Checked: the readout confirms it")
        page.get_by_role("button", name="Save changes").click()
        page.locator("#tl-detail .note-text", has_text="readout confirms").wait_for(timeout=10_000)
        page.locator("#tl-detail .note button", has_text="Delete").first.click()
        page.locator("#tl-detail .note.empty").wait_for(timeout=10_000)
    finally:
        server.stop()


def test_a_disagreement_leads_to_the_other_dating(page, tmp_path, output_dir):
    """On xi-wire the talks are dated Thursday by the seeds and Friday by the wire: the detail
    panel of one offers the other, and a click shows it (selected, ringed on the chart)."""
    wire = Path(__file__).parent / "data" / "multisource" / "xi-wire"
    with DashboardServer(db=tmp_path / "wire.sqlite", paths=[wire]) as running:
        open_dashboard(page, running.url)
        page.locator(".ag-center-cols-container .ag-row", has_text="≠").first.click()
        page.locator("#tl-detail .linked-events button").first.wait_for(timeout=10_000)
        first = page.locator("#tl-detail h3").inner_text()
        link = page.locator("#tl-detail .linked-events button").first
        target = link.inner_text().split(" — ")[0]
        link.click()
        page.wait_for_function(
            "label => (document.querySelector('#tl-detail h3') || {}).innerText === label",
            arg=target,
        )
        page.wait_for_function(
            "() => document.querySelector('#tl-graph .js-plotly-plot').data"
            ".some(t => t.name === 'Selected' && t.x.length === 1)"
        )
        whole_page(page, output_dir / "dashboard-linked-dating.png")
        # and back: the other side links to the first
        back = page.locator("#tl-detail .linked-events button", has_text=first.split(" — ")[0])
        assert back.count() >= 1
        assert page.errors == []
