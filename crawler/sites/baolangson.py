"""Báo Lạng Sơn (baolangson.vn), generic family."""

from . import Site

SITE = Site(
    name='baolangson',
    title='Báo Lạng Sơn',
    domains=('baolangson.vn',),
    family='generic',
    province='Lạng Sơn',
    start_urls=('https://baolangson.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only.'
    ),
    kind='paper',
)
