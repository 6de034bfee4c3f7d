"""Báo Bắc Ninh (baobacninhtv.vn), generic family."""

from . import Site

SITE = Site(
    name='baobacninh',
    title='Báo Bắc Ninh',
    domains=('baobacninhtv.vn',),
    family='generic',
    province='Bắc Ninh',
    start_urls=('https://baobacninhtv.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. Domain baobacninhtv.vn (merged Bắc Ninh–Bắc Giang '
        "paper, perhaps titled 'Báo và Phát thanh, Truyền hình Bắc Ninh'); article URLs end "
        '-postid<ID>.bbg (the former Báo Bắc Giang CMS), sapo div.news_detail_sapo (SELECTORS.md A5, '
        'S1). The former baobacninh.com.vn is not declared.'
    ),
    kind='paper',
)
