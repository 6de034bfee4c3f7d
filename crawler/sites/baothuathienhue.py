"""Báo Thừa Thiên Huế (baothuathienhue.vn), generic family."""

from . import Site

SITE = Site(
    name='baothuathienhue',
    title='Báo Thừa Thiên Huế',
    domains=('baothuathienhue.vn',),
    family='generic',
    province='Huế',
    former_provinces=('Thừa Thiên Huế',),
    start_urls=('https://baothuathienhue.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. Public code shows images under '
        "/image/fckeditor/upload/YYYY/YYYYMMDD/images/ (the a_id family's path) — not in the "
        "reference material, so not assumed. After the 2025 reorganisation the outlet's name/domain "
        'may have changed (Huế is a centrally-run city): check.'
    ),
    kind='paper',
)
