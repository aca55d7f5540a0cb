"""What the server accepts from a browser: the Host it is addressed by, the Origin of a POST, and
the headers that keep the page out of other sites' frames.

A page on another site can make the analyst's browser send requests to 127.0.0.1 (DNS rebinding:
``attacker.example`` first resolves to the attacker, then to 127.0.0.1). Such a request names the
attacker in its ``Host`` header, and a cross-site POST in its ``Origin``; both are refused with 403.

>>> hosts = allowed_hosts("127.0.0.1")
>>> host_allowed("127.0.0.1:8050", hosts, 8050), host_allowed("localhost:8050", hosts, 8050)
(True, True)
>>> host_allowed("attacker.example:8050", hosts, 8050), host_allowed("localhost:9999", hosts, 8050)
(False, False)
>>> origin_allowed("http://localhost:8050", hosts, 8050), origin_allowed("https://evil.example", hosts, 8050)
(True, False)
"""

from __future__ import annotations

import contextlib
import socket
from urllib.parse import urlsplit

LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
# Any address: the server also answers on the machine's own names and addresses.
ANY_ADDRESS = frozenset({"0.0.0.0", "::", ""})

SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "Content-Security-Policy": "frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def allowed_hosts(bound: str) -> frozenset[str]:
    """The host names a request may address the server by when it listens on ``bound``: the
    loopback names, ``bound`` itself, and with 0.0.0.0 this machine's name and addresses."""
    hosts = set(LOCAL_HOSTS) | {bound.strip("[]").lower()}
    if bound in ANY_ADDRESS:
        hosts.discard(bound)
        name = socket.gethostname()
        hosts |= {name.lower(), socket.getfqdn().lower()}
        with contextlib.suppress(OSError):
            hosts |= {info[4][0].lower() for info in socket.getaddrinfo(name, None)}
    return frozenset(hosts)


def split_host(value: str) -> tuple[str, int | None]:
    """("localhost", 8050) from "localhost:8050"; ("::1", 8050) from "[::1]:8050"."""
    parsed = urlsplit("//" + value.strip())
    try:
        port = parsed.port
    except ValueError:
        return "", None
    return (parsed.hostname or "").lower(), port


def host_allowed(host_header: str | None, hosts: frozenset[str], port: int | None) -> bool:
    """True when the ``Host`` header names this server (one of ``hosts``, on ``port``)."""
    if not host_header:
        return False
    name, given_port = split_host(host_header)
    if name not in hosts:
        return False
    return port is None or given_port in (None, port)


def origin_allowed(origin: str | None, hosts: frozenset[str], port: int | None) -> bool:
    """True when a POST comes from this server's own page (or from no page: a script, curl)."""
    if origin is None:
        return True
    parsed = urlsplit(origin)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        return False  # "null" (a sandboxed frame, a file:// page) and the rest
    return host_allowed(parsed.netloc, hosts, port)


def install(server, hosts: frozenset[str], port: int | None) -> None:
    """Check Host (every request) and Origin (POST) before Flask routes, add the headers after."""
    from flask import Response, request

    def refuse(why: str) -> Response:
        return Response(why, status=403, mimetype="text/plain")

    @server.before_request
    def _check_request():
        if not host_allowed(request.headers.get("Host"), hosts, port):
            return refuse(
                "This dashboard answers only at its own address (such as "
                f"http://127.0.0.1:{port}/); the request named another host."
            )
        if request.method not in ("GET", "HEAD", "OPTIONS") and not origin_allowed(
            request.headers.get("Origin"), hosts, port
        ):
            return refuse("A request from another site was refused.")
        return None

    @server.after_request
    def _add_headers(response):
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response
