"""The "-a<ID>.html" CMS of provincial papers: baocantho.com.vn, baoangiang.com.vn, baolongan.vn,
baotayninh.vn, baobinhduong.vn, baodongthap.vn (2026), dongkhoi./travinh.baovinhlong.vn.

Two template variants share the URL scheme and the image paths (``/image/fckeditor/upload/…``):
``#newscontents .content-fck`` (baocantho, verified on a real page) and ``#contentNews
.singular-content`` (baodongthap, baotayninh; known from crawler code only).
"""

from __future__ import annotations

from typing import ClassVar

from .base import ArticleParser
from .body import Body
from .page import Page


class AIdParser(ArticleParser):
    family: ClassVar[str] = "a_id"
    url_pattern: ClassVar[str] = r"-a\d+\.html(?:$|[?#])"
    fingerprints: ClassVar[tuple[str, ...]] = (
        'id="newscontents"', "content-fck", "/image/fckeditor/upload/", 'id="contentNews"', "singular-content",
        "/image/news/",
    )
    selectors: ClassVar[dict[str, str | None]] = {
        "title": "h1.fw700, div#contentNews h1.title, div.detail-title h1",
        "sapo": "h4.sapo, p.sapo, div.detail-desc p",
        "body": "div#newscontents div.content-fck, div#contentNews div.singular-content, div#newscontents",
        "date": "span.pubdate, div#contentNews span.date, div.block-header-news-detail span.date",
        "tags": "div.block_tag a.tag_item, div.tags-detail a",
        # baocantho: the first <h1> holds the breadcrumb (the title <h1> has no link); A1b: a breadcrumb block
        "category": "h1 a, div.breadcrumb-news-detail a, h2.catename-h1 a",
        "remove": "div#linkshare, div.block_tag",
    }

    def sapo(self, page: Page, body: Body) -> str:
        # The lead is the body's first paragraph, opening with the dateline "(CTO) -".
        return super().sapo(page, body) or (body.paragraphs[0] if body.paragraphs else "")


PARSER = AIdParser
