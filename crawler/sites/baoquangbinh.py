"""Báo Quảng Bình (baoquangbinh.vn), ym_slug family."""

from . import Site

SITE = Site(
    name='baoquangbinh',
    title='Báo Quảng Bình',
    domains=('baoquangbinh.vn',),
    family='ym_slug',
    province='Quảng Trị',
    former_provinces=('Quảng Bình',),
    start_urls=('https://baoquangbinh.vn/kinh-te/',),
    status="unverified",
    notes=(
        'ym_slug family per CMS.md/SELECTORS.md A2 (URL baoquangbinh.vn/kinh-te/202210/…-2203947/ '
        'from S7; S7 title h2#title, date div.page-detail-meta li.list-inline-item). Start page '
        '/kinh-te/ is the category of that URL. Former Quảng Bình paper (Quảng Trị since 1 July '
        "2025): check whether it still publishes. No RSS seen for this site (only baoapbac's "
        '/<cat>/index.rss).'
    ),
    kind='paper',
)
