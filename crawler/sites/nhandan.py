"""Báo Nhân Dân (nhandan.vn), mcms family."""

from . import Site

SITE = Site(
    name='nhandan',
    title='Báo Nhân Dân',
    domains=('nhandan.vn',),
    family='mcms',
    province=None,
    start_urls=('https://nhandan.vn/',),
    status="unverified",
    notes=(
        'National party paper. mcms family per SELECTORS.md A3 (nhandan.vn excerpt: preloads '
        'common.mcms.one; author div.article__author p.name; tags div.article__tag a.link; date text '
        "'Thứ Hai, ngày 20/07/2026 - 06:31')."
    ),
    kind='national',
)
