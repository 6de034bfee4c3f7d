"""Báo Khánh Hòa (baokhanhhoa.vn), generic family."""

from . import Site

SITE = Site(
    name='baokhanhhoa',
    title='Báo Khánh Hòa',
    domains=('baokhanhhoa.vn',),
    family='generic',
    province='Khánh Hòa',
    start_urls=('https://baokhanhhoa.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. SELECTORS.md A5 (S1, unverified): title h1.head_title,'
        ' sapo .content-detail p strong, body .content-detail. Former Ninh Thuận province is part of '
        'Khánh Hòa since 1 July 2025 (paper merger not checked).'
    ),
    kind='paper',
)
