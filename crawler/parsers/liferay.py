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
    selectors: ClassVar[dict[str, str | None]] = {
        "title": ".asset_publisher_view_full_content .asset_title, .title-news h1, .title-detail h1",
        "sapo": ".asset-abstract .assetdesc-text, .asset-summary, .asset-abstract",
        "body": ".asset-full-content .journal-content-article, .journal-content-article, .content-detail, "
                ".detail-content, .it-content",
        "date": "span.assetPublishDate, .metadata-publish-date, .ngay-dang, .publish-date",
        "modified": ".metadata-modified-date",
        "tags": ".asset-metadata .metadata-tags a, .taglib-asset-tags-summary a, .asset-tag a",
        "category": "ol.breadcrumb li a, ul.breadcrumb li a, .breadcrumb a",
        "attachments": ".asset-attachments a, .attachments-list a, .file-dinh-kem a, .tai-lieu-dinh-kem a",
        "remove": ".asset-links, .asset-metadata, .taglib-ratings-wrapper, .lfr-meta-actions",
    }


PARSER = LiferayParser
