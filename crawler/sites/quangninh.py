"""Cổng Thông tin điện tử tỉnh Quảng Ninh (quangninh.gov.vn), generic family."""

from . import Site

SITE = Site(
    name='quangninh',
    title='Cổng Thông tin điện tử tỉnh Quảng Ninh',
    domains=('quangninh.gov.vn',),
    family='generic',
    province='Quảng Ninh',
    start_urls=('https://quangninh.gov.vn/Trang/tin-tuc-su-kien.aspx',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. SharePoint portal (CMS.md B2); start page '
        '/Trang/tin-tuc-su-kien.aspx from the reference (host may need www.).'
    ),
    kind='portal',
)
