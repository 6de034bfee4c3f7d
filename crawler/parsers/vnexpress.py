"""vnexpress.net, a national site (verified on a real page; fundus has a parser for it too)."""

from __future__ import annotations

from typing import ClassVar

from .base import ArticleParser


class VnExpressParser(ArticleParser):
    family: ClassVar[str] = "vnexpress"
    url_pattern: ClassVar[str] = r"/[a-z0-9-]+-\d{6,8}\.html(?:$|[?#])"
    fingerprints: ClassVar[tuple[str, ...]] = ("fck_detail", "vnecdn.net", "title-detail", "its_publication")
    selectors: ClassVar[dict[str, str | None]] = {
        "title": "h1.title-detail",
        "sapo": "p.description",
        "body": "article.fck_detail",
        "date": "span.date",
        "authors": "p.author_mail strong",
        "category": "ul.breadcrumb li a",
        "caption": "figcaption, p.Image",
        "remove": "p.author_mail, div.box-tinlienquanv2, div.width_common.box-tinlienquan",
    }


PARSER = VnExpressParser
