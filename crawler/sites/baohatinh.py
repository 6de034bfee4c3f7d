"""Báo Hà Tĩnh (baohatinh.vn), mcms family."""

from . import Site

SITE = Site(
    name='baohatinh',
    title='Báo Hà Tĩnh',
    domains=('baohatinh.vn',),
    family='mcms',
    province='Hà Tĩnh',
    start_urls=('https://baohatinh.vn/',),
    status="unverified",
    notes='mcms family per CMS.md/SELECTORS.md A3 (S1 in-body captions div.article__body figcaption).',
    kind='paper',
)
