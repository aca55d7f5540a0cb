"""How the timeline figure scales: build time and JSON payload for 500 (SVG with a label each),
1k, 10k and 100k events.

Synthetic events (three sources, a mix of exact days, known spans and fuzzy periods, most of them
in one busy year and a few far back) go through the same ``build_figure`` the app uses. The payload
is what the browser receives (``fig.to_json()``); "draw" is ``Plotly.newPlot`` of that payload in
headless Debian chromium and "zoom" one relayout to a two-month window (both skipped, and said so,
when Playwright or chromium is missing). Run: ``python -m bench.figure_scale``.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import time
from pathlib import Path

from dashboard.model import Certainty, Event, Mention
from dashboard.render.figure import build_figure

SIZES = (500, 1_000, 10_000, 100_000)
SOURCES = ("Wire A", "Daily B", "Weekly C")


def synthetic_events(n: int, *, seed: int = 7) -> list[Event]:
    """``n`` events shaped like news: 90% in one year, the rest spread over eighty years."""
    rng = random.Random(seed)
    busy = dt.date(2025, 1, 1)
    events = []
    for i in range(n):
        if rng.random() < 0.9:
            start = busy + dt.timedelta(days=rng.randrange(365))
        else:
            start = dt.date(1945, 1, 1) + dt.timedelta(days=rng.randrange(80 * 365))
        kind = rng.choices(list(Certainty), weights=(6, 2, 2))[0]
        length = {Certainty.EXACT: 0, Certainty.RANGE: 3, Certainty.APPROXIMATE: 20}[kind]
        end = start + dt.timedelta(days=length)
        sources = rng.sample(SOURCES, rng.choice((1, 1, 2)))
        sentence = f"Officials said the meeting number {i} would take place on that day."
        mentions = tuple(
            Mention(
                document_id=f"doc-{s}",
                source=s,
                text="that day",
                sentence=sentence,
                value=start.isoformat(),
                start=start,
                end=end,
                certainty=kind,
                timex_start=sentence.index("that day"),
                timex_end=sentence.index("that day") + 8,
            )
            for s in sources
        )
        events.append(Event(f"e{i}", f"Meeting number {i}", start, end, kind, mentions))
    return events


def browser_timer():
    """A function timing ``Plotly.newPlot`` and one zoom in headless Debian chromium, or None."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None, "playwright is not installed (requirements-test.txt)"
    path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        return None, "Debian chromium is not installed"
    import plotly.offline

    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(
        executable_path=path, args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]
    )
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.set_content(
        f"<html><body><div id=g></div><script>{plotly.offline.get_plotlyjs()}</script></body></html>"
    )

    def timed(payload: str) -> tuple[float, float]:
        return page.evaluate(
            """async (json) => {
                const fig = JSON.parse(json);
                const t0 = performance.now();
                await Plotly.newPlot('g', fig.data, fig.layout);
                const t1 = performance.now();
                const r = document.getElementById('g')._fullLayout.xaxis.range;
                await Plotly.relayout('g', {'xaxis.range': [r[0], r[0].slice(0, 4) + '-03-01']});
                return [(t1 - t0) / 1000, (performance.now() - t1) / 1000];
            }""",
            payload,
        )

    def close() -> None:
        browser.close()
        playwright.stop()

    timed.close = close
    return timed, ""


def main() -> None:
    timer, why_not = browser_timer()
    print(
        f"{'events':>8} {'build s':>8} {'json s':>7} {'payload':>10} {'draw s':>7} {'zoom s':>7}  drawn as"
    )
    try:
        for n in SIZES:
            events = synthetic_events(n)
            t0 = time.perf_counter()
            fig = build_figure(events)
            t1 = time.perf_counter()
            payload = fig.to_json()
            t2 = time.perf_counter()
            draw, zoom = timer(payload) if timer else (float("nan"), float("nan"))
            kinds = sorted({type(t).__name__ for t in fig.data})
            print(
                f"{n:>8,} {t1 - t0:>8.2f} {t2 - t1:>7.2f} {len(payload) / 1e6:>8.2f}MB "
                f"{draw:>7.2f} {zoom:>7.2f}  {', '.join(kinds)}",
                flush=True,
            )
    finally:
        if timer:
            timer.close()
    if not timer:
        print(f"(draw and zoom times not measured: {why_not})")


if __name__ == "__main__":
    main()
