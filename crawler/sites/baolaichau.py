"""Báo Lai Châu (baolaichau.vn), generic family."""

from . import Site

SITE = Site(
    name='baolaichau',
    title='Báo Lai Châu',
    domains=('baolaichau.vn',),
    family='generic',
    province='Lai Châu',
    start_urls=('https://baolaichau.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only.'
    ),
    kind='paper',
)
