"""Báo Vĩnh Long (baovinhlong.com.vn), tagdiv family."""

from . import Site

SITE = Site(
    name='baovinhlong',
    title='Báo Vĩnh Long',
    domains=('baovinhlong.com.vn',),
    family='tagdiv',
    province='Vĩnh Long',
    start_urls=('https://baovinhlong.com.vn/',),
    status="modelled",
    kind='paper',
)
