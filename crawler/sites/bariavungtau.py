"""Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu (baria-vungtau.gov.vn), liferay family."""

from . import Site

SITE = Site(
    name='bariavungtau',
    title='Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu',
    domains=('baria-vungtau.gov.vn',),
    family='liferay',
    province='Hồ Chí Minh',
    former_provinces=('Bà Rịa - Vũng Tàu',),
    start_urls=('https://baria-vungtau.gov.vn/',),
    status="unverified",
    notes=(
        'Liferay assumed from the eGov plugin set kiennh4/portal-egov-plugin-ga2 (2020, themes '
        'portal-tp-brvt/portal-hdnd-brvt; SELECTORS.md B1). Doubt: public code links the home page as'
        ' /sphere/baria/vungtau/page/trang-chu.cpx, not a Liferay URL. Bà Rịa - Vũng Tàu is part of '
        'Hồ Chí Minh since 1 July 2025: the portal may be archived.'
    ),
    kind='portal',
)
