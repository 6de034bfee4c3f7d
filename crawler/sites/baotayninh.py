"""Báo Tây Ninh (baotayninh.vn), a_id family."""

from . import Site

SITE = Site(
    name='baotayninh',
    title='Báo Tây Ninh',
    domains=('baotayninh.vn',),
    family='a_id',
    province='Tây Ninh',
    start_urls=('https://baotayninh.vn/',),
    status="unverified",
    notes=(
        'a_id family, A1b #contentNews .singular-content variant per SELECTORS.md (S1 config: title '
        "h1.title, sapo h4.sapo/p.sapo, listing a.title[href]); date text 'Thứ sáu: 15:00 ngày "
        "09/02/2024'. Not checked on a real page."
    ),
    kind='paper',
)
