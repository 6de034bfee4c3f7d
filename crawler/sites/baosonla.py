"""Báo Sơn La (baosonla.vn), generic family."""

from . import Site

SITE = Site(
    name='baosonla',
    title='Báo Sơn La',
    domains=('baosonla.vn',),
    family='generic',
    province='Sơn La',
    start_urls=('https://baosonla.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only.'
    ),
    kind='paper',
)
