"""Báo Điện Biên Phủ (baodienbienphu.vn), generic family."""

from . import Site

SITE = Site(
    name='baodienbienphu',
    title='Báo Điện Biên Phủ',
    domains=('baodienbienphu.vn',),
    family='generic',
    province='Điện Biên',
    start_urls=('https://baodienbienphu.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. Public crawler code describes article paths '
        '/tin-bai/<category>/<slug> and an API host api-dienbien.baodienbienphu.vn (not in the '
        'reference material).'
    ),
    kind='paper',
)
