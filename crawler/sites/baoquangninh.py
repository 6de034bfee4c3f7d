"""Báo Quảng Ninh (baoquangninh.vn), generic family."""

from . import Site

SITE = Site(
    name='baoquangninh',
    title='Báo Quảng Ninh',
    domains=('baoquangninh.vn',),
    family='generic',
    province='Quảng Ninh',
    start_urls=('https://baoquangninh.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only.'
    ),
    kind='paper',
)
