"""Báo An Giang (baoangiang.com.vn), a_id family."""

from . import Site

SITE = Site(
    name='baoangiang',
    title='Báo An Giang',
    domains=('baoangiang.com.vn',),
    family='a_id',
    province='An Giang',
    start_urls=('https://baoangiang.com.vn/',),
    status="unverified",
    notes=(
        'a_id family per CMS.md/SELECTORS.md A1a (#newscontents variant; S4 body '
        "//div[@id='newscontents']). Subdomain tintucmientay.baoangiang.com.vn (…-a361124.html) is "
        'matched too. Start page: the home page (no listing URL in the reference). Former Kiên Giang '
        'province is part of An Giang since 1 July 2025 (whether its paper merged into this one: not '
        'checked).'
    ),
    kind='paper',
)
