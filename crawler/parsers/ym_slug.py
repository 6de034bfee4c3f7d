"""The "/<cat>/<YYYYMM>/<slug>-<ID>/" CMS of provincial papers: baoapbac.vn (Tiền Giang), baodongthap.vn
(2025), baoquangbinh.vn, baothainguyen.vn (baovinhlong.com.vn and baodongnai.com.vn, once listed here, run tagDiv).

Images under ``/dataimages/YYYYMM/original/``, RSS per category at ``/<cat>/index.rss``, visible date
"Thứ Ba, 08/08/2017, 21:36 (GMT+7)". MODELLED: no real page of this family was available; the
selectors follow the family's cousins in public crawler code (SELECTORS.md §A2).
"""

from __future__ import annotations

from typing import ClassVar

from .base import ArticleParser


class YmSlugParser(ArticleParser):
    family: ClassVar[str] = "ym_slug"
    url_pattern: ClassVar[str] = r"/[a-z0-9-]+/\d{6}/[a-z0-9-]+-[0-9a-f]{6,8}/?(?:index\.htm)?(?:$|[?#])"
    fingerprints: ClassVar[tuple[str, ...]] = ("/dataimages/", 'class="content-detail"', "/index.rss", "meta-detail")
    selectors: ClassVar[dict[str, str | None]] = {
        "title": "h1.title-detail, div.main-detail h1, h2#title",
        "sapo": "h2.sapo, div.sapo, div.desc",
        "body": "div.content-detail",
        "date": "div.meta-detail span.date, div.page-detail-meta li.list-inline-item, span.date-detail",
        "tags": "div.tags-detail a, div.tag a",
        "category": "div.breadcrumb-detail a, div.breadcrumb a",
        "remove": "div.ads-inarticle, div.related-news, div.tags-detail",
        "caption": "td.caption",
    }


PARSER = YmSlugParser
