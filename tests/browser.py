"""Real-browser helpers: the Debian chromium driven by Playwright, and the real server process.

Playwright never downloads a browser here: it launches ``/usr/bin/chromium`` (or ``$CHROMIUM``).
The server is ``python -m dashboard serve`` in a subprocess, so stopping and starting it again is
a real restart (notes must come back from the SQLite file, not from memory).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHROMIUM_ARGS = [
    "--no-sandbox",  # root in a container has no user namespace for the sandbox
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def chromium_path() -> str | None:
    """The system chromium: ``$CHROMIUM``, else ``/usr/bin/chromium``, else one on PATH."""
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class DashboardServer:
    """``python -m dashboard serve`` on a free port, started and stopped by the test.

    >>> server = DashboardServer(db=tmp_path / "t.sqlite").start()  # doctest: +SKIP
    >>> page.goto(server.url)  # doctest: +SKIP
    >>> server.stop()  # doctest: +SKIP
    """

    def __init__(self, *, db: Path, paths: list[Path] | None = None, log: Path | None = None):
        self.db = db
        # serve with --db and no PATHS shows the store as it is: give the seeds unless told
        self.paths = paths if paths is not None else [ROOT / "seeds"]
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log = log or db.with_suffix(".log")
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 90) -> DashboardServer:
        command = [sys.executable, "-m", "dashboard", "serve", *map(str, self.paths)]
        command += ["--db", str(self.db), "--port", str(self.port)]
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"the server exited with {self.process.returncode}: {self.output()}"
                )
            try:
                with urllib.request.urlopen(self.url + "_dash-layout", timeout=2) as reply:
                    if reply.status == 200:
                        return self
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"the server did not answer within {timeout:.0f} s: {self.output()}")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        self.process = None

    def output(self) -> str:
        """The server's log so far (for failure messages)."""
        return self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""

    def __enter__(self) -> DashboardServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
