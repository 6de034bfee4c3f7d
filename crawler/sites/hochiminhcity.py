"""Cổng Thông tin điện tử Thành phố Hồ Chí Minh (hochiminhcity.gov.vn), liferay family."""

from . import Site

SITE = Site(
    name='hochiminhcity',
    title='Cổng Thông tin điện tử Thành phố Hồ Chí Minh',
    domains=('hochiminhcity.gov.vn',),
    family='liferay',
    province='Hồ Chí Minh',
    start_urls=('https://hochiminhcity.gov.vn/',),
    status="unverified",
    notes=(
        'Liferay per CMS.md B1 (document-library URLs /documents/<groupId>/… seen for '
        'hochiminhcity.gov.vn; district subsites use Portal_CMS-portlet). No article URL or listing '
        'seen: start at the home page.'
    ),
    kind='portal',
)
