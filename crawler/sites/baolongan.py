"""Báo Long An (baolongan.vn), a_id family."""

from . import Site

SITE = Site(
    name='baolongan',
    title='Báo Long An',
    domains=('baolongan.vn',),
    family='a_id',
    province='Tây Ninh',
    former_provinces=('Long An',),
    start_urls=('https://baolongan.vn/',),
    status="unverified",
    notes=(
        'a_id family per CMS.md/SELECTORS.md A1 (real URL baolongan.vn/…-a188491.html, /image/news/ '
        'paths seen). Former Long An paper; after 1 July 2025 Long An is part of Tây Ninh: check '
        'whether the domain still publishes or redirects to baotayninh.vn.'
    ),
    kind='paper',
)
