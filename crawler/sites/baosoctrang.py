"""Báo Sóc Trăng (baosoctrang.org.vn), generic family."""

from . import Site

SITE = Site(
    name='baosoctrang',
    title='Báo Sóc Trăng',
    domains=('baosoctrang.org.vn',),
    family='generic',
    province='Cần Thơ',
    former_provinces=('Sóc Trăng',),
    start_urls=('https://baosoctrang.org.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. Former Sóc Trăng paper (Cần Thơ since 1 July 2025): '
        'check whether it still publishes. Public code shows URLs like '
        '/van-hoa-the-thao-du-lich/202411/<slug>-67c01d9/ (the ym_slug URL shape) — not in the '
        'reference material, so not assumed.'
    ),
    kind='paper',
)
