"""Báo Đồng Khởi (dongkhoi.baovinhlong.vn), a_id family."""

from . import Site

SITE = Site(
    name='baodongkhoi',
    title='Báo Đồng Khởi',
    domains=('dongkhoi.baovinhlong.vn',),
    family='a_id',
    province='Vĩnh Long',
    former_provinces=('Bến Tre',),
    start_urls=('https://dongkhoi.baovinhlong.vn/',),
    status="unverified",
    notes=(
        'Former Báo Đồng Khởi (Bến Tre), now a subdomain of the Vĩnh Long paper. a_id family, A1a '
        '#newscontents variant per SELECTORS.md (S1: category h2.catename-h1 a, sapo .detail-desc p).'
        ' Declared as its own host; no bare baovinhlong.vn is declared (it would swallow this '
        "subdomain). Title may now read 'Báo Vĩnh Long – Đồng Khởi': check."
    ),
    kind='paper',
)
