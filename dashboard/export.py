"""Exports of the timeline: PNG/SVG/PDF through Kaleido and the system Chromium, offline HTML, PPTX.

The CLI (``python -m dashboard export``) and the dashboard's export buttons call the same functions:

- ``timeline_bytes(events, "pdf", preset="a4", date_from=..., sources=...)`` -> bytes of any format,
  the deck included, for a download button showing the current filters;
- ``render_bytes(fig, "png", "slide")`` -> bytes of a figure already built;
- ``export_timeline(events, "brief.pptx", title=...)`` the same as ``timeline_bytes``, written to a
  file whose extension names the format; ``export_figure(fig, "t.svg", preset="a4")`` for a figure.

Pictures use ``timeline_figure``: the dashboard's ``build_figure`` in the preset's style, opened on
the news (``focus_span``) with a footnote counting the events left out.

Static images need a Chromium: ``BROWSER_PATH`` when set, else ``chromium`` (or ``chromium-browser``,
``google-chrome``) on ``PATH``. Nothing is ever downloaded (``kaleido.get_chrome`` is never called).
One browser serves a whole batch: an ``ExportSession`` keeps it open until closed, and the module keeps
one shared session for callers that do not pass theirs (the dashboard), closed when the process exits.

Every file is written atomically: rendered in memory first, written to a temporary file in the target
folder, then renamed over the target, so a failure never leaves a half-written file behind.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import datetime as dt
import math
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import replace
from html import escape, unescape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dashboard.figure import OVERVIEW_CSS
from dashboard.model import Document, Event, Note
from dashboard.presets import PRESETS, Preset
from dashboard.presets import get_preset as _get_preset

if TYPE_CHECKING:
    import plotly.graph_objects as go

    from dashboard.figure import FigureStyle

# Extension -> format name. Static formats go through Kaleido; the others are built in Python.
FORMATS: Mapping[str, str] = {
    ".png": "png",
    ".svg": "svg",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".pptx": "pptx",
}
STATIC_FORMATS = frozenset({"png", "svg", "pdf"})
MEDIA_TYPES: Mapping[str, str] = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
    "html": "text/html",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}

# Looked up on PATH in this order when BROWSER_PATH is not set (Debian, Ubuntu, Google builds).
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
RENDER_TIMEOUT_S = 60.0  # one image; a hung browser turns into a clear error, not a hang
START_TIMEOUT_S = 60.0


class ExportError(Exception):
    """An export that cannot be done; the message names the input and what to do."""


# ---------------------------------------------------------------------------------------------
# Formats and paths


def format_for(path: str | os.PathLike[str]) -> str:
    """The export format named by the file extension.

    >>> format_for("brief/timeline.PNG")
    'png'
    """
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        known = ", ".join(sorted({*FORMATS} - {".htm"}))
        shown = f"extension {suffix!r}" if suffix else "no extension"
        raise ExportError(
            f"{os.fspath(path)}: {shown} is not an export format; use one of {known}."
        )
    return FORMATS[suffix]


def check_writable(path: str | os.PathLike[str]) -> Path:
    """Fail early, before any rendering, when ``path`` cannot be written.

    >>> check_writable("/tmp/timeline.png")
    PosixPath('/tmp/timeline.png')
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError(
            f"{target}: is a folder; give a file name such as {target / 'timeline.png'}."
        )
    if not folder.is_dir():
        raise ExportError(
            f"{target}: the folder {folder} does not exist; create it or choose another path."
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise ExportError(f"{target}: the folder {folder} is not writable; choose another path.")
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportError(f"{target}: the file exists and is read-only; choose another path.")
    return target


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename.

    Readers see either the old file or the complete new one; on any failure the temporary file is
    removed and the target is left as it was.

    >>> write_atomic("/tmp/hello.txt", b"hi").read_bytes()
    b'hi'
    """
    target = check_writable(path)
    try:
        fd, tmp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".part"
        )
    except OSError as error:
        raise ExportError(f"{target}: cannot write here ({error.strerror}).") from error
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o666 & ~_umask())  # mkstemp makes 0600; a normal file is expected
        os.replace(tmp_name, target)
    except BaseException as error:
        Path(tmp_name).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise ExportError(f"{target}: writing failed ({error.strerror}).") from error
        raise
    return target


def get_preset(preset: Preset | str) -> Preset:
    """A preset by name or itself; an unknown name is an ``ExportError``."""
    try:
        return _get_preset(preset)
    except ValueError as error:
        raise ExportError(str(error)) from None


def image_size(fig: go.Figure, preset: Preset | str) -> tuple[int, int]:
    """Layout width and height of the image: the preset's page, taller when the web look grew."""
    chosen = get_preset(preset)
    height = chosen.height
    if chosen.style.grow_height and fig.layout.height:
        height = max(height, int(fig.layout.height))
    return chosen.width, height


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


# ---------------------------------------------------------------------------------------------
# The browser


def find_browser() -> str:
    """The Chromium binary Kaleido drives: ``BROWSER_PATH`` if set, else the first on ``PATH``.

    >>> find_browser()  # doctest: +SKIP
    '/usr/bin/chromium'
    """
    explicit = os.environ.get("BROWSER_PATH")
    if explicit:
        if Path(explicit).is_file() and os.access(explicit, os.X_OK):
            return explicit
        raise ExportError(
            f"BROWSER_PATH={explicit!r} is not an executable file; point it at a Chromium or Chrome "
            "binary (e.g. /usr/bin/chromium) or unset it to use chromium from PATH."
        )
    for name in BROWSER_NAMES:
        found = shutil.which(name)
        if found:
            return found
    raise ExportError(
        "No Chromium found for PNG/SVG/PDF export: install it (Debian: apt-get install chromium) "
        "or set BROWSER_PATH to a Chromium or Chrome binary. HTML and nothing else works without it."
    )


class ExportSession:
    """One headless Chromium (through Kaleido) kept open for a batch of static exports.

    The browser starts on the first render and stops on ``close()`` (or leaving the ``with`` block).

    >>> with ExportSession() as session:  # doctest: +SKIP
    ...     png = session.render(fig, "png", "slide")
    ...     session.export(fig, "timeline.pdf", preset="a4")
    """

    def __init__(self, browser: str | None = None, *, timeout: float = RENDER_TIMEOUT_S) -> None:
        self._browser = browser
        self._timeout = timeout
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._kaleido: Any = None

    def __enter__(self) -> ExportSession:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def running(self) -> bool:
        """True while a browser is open."""
        return self._kaleido is not None

    @property
    def browser_pid(self) -> int | None:
        """The process id of the open Chromium, None when none is open."""
        process = getattr(self._kaleido, "subprocess", None)
        return process.pid if process is not None else None

    def start(self) -> None:
        """Open the browser now (otherwise the first render does)."""
        with self._lock:
            if self._kaleido is not None:
                return
            browser = self._browser or find_browser()
            # Kaleido is asyncio-based; a private loop in a daemon thread lets synchronous callers
            # (CLI, Dash callbacks in any thread) share one browser and gives every call a timeout.
            loop = asyncio.new_event_loop()
            thread = threading.Thread(target=loop.run_forever, name="kaleido-export", daemon=True)
            thread.start()
            try:
                self._kaleido = self._call(
                    loop,
                    _open_kaleido(browser, self._timeout),
                    START_TIMEOUT_S,
                    what="Starting Chromium",
                )
            except BaseException:
                loop.call_soon_threadsafe(loop.stop)
                thread.join(timeout=5)
                raise
            self._loop, self._thread = loop, thread

    def close(self, *, wait: float = 20) -> None:
        """Stop the browser; safe to call twice. A later render starts a new one."""
        with self._lock:
            if self._kaleido is None or self._loop is None:
                return
            loop, kaleido_obj = self._loop, self._kaleido
            self._kaleido = None
            try:
                self._call(loop, kaleido_obj.close(), wait, what="Stopping Chromium")
            except ExportError:
                pass  # the browser is already gone; nothing left to stop
            finally:
                # the browser's watchdog tasks would otherwise warn when the loop goes
                with contextlib.suppress(ExportError):
                    self._call(loop, _cancel_pending(), 2, what="Stopping Chromium")
                loop.call_soon_threadsafe(loop.stop)
                if self._thread is not None:
                    self._thread.join(timeout=5)
                if not loop.is_running():
                    loop.close()
                self._loop = self._thread = None

    def render(self, fig: go.Figure, fmt: str, preset: Preset | str = "web") -> bytes:
        """The figure as PNG, SVG or PDF bytes at the preset's size (PNG at its scale).

        >>> ExportSession().render(fig, "png", "slide")[:4]  # doctest: +SKIP
        b'\\x89PNG'
        """
        if fmt not in STATIC_FORMATS:
            raise ExportError(f"{fmt!r} is not a static image format; use png, svg or pdf.")
        chosen = get_preset(preset)
        width, height = image_size(fig, chosen)
        # Scale sharpens bitmaps only; SVG and PDF are vectors at the layout size (A4 stays A4).
        scale = chosen.scale if fmt == "png" else 1
        self.start()
        opts = {"format": fmt, "width": width, "height": height, "scale": scale}
        coroutine = self._kaleido.calc_fig(fig.to_dict(), opts=opts)
        assert self._loop is not None
        try:
            return self._call(self._loop, coroutine, self._timeout + 5, what="Rendering")
        except ExportError as error:
            # A crashed or hung browser would fail every later export: drop it, so the next
            # render starts a fresh one.
            self.close(wait=5)
            raise ExportError(f"{error} Chromium starts afresh on the next export.") from None

    def export(
        self, fig: go.Figure, path: str | os.PathLike[str], *, preset: Preset | str = "web"
    ) -> Path:
        """Write the figure to ``path`` in the format its extension names (see ``export_figure``)."""
        return export_figure(fig, path, preset=preset, session=self)

    @staticmethod
    def _call(loop: asyncio.AbstractEventLoop, coroutine: Any, timeout: float, *, what: str) -> Any:
        future = asyncio.run_coroutine_threadsafe(coroutine, loop)
        try:
            return future.result(timeout=timeout)
        except FutureTimeout as error:
            future.cancel()
            raise ExportError(
                f"{what} did not finish within {timeout:.0f} s; check that Chromium starts "
                f"(`chromium --headless --version`) or set BROWSER_PATH."
            ) from error
        except ExportError:
            raise
        except Exception as error:
            raise ExportError(f"{what} with Chromium failed ({error}).") from error


async def _cancel_pending() -> None:
    current = asyncio.current_task()
    for task in asyncio.all_tasks():
        if task is not current:
            task.cancel()


async def _open_kaleido(browser: str, timeout: float) -> Any:
    import kaleido

    # mathjax=False: MathJax comes from a CDN, which an offline machine cannot reach.
    engine = kaleido.Kaleido(path=browser, mathjax=False, timeout=timeout)
    await engine.open()
    return engine


_shared: ExportSession | None = None
_shared_lock = threading.Lock()


def shared_session() -> ExportSession:
    """The process-wide session used when no session is passed (the dashboard's buttons).

    Its browser starts on first use and stops when the process exits.
    """
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = ExportSession()
            atexit.register(_shared.close)
        return _shared


# ---------------------------------------------------------------------------------------------
# One figure -> bytes or a file


def figure_html(fig: go.Figure, preset: Preset | str = "web") -> str:
    """A self-contained interactive HTML page: plotly.js inlined, no network needed to open it.

    >>> "<script src=\\"http" in figure_html(fig)  # doctest: +SKIP
    False
    """
    width, height = image_size(fig, preset)
    html = fig.to_html(
        include_plotlyjs=True,  # inline the bundled plotly.js; never "cdn"
        include_mathjax=False,
        full_html=True,
        default_width=f"{width}px",
        default_height=f"{height}px",
        config={"displaylogo": False, "responsive": True},
    )
    # A page title for the browser tab and bookmarks (the chart title may be escaped already).
    page_title = escape(unescape(fig.layout.title.text or "News timeline"), quote=False)
    # The dashboard's overview look (a light range slider with an outlined window), as plain CSS.
    head = f"<head><title>{page_title}</title><style>{OVERVIEW_CSS}</style>"
    html = html.replace("<head>", head, 1)
    assert_offline_html(html)
    return html


# A <script> or <link> that loads from a server: the page would not open offline.
_REMOTE_RESOURCE = re.compile(
    r"<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", re.I
)


def assert_offline_html(html: str) -> None:
    """Raise ``ExportError`` when the page loads a script or stylesheet from the network."""
    match = _REMOTE_RESOURCE.search(html)
    if match:
        raise ExportError(f"the HTML export would load {match.group(0)!r}... from the network.")


def render_bytes(
    fig: go.Figure,
    fmt: str,
    preset: Preset | str = "web",
    *,
    session: ExportSession | None = None,
) -> bytes:
    """The figure as ``png``/``svg``/``pdf``/``html`` bytes, for download buttons.

    >>> data = render_bytes(fig, "png", "slide")  # doctest: +SKIP
    >>> dcc.send_bytes(data, "timeline.png")  # doctest: +SKIP
    """
    if fmt == "html":
        return figure_html(fig, preset).encode("utf-8")
    if fmt in STATIC_FORMATS:
        return (session or shared_session()).render(fig, fmt, preset)
    raise ExportError(f"{fmt!r} cannot be rendered from a figure alone; use png, svg, pdf or html.")


def export_figure(
    fig: go.Figure,
    path: str | os.PathLike[str],
    *,
    preset: Preset | str = "web",
    session: ExportSession | None = None,
) -> Path:
    """Write the figure to ``path`` (``.png``, ``.svg``, ``.pdf`` or ``.html``), atomically.

    >>> export_figure(fig, "timeline.png", preset="slide")  # doctest: +SKIP
    PosixPath('timeline.png')
    """
    fmt = format_for(path)
    check_writable(path)
    if fmt == "pptx":
        raise ExportError(f"{os.fspath(path)}: a deck needs the events; use export_timeline.")
    return write_atomic(path, render_bytes(fig, fmt, preset, session=session))


# ---------------------------------------------------------------------------------------------
# Events -> selection -> any format


def select_events(
    events: Iterable[Event],
    *,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    sources: Sequence[str] | None = None,
) -> list[Event]:
    """The events overlapping ``date_from``..``date_to`` (inclusive) that the chosen sources report.

    With ``sources``, each kept event keeps only those sources' mentions, so the picture shows
    what the chosen sources say. Source names match case-insensitively.

    >>> select_events(events, date_from=dt.date(2025, 5, 8), sources=["United Front"])  # doctest: +SKIP
    """
    wanted = {s.casefold() for s in sources} if sources else None
    chosen: list[Event] = []
    for event in events:
        if date_from is not None and event.end < date_from:
            continue
        if date_to is not None and event.start > date_to:
            continue
        if wanted is not None:
            mentions = tuple(m for m in event.mentions if m.source.casefold() in wanted)
            if not mentions:
                continue
            if len(mentions) != len(event.mentions):
                event = replace(event, mentions=mentions)
        chosen.append(event)
    return chosen


def export_timeline(
    events: Sequence[Event],
    path: str | os.PathLike[str],
    *,
    preset: Preset | str = "slide",
    title: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    sources: Sequence[str] | None = None,
    notes: Mapping[str, Sequence[Note]] | None = None,
    with_notes: bool = False,
    documents: Sequence[Document] = (),
    session: ExportSession | None = None,
) -> Path:
    """Select events, build the timeline and write it atomically; the format comes from the extension.

    ``.pptx`` writes the briefing deck, the others one figure (see ``timeline_bytes``). Raises
    ``ExportError``, with nothing written, on an unknown extension, an unwritable path, a bad
    window, an unknown source or an empty selection.

    >>> events = build_events(load_documents(["seeds"]))  # doctest: +SKIP
    >>> export_timeline(events, "brief.pptx", title="Xi in Moscow")  # doctest: +SKIP
    PosixPath('brief.pptx')
    """
    fmt = format_for(path)
    check_writable(path)
    data = timeline_bytes(
        events,
        fmt,
        preset=preset,
        title=title,
        date_from=date_from,
        date_to=date_to,
        sources=sources,
        notes=notes,
        with_notes=with_notes,
        documents=documents,
        session=session,
    )
    return write_atomic(path, data)


def timeline_bytes(
    events: Sequence[Event],
    fmt: str,
    *,
    preset: Preset | str = "slide",
    title: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    sources: Sequence[str] | None = None,
    notes: Mapping[str, Sequence[Note]] | None = None,
    with_notes: bool = False,
    documents: Sequence[Document] = (),
    session: ExportSession | None = None,
) -> bytes:
    """The exported file's bytes (``png``/``svg``/``pdf``/``html``/``pptx``) for a selection of events.

    The dashboard's export buttons call this with the current filters and hand the bytes to
    ``dcc.send_bytes`` with a name ending in ``.{fmt}`` (media type in ``MEDIA_TYPES``).

    >>> data = timeline_bytes(events, "pptx", title="Xi in Moscow", documents=documents)  # doctest: +SKIP
    """
    if fmt not in MEDIA_TYPES:
        raise ExportError(f"{fmt!r} is not an export format; use one of {', '.join(MEDIA_TYPES)}.")
    get_preset(preset)  # an unknown preset fails before any work
    if date_from and date_to and date_from > date_to:
        raise ExportError(f"--from {date_from} is after --to {date_to}; swap them.")
    if sources:
        _check_sources(events, sources)
    chosen = select_events(events, date_from=date_from, date_to=date_to, sources=sources)
    if not chosen:
        raise ExportError(_empty_selection_message(events, date_from, date_to, sources))
    shown_notes = notes if with_notes else None
    if fmt == "pptx":
        from dashboard.slides import render_deck

        return render_deck(
            chosen,
            documents,
            title=title,
            notes=shown_notes,
            date_from=date_from,
            date_to=date_to,
            session=session,
        )
    fig = timeline_figure(
        chosen,
        preset=preset,
        title=title,
        notes=shown_notes,
        date_from=date_from,
        date_to=date_to,
        interactive=fmt == "html",
    )
    return render_bytes(fig, fmt, preset, session=session)


def timeline_figure(
    events: Sequence[Event],
    *,
    preset: Preset | str = "slide",
    title: str | None = None,
    notes: Mapping[str, Sequence[Note]] | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    interactive: bool = False,
) -> go.Figure:
    """The dashboard's figure (``dashboard.figure.build_figure``) in the preset's style, for export.

    A picture cannot be panned, so unless ``interactive`` (HTML) it has no range slider or view
    buttons, and it shows every selected event (or ``date_from``..``date_to``) with room on the
    right for the last labels.

    >>> timeline_figure(events, preset="slide", title="Xi in Moscow")  # doctest: +SKIP
    """
    from dashboard.figure import build_figure

    style = get_preset(preset).style
    if interactive:
        # The reader can pan and zoom: open like the dashboard, on the asked span or the dense part.
        x_range = None
        if date_from or date_to:
            x_range = (
                date_from or min(e.start for e in events),
                date_to or max(e.end for e in events),
            )
        shown, outside = list(events), []
    else:
        style = replace(style, show_rangeslider=False, show_view_buttons=False)
        if date_from or date_to:
            left = date_from or min(e.start for e in events)
            right = date_to or max(e.end for e in events)
        else:
            left, right = focus_span(events)
        shown = [e for e in events if e.end >= left and e.start <= right]
        outside = [e for e in events if e.end < left or e.start > right]
        labelled = len(shown) <= min(style.aggregate_threshold, style.webgl_threshold)
        x_range = export_window(
            shown, style, left=left, right=right, fit_labels=labelled and not date_to
        )
    fig = build_figure(
        shown, style=style, notes=notes, show_notes=bool(notes), title=title, x_range=x_range
    )
    # A text-only trace (the labels) says nothing as a legend entry on paper.
    fig.update_traces(showlegend=False, selector={"mode": "text"})
    if title:
        fig.update_layout(title_xref="paper")  # align with the plot, not the image's very edge
    if outside:
        _add_outside_note(fig, outside, left, style)
    if not interactive:
        _make_room_for_the_legend(fig, style)
    return fig


def _make_room_for_the_legend(fig: go.Figure, style: FigureStyle) -> None:
    """Raise the top margin when the horizontal legend wraps, so it never runs into the title.

    The legend grows upwards from the plot; many sources at a large font take several rows.
    """
    if not style.show_legend:
        return
    names = [t.name for t in fig.data if t.name and t.showlegend is not False]
    item_px = [
        len(name) * style.font_size * style.label_char_width + 2.2 * style.font_size
        for name in names
    ]
    plot_px = (style.width or 1400) - style.margin[0] - style.margin[1]
    rows, used = 1, 0.0
    for width in item_px:
        if used and used + width > plot_px:
            rows, used = rows + 1, 0.0
        used += width
    if rows > 1:
        top = fig.layout.margin.t or style.margin[2]
        fig.update_layout(margin_t=int(top + (rows - 1) * style.font_size * 1.3))


# Which events set the span of a picture when no --from/--to is given (see ``focus_span``).
FOCUS_HORIZON_DAYS = 366  # the news: events within a year of the articles' publication dates
FOCUS_MAX_DAYS = 92  # events shorter than a quarter can be pinned on the axis; longer are context
FOCUS_WORTH_IT = 3.0  # hide nothing unless the full span is this many times the focus span


def focus_span(events: Sequence[Event]) -> tuple[dt.date, dt.date]:
    """The span a picture shows by default: the news, not the background.

    An article about this week's summit also recalls 1945 and "the 1970s"; drawn on one axis,
    the week shrinks to a dot. The focus is the short events (under ``FOCUS_MAX_DAYS``) within
    ``FOCUS_HORIZON_DAYS`` of the articles' publication dates; the full span is kept when it is
    not much wider. Events outside are named in a footnote, and the deck has a slide for each.

    >>> focus_span(seed_events)  # doctest: +SKIP
    (datetime.date(2025, 5, 5), datetime.date(2025, 9, 10))
    """
    full = (min(e.start for e in events), max(e.end for e in events))
    anchors = [m.published for e in events for m in e.mentions if m.published]
    horizon = dt.timedelta(days=FOCUS_HORIZON_DAYS)
    near = [
        e
        for e in events
        if not anchors or (e.end >= min(anchors) - horizon and e.start <= max(anchors) + horizon)
    ]
    short = [e for e in near if (e.end - e.start).days < FOCUS_MAX_DAYS] or near
    if not short:
        return full
    focus = (min(e.start for e in short), max(e.end for e in short))
    focus_days = max((focus[1] - focus[0]).days, 7)
    if (full[1] - full[0]).days <= FOCUS_WORTH_IT * focus_days:
        return full
    return focus


def _add_outside_note(
    fig: go.Figure, outside: Sequence[Event], left: dt.date, style: FigureStyle
) -> None:
    """A footnote under the axis: how many events the picture leaves out, and when they are."""
    parts = []
    for side, chosen in (
        ("earlier event", [e for e in outside if e.end < left]),
        ("later event", [e for e in outside if e.start >= left]),
    ):
        if not chosen:
            continue
        first, last = min(e.start for e in chosen).year, max(e.end for e in chosen).year
        years = str(first) if first == last else f"{first}–{last}"
        parts.append(f"{len(chosen)} {side}{'s' if len(chosen) > 1 else ''} ({years})")
    line_px = int(style.font_size * 1.5)
    fig.add_annotation(
        text="Not shown: " + ", ".join(parts),
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        xanchor="left",
        yanchor="top",
        yshift=-int(style.font_size * 1.9),  # under the tick labels
        showarrow=False,
        font={"size": style.font_size, "color": "#555555"},
    )
    fig.update_layout(margin_b=style.margin[3] + line_px)


def export_window(
    events: Sequence[Event],
    style: FigureStyle,
    *,
    left: dt.date,
    right: dt.date,
    fit_labels: bool = True,
) -> tuple[dt.date, dt.date]:
    """``left``..``right`` widened on the right so the labels of the events drawn in it fit.

    Each label starts at its event (or after its bar) and runs ``L`` pixels to the right; the right
    edge ``R`` is pushed out until the widest label fits: ``x + L·(R − left)/P ≤ R`` for a plot
    ``P`` pixels wide, i.e. ``R ≥ (x − left·L/P) / (1 − L/P)``. Labels that start beyond
    ``right`` are not pulled in.
    """
    if not fit_labels:
        return left, right
    plot_px = max((style.width or 1400) - style.margin[0] - style.margin[1], 200)
    glyph_px = style.label_size * style.label_char_width
    lo, hi = left.toordinal(), right.toordinal() + 1
    edge = hi
    for event in events:
        has_bar = event.certainty.value == "approximate" or event.end > event.start
        x = (event.end.toordinal() + 1) if has_bar else event.start.toordinal()
        if x > edge or event.end < left:
            continue
        chars = min(len(" ".join(event.label.split())), style.label_max_chars) + 2
        share = min((chars * glyph_px + style.marker_size) / plot_px, 0.6)
        hi = max(hi, math.ceil((x - lo * share) / (1 - share)))
    return left, dt.date.fromordinal(hi)


def _check_sources(events: Sequence[Event], sources: Sequence[str]) -> None:
    known = {s.casefold(): s for e in events for s in e.sources}
    unknown = [s for s in sources if s.casefold() not in known]
    if unknown:
        listed = ", ".join(sorted(known.values())) or "none"
        raise ExportError(
            f"unknown source(s) {', '.join(map(repr, unknown))}; the sources are: {listed}."
        )


def _empty_selection_message(
    events: Sequence[Event],
    date_from: dt.date | None,
    date_to: dt.date | None,
    sources: Sequence[str] | None,
) -> str:
    if not events:
        return "no events to export: the input holds no dated events (add articles, or check their dates)."
    first, last = min(e.start for e in events), max(e.end for e in events)
    asked = []
    if date_from or date_to:
        asked.append(f"between {date_from or '…'} and {date_to or '…'}")
    if sources:
        asked.append(f"from {', '.join(sources)}")
    return (
        f"no events {' '.join(asked)}; the events run from {first} to {last}. "
        "Widen --from/--to or change --sources."
    )


__all__ = [
    "FORMATS",
    "MEDIA_TYPES",
    "PRESETS",
    "ExportError",
    "ExportSession",
    "assert_offline_html",
    "check_writable",
    "export_figure",
    "export_timeline",
    "export_window",
    "figure_html",
    "find_browser",
    "focus_span",
    "format_for",
    "get_preset",
    "image_size",
    "render_bytes",
    "select_events",
    "shared_session",
    "timeline_bytes",
    "timeline_figure",
    "write_atomic",
]
