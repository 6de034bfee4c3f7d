"""Sample portals that misbehave: HTTP-level faults injected per article, deterministically.

``FaultyPortal(portal, plan)`` wraps a :class:`~crawler.samples.Portal` (same interface: ``site``,
``base_url``, ``handle(path)``, ``article_ids()``, ``expected_item(id)``… are the wrapped portal's) and
a plan that maps article ids to a fault kind. ``FaultyServer`` serves such portals (or plain ones) on
127.0.0.1 like :class:`~crawler.samples.SampleServer` (``urls``, ``start``/``stop``, a context
manager) with its own request handler that can stall, reset, truncate or redirect. The real server is
not touched.

Fault kinds (the plan's values):

==================  ==================================================================================
``503_once``        the first request of the URL gets 503 with ``Retry-After: 1``, later ones the page
``500_always``      every request gets 500
``timeout_once``    the first request gets no answer for ``hang_seconds`` (longer than the crawl's
                    DOWNLOAD_TIMEOUT), later ones the page; the stall ends at once when the server stops
``timeout_always``  every request stalls so
``reset``           the first request's connection is reset (RST) without a byte of answer
``truncated``       the first answer announces a Content-Length larger than the body it sends, then the
                    connection closes
``redirect_loop``   always a 302: the URL sends to itself with ``?bounce=1`` (``&bounce=1``) and that
                    one sends back: a ping-pong between two URLs, for ever
``slow``            the page is dribbled over ``slow_seconds`` (about 1 s) in small chunks; succeeds
``404``             always 404 (the portal's own not-found page)
``layout_changed``  the page, with the family's key class names renamed as a redesign does
                    (``article__body`` → ``story-content``, ``content-fck`` → ``noi-dung``, …); succeeds
==================  ==================================================================================

"First request" is counted per URL (path and query), under a lock, so the count is right whatever
the server's threads do. The plan is a plain dict and may be changed while the
server runs (``heal()`` empties it: every page is served normally from then on); ``reset_counts()``
forgets which URLs were asked for.

    portal = FaultyPortal(Portal("baolaocai", n_articles=20), default_plan(range(1, 21)))
    with FaultyServer([portal]) as server:
        ...  # crawl server.urls["baolaocai"]
        portal.heal()
        ...  # crawl again: every page answers
"""

from __future__ import annotations

import re
import socket
import struct
import threading
from collections import Counter
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from .portal import Portal, PortalWrapper
from .server import SampleServer

__all__ = [
    "FAULT_KINDS",
    "LAYOUT_RENAMES",
    "PERMANENT_FAULTS",
    "TRANSIENT_FAULTS",
    "FaultyPortal",
    "FaultyServer",
    "change_layout",
    "default_plan",
]

FAULT_KINDS: tuple[str, ...] = (
    "503_once", "500_always", "timeout_once", "timeout_always", "reset", "truncated", "redirect_loop", "slow",
    "404", "layout_changed",
)
#: faults a crawl with Scrapy's retries gets over within one run
TRANSIENT_FAULTS = frozenset({"503_once", "timeout_once", "reset", "truncated", "slow"})
#: faults that fail every request until the portal is healed
PERMANENT_FAULTS = frozenset({"500_always", "timeout_always", "redirect_loop", "404"})

#: class and id names a site redesign renames: every family's title, lead, body and date containers
LAYOUT_RENAMES: dict[str, str] = {
    # a_id (baocantho)
    "content-fck": "noi-dung", "newscontents": "noi-dung-tin", "fw700": "tieu-de-tin", "pubdate": "ngay-dang-tin",
    "singular-content": "noi-dung-chinh", "contentNews": "khung-tin",
    # mcms (baolaocai)
    "article__body": "story-content", "article__title": "story-title", "article__sapo": "story-sapo",
    "article__meta": "story-meta", "article__avatar": "story-avatar", "article__author": "story-author",
    # liferay (tiengiang)
    "journal-content-article": "noi-dung-bai", "asset_title": "tieu-de-bai", "assetPublishDate": "ngay-xuat-ban",
    "asset-abstract": "tom-tat", "asset-summary": "tom-tat-bai", "assetdesc-text": "mo-ta-bai",
    # ym_slug (baoapbac) and vnexpress
    "content-detail": "noi-dung", "title-detail": "tieu-de", "main-detail": "chi-tiet", "sapo": "mo-dau",
    "meta-detail": "thong-tin", "fck_detail": "noi-dung-bai-viet", "description": "mo-ta", "date": "ngay",
}
_CLASS_OR_ID = re.compile(r"""(\s(?:class|id)\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)
_BOUNCE = re.compile(r"[?&]bounce=1$")


def change_layout(html: str) -> str:
    """The page with every class or id word of ``LAYOUT_RENAMES`` renamed (attribute values only)."""

    def rename(m: re.Match[str]) -> str:
        words = [LAYOUT_RENAMES.get(w, w) for w in m.group(3).split(" ")]
        return f"{m.group(1)}{m.group(2)}{' '.join(words)}{m.group(2)}"

    return _CLASS_OR_ID.sub(rename, html)


def default_plan(ids: Iterable[int], kinds: Iterable[str] = FAULT_KINDS, healthy_every: int = 2) -> dict[int, str]:
    """Fault kinds spread over ``ids`` (sorted): between two faulty ids ``healthy_every - 1`` healthy
    ones; the kinds are dealt in turn. Deterministic: the same ids give the same plan."""
    kinds = tuple(kinds)
    unknown = set(kinds) - set(FAULT_KINDS)
    if unknown:
        raise ValueError(f"unknown fault kinds: {', '.join(sorted(unknown))}")
    plan: dict[int, str] = {}
    for n, article_id in enumerate(sorted(ids)):
        if kinds and n % max(1, healthy_every) == 0:
            plan[article_id] = kinds[(n // max(1, healthy_every)) % len(kinds)]
    return plan


class FaultyPortal(PortalWrapper):
    """A portal whose article pages fail as ``plan`` says (article id → fault kind).

    Everything not about faults is the wrapped portal's (attributes are delegated), so a
    ``FaultyPortal`` goes wherever a ``Portal`` does.
    """

    def __init__(self, portal: Portal, plan: dict[int, str] | None = None, *, hang_seconds: float = 30.0,
                 slow_seconds: float = 1.0) -> None:
        unknown = {k for k in (plan or {}).values() if k not in FAULT_KINDS}
        if unknown:
            raise ValueError(f"unknown fault kinds: {', '.join(sorted(unknown))}")
        super().__init__(portal)
        self.plan: dict[int, str] = dict(plan or {})
        self.hang_seconds = hang_seconds
        self.slow_seconds = slow_seconds
        self._lock = threading.Lock()
        self._requests: Counter[str] = Counter()  # URL (path and query) → requests received
        self._stalling = 0  # answers held back right now (timeouts)
        self.log: list[tuple[str, str | None, int]] = []  # (URL, fault served or None, attempt)

    def __repr__(self) -> str:
        return f"<FaultyPortal {self.portal!r} {len(self.plan)} faulty articles>"

    # --- the plan --------------------------------------------------------------------------------

    def heal(self) -> None:
        """No more faults: every page is served normally."""
        with self._lock:
            self.plan.clear()

    def reset_counts(self) -> None:
        """Forget every request: the next one of each URL is a "first request" again."""
        with self._lock:
            self._requests.clear()

    def ids_with(self, *kinds: str) -> list[int]:
        return sorted(i for i, k in self.plan.items() if k in kinds)

    def article_id(self, path_and_query: str) -> int | None:
        """The id of the article served at this path (query included), or None."""
        parts = urlsplit(path_and_query)
        family = self.portal._family  # the same resolver Portal.handle uses
        return family.resolve_article(parts.path or "/", parts.query)  # type: ignore[no-any-return]

    def fault(self, path_and_query: str) -> tuple[str | None, int, str]:
        """(fault kind to serve or None, attempt number of this URL, the URL without ``bounce``).

        Counts the request (thread-safe). ``*_once`` kinds, ``reset`` and ``truncated`` fault the first
        request of a URL only."""
        bounced = bool(_BOUNCE.search(path_and_query))
        url = _BOUNCE.sub("", path_and_query)
        article_id = self.article_id(url)
        with self._lock:
            self._requests[path_and_query] += 1
            attempt = self._requests[path_and_query]
            kind = self.plan.get(article_id) if article_id is not None else None
        if bounced and kind != "redirect_loop":
            kind = None
        if kind in ("503_once", "timeout_once", "reset", "truncated") and attempt > 1:
            kind = None
        with self._lock:
            self.log.append((path_and_query, kind, attempt))
        return kind, attempt, url

    def requests_of(self, path_and_query: str) -> int:
        with self._lock:
            return self._requests[path_and_query]

    @property
    def stalling(self) -> int:
        """How many answers are held back right now (``timeout_*`` faults still waiting)."""
        with self._lock:
            return self._stalling

    def _stall(self, stopping: threading.Event) -> None:
        with self._lock:
            self._stalling += 1
        try:
            stopping.wait(self.hang_seconds)
        finally:
            with self._lock:
                self._stalling -= 1

    # --- serving ---------------------------------------------------------------------------------

    def handle(self, path_and_query: str) -> tuple[int, str, bytes]:
        """The page as the healthy portal serves it, or redesigned for ``layout_changed`` articles."""
        status, content_type, body = self.portal.handle(_BOUNCE.sub("", path_and_query))
        article_id = self.article_id(_BOUNCE.sub("", path_and_query))
        if status == 200 and article_id is not None and self.plan.get(article_id) == "layout_changed":
            body = change_layout(body.decode("utf-8")).encode("utf-8")
        return status, content_type, body


# --- HTTP ------------------------------------------------------------------------------------------


class _FaultyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FaultyPortal/1.0"
    timeout = 30
    server: _FaultyHTTPServer

    def do_GET(self) -> None:
        self._answer(with_body=True)

    def do_HEAD(self) -> None:
        self._answer(with_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _answer(self, with_body: bool) -> None:
        portal = self.server.portal
        kind: str | None = None
        url = self.path
        if isinstance(portal, FaultyPortal):
            kind, _, url = portal.fault(self.path)
        if kind == "503_once":
            return self._plain(503, b"busy, try again\n", with_body, (("Retry-After", "1"),))
        if kind == "500_always":
            return self._plain(500, b"internal server error\n", with_body)
        if kind in ("timeout_once", "timeout_always"):
            return self._stall(portal)  # type: ignore[arg-type]
        if kind == "reset":
            return self._reset()
        if kind == "redirect_loop":
            if _BOUNCE.search(self.path):
                target = url
            else:
                target = url + ("&" if "?" in url else "?") + "bounce=1"
            return self._plain(302, b"", with_body, (("Location", target),))
        try:
            status, content_type, body = portal.handle(url)
        except Exception:  # noqa: BLE001 - a generator bug must not kill the connection silently
            status, content_type, body = 500, "text/plain; charset=utf-8", b"internal error\n"
        if kind == "404":
            status = 404
            _, content_type, body = portal.handle("/khong-co-trang-nay-404.html")
        if kind == "truncated" and with_body:
            return self._truncated(status, content_type, body)
        if kind == "slow" and with_body:
            return self._slow(status, content_type, body, portal.slow_seconds)  # type: ignore[union-attr]
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def _plain(self, status: int, body: bytes, with_body: bool, headers: tuple[tuple[str, str], ...] = ()) -> None:
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def _stall(self, portal: FaultyPortal) -> None:
        """No answer until the portal's ``hang_seconds`` pass or the server stops; then the connection
        is closed."""
        portal._stall(self.server.stopping)
        self.close_connection = True

    def _reset(self) -> None:
        """Close the connection with a TCP reset, before any byte of answer."""
        self.close_connection = True
        try:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
        except OSError:
            pass

    def _truncated(self, status: int, content_type: str, body: bytes) -> None:
        """Announce more than is sent, send half, close."""
        self.close_connection = True
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) + 4096))
        self.end_headers()
        self.wfile.write(body[: len(body) // 2])
        self.wfile.flush()

    def _slow(self, status: int, content_type: str, body: bytes, seconds: float) -> None:
        """The whole page in ten chunks over ``seconds`` (the rest at once when the server stops)."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        step = max(1, -(-len(body) // 10))
        chunks = [body[i:i + step] for i in range(0, len(body), step)]
        for n, chunk in enumerate(chunks):
            self.wfile.write(chunk)
            self.wfile.flush()
            if n < len(chunks) - 1:
                self.server.stopping.wait(seconds / len(chunks))


class _FaultyHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 128  # many clients connecting at once are queued, not refused

    def __init__(self, address: tuple[str, int], portal: Portal | FaultyPortal, stopping: threading.Event) -> None:
        self.portal = portal
        self.stopping = stopping  # set by FaultyServer.stop(): stalled answers end at once
        super().__init__(address, _FaultyHandler)


class FaultyServer(SampleServer):
    """Serves ``portals`` (FaultyPortal or Portal), each on its own port on 127.0.0.1.

    A :class:`~crawler.samples.SampleServer` whose answers can be faulty; ``stop()`` also ends every
    stalled or dribbling answer at once.
    """

    def __init__(self, portals: list[Portal | FaultyPortal], host: str = "127.0.0.1", base_port: int = 0) -> None:
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise ValueError("the faulty portals serve this machine only (127.0.0.1)")
        super().__init__(portals, host, base_port)  # type: ignore[arg-type]
        self._stopping = threading.Event()

    def _make_server(self, address: tuple[str, int], portal: Any) -> ThreadingHTTPServer:
        self._stopping.clear()
        return _FaultyHTTPServer(address, portal, self._stopping)

    def stop(self) -> None:
        self._stopping.set()
        super().stop()

