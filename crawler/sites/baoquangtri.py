"""Báo Quảng Trị (baoquangtri.vn), generic family."""

from . import Site

SITE = Site(
    name='baoquangtri',
    title='Báo Quảng Trị',
    domains=('baoquangtri.vn',),
    family='generic',
    province='Quảng Trị',
    start_urls=('https://baoquangtri.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. SELECTORS.md A5 (S1, unverified): body div#content.'
    ),
    kind='paper',
)
