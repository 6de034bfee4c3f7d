"""The navigation every site shares: start pages → article links (the family's URL pattern) and
pagination; article pages → ``crawler.parsers.parse_article``. Parsing errors are recorded, never
raised into the crawl."""

from __future__ import annotations

import re
from typing import Any, ClassVar, Iterator
from urllib.parse import urlsplit, urlunsplit

import scrapy
from scrapy.http import Response

from ..parsers import PageError, family_class, parse_article
from ..sites import Site

# Links that lead to the next page of a listing.
PAGINATION_CSS = (
    'a[rel="next"], div#page a, ul.pagination a, div.pagination a, .paging a, .pager a, '
    ".lfr-pagination-buttons a, nav.pagination a"
)
PAGE_PARAM = re.compile(r"(?:[?&](?:p|page|trang)=\d+|/page[-/]\d+|/trang-\d+|-p\d+)(?:\.html?)?/?$")


class SiteSpider(scrapy.Spider):
    """Crawls one declared site. ``-a base_url=http://127.0.0.1:8000`` points it at another origin."""

    site: ClassVar[Site]
    max_pages: int = 5

    def __init__(self, *args: Any, base_url: str | None = None, max_pages: int | str | None = None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.base_url = base_url.rstrip("/") if base_url else None
        if self.base_url:
            self.allowed_domains = [urlsplit(self.base_url).hostname or ""]
        if max_pages is not None:
            self.max_pages = int(max_pages)
        pattern = family_class(self.site.family).url_pattern
        self.article_re = re.compile(pattern) if pattern else None

    # --- URLs --------------------------------------------------------------------------------

    def rebase(self, url: str) -> str:
        """The URL on the configured origin (``base_url``) when one is set."""
        if not self.base_url:
            return url
        parts = urlsplit(url)
        base = urlsplit(self.base_url)
        return urlunsplit((base.scheme, base.netloc, parts.path, parts.query, ""))

    def is_article(self, url: str) -> bool:
        return bool(self.article_re and self.article_re.search(url))

    async def start(self) -> Any:  # Scrapy >= 2.13
        for request in self.start_requests():
            yield request

    def start_requests(self) -> Iterator[scrapy.Request]:
        for url in self.site.start_urls:
            yield scrapy.Request(self.rebase(url), callback=self.parse_listing, cb_kwargs={"page": 1})

    # --- callbacks ---------------------------------------------------------------------------

    def parse_listing(self, response: Response, page: int = 1) -> Iterator[Any]:
        for href in response.css("a::attr(href)").getall():
            url = response.urljoin(href)
            if self.is_article(url) and self._same_site(url, response.url):
                yield response.follow(url, callback=self.parse_article)
        if page < self.max_pages:
            for href in response.css(PAGINATION_CSS).css("::attr(href)").getall():
                url = response.urljoin(href)
                if PAGE_PARAM.search(url) and self._same_site(url, response.url):
                    yield response.follow(url, callback=self.parse_listing, cb_kwargs={"page": page + 1})

    def parse_article(self, response: Response) -> Iterator[dict[str, Any]]:
        try:
            item = parse_article(response.body, response.url, self.site)
        except PageError as exc:
            self.crawler.stats.inc_value("articles/failed")
            self.logger.warning("cannot parse %s: %s", response.url, exc)
            return
        yield item

    @staticmethod
    def _same_site(url: str, origin: str) -> bool:
        return urlsplit(url).netloc == urlsplit(origin).netloc
