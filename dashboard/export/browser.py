"""The headless Chromium that renders PNG, SVG and PDF through Kaleido.

Static images need a Chromium: ``BROWSER_PATH`` when set, else ``chromium`` (or ``chromium-browser``,
``google-chrome``) on ``PATH``. Nothing is ever downloaded (``kaleido.get_chrome`` is never called).
One browser serves a whole batch: an ``ExportSession`` keeps it open until closed, and the module keeps
one shared session for callers that do not pass theirs (the dashboard), closed when the process exits.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import os
import shutil
import threading
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dashboard.export.files import STATIC_FORMATS, ExportError, get_preset, image_size
from dashboard.render.presets import Preset

if TYPE_CHECKING:
    import plotly.graph_objects as go

# Looked up on PATH in this order when BROWSER_PATH is not set (Debian, Ubuntu, Google builds).
BROWSER_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
RENDER_TIMEOUT_S = 60.0  # one image; a hung browser turns into a clear error, not a hang
START_TIMEOUT_S = 60.0


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
    ...     pdf = session.render(fig, "pdf", "a4")
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
