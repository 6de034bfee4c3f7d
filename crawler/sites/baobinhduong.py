"""Báo Bình Dương (baobinhduong.vn), a_id family."""

from . import Site

SITE = Site(
    name='baobinhduong',
    title='Báo Bình Dương',
    domains=('baobinhduong.vn',),
    family='a_id',
    province='Hồ Chí Minh',
    former_provinces=('Bình Dương',),
    start_urls=('https://baobinhduong.vn/',),
    status="unverified",
    notes=(
        'a_id family, A1b #contentNews variant per SELECTORS.md (S1 config; listing .article-item a, '
        'h3 a, h2 a). Former Bình Dương paper; Bình Dương is part of Hồ Chí Minh since 1 July 2025: '
        'check whether the domain still publishes.'
    ),
    kind='paper',
)
