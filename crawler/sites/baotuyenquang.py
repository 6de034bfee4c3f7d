"""Báo Tuyên Quang (baotuyenquang.com.vn), generic family."""

from . import Site

SITE = Site(
    name='baotuyenquang',
    title='Báo Tuyên Quang',
    domains=('baotuyenquang.com.vn',),
    family='generic',
    province='Tuyên Quang',
    start_urls=('https://baotuyenquang.com.vn/',),
    status="unverified",
    notes=(
        'CMS not identified in the reference material: generic parser. Note: the generic family has '
        'no article-URL pattern, so listings/feeds/sitemaps find no article for it; until one exists '
        'it is crawled by `crawl --urls` only. SELECTORS.md A5 (S1, unverified): title '
        'h1.media-heading.title5, sapo div#content > p > strong, body div.article_content '
        'div.content#content; drop div.date, ul.social. Former Hà Giang province is part of Tuyên '
        'Quang since 1 July 2025 (paper merger not checked).'
    ),
    kind='paper',
)
