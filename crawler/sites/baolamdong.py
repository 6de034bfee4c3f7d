"""Báo Lâm Đồng (baolamdong.vn), generic family."""

from . import Site

SITE = Site(
    name='baolamdong',
    title='Báo Lâm Đồng',
    domains=('baolamdong.vn',),
    family='generic',
    province='Lâm Đồng',
    start_urls=('https://baolamdong.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. SELECTORS.md A5 (S1, unverified): title '
        'h1.detail-title, sapo .detail-sapo, body .detail-content. Former Đắk Nông and Bình Thuận '
        'provinces are part of Lâm Đồng since 1 July 2025 (paper merger not checked).'
    ),
    kind='paper',
)
