"""Downloader middlewares (enabled in settings.DOWNLOADER_MIDDLEWARES).

``SiteHostsMiddleware`` keeps every request of a site's spider on the site's own hosts, the article
requests included (they carry ``dont_filter``, which switches Scrapy's offsite filter off) and every
redirect or meta refresh they lead to: a 302 to another site, to ``localhost`` or to a cloud metadata
address is not followed but fails the request (``OffsiteRedirect``), and the spider records that failure
under the address it asked for. Runs before the robots.txt middleware, so not even the other host's
robots.txt is fetched.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware as _MetaRefresh
from scrapy.exceptions import IgnoreRequest

__all__ = ["MetaRefreshMiddleware", "OffsiteRedirect", "SiteHostsMiddleware", "on_hosts"]


class OffsiteRedirect(IgnoreRequest):
    """A request (or the redirect it led to) left the site's hosts."""


def on_hosts(url: str, hosts: tuple[str, ...]) -> bool:
    """True when ``url``'s host is one of ``hosts`` or a subdomain of one; a ``host:port`` entry (a local
    copy crawled with ``--base-url``) allows that port only, not the machine's other services."""
    parts = urlsplit(url)
    try:
        host, port = (parts.hostname or "").lower().rstrip("."), parts.port
    except ValueError:
        return False
    netloc = f"{host}:{port or (443 if parts.scheme == 'https' else 80)}"
    return any(netloc == h if ":" in h else (host == h or host.endswith("." + h)) for h in hosts)


class SiteHostsMiddleware:
    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> "SiteHostsMiddleware":
        return cls(crawler)

    def process_request(self, request: Any, spider: Any = None) -> None:
        spider = spider or self.crawler.spider
        hosts = getattr(spider, "allowed_hosts", None)
        if not hosts or on_hosts(request.url, hosts):
            return None
        self.crawler.stats.inc_value("requests/offsite_blocked")
        first = (request.meta.get("redirect_urls") or [request.url])[0]
        raise OffsiteRedirect(f"{first} led to {request.url}, off the site's hosts ({', '.join(hosts)}): not followed")


class MetaRefreshMiddleware(_MetaRefresh):
    """Scrapy's meta refresh, but a refresh to a non-web address (``javascript:``, ``data:``) is not a
    redirect: the page is handed to the spider as it is (which records it as no article) instead of
    failing on a request that can never be made."""

    def process_response(self, request: Any, response: Any, spider: Any = None) -> Any:
        from scrapy.http import HtmlResponse
        from w3lib.html import get_meta_refresh

        if isinstance(response, HtmlResponse):
            try:
                _, url = get_meta_refresh(response.text, response.url)
            except Exception:  # noqa: BLE001 - an unreadable refresh is no redirect
                return response
            if url and urlsplit(url).scheme not in ("http", "https"):
                return response
        return super().process_response(request, response)
