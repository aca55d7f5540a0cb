"""Export speed of the seed timeline: the first export (Chromium starts) and warm exports.

``python -m bench.export_speed``. Prints figures only; asserts nothing. One ``ExportSession`` keeps one
Chromium for all warm exports, as the CLI and the dashboard do. Files go to bench/output/.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "bench" / "output"
WARM_RUNS = 5


def main() -> None:
    from dashboard.events import build_events
    from dashboard.export import (
        ExportSession,
        export_timeline,
        export_view,
        find_browser,
        timeline_figure,
    )
    from dashboard.export.deck import build_deck
    from dashboard.ingest.archive import load_documents

    OUTPUT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    documents = load_documents([ROOT / "seeds"])
    events = build_events(documents)
    print(
        f"seeds: {len(documents)} articles, {len(events)} events "
        f"(load + extract {time.perf_counter() - started:.2f} s)"
    )
    print(f"browser: {find_browser()}")

    t = time.perf_counter()
    fig = timeline_figure(export_view(events, preset="slide"))
    print(f"build figure (slide preset): {1000 * (time.perf_counter() - t):.0f} ms")

    with ExportSession() as session:
        t = time.perf_counter()
        export_timeline(export_view(events, preset="slide"), OUTPUT / "first.png", session=session)
        print(
            f"first export, PNG slide 3840x2160 (starts Chromium): {time.perf_counter() - t:.2f} s"
        )
        for fmt, preset in (("png", "slide"), ("png", "a4"), ("svg", "slide"), ("pdf", "a4")):
            times = []
            for i in range(WARM_RUNS):
                t = time.perf_counter()
                export_timeline(
                    export_view(events, preset=preset), OUTPUT / f"warm-{i}.{fmt}", session=session
                )
                times.append(time.perf_counter() - t)
            print(
                f"warm {fmt.upper():4} {preset:5}: median {1000 * statistics.median(times):4.0f} ms, "
                f"max {1000 * max(times):4.0f} ms over {WARM_RUNS}"
            )
        t = time.perf_counter()
        build_deck(export_view(events, documents=documents), OUTPUT / "deck.pptx", session=session)
        print(f"warm PPTX deck (one PNG + python-pptx): {1000 * (time.perf_counter() - t):.0f} ms")
        t = time.perf_counter()
        session.render(fig, "png", "slide")
        print(
            f"warm render only (no figure build, no write): {1000 * (time.perf_counter() - t):.0f} ms"
        )
    t = time.perf_counter()
    export_timeline(export_view(events, preset="web"), OUTPUT / "offline.html")
    size = (OUTPUT / "offline.html").stat().st_size / 1e6
    print(f"HTML (no browser): {1000 * (time.perf_counter() - t):.0f} ms, {size:.1f} MB")


if __name__ == "__main__":
    main()
