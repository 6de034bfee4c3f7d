"""Cổng Giao tiếp điện tử thành phố Hà Nội (hanoi.gov.vn), generic family."""

from . import Site

SITE = Site(
    name='hanoi',
    title='Cổng Giao tiếp điện tử thành phố Hà Nội',
    domains=('hanoi.gov.vn',),
    family='generic',
    province='Hà Nội',
    start_urls=('https://hanoi.gov.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. Not in the reference material: declared so that Hà Nội'
        ' has a site (hanoimoi.vn is b_maincontent, to be declared with that family). Title and start'
        ' page to verify on the live site.'
    ),
    kind='portal',
)
