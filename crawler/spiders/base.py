"""The navigation every site shares, and nothing else.

Start pages (category listings), RSS/Atom feeds and sitemaps lead to article URLs, recognised by the
site's CMS family URL pattern; article pages go to ``crawler.parsers.parse_article``. Incremental:
an article URL already in the store is not requested again, and a listing page that holds no new
article ends that listing's pagination. A page that cannot be parsed or fetched is recorded as a
failure with its reason (in the store when there is one), never raised into the crawl.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar, Iterator
from urllib.parse import urlsplit, urlunsplit

import lxml.etree
import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

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
        self.resume = False  # the last crawl did not finish: no stopping at pages with nothing new

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> "SiteSpider":
        spider = super().from_crawler(crawler, *args, **kwargs)
        base = spider._base_url_arg or (crawler.settings.getdict("SITE_BASE_URLS") or {}).get(cls.site.name)
        spider.base_url = base.rstrip("/") if base else None
        if spider.base_url:
            spider.allowed_domains = [urlsplit(spider.base_url).hostname or ""]
        spider.max_pages = int(spider._max_pages_arg or crawler.settings.getint("MAX_LISTING_PAGES", 20))
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
        """Earlier failures whose back-off is over are asked for again; and a crawl that did not finish
        last time (killed, crashed) paginates its listings fully, to find what it missed."""
        store = getattr(self, "store", None)
        self.resume = False
        if store is None:
            return
        previous = store.site_started(self.site.name, self.settings.get("REPORT_RUN_ID"))
        if previous is not None and previous.get("finished_at") is None:
            self.resume = True
            self._stat("crawl/resumed_unfinished")
            self.logger.info("the last crawl of %s did not finish: listings are paginated fully", self.site.name)
        for failure in store.failures(self.site.name, due_only=True):
            url = failure["url"]
            if url not in self._requested and url not in self.known:
                self._requested.add(url)
                self._stat("articles/retried")
                self._stat("articles/discovered")
                yield scrapy.Request(url, callback=self.parse_article, errback=self.article_failed,
                                     dont_filter=True)

    def navigation_requests(self) -> Iterator[scrapy.Request]:
        if "listings" in self.sources:
            for url in self.site.start_urls:
                yield scrapy.Request(self.rebase(url), callback=self.parse_listing, cb_kwargs={"page": 1})
        if "feeds" in self.sources:
            for url in self.site.feeds:
                yield scrapy.Request(self.rebase(url), callback=self.parse_feed)
        if "sitemaps" in self.sources:
            for url in self.site.sitemaps:
                yield scrapy.Request(self.rebase(url), callback=self.parse_sitemap)
            if self.settings.getbool("SITEMAPS_FROM_ROBOTS"):
                robots = self.rebase(f"https://{self.site.domains[0]}/robots.txt")
                yield scrapy.Request(robots, callback=self.parse_robots, dont_filter=True)

    def parse_robots(self, response: Response) -> Iterator[scrapy.Request]:
        """The ``Sitemap:`` lines of robots.txt: the standard way a site names its sitemaps."""
        for line in response.text.splitlines():
            key, _, value = line.partition(":")
            if key.strip().lower() == "sitemap" and value.strip():
                yield scrapy.Request(self.rebase(response.urljoin(value.strip())), callback=self.parse_sitemap)

    # --- navigation --------------------------------------------------------------------------

    def article_request(self, url: str, changed_at: str | None = None) -> scrapy.Request | None:
        """A request for an article page, or None when it is stored already or asked for in this run.

        ``changed_at`` (a sitemap's ``lastmod``) after the stored copy's fetch time asks for it again.
        """
        if url in self._requested:
            return None
        fetched = self.known.get(url)
        if fetched is not None and changed_at and _later(changed_at, fetched):
            self._requested.add(url)
            self._stat("articles/refreshed")
            return scrapy.Request(url, callback=self.parse_article, errback=self.article_failed, dont_filter=True)
        if fetched is not None:
            if url not in self._skipped:
                self._skipped.add(url)
                self._stat("articles/known")
            return None
        self._requested.add(url)
        self._stat("articles/discovered")
        # dont_filter: the spider dedupes article URLs itself; Scrapy's filter would silently drop a
        # redirect back to the same URL (a redirect loop) instead of failing it
        return scrapy.Request(url, callback=self.parse_article, errback=self.article_failed, dont_filter=True)

    def parse_listing(self, response: Response, page: int = 1) -> Iterator[Any]:
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
                yield scrapy.Request(url, callback=self.parse_listing, cb_kwargs={"page": page + 1})

    def parse_feed(self, response: Response) -> Iterator[Any]:
        """RSS 2.0 ``item/link`` or Atom ``entry/link[@href]``."""
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

    def parse_sitemap(self, response: Response) -> Iterator[Any]:
        """A sitemap index (follow its sitemaps) or a URL set (article URLs)."""
        root = self._xml(response)
        if root is None:
            return
        for loc in root.xpath("//*[local-name()='sitemap']/*[local-name()='loc']"):
            url = self._absolute(response, loc.xpath("string()"))
            if url:
                yield scrapy.Request(url, callback=self.parse_sitemap)
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
        try:
            result = parse_with_report(response.body, response.url, self.site)
        except PageError as exc:
            self.record_failure(response.url, f"unparsable page: {exc}")
            return
        except Exception as exc:  # a parser bug must not end the crawl: record it and go on
            self.logger.exception("parser error on %s", response.url)
            self.record_failure(response.url, f"parser error: {type(exc).__name__}: {exc}")
            return
        for field in result.fallbacks:
            self._stat(f"articles/fallback/{field}")
        yield result.item

    def article_failed(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        response = getattr(failure.value, "response", None)
        reason = f"HTTP {response.status}" if response is not None else f"{failure.type.__name__}: {failure.getErrorMessage()}"
        self.record_failure(request.url, reason)

    def record_failure(self, url: str, reason: str) -> None:
        self._stat("articles/failed")
        self.logger.warning("article failed: %s (%s)", url, reason)
        store = getattr(self, "store", None)
        if store is not None:
            store.record_failure(url, self.site.name, reason)

    @staticmethod
    def _same_site(url: str, origin: str) -> bool:
        return urlsplit(url).netloc == urlsplit(origin).netloc


def _later(changed_at: str, fetched_at: str) -> bool:
    """True when the (W3C/ISO) ``changed_at`` is after the ISO ``fetched_at``."""
    from ..dates import parse_date

    changed, fetched = parse_date(changed_at), parse_date(fetched_at)
    return bool(changed and fetched and changed > fetched)
