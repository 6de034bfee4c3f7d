"""Cổng Thông tin điện tử tỉnh Vĩnh Long (vinhlong.gov.vn), generic family."""

from . import Site

SITE = Site(
    name='vinhlong',
    title='Cổng Thông tin điện tử tỉnh Vĩnh Long',
    domains=('vinhlong.gov.vn',),
    family='generic',
    province='Vĩnh Long',
    start_urls=('https://vinhlong.gov.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. DotNetNuke portal (CMS.md B3: '
        '/LinkClick.aspx?fileticket=…). Subdomains portal.vinhlong.gov.vn (/portal/wpxttm/…) and '
        'svhttdl.vinhlong.gov.vn are matched by this declaration too.'
    ),
    kind='portal',
)
