"""The real server (``python -m dashboard serve`` in a subprocess) against crafted requests:
another Host (DNS rebinding), a POST from another site, framing headers, malformed callback input,
concurrent clients. Issue 14; the file-side faults are in test_robustness.py."""

from __future__ import annotations

import http.client
import json

import pytest
from browser import DashboardServer

from bench.serve_load import dependencies, redraw_body


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("hardening") / "timeline.sqlite"
    with DashboardServer(db=db) as running:
        yield running


def request(server, method: str, path: str, headers: dict[str, str], body: bytes | None = None):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    try:
        connection.request(method, path, body=body, headers=headers)
        reply = connection.getresponse()
        return reply.status, dict(reply.getheaders()), reply.read()
    finally:
        connection.close()


def test_another_host_is_refused(server):
    deps = dependencies(server.url)
    body = json.dumps(redraw_body(deps, "")).encode()
    for host in (
        f"attacker.example:{server.port}",
        "attacker.example",
        f"127.0.0.1:{server.port + 1}",
    ):
        status, _, text = request(
            server,
            "POST",
            "/_dash-update-component",
            {"Host": host, "Content-Type": "application/json"},
            body,
        )
        assert status == 403, host
        assert b"United Front" not in text
        status, _, _ = request(server, "GET", "/_dash-layout", {"Host": host})
        assert status == 403, host
    for host in (f"127.0.0.1:{server.port}", f"localhost:{server.port}", f"[::1]:{server.port}"):
        status, _, text = request(
            server,
            "POST",
            "/_dash-update-component",
            {"Host": host, "Content-Type": "application/json"},
            body,
        )
        assert status == 200 and b"United Front" in text, host


def test_a_post_from_another_site_is_refused(server):
    body = json.dumps(redraw_body(dependencies(server.url), "")).encode()
    own = {"Host": f"127.0.0.1:{server.port}", "Content-Type": "application/json"}
    for origin in ("https://evil.example", "null", f"http://attacker.example:{server.port}"):
        status, _, _ = request(
            server, "POST", "/_dash-update-component", {**own, "Origin": origin}, body
        )
        assert status == 403, origin
    status, _, _ = request(
        server,
        "POST",
        "/_dash-update-component",
        {**own, "Origin": f"http://127.0.0.1:{server.port}"},
        body,
    )
    assert status == 200


def test_the_page_cannot_be_framed(server):
    for path in ("/", "/_dash-layout"):
        status, headers, _ = request(server, "GET", path, {"Host": f"127.0.0.1:{server.port}"})
        assert status == 200
        assert headers["X-Frame-Options"] == "DENY"
        assert "frame-ancestors 'none'" in headers["Content-Security-Policy"]
