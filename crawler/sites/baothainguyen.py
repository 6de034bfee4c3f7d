"""Báo Thái Nguyên (baothainguyen.vn), ym_slug family."""

from . import Site

SITE = Site(
    name='baothainguyen',
    title='Báo Thái Nguyên',
    domains=('baothainguyen.vn',),
    family='ym_slug',
    province='Thái Nguyên',
    start_urls=('https://baothainguyen.vn/',),
    status="unverified",
    notes=(
        'ym_slug family per CMS.md/SELECTORS.md A2 (S1: body div.content-detail, sapo div.desc, '
        'listing a.title2[href], URL regex /\\d{6}/[^/]+/?$). No URL of it seen: start at the home '
        'page. Former Bắc Kạn province is part of Thái Nguyên since 1 July 2025 (whether its paper '
        'merged into this one: not checked).'
    ),
    kind='paper',
)
