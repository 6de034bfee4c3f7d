"""Báo Hậu Giang (baohaugiang.com.vn), generic family."""

from . import Site

SITE = Site(
    name='baohaugiang',
    title='Báo Hậu Giang',
    domains=('baohaugiang.com.vn',),
    family='generic',
    province='Cần Thơ',
    former_provinces=('Hậu Giang',),
    start_urls=('https://baohaugiang.com.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. SELECTORS.md A5 (S1, unverified): title '
        'div.news-details-content h1, body div.news-details-content div.contentView, category '
        'div.box-breadcrumb a; article URL /<cat>/<slug>-<id>.html. Former Hậu Giang paper (Cần Thơ '
        'since 1 July 2025): check whether it still publishes.'
    ),
    kind='paper',
)
