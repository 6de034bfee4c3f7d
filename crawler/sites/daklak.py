"""Cổng Thông tin điện tử tỉnh Đắk Lắk (daklak.gov.vn), generic family."""

from . import Site

SITE = Site(
    name='daklak',
    title='Cổng Thông tin điện tử tỉnh Đắk Lắk',
    domains=('daklak.gov.vn',),
    family='generic',
    province='Đắk Lắk',
    start_urls=('https://daklak.gov.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. CMS unidentified (CMS.md: robots.txt allows all, has a'
        ' sitemap.xml — https://daklak.gov.vn/sitemap.xml could be declared as a sitemap once '
        'verified).'
    ),
    kind='portal',
)
