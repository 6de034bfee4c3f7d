"""Báo Phú Thọ (baophutho.vn), dcontent family."""

from . import Site

SITE = Site(
    name='baophutho',
    title='Báo Phú Thọ',
    domains=('baophutho.vn',),
    family='dcontent',
    province='Phú Thọ',
    start_urls=('https://baophutho.vn/',),
    status="modelled",
    kind='paper',
)
