"""The navigation every site shares, and nothing else.

Start pages (category listings), RSS/Atom feeds and sitemaps lead to article URLs, recognised by the
site's CMS family URL pattern; article pages go to ``crawler.parsers.parse_article``. Incremental:
an article URL already in the store is not requested again, and a listing page that holds no new
article ends that listing's pagination. A page that cannot be parsed or fetched is recorded as a
failure with its reason (in the store when there is one), never raised into the crawl.
"""

from __future__ import annotations

import re
import signal
import threading
from contextlib import contextmanager
from typing import Any, ClassVar, Iterator
from urllib.parse import urlsplit, urlunsplit

import lxml.etree
import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure
from w3lib.encoding import http_content_type_encoding
from scrapy.utils.response import get_meta_refresh

from ..charset import to_utf8
from ..middlewares import OffsiteRedirect, on_hosts
from ..parsers import PageError, family_class, parse_with_report
from ..sites import Site

# Links that lead to the next page of a listing.
PAGINATION_CSS = (
    'a[rel="next"], div#page a, ul.pagination a, div.pagination a, div.paging a, ul.paging a, '
    "div.pager a, ul.pager a, div.lfr-pagination-buttons a, ul.lfr-pagination-buttons a, nav.pagination a"
)
PAGE_PARAM = re.compile(
    r"(?:[?&](?:p|page|trang|cur|_page)=\d+|/page[-/]\d+|/trang[-/]\d+|-p\d+|/p\d+)(?:\.html?)?/?(?:$|[?&#])"
)
# Feeds and sitemaps are parsed without DTDs, external entities or network access (no XXE).
_XML = lxml.etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True)


class ParseTimeout(Exception):
    """A page took longer than ``PARSE_TIMEOUT_SECONDS`` to parse."""


@contextmanager
def parse_deadline(seconds: float) -> Iterator[None]:
    """Raise ``ParseTimeout`` in the block once ``seconds`` have passed (SIGALRM; main thread only, where
    the reactor runs: elsewhere the block runs unbounded). Parsing happens in the reactor's thread, so a
    pathological page would stall every site of the process; this bounds it."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum: int, frame: Any) -> None:
        raise ParseTimeout(f"took longer than {seconds:g} s to parse")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def page_bytes(response: Response) -> bytes:
    """The page as UTF-8, the HTTP ``Content-Type`` charset weighed with the page's own (``crawler.charset``)."""
    header = response.headers.get("Content-Type")
    encoding = http_content_type_encoding(header.decode("latin-1")) if header else None
    return to_utf8(response.body, encoding)


class SiteSpider(scrapy.Spider):
    """Crawls one declared site.

    Arguments (``-a name=value``): ``base_url`` crawls another origin (a local copy) with the same
    paths; ``max_pages`` bounds each listing's pagination; ``sources`` picks from
    ``listings,feeds,sitemaps`` (default: all the site declares).
    The setting ``SITE_BASE_URLS`` (site name → origin) does what ``base_url`` does, for many sites.
    """

    site: ClassVar[Site]

    def __init__(
        self,
        *args: Any,
        base_url: str | None = None,
        max_pages: int | str | None = None,
        sources: str | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._base_url_arg = base_url
        self._max_pages_arg = max_pages
        self.sources = set((sources or "listings,feeds,sitemaps").split(","))
        pattern = family_class(self.site.family).url_pattern
        self.article_re = re.compile(pattern) if pattern else None
        self._known: dict[str, str] | None = None
        self._skipped: set[str] = set()  # stored articles met in this run
        self._requested: set[str] = set()  # article URLs asked for in this run
        self._discovered: list[str] = []  # new article URLs not yet written to the frontier
        self._sitemaps = 0  # sitemap requests made in this run
        self._waiting: set[str] = set()  # failed URLs whose retry is not due
        self.resume = False  # the last crawl did not finish: no stopping at pages with nothing new

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> "SiteSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        base = spider._base_url_arg or (crawler.settings.getdict("SITE_BASE_URLS") or {}).get(cls.site.name)
        spider.base_url = base.rstrip("/") if base else None
        if spider.base_url:
            spider.allowed_domains = [urlsplit(spider.base_url).hostname or ""]
        spider.max_pages = int(spider._max_pages_arg or crawler.settings.getint("MAX_LISTING_PAGES", 20))
        # every request stays on these hosts, redirects included (crawler.middlewares.SiteHostsMiddleware)
        spider.allowed_hosts = (_netloc(spider.base_url),) if spider.base_url else tuple(cls.site.domains)
        spider.sitemap_depth = crawler.settings.getint("SITEMAP_MAX_DEPTH", 3)
        spider.sitemap_limit = crawler.settings.getint("SITEMAP_MAX_REQUESTS", 500)
        spider.parse_timeout = crawler.settings.getfloat("PARSE_TIMEOUT_SECONDS", 20)
        return spider

    # --- URLs --------------------------------------------------------------------------------

    def rebase(self, url: str) -> str:
        """The URL on the configured origin (``base_url``) when one is set."""
        if not getattr(self, "base_url", None):
            return url
        parts = urlsplit(url)
        base = urlsplit(self.base_url)
        return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, ""))

    def is_article(self, url: str) -> bool:
        return bool(self.article_re and self.article_re.search(url))

    @property
    def known(self) -> dict[str, str]:
        """Article URLs stored before this run → when last fetched (read once from the store, if any)."""
        if self._known is None:
            store = getattr(self, "store", None)
            self._known = store.fetched_times(self.site.name) if store is not None else {}
        return self._known

    def _stat(self, key: str, n: int = 1) -> None:
        self.crawler.stats.inc_value(key, n)

    # --- start -------------------------------------------------------------------------------

    async def start(self) -> Any:  # Scrapy >= 2.13
        for request in self.start_requests():
            yield request

    def start_requests(self) -> Iterator[scrapy.Request]:
        yield from self.retry_requests()
        yield from self.navigation_requests()

    def retry_requests(self) -> Iterator[scrapy.Request]:
        """What earlier runs owe: the frontier (article URLs discovered and not stored yet: a run stopped
        before it fetched them) and the failures whose back-off is over. And a crawl that did not finish
        last time (stopped, killed, its writes failed) paginates its listings fully, to find what it missed."""
        store = getattr(self, "store", None)
        self.resume = False
        if store is None:
            return
        self.resume = store.site_started(self.site.name, self.settings.get("REPORT_RUN_ID"))
        if self.resume:
            self._stat("crawl/resumed_unfinished")
            self.logger.info("the last crawl of %s did not finish: listings are paginated fully", self.site.name)
        owed = store.frontier(self.site.name)
        stale = [url for url in owed if url in self.known]
        if stale:
            store.drop_frontier(stale)  # stored since (by another address, or another run)
        for url in owed:
            if url not in self._requested and url not in self.known:
                self._requested.add(url)
                self._stat("articles/owed")
                self._stat("articles/discovered")
                yield self._article(url)
        due = store.failures(self.site.name, due_only=True)
        due_urls = {f["url"] for f in due}
        # a failure not due yet (or never: not an article of the site) is not asked for again by a listing
        self._waiting = {f["url"] for f in store.failures(self.site.name)} - due_urls
        for failure in due:
            url = failure["url"]
            if not on_hosts(url, self.allowed_hosts):  # a row of an older version naming another host
                store.record_failure(url, self.site.name, "off the site's hosts: not requested", permanent=True)
                continue
            if url not in self._requested and url not in self.known:
                self._requested.add(url)
                self._stat("articles/retried")
                self._stat("articles/discovered")
                yield self._article(url)

    def _article(self, url: str) -> scrapy.Request:
        # dont_filter: the spider dedupes article URLs itself; Scrapy's filter would silently drop a
        # redirect back to the same URL (a redirect loop) instead of failing it. SiteHostsMiddleware
        # keeps them on the site all the same.
        return scrapy.Request(url, callback=self.parse_article, errback=self.article_failed, dont_filter=True,
                              meta={"article_url": url})

    def _navigate(self, url: str, callback: Any, **kwargs: Any) -> scrapy.Request:
        """A listing, feed or sitemap request: counted, and its failure counted with its reason."""
        self._stat("navigation/requested")
        return scrapy.Request(url, callback=callback, errback=self.navigation_failed, **kwargs)

    def navigation_requests(self) -> Iterator[scrapy.Request]:
        if "listings" in self.sources:
            for url in self.site.start_urls:
                yield self._navigate(self.rebase(url), self.parse_listing, cb_kwargs={"page": 1})
        if "feeds" in self.sources:
            for url in self.site.feeds:
                yield self._navigate(self.rebase(url), self.parse_feed)
        if "sitemaps" in self.sources:
            for url in self.site.sitemaps:
                request = self._sitemap(self.rebase(url), 0)
                if request is not None:
                    yield request
            if self.settings.getbool("SITEMAPS_FROM_ROBOTS"):
                robots = self.rebase(f"https://{self.site.domains[0]}/robots.txt")
                yield scrapy.Request(robots, callback=self.parse_robots, dont_filter=True)

    def navigation_failed(self, failure: Failure) -> None:
        response = getattr(failure.value, "response", None)
        if response is not None:
            reason = f"HTTP {response.status}"
        elif isinstance(failure.value, OffsiteRedirect):
            reason = "redirected off the site"
        else:
            reason = failure.type.__name__
        self._stat(f"navigation/failed/{reason}")
        self.logger.warning("listing, feed or sitemap failed: %s (%s)", failure.request.url,  # type: ignore[attr-defined]
                            failure.getErrorMessage())

    def _answered(self) -> None:
        self._stat("navigation/answered")

    def _sitemap(self, url: str, depth: int) -> scrapy.Request | None:
        """A sitemap request, or None past the bounds: ``SITEMAP_MAX_DEPTH`` indexes deep (a chain of
        indexes never ends otherwise) and ``SITEMAP_MAX_REQUESTS`` sitemaps a run."""
        if depth > self.sitemap_depth:
            self._stat("sitemaps/too_deep")
            return None
        if self._sitemaps >= self.sitemap_limit:
            if self._sitemaps == self.sitemap_limit:
                self.logger.warning("%s: more than %d sitemaps; the rest are not fetched (SITEMAP_MAX_REQUESTS)",
                                    self.site.name, self.sitemap_limit)
            self._sitemaps += 1
            self._stat("sitemaps/over_limit")
            return None
        self._sitemaps += 1
        return self._navigate(url, self.parse_sitemap, cb_kwargs={"depth": depth})

    def _flush_discovered(self) -> None:
        """Write the article URLs discovered by the page just read to the frontier: from now on a run
        that stops before fetching them leaves them owed, not lost."""
        if not self._discovered:
            return
        urls, self._discovered = self._discovered, []
        store = getattr(self, "store", None)
        if store is None:
            return
        try:
            store.add_frontier(self.site.name, urls, self.settings.get("REPORT_RUN_ID"))
        except Exception as exc:  # noqa: BLE001 - the crawl goes on; the run is not complete
            self._stat("store/write_errors")
            self.logger.error("cannot record %d discovered articles in the store: %s", len(urls), exc)

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        """The ``Sitemap:`` lines of robots.txt: the standard way a site names its sitemaps."""
        for line in response.text.splitlines():
            key, _, value = line.partition(":")
            if key.strip().lower() == "sitemap" and value.strip():
                request = self._sitemap(self.rebase(response.urljoin(value.strip())), 0)
                if request is not None:
                    yield request

    # --- navigation --------------------------------------------------------------------------

    def article_request(self, url: str, changed_at: str | None = None) -> scrapy.Request | None:
        """A request for an article page, or None when it is stored already or asked for in this run.

        ``changed_at`` (a sitemap's ``lastmod``) after the stored copy's fetch time asks for it again.
        """
        if url in self._requested or url in self._waiting:
            return None
        fetched = self.known.get(url)
        if fetched is not None and changed_at and _later(changed_at, fetched):
            self._requested.add(url)
            self._stat("articles/refreshed")
            return self._article(url)
        if fetched is not None:
            if url not in self._skipped:
                self._skipped.add(url)
                self._stat("articles/known")
            return None
        self._requested.add(url)
        self._stat("articles/discovered")
        self._discovered.append(url)
        return self._article(url)

    def parse_listing(self, response: Response, page: int = 1) -> Iterator[Any]:
        self._answered()
        try:
            yield from self._listing(response, page)
        finally:
            self._flush_discovered()

    def _listing(self, response: Response, page: int) -> Iterator[Any]:
        new = 0
        seen: set[str] = set()
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href).split("#")[0]
            if url in seen or not self.is_article(url) or not self._same_site(url, response.url):
                continue
            seen.add(url)
            self._stat("listings/article_links")
            if url not in self.known:
                new += 1  # new to the store, even if another listing asked for it already
            request = self.article_request(url)
            if request is not None:
                yield request
        self._stat("listings/pages")
        if new == 0 and not self.resume:
            self._stat("listings/stopped_nothing_new")
            return  # nothing new here: the older pages hold nothing new either
        if page >= self.max_pages:
            return
        for href in response.css(PAGINATION_CSS).css("::attr(href)").getall():
            url = response.urljoin(href)
            if PAGE_PARAM.search(url) and self._same_site(url, response.url):
                yield self._navigate(url, self.parse_listing, cb_kwargs={"page": page + 1})

    def parse_feed(self, response: Response) -> Iterator[Any]:
        """RSS 2.0 ``item/link`` or Atom ``entry/link[@href]``."""
        self._answered()
        try:
            yield from self._feed(response)
        finally:
            self._flush_discovered()

    def _feed(self, response: Response) -> Iterator[Any]:
        root = self._xml(response)
        if root is None:
            return
        links = [e.xpath("string()") for e in root.xpath("//*[local-name()='item']/*[local-name()='link']")]
        links += root.xpath("//*[local-name()='entry']/*[local-name()='link']/@href")
        for link in links:
            url = self._absolute(response, link)
            if url and self.is_article(url):
                request = self.article_request(url)
                if request is not None:
                    yield request

    def parse_sitemap(self, response: Response, depth: int = 0) -> Iterator[Any]:
        """A sitemap index (follow its sitemaps, within the bounds) or a URL set (article URLs)."""
        self._answered()
        try:
            yield from self._sitemap_entries(response, depth)
        finally:
            self._flush_discovered()

    def _sitemap_entries(self, response: Response, depth: int) -> Iterator[Any]:
        root = self._xml(response)
        if root is None:
            return
        for loc in root.xpath("//*[local-name()='sitemap']/*[local-name()='loc']"):
            url = self._absolute(response, loc.xpath("string()"))
            if url:
                request = self._sitemap(url, depth + 1)
                if request is not None:
                    yield request
        for entry in root.xpath("//*[local-name()='url']"):
            url = self._absolute(response, entry.xpath("string(*[local-name()='loc'])"))
            lastmod = entry.xpath("string(*[local-name()='lastmod'])").strip() or None
            if url and self.is_article(url):
                request = self.article_request(url, changed_at=lastmod)
                if request is not None:
                    yield request

    def _absolute(self, response: Response, href: str) -> str | None:
        """An address from a feed or sitemap, on the configured origin; None when it is not one."""
        href = (href or "").strip()
        if not href:
            return None
        url = self.rebase(response.urljoin(href))
        return url if url.startswith(("http://", "https://")) and " " not in url else None

    def _xml(self, response: Response) -> Any:
        try:
            return lxml.etree.fromstring(response.body, parser=_XML)
        except lxml.etree.XMLSyntaxError as exc:
            self.logger.warning("unreadable feed or sitemap %s: %s", response.url, exc)
            self._stat("feeds/unreadable")
            return None

    # --- articles ----------------------------------------------------------------------------

    def parse_article(self, response: Response) -> Iterator[dict[str, Any]]:
        asked = response.meta.get("article_url") or (response.meta.get("redirect_urls") or [response.url])[0]
        try:
            with parse_deadline(self.parse_timeout):
                result = parse_with_report(page_bytes(response), response.url, self.site)
        except ParseTimeout as exc:
            self.record_failure(asked, f"unparsable page: {exc}")
            return
        except PageError as exc:
            self.record_failure(asked, f"unparsable page: {exc}")
            return
        except Exception as exc:  # a parser bug must not end the crawl: record it and go on
            self.logger.exception("parser error on %s", response.url)
            self.record_failure(asked, f"parser error: {type(exc).__name__}: {exc}")
            return
        item = result.item
        if not (item.get("title") and item.get("body")):
            _, target = get_meta_refresh(response)
            if target and urlsplit(target).scheme not in ("http", "https"):
                # a page that only "refreshes" to a script: no article, and never one: not retried
                self.record_failure(asked, f"no article: the page refreshes to a {urlsplit(target).scheme}: "
                                           "address", permanent=True)
                return
        for field in result.fallbacks:
            self._stat(f"articles/fallback/{field}")
        # the canonical link is believed only on the site's own hosts (never another site's address)
        if item.get("canonical_url") and not on_hosts(item["canonical_url"], self.allowed_hosts):
            self._stat("articles/canonical_offsite")
            item["canonical_url"] = item["url"]
        item["_urls"] = [u for u in dict.fromkeys([asked, *(response.meta.get("redirect_urls") or [])])
                         if on_hosts(u, self.allowed_hosts)]
        yield item

    def article_failed(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        # recorded under the address asked for, never where a redirect led (another host, say)
        asked = request.meta.get("article_url") or (request.meta.get("redirect_urls") or [request.url])[0]
        response = getattr(failure.value, "response", None)
        if isinstance(failure.value, OffsiteRedirect):
            self.record_failure(asked, f"redirected off the site to {request.url}: not followed", permanent=True)
            return
        reason = f"HTTP {response.status}" if response is not None else f"{failure.type.__name__}: {failure.getErrorMessage()}"
        self.record_failure(asked, reason)

    def record_failure(self, url: str, reason: str, *, permanent: bool = False) -> None:
        self._stat("articles/failed")
        self.logger.warning("article failed: %s (%s)", url, reason)
        store = getattr(self, "store", None)
        if store is not None:
            try:
                store.record_failure(url, self.site.name, reason, permanent=permanent)
            except Exception as exc:  # noqa: BLE001 - the URL stays on the frontier; the run is not complete
                self._stat("store/write_errors")
                self.logger.error("cannot record the failure of %s: %s", url, exc)

    @staticmethod
    def _same_site(url: str, origin: str) -> bool:
        return urlsplit(url).netloc == urlsplit(origin).netloc


def _netloc(url: str) -> str:
    parts = urlsplit(url)
    return f"{(parts.hostname or '').lower()}:{parts.port or (443 if parts.scheme == 'https' else 80)}"


def _later(changed_at: str, fetched_at: str) -> bool:
    """True when the (W3C/ISO) ``changed_at`` is after the ISO ``fetched_at``."""
    from ..dates import parse_date

    changed, fetched = parse_date(changed_at), parse_date(fetched_at)
    return bool(changed and fetched and changed > fetched)
