"""The dashboard under concurrent clients: ``python -m bench.serve_load [CLIENTS] [SECONDS]``.

Starts the real ``python -m dashboard serve`` on the seeds (its own SQLite file in a temporary
folder), then ``CLIENTS`` threads (default 20) send filter redraws (the callback that draws the
chart and fills the table, each with another search text) for ``SECONDS`` (default 20), one
after the other without pause. Prints requests, errors, and the p50/p95 time of a redraw, and the
same for one client alone first (the time of a redraw with nobody else on the server).

``callback_request`` builds a Dash callback request from the server's own
``/_dash-dependencies``, so the tests use it to send real (and malformed) callback requests.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def dependencies(url: str) -> list[dict]:
    with urllib.request.urlopen(url + "_dash-dependencies", timeout=30) as reply:
        return json.loads(reply.read())


def callback_request(deps: list[dict], output: str, values: dict[str, Any]) -> dict:
    """The JSON body of the callback whose output string contains ``output`` (e.g.
    ``"tl-graph.figure"``), with ``values`` by ``"id.property"`` (others None)."""
    dep = next(d for d in deps if output in d["output"])

    def items(kind: str) -> list[dict]:
        out = []
        for item in dep[kind]:
            key = f"{item['id']}.{item['property']}"
            out.append({"id": item["id"], "property": item["property"], "value": values.get(key)})
        return out

    outputs = []
    for part in dep["output"].strip(".").split("..."):
        component, _, prop = part.strip(".").rpartition(".")
        outputs.append({"id": component, "property": prop.split("@")[0]})
    inputs = items("inputs")
    return {
        "output": dep["output"],
        "outputs": outputs if len(outputs) > 1 else outputs[0],
        "inputs": inputs,
        "state": items("state"),
        "changedPropIds": [f"{i['id']}.{i['property']}" for i in inputs if i["value"] is not None],
    }


def post(url: str, body: dict | bytes, headers: dict[str, str] | None = None, timeout=60):
    """(status, response bytes) of a POST to ``url`` (JSON body)."""
    data = body if isinstance(body, bytes) else json.dumps(body).encode()
    request = urllib.request.Request(
        url, data=data, headers={"Content-Type": "application/json", **(headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as reply:
            return reply.status, reply.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def redraw_body(deps: list[dict], search: str) -> dict:
    return callback_request(
        deps,
        "tl-graph.figure",
        {"tl-search.value": search, "tl-show-notes.value": [], "tl-articles-version.data": 0},
    )


def measure(url: str, clients: int, seconds: float) -> dict[str, float]:
    """Requests, errors and p50/p95 seconds of redraws sent by ``clients`` threads."""
    deps = dependencies(url)
    times: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    words = ["", "talks", "parade", "Putin", "visit", "1945", "China"]

    def client(k: int) -> None:
        n = 0
        while time.monotonic() < stop:
            body = redraw_body(deps, words[(k + n) % len(words)])
            n += 1
            started = time.perf_counter()
            try:
                status, _ = post(url + "_dash-update-component", body)
            except OSError:
                status = 0
            took = time.perf_counter() - started
            with lock:
                if status in (200, 204):
                    times.append(took)
                else:
                    errors[0] += 1

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    times.sort()
    return {
        "requests": len(times) + errors[0],
        "errors": errors[0],
        "p50": statistics.median(times) if times else float("nan"),
        "p95": times[int(len(times) * 0.95)] if times else float("nan"),
    }


def start_server(db: Path, port: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "dashboard", "serve", "--db", str(db), "--port", str(port)]
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "_dash-layout", timeout=2):
                return process
        except OSError:
            time.sleep(0.3)
    process.kill()
    raise RuntimeError("the server did not start")


def main() -> None:
    import socket

    clients = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 20
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 20.0
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with tempfile.TemporaryDirectory() as folder:
        process = start_server(Path(folder) / "load.sqlite", port)
        try:
            url = f"http://127.0.0.1:{port}/"
            measure(url, 1, 2)  # warm-up
            for n in (1, clients):
                r = measure(url, n, seconds)
                print(
                    f"{n:>2} client(s), {seconds:.0f} s: {r['requests']} redraws, "
                    f"{r['errors']} errors, p50 {r['p50'] * 1000:.0f} ms, "
                    f"p95 {r['p95'] * 1000:.0f} ms",
                    flush=True,
                )
        finally:
            process.terminate()
            process.wait(timeout=15)


if __name__ == "__main__":
    main()
