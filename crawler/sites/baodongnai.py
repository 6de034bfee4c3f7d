"""Báo Đồng Nai (baodongnai.com.vn), tagdiv family."""

from . import Site

SITE = Site(
    name='baodongnai',
    title='Báo Đồng Nai',
    domains=('baodongnai.com.vn',),
    family='tagdiv',
    province='Đồng Nai',
    start_urls=('https://baodongnai.com.vn/',),
    status="modelled",
    kind='paper',
)
