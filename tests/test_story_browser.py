"""The dashboard on a big story (tests/story_generator.py: 240 articles, four outlets), in real
headless chromium against the real server: it opens on the story, labels the key events without
overlap, reveals more when zoomed in, has a lane per source, and a table by importance. The
screenshots at 1600, 1280 and 390 px go to tests/output/ for a human to look at.

When the Timeline17 BP oil story is beside the project (../shared/data/stories/bpoil), the same
checks run on it too (its 1,460 articles take about three minutes to read); absent, skipped.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from browser import DashboardServer
from story_generator import STORY_DAYS, STORY_START, write_story

pytestmark = pytest.mark.browser

BPOIL = Path(__file__).resolve().parents[2] / "shared" / "data" / "stories" / "bpoil" / "articles"

GRAPH = "document.querySelector('#tl-graph .js-plotly-plot')"

# Every label drawn (not hidden by the declutter pass), with its box and event id.
LABELS_JS = f"""() => {{
    const gd = {GRAPH};
    return [...gd.querySelectorAll('.annotation')].map(node => {{
        const a = gd._fullLayout.annotations[Number(node.dataset.index)];
        const box = node.getBoundingClientRect();
        return {{name: a ? a.name : null, text: node.textContent, visible:
                 node.style.visibility !== 'hidden', left: box.left, right: box.right,
                 top: box.top, bottom: box.bottom}};
    }}).filter(l => l.visible && l.name && l.name.startsWith('label '));
}}"""


def overlaps(boxes: list[dict]) -> list[tuple[str, str]]:
    found = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if (
                a["left"] < b["right"] - 1
                and b["left"] < a["right"] - 1
                and a["top"] < b["bottom"] - 1
                and b["top"] < a["bottom"] - 1
            ):
                found.append((a["text"], b["text"]))
    return found


def wait_for_chart(page) -> None:
    page.wait_for_function(
        f"() => {{ const gd = {GRAPH}; return gd && gd.data && gd._fullLayout &&"
        " (gd._fullLayout.annotations || []).some(a => (a.name || '').startsWith('label ')); }",
        timeout=30_000,
    )
    page.wait_for_timeout(400)  # the declutter pass runs 80 ms after a draw


def x_range(page) -> list[str]:
    return page.evaluate(f"() => {GRAPH}._fullLayout.xaxis.range")


def redrawn(page, action) -> None:
    """Run ``action`` and wait until the server's new figure is drawn."""
    page.evaluate(f"() => {{ window.__before = {GRAPH}.data; }}")
    action()
    page.wait_for_function(f"() => {GRAPH}.data !== window.__before", timeout=15_000)
    page.wait_for_timeout(400)


def check_story(page, output_dir: Path, name: str, story: tuple[dt.date, dt.date]) -> None:
    """The checks of the issue on one story, at 1600 px then 1280 and 390."""
    page.set_viewport_size({"width": 1600, "height": 1100})
    wait_for_chart(page)
    page.screenshot(path=output_dir / f"{name}-1600.png", full_page=True)
    lo, hi = (dt.date.fromisoformat(v[:10]) for v in x_range(page))
    assert story[0] <= lo and hi <= story[1], (lo, hi)  # the story, not every date mentioned
    labels = page.evaluate(LABELS_JS)
    assert len(labels) >= 15, [label["text"] for label in labels]
    assert overlaps(labels) == []

    # the table: most important first
    importance = page.locator(".ag-center-cols-container .ag-row [col-id=importance]")
    values = [float(v) for v in importance.all_text_contents()[:10]]
    assert values == sorted(values, reverse=True) and values[0] > 0, values

    # zoomed in on a third of the window: the next events by rank appear, still apart
    first = {label["name"] for label in labels}
    third = lo + (hi - lo) / 3
    redrawn(
        page,
        lambda: page.evaluate(
            f"() => Plotly.relayout({GRAPH}, {{'xaxis.range': ['{lo}', '{third}']}})"
        ),
    )
    zoomed = page.evaluate(LABELS_JS)
    assert {label["name"] for label in zoomed} - first, "zooming in showed no new event"
    assert overlaps(zoomed) == []
    page.get_by_text("Zoom to").click()  # back to the story before the lanes
    page.wait_for_timeout(800)

    # one lane per source, named; merged events linked across lanes
    redrawn(page, lambda: page.get_by_text("One per source").click())
    lanes = page.evaluate(
        f"() => {GRAPH}._fullLayout.annotations.filter(a => a.name === 'lane').map(a => a.text)"
    )
    assert len(lanes) >= 3, lanes
    assert overlaps(page.evaluate(LABELS_JS)) == []
    page.screenshot(path=output_dir / f"{name}-lanes-1600.png", full_page=True)
    redrawn(page, lambda: page.get_by_text("One band").click())

    # 1280: every table column in view
    page.set_viewport_size({"width": 1280, "height": 1000})
    page.reload()
    wait_for_chart(page)
    cut = page.evaluate(
        """() => {
            const grid = document.querySelector('#tl-grid').getBoundingClientRect();
            return [...document.querySelectorAll('.ag-header-cell')]
                .filter(c => c.getBoundingClientRect().right > grid.right + 1)
                .map(c => c.textContent);
        }"""
    )
    assert cut == []
    assert overlaps(page.evaluate(LABELS_JS)) == []
    page.screenshot(path=output_dir / f"{name}-1280.png", full_page=True)

    # 390 (a phone): no label under a control, the legend clear of the buttons
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    wait_for_chart(page)
    labels = page.evaluate(LABELS_JS)
    controls = page.evaluate(
        """() => [...document.querySelectorAll(
                 '#tl-graph .updatemenu-button, #tl-graph .modebar, #tl-graph .legend'
                 )].map(n => { const b = n.getBoundingClientRect();
                 return {text: n.getAttribute('class'), left: b.left, right: b.right,
                         top: b.top, bottom: b.bottom}; })"""
    )
    assert labels and overlaps(labels) == []
    # no label under a button, the legend or the mode bar, and the legend clear of the buttons
    assert overlaps(labels + controls) == []
    page.screenshot(path=output_dir / f"{name}-390.png", full_page=True)
    assert page.errors == []


@pytest.fixture(scope="module")
def story_server(tmp_path_factory, chromium):
    folder = write_story(tmp_path_factory.mktemp("story") / "articles")
    db = folder.parent / "story.sqlite"
    with DashboardServer(db=db, paths=[folder]) as running:
        yield running


def test_a_big_story_opens_on_its_key_events(story_server, page, output_dir):
    page.goto(story_server.url)
    story = (STORY_START - dt.timedelta(days=30), STORY_START + dt.timedelta(days=STORY_DAYS + 30))
    check_story(page, output_dir, "story", story)


@pytest.mark.skipif(not BPOIL.is_dir(), reason="the bpoil story (../shared) is not here")
@pytest.mark.skipif(
    not os.environ.get("BPOIL_BROWSER"), reason="set BPOIL_BROWSER=1: reading bpoil takes minutes"
)
def test_the_bpoil_story_opens_on_the_spill(tmp_path, page, output_dir):
    with DashboardServer(db=tmp_path / "bpoil.sqlite", paths=[BPOIL]).start(timeout=600) as server:
        page.goto(server.url)
        check_story(page, output_dir, "bpoil", (dt.date(2010, 4, 1), dt.date(2011, 1, 31)))


def test_a_resized_window_is_fitted_again(story_server, page, output_dir):
    """Labels fitted to a wide window would overlap in a narrow one: a resize (no reload)
    measures the chart again and the server fits the labels to the new width."""
    page.set_viewport_size({"width": 1600, "height": 1100})
    page.goto(story_server.url)
    wait_for_chart(page)
    wide = page.evaluate(LABELS_JS)
    redrawn(page, lambda: page.set_viewport_size({"width": 900, "height": 1100}))
    narrow = page.evaluate(LABELS_JS)
    page.screenshot(path=output_dir / "story-resized-900.png", full_page=True)
    assert 0 < len(narrow) < len(wide), (len(wide), len(narrow))
    assert overlaps(narrow) == []
    assert page.errors == []
