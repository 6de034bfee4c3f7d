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
    selectors: ClassVar[dict[str, str | None]] = {
        "title": "h1.fw700, #contentNews h1.title, .detail-title h1",
        "sapo": "#contentNews h4.sapo, #contentNews p.sapo, .detail-desc p",
        "body": "div#newscontents div.content-fck, #contentNews .singular-content, div#newscontents",
        "date": "span.pubdate, #contentNews .date, .block-header-news-detail .date",
        "tags": "div.block_tag a.tag_item, .tags-detail a",
        # baocantho: the first <h1> holds the breadcrumb; A1b: a breadcrumb block
        "category": "h1 > a, h1 > span.fw400 > a, div.breadcrumb-news-detail a, h2.catename-h1 a",
        "remove": "div#linkshare, div.block_tag",
    }

    def sapo(self, page: Page, body: Body) -> str:
        # The lead is the body's first paragraph, opening with the dateline "(CTO) -".
        return super().sapo(page, body) or (body.paragraphs[0] if body.paragraphs else "")


PARSER = AIdParser
