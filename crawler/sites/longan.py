"""Cổng Thông tin điện tử tỉnh Long An (longan.gov.vn), generic family."""

from . import Site

SITE = Site(
    name='longan',
    title='Cổng Thông tin điện tử tỉnh Long An',
    domains=('longan.gov.vn',),
    family='generic',
    province='Tây Ninh',
    former_provinces=('Long An',),
    start_urls=('https://longan.gov.vn/Lists/TinTucSuKien/TongQuat.aspx',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. SharePoint portal (CMS.md B2; also eng.longan.gov.vn, '
        'matched by this declaration). Start page /Lists/TinTucSuKien/TongQuat.aspx from the '
        'reference; /Pages/TinTuc.aspx?CategoryId=… also seen. Long An is part of Tây Ninh since 1 '
        'July 2025: the portal may be archived.'
    ),
    kind='portal',
)
