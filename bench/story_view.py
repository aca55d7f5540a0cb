"""The dashboard on a real story: the BP oil spill of 2010 (Timeline17, 1,460 articles from five
outlets, ``../shared/data/stories/bpoil``), in headless Debian chromium against the real server.

Prints: the time from opening the page to the first drawn chart (labels on it), the figure's JSON
at the opening view, and how long a zoom, a source filter and a click on a label take to be
answered (the new chart drawn, the detail panel filled). Targets (issue 12): under 3 s, under
2 MB, under 0.5 s each. The story is read into ``bench/output/bpoil.sqlite`` the first time (about
three minutes); ``BPOIL_DB=FILE`` uses a store already read. Skipped, and said so, when the story,
Playwright or chromium is absent. Run: ``python -m bench.story_view``.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BPOIL = ROOT.parent / "shared" / "data" / "stories" / "bpoil" / "articles"
OUTPUT = ROOT / "bench" / "output"
GRAPH = "document.querySelector('#tl-graph .js-plotly-plot')"
LABELLED = (
    f"() => {{ const gd = {GRAPH}; return gd && gd._fullLayout && (gd._fullLayout.annotations"
    " || []).some(a => (a.name || '').startsWith('label ')); }"
)


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _store() -> Path:
    if os.environ.get("BPOIL_DB"):
        return Path(os.environ["BPOIL_DB"])
    db = OUTPUT / "bpoil.sqlite"
    if not db.exists():
        OUTPUT.mkdir(parents=True, exist_ok=True)
        print("reading the bpoil story into", db, "(about three minutes)", flush=True)
        subprocess.run(
            [sys.executable, "-m", "dashboard", "ingest", str(BPOIL), "--db", str(db)],
            cwd=ROOT,
            check=True,
        )
    return db


def _timed(page, action, until: str, arg=None) -> float:
    page.evaluate(f"() => {{ window.__before = {GRAPH}.data; }}")
    start = time.perf_counter()
    action()
    page.wait_for_function(until, arg=arg, timeout=30_000)
    return time.perf_counter() - start


def main() -> None:
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not BPOIL.is_dir():
        print(f"skipped: the bpoil story is not at {BPOIL}")
        return
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("skipped: Playwright is not installed")
        return
    if not Path(chromium).exists():
        print("skipped: Debian chromium is not installed")
        return
    db = _store()
    OUTPUT.mkdir(parents=True, exist_ok=True)
    port = _port()
    url = f"http://127.0.0.1:{port}/"
    log = (OUTPUT / "story_view-server.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, "-m", "dashboard", "serve", "--db", str(db), "--port", str(port)],
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(url + "_dash-layout", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        urllib.request.urlopen(url, timeout=30).read()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=chromium, headless=True, args=["--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            # a first visit warms the server's caches (the store read once per process)
            page.goto(url)
            page.wait_for_function(LABELLED, timeout=120_000)
            start = time.perf_counter()
            page.goto(url)
            page.wait_for_function(LABELLED, timeout=60_000)
            first = time.perf_counter() - start
            size = page.evaluate(
                f"() => JSON.stringify({{data: {GRAPH}.data, layout: {GRAPH}.layout}}).length"
            )
            page.wait_for_timeout(1000)
            events = page.locator("#tl-counts").inner_text()
            redrawn = f"() => {GRAPH}.data !== window.__before"
            lo, hi = page.evaluate(f"() => {GRAPH}._fullLayout.xaxis.range")
            print("first chart", first, flush=True)
            zoom = _timed(
                page,
                lambda: page.evaluate(
                    f"() => Plotly.relayout({GRAPH}, {{'xaxis.range': ['{lo}', "
                    f"new Date((new Date('{lo}').getTime() + new Date('{hi}').getTime()) / 2)"
                    ".toISOString().slice(0, 10)]})"
                ),
                redrawn,
            )
            page.wait_for_timeout(500)
            source = page.locator("#tl-sources input").first
            print("zoom", zoom, flush=True)
            filtered = _timed(page, source.uncheck, redrawn)
            print("filter", filtered, flush=True)
            page.wait_for_timeout(500)
            row = page.locator(".ag-center-cols-container .ag-row").first
            click = _timed(
                page,
                row.click,
                "() => !!document.querySelector('#tl-detail h3')",
            )
            page.screenshot(path=OUTPUT / "story_view-bpoil.png", full_page=True)
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=15)
        log.close()
    print(events)
    print(f"page to first drawn chart   {first:6.2f} s   (target < 3 s)")
    print(f"figure JSON, opening view   {size / 1e6:6.2f} MB  (target < 2 MB)")
    print(f"zoom to half the window     {zoom:6.2f} s   (target < 0.5 s)")
    print(f"source filter               {filtered:6.2f} s   (target < 0.5 s)")
    print(f"click on a row (details)    {click:6.2f} s   (target < 0.5 s)")


if __name__ == "__main__":
    main()
