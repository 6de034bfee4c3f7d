"""Báo Sài Gòn Giải Phóng (sggp.org.vn), mcms family."""

from . import Site

SITE = Site(
    name='sggp',
    title='Báo Sài Gòn Giải Phóng',
    domains=('sggp.org.vn',),
    family='mcms',
    province='Hồ Chí Minh',
    start_urls=('https://sggp.org.vn/',),
    status="unverified",
    notes=(
        'Báo Sài Gòn Giải Phóng, the Hồ Chí Minh City party paper. mcms family per '
        "CMS.md/SELECTORS.md A3 ('sggp/dttc.sggp', dttc.sggp.org.vn). Subdomains such as "
        'dttc.sggp.org.vn (Đầu tư Tài chính) are matched by this declaration too.'
    ),
    kind='paper',
)
