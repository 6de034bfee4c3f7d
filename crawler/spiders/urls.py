"""``urls``: fetch a list of article URLs of any sites, declared or not.

``scrapy crawl urls -a urls=FILE`` (one URL a line) or ``-a urls=URL1,URL2``. Each page goes to the
parser of its declared site, else of the CMS family its markup reveals, else the generic parser.
Pages of undeclared domains are counted per domain (stats ``undeclared/<domain>``): the run report
lists them, so maintainers see which site to declare next.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from ..parsers import PageError, parse_with_report
from ..sites import site_for_url
from .base import ParseTimeout, page_bytes, parse_deadline


class UrlsSpider(scrapy.Spider):
    name = "urls"

    def __init__(self, *args: Any, urls: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        path = Path(urls)
        text = path.read_text("utf-8") if urls and "\n" not in urls and path.is_file() else urls.replace(",", "\n")
        self.start_urls = [u.strip() for u in text.splitlines() if u.strip().startswith(("http://", "https://"))]
        # redirects stay on the hosts of the list (crawler.middlewares.SiteHostsMiddleware)
        self.allowed_hosts = tuple(sorted({(urlsplit(u).hostname or "").lower() for u in self.start_urls} - {""}))

    async def start(self) -> Any:
        for url in self.start_urls:
            yield scrapy.Request(url, callback=self.parse_article, errback=self.failed)

    def parse_article(self, response: Response) -> Iterator[dict[str, Any]]:
        stats = self.crawler.stats
        stats.inc_value("articles/discovered")
        site = site_for_url(response.url)
        if site is None:
            stats.inc_value(f"undeclared/{urlsplit(response.url).hostname}")
        try:
            with parse_deadline(self.settings.getfloat("PARSE_TIMEOUT_SECONDS", 20)):
                result = parse_with_report(page_bytes(response), response.url, site)
        except (PageError, ParseTimeout) as exc:
            self._failed(response.url, f"unparsable page: {exc}")
            return
        for field in result.fallbacks:
            stats.inc_value(f"articles/fallback/{field}")
        yield result.item

    def failed(self, failure: Failure) -> None:
        self.crawler.stats.inc_value("articles/discovered")
        response = getattr(failure.value, "response", None)
        request = failure.request  # type: ignore[attr-defined]
        self._failed((request.meta.get("redirect_urls") or [request.url])[0],
                     f"HTTP {response.status}" if response is not None else failure.getErrorMessage())

    def _failed(self, url: str, reason: str) -> None:
        self.crawler.stats.inc_value("articles/failed")
        store = getattr(self, "store", None)
        if store is not None:
            try:
                store.record_failure(url, (site.name if (site := site_for_url(url)) else None), reason)
            except Exception:  # noqa: BLE001 - counted: the run is not complete
                self.crawler.stats.inc_value("store/write_errors")
