"""Báo Gia Lai (baogialai.com.vn), mcms family."""

from . import Site

SITE = Site(
    name='baogialai',
    title='Báo Gia Lai',
    domains=('baogialai.com.vn',),
    family='mcms',
    province='Gia Lai',
    start_urls=('https://baogialai.com.vn/',),
    status="unverified",
    notes=(
        'mcms family (current site) per CMS.md/SELECTORS.md A3; its older pages used the ym_slug-like'
        ' /dataimages/YYYYMM/original/ images, not recognised by this family. Former Bình Định '
        'province is part of Gia Lai since 1 July 2025 (whether its paper merged into this one: not '
        'checked).'
    ),
    kind='paper',
)
