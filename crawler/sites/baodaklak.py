"""Báo Đắk Lắk (baodaklak.vn), generic family."""

from . import Site

SITE = Site(
    name='baodaklak',
    title='Báo Đắk Lắk',
    domains=('baodaklak.vn',),
    family='generic',
    province='Đắk Lắk',
    start_urls=('https://baodaklak.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. SELECTORS.md A5 (S1, unverified): tags div.tag_list '
        'a[href], category a.maincatetitle. Former Phú Yên province is part of Đắk Lắk since 1 July '
        '2025 (paper merger not checked).'
    ),
    kind='paper',
)
