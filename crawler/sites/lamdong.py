"""Cổng Thông tin điện tử tỉnh Lâm Đồng (lamdong.gov.vn), generic family."""

from . import Site

SITE = Site(
    name='lamdong',
    title='Cổng Thông tin điện tử tỉnh Lâm Đồng',
    domains=('lamdong.gov.vn',),
    family='generic',
    province='Lâm Đồng',
    start_urls=('https://lamdong.gov.vn/tin-tuc',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. CMS unidentified (CMS.md: lamdong.gov.vn/tin-tuc); '
        'start page /tin-tuc from the reference.'
    ),
    kind='portal',
)
