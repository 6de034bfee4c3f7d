"""The MCMS / "zce" CMS: nhandan.vn and many provincial papers (baolaocai.vn, baogialai.com.vn,
baohatinh.vn); article URLs ``…-post<ID>.html``, tags ``/tu-khoa/<slug>-tag<ID>.html``.
Verified on a real baolaocai.vn page."""

from __future__ import annotations

from typing import ClassVar

from .base import ArticleParser


class McmsParser(ArticleParser):
    family: ClassVar[str] = "mcms"
    url_pattern: ClassVar[str] = r"-post\d+\.html(?:$|[?#])"
    fingerprints: ClassVar[tuple[str, ...]] = (
        "zce-content-body", "article__body", "cms-body", "article__sapo", "/assets/web/", "mcms.one",
    )
    selectors: ClassVar[dict[str, str | None]] = {
        "title": "h1.article__title",
        "sapo": "div.article__sapo",
        "body": "div.article__body",
        "date": "div.article__meta time.time",
        "authors": "div.article__author p.name, div.article__author span.name",
        "byline": "div.t1",
        "tags": "div.article__tags div.box-content a, div.article__tag a",
        "category": "div.breadcrumbs a, ul.breadcrumbs a",
        "lead_image": "figure.article__avatar",
        "remove": "div.sda_middle, div.rennab, div.notebox, div.article__tags, div.related-news",
        "caption": "figcaption",
    }


PARSER = McmsParser
