"""Serve the Dash app on a fixed pool of threads.

Werkzeug's threaded server starts a thread per request; the store keeps a SQLite connection per
thread, so a pool of ``THREADS`` threads means at most that many connections, made once and used
again. A slow request (a redraw of many events, an export) no longer holds every other one up.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler

THREADS = 8


class _OneRequestPerConnection(WSGIRequestHandler):
    """HTTP/1.0: the connection closes after each reply. With keep-alive, a browser's idle
    connections (six or more per page) would each hold a pool thread and starve the rest."""

    protocol_version = "HTTP/1.0"


class PooledWSGIServer(BaseWSGIServer):
    """Werkzeug's WSGI server, each request handled by one of ``threads`` worker threads."""

    multithread = True
    daemon_threads = True

    def __init__(self, host: str, port: int, app, *, threads: int = THREADS) -> None:
        super().__init__(host, port, app, handler=_OneRequestPerConnection)
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="serve")

    def process_request(self, request, client_address) -> None:
        self._pool.submit(self._handle, request, client_address)

    def _handle(self, request, client_address) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def server_close(self) -> None:
        super().server_close()
        self._pool.shutdown(wait=False, cancel_futures=True)


def serve(app, host: str, port: int, *, threads: int = THREADS) -> None:
    """Answer requests for the Dash ``app`` on ``host:port`` until interrupted."""
    server = PooledWSGIServer(host, port, app.server, threads=threads)
    try:
        server.serve_forever()
    finally:
        server.server_close()
