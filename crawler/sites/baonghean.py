"""Báo Nghệ An (baonghean.vn), b_maincontent family."""

from . import Site

SITE = Site(
    name='baonghean',
    title='Báo Nghệ An',
    domains=('baonghean.vn',),
    family='b_maincontent',
    province='Nghệ An',
    start_urls=('https://baonghean.vn/',),
    status="modelled",
    kind='paper',
)
