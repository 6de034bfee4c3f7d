"""Báo Quảng Ngãi (baoquangngai.vn), generic family."""

from . import Site

SITE = Site(
    name='baoquangngai',
    title='Báo Quảng Ngãi',
    domains=('baoquangngai.vn',),
    family='generic',
    province='Quảng Ngãi',
    start_urls=('https://baoquangngai.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. SELECTORS.md A5 (S1, unverified): title h1.title, sapo'
        ' p.sapo, body #content, drop .same. Former Kon Tum province is part of Quảng Ngãi since 1 '
        'July 2025 (paper merger not checked).'
    ),
    kind='paper',
)
