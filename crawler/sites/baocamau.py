"""Báo Cà Mau (baocamau.vn), generic family."""

from . import Site

SITE = Site(
    name='baocamau',
    title='Báo Cà Mau',
    domains=('baocamau.vn',),
    family='generic',
    province='Cà Mau',
    start_urls=('https://baocamau.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. SELECTORS.md A5 (S1, unverified): body '
        'div.post-content, section.post-content. Former Bạc Liêu province is part of Cà Mau since 1 '
        'July 2025 (paper merger not checked).'
    ),
    kind='paper',
)
