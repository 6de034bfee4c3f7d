"""Liferay provincial government portals (tiengiang.gov.vn, bacgiang.gov.vn, the eGov plugin themes of
Phú Yên, Bình Định, Sơn La, Bà Rịa–Vũng Tàu…).

Article markup is Liferay's Asset Publisher "full content" view: ``.asset_title``,
``span.assetPublishDate``, ``.asset-abstract``, ``.journal-content-article`` for the body, asset
metadata for tags, and a "File đính kèm" block of ``/documents/<group>/<folder>/<file>`` links.
MODELLED: no real page of a Vietnamese Liferay portal was available; the selectors come from the
eGov plugin templates and a public Bắc Giang crawler (see shared/reference/SELECTORS.md §B1).
"""

from __future__ import annotations

from typing import ClassVar

from .base import ArticleParser


class LiferayParser(ArticleParser):
    family: ClassVar[str] = "liferay"
    url_pattern: ClassVar[str] = r"/chi-tiet-tin\?|/-/asset_publisher/|/web/guest/-/|/-/[a-z0-9-]+(?:$|[?#])"
    fingerprints: ClassVar[tuple[str, ...]] = (
        "journal-content-article", "asset_publisher", "portlet-boundary", "Liferay.", "/documents/",
        "lfr-nav-item",
    )
    selectors: ClassVar[dict[str, str | None]] = {
        "title": "div.asset_title, div.title-news h1, div.title-detail h1",
        "sapo": "span.assetdesc-text, div.asset-summary, div.asset-abstract",
        "body": "div.journal-content-article, div.content-detail, div.detail-content, div.it-content",
        "date": "span.assetPublishDate, span.metadata-publish-date, span.ngay-dang, span.publish-date",
        "modified": "span.metadata-modified-date",
        "tags": "span.taglib-asset-tags-summary a, span.metadata-tags a, div.asset-tag a",
        "category": "ol.breadcrumb a, ul.breadcrumb a",
        "attachments": "div.asset-attachments a, ul.attachments-list a, div.file-dinh-kem a, div.tai-lieu-dinh-kem a",
        "remove": "div.asset-links, div.asset-metadata, div.taglib-ratings-wrapper, div.lfr-meta-actions",
    }


PARSER = LiferayParser
