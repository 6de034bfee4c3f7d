"""Báo Quảng Nam (baoquangnam.vn), generic family."""

from . import Site

SITE = Site(
    name='baoquangnam',
    title='Báo Quảng Nam',
    domains=('baoquangnam.vn',),
    family='generic',
    province='Đà Nẵng',
    former_provinces=('Quảng Nam',),
    start_urls=('https://baoquangnam.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. Former Quảng Nam paper (Đà Nẵng since 1 July 2025): '
        'check whether it still publishes or redirects to baodanang.vn. Public code shows article '
        'URLs /<slug>-<7 digits>.html.'
    ),
    kind='paper',
)
