"""Báo Hưng Yên (baohungyen.vn), generic family."""

from . import Site

SITE = Site(
    name='baohungyen',
    title='Báo Hưng Yên',
    domains=('baohungyen.vn',),
    family='generic',
    province='Hưng Yên',
    start_urls=('https://baohungyen.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. Former Thái Bình province is part of Hưng Yên since 1 '
        'July 2025 (paper merger not checked).'
    ),
    kind='paper',
)
