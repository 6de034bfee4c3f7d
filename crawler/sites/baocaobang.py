"""Báo Cao Bằng (baocaobang.vn), generic family."""

from . import Site

SITE = Site(
    name='baocaobang',
    title='Báo Cao Bằng',
    domains=('baocaobang.vn',),
    family='generic',
    province='Cao Bằng',
    start_urls=('https://baocaobang.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only.'
    ),
    kind='paper',
)
