"""Báo Trà Vinh (travinh.baovinhlong.vn), a_id family."""

from . import Site

SITE = Site(
    name='baotravinh',
    title='Báo Trà Vinh',
    domains=('travinh.baovinhlong.vn',),
    family='a_id',
    province='Vĩnh Long',
    former_provinces=('Trà Vinh',),
    start_urls=('https://travinh.baovinhlong.vn/',),
    status="unverified",
    notes=(
        'Former Báo Trà Vinh, now a subdomain of the Vĩnh Long paper (travinh.baovinhlong.vn). a_id '
        'family per SELECTORS.md A1 (S1 config). Declared as its own host; the former domain '
        'baotravinh.vn is not declared. Title to check on the live site.'
    ),
    kind='paper',
)
