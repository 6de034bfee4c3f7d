"""Cổng Thông tin điện tử tỉnh Sơn La (sonla.gov.vn), liferay family."""

from . import Site

SITE = Site(
    name='sonla',
    title='Cổng Thông tin điện tử tỉnh Sơn La',
    domains=('sonla.gov.vn',),
    family='liferay',
    province='Sơn La',
    start_urls=('https://sonla.gov.vn/',),
    status="unverified",
    notes=(
        'Liferay assumed from the eGov plugin set kiennh4/portal-egov-plugin-ga2 (2020, themes '
        'portal-son-la/sonla-portal; SELECTORS.md B1). Doubt: a public crawler of sonla.gov.vn uses '
        'listings /tin-chinh-tri, /tin-kinh-te with AJAX pagination (li.page-item[data-page]) and '
        '.ArticleHeader/.ArticleContent markup; older URLs /vi-VN/1/3034/…/tintuc/….aspx and '
        '/4/469/…: possibly not Liferay. Verify before relying on the liferay family.'
    ),
    kind='portal',
)
