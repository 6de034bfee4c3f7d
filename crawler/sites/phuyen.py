"""Cổng Thông tin điện tử tỉnh Phú Yên (phuyen.gov.vn), liferay family."""

from . import Site

SITE = Site(
    name='phuyen',
    title='Cổng Thông tin điện tử tỉnh Phú Yên',
    domains=('phuyen.gov.vn',),
    family='liferay',
    province='Đắk Lắk',
    former_provinces=('Phú Yên',),
    start_urls=('https://phuyen.gov.vn/',),
    status="unverified",
    notes=(
        'Liferay assumed from the eGov plugin set kiennh4/portal-egov-plugin-ga2 (2020, theme '
        'phuyen-portal; SELECTORS.md B1) — vendor code, not the live site. Phú Yên is part of Đắk Lắk'
        ' since 1 July 2025: the portal may be archived.'
    ),
    kind='portal',
)
