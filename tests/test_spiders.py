"""Spiders only navigate: listing pages → article links (the family's URL pattern) and pagination."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.parsers import FAMILIES, family_class, get_parser
from crawler.parsers.page import branches
from crawler.sites import all_sites, get_site, site_for_url
from crawler.spiders.sites import BaocanthoSpider

PAGES = Path(__file__).parent / "pages"


def _spider(**kwargs):  # type: ignore[no-untyped-def]
    crawler = get_crawler(BaocanthoSpider)
    return BaocanthoSpider.from_crawler(crawler, **kwargs)


def test_listing_yields_articles_and_next_page() -> None:
    spider = _spider()
    url = "https://baocantho.com.vn/thoi-su/"
    response = HtmlResponse(url, body=(PAGES / "baocantho-category.html").read_bytes(), encoding="utf-8")
    out = list(spider.parse_listing(response, page=1))
    requests = [r for r in out if isinstance(r, Request)]
    articles = {r.url for r in requests if r.callback == spider.parse_article}
    listings = {r.url for r in requests if r.callback == spider.parse_listing}
    assert len(articles) >= 20
    assert all(re.search(r"-a\d+\.html$", u) for u in articles)
    assert "https://baocantho.com.vn/thoi-su?p=2" in listings


def test_pagination_stops_at_max_pages() -> None:
    spider = _spider(max_pages="1")
    response = HtmlResponse("https://baocantho.com.vn/thoi-su/",
                            body=(PAGES / "baocantho-category.html").read_bytes(), encoding="utf-8")
    out = list(spider.parse_listing(response, page=1))
    assert not [r for r in out if isinstance(r, Request) and r.callback == spider.parse_listing]


def test_base_url_points_the_crawl_at_a_local_copy() -> None:
    spider = _spider(base_url="http://127.0.0.1:8765/")
    urls = [r.url for r in spider.start_requests()]
    assert urls and all(u.startswith("http://127.0.0.1:8765/") for u in urls)
    assert spider.allowed_domains == ["127.0.0.1"]


def test_site_lookup_by_url() -> None:
    assert site_for_url("https://www.baolaocai.vn/x-post1.html").name == "baolaocai"  # type: ignore[union-attr]
    assert site_for_url("https://example.com/") is None
    with pytest.raises(KeyError):
        get_site("nope")


@pytest.mark.parametrize("site", all_sites(), ids=lambda s: s.name)
def test_declarations_are_sound(site) -> None:  # type: ignore[no-untyped-def]
    assert family_class(site.family)
    assert get_parser(site).family == site.family
    assert site.status in {"captured", "modelled", "unverified"}
    for url in site.start_urls:
        assert site.matches(url), f"{site.name}: start page {url} is not on its domains"


@pytest.mark.parametrize("family", [f for f in FAMILIES if f != "generic"])
def test_selectors_start_with_a_tag(family: str) -> None:
    """A branch like '.x' tests every element of the page; 'div.x' only the divs: ten times faster."""
    for key, selector in family_class(family).selectors.items():
        for branch in branches(selector or ""):
            assert re.match(r"^[a-z][a-z0-9]*", branch), f"{family}.{key}: '{branch}' should start with a tag"
