"""Báo Hải Phòng (baohaiphong.vn), b_maincontent family."""

from . import Site

SITE = Site(
    name='baohaiphong',
    title='Báo Hải Phòng',
    domains=('baohaiphong.vn',),
    family='b_maincontent',
    province='Hải Phòng',
    start_urls=('https://baohaiphong.vn/',),
    status="modelled",
    kind='paper',
)
