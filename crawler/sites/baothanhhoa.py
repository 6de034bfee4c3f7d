"""Báo Thanh Hóa (baothanhhoa.vn), dcontent family."""

from . import Site

SITE = Site(
    name='baothanhhoa',
    title='Báo Thanh Hóa',
    domains=('baothanhhoa.vn',),
    family='dcontent',
    province='Thanh Hóa',
    start_urls=('https://baothanhhoa.vn/',),
    status="modelled",
    kind='paper',
)
