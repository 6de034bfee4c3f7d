"""Serve sample portals over HTTP on 127.0.0.1: one ``ThreadingHTTPServer`` per portal, each on its own
port, each in a daemon thread. Requests are not logged."""

from __future__ import annotations

import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any, Self

from .portal import Portal

__all__ = ["SampleServer", "serve_forever"]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real sites: every answer has a Content-Length
    server_version = "SamplePortal/1.0"
    timeout = 30  # an idle kept-alive connection is closed after this many seconds
    server: _PortalServer

    def do_GET(self) -> None:
        self._answer(with_body=True)

    def do_HEAD(self) -> None:
        self._answer(with_body=False)

    def _answer(self, with_body: bool) -> None:
        try:
            status, content_type, body = self.server.portal.handle(self.path)
        except Exception:  # noqa: BLE001 - a generator bug must not kill the connection silently
            status, content_type, body = 500, "text/plain; charset=utf-8", b"internal error\n"
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class _PortalServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # stop() must not wait for clients that keep their connections open

    def __init__(self, address: tuple[str, int], portal: Portal) -> None:
        self.portal = portal
        super().__init__(address, _Handler)


class SampleServer:
    """Serves ``portals``; ``base_port`` 0 gives each an ephemeral port, else ``base_port + i``.

    A context manager (``with SampleServer([...]) as server: server.urls``). Once started, each
    portal's ``base_url`` is its own origin and ``urls`` maps site → origin.
    """

    def __init__(self, portals: list[Portal], host: str = "127.0.0.1", base_port: int = 0) -> None:
        self.portals = list(portals)
        self.host = host
        self.base_port = base_port
        self.urls: dict[str, str] = {}
        self._servers: list[_PortalServer] = []
        self._threads: list[threading.Thread] = []

    def start(self) -> Self:
        if self._servers:
            return self
        try:
            for i, portal in enumerate(self.portals):
                port = self.base_port + i if self.base_port else 0
                server = self._make_server((self.host, port), portal)
                self._servers.append(server)
                portal.base_url = f"http://{self.host}:{server.server_address[1]}"
                self.urls[portal.site] = portal.base_url
        except OSError:
            self.stop()
            raise
        for server in self._servers:
            thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                                      name=f"sample-{server.portal.site}", daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def _make_server(self, address: tuple[str, int], portal: Any) -> ThreadingHTTPServer:
        """The HTTP server of one portal (a subclass may serve it differently)."""
        return _PortalServer(address, portal)

    def stop(self) -> None:
        for server, thread in zip(self._servers, self._threads):
            server.shutdown()
            thread.join(timeout=5)
        for server in self._servers:
            server.server_close()
        self._servers.clear()
        self._threads.clear()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()


def serve_forever(sites: list[str], n_articles: int, base_port: int, edition: int = 1,
                  redesign: int | None = None) -> None:
    """Serve one portal per site until Ctrl-C, after printing the site → URL table and the command that
    crawls them. A portal keeps its port whichever sites are named (``base_port`` + its place in
    ``SAMPLE_SITES``), so a command written down once keeps working.

    ``redesign`` serves the portals' redesign edition instead: every class and id renamed by
    ``Redesign(redesign)`` (what `crawler check-sites` reports as drifted and `crawler learn` relearns).
    """
    from .portal import SAMPLE_SITES

    portals: list[Any] = [Portal(site, n_articles, edition) for site in sites]
    if redesign is not None:
        from .redesign import RedesignedPortal

        portals = [RedesignedPortal(p, redesign) for p in portals]
    servers = [SampleServer([p], base_port=base_port + SAMPLE_SITES.index(p.site)) for p in portals]
    try:
        for server in servers:
            server.start()
        urls = {site: url for server in servers for site, url in server.urls.items()}
        width = max(len(s) for s in urls)
        what = f"edition {edition}" + (f", redesigned (seed {redesign})" if redesign is not None else "")
        print(f"Sample portals ({n_articles} articles each, {what}); Ctrl-C stops:")
        for portal in portals:
            print(f"  {portal.site:<{width}}  {urls[portal.site]}/   ({portal.family})")
        flags = " ".join(f"--base-url {site}={url}" for site, url in urls.items())
        print(f"\nCrawl them (in another terminal):\n  .venv/bin/crawler crawl {' '.join(urls)} --fast-local {flags}")
        sys.stdout.flush()
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        print("stopped")
    finally:
        for server in servers:
            server.stop()
