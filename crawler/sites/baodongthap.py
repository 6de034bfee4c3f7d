"""Báo Đồng Tháp (baodongthap.vn), a_id family."""

from . import Site

SITE = Site(
    name='baodongthap',
    title='Báo Đồng Tháp',
    domains=('baodongthap.vn',),
    family='a_id',
    province='Đồng Tháp',
    start_urls=('https://baodongthap.vn/',),
    status="unverified",
    notes=(
        "a_id family for the 2026 URLs (…-a235582.html; A1b #contentNews variant, date 'Chủ Nhật, "
        "18/01/2026, 21:21 (GMT+7)'). In Aug–Oct 2025 the same domain served ym_slug-style "
        '/ban-doc/YYYYMM/…-<id> URLs and in 2015 ASP.NET .aspx: older archive URLs are not recognised'
        ' by this family.'
    ),
    kind='paper',
)
