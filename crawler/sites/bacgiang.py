"""Cổng Thông tin điện tử tỉnh Bắc Giang (bacgiang.gov.vn), liferay family."""

from . import Site

SITE = Site(
    name='bacgiang',
    title='Cổng Thông tin điện tử tỉnh Bắc Giang',
    domains=('bacgiang.gov.vn',),
    family='liferay',
    province='Bắc Ninh',
    former_provinces=('Bắc Giang',),
    start_urls=('https://bacgiang.gov.vn/',),
    status="unverified",
    notes=(
        'Liferay per CMS.md/SELECTORS.md B1 (S5: a public Bắc Giang Liferay crawler; article links '
        '/web/guest/-/ or /-/asset_publisher/; TLS needed DEFAULT@SECLEVEL=1). Bắc Giang is part of '
        'Bắc Ninh since 1 July 2025: the portal may be archived or redirect to bacninh.gov.vn.'
    ),
    kind='portal',
)
