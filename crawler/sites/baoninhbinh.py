"""Báo Ninh Bình (baoninhbinh.org.vn), generic family."""

from . import Site

SITE = Site(
    name='baoninhbinh',
    title='Báo Ninh Bình',
    domains=('baoninhbinh.org.vn',),
    family='generic',
    province='Ninh Bình',
    start_urls=('https://baoninhbinh.org.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. SELECTORS.md A5 (S3, unverified): title '
        '.header-title…, body #content_detail. Former Nam Định and Hà Nam provinces are part of Ninh '
        'Bình since 1 July 2025 (paper merger not checked).'
    ),
    kind='paper',
)
