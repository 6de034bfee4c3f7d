"""Cổng Thông tin điện tử tỉnh Bình Định (binhdinh.gov.vn), liferay family."""

from . import Site

SITE = Site(
    name='binhdinh',
    title='Cổng Thông tin điện tử tỉnh Bình Định',
    domains=('binhdinh.gov.vn',),
    family='liferay',
    province='Gia Lai',
    former_provinces=('Bình Định',),
    start_urls=('https://binhdinh.gov.vn/',),
    status="unverified",
    notes=(
        'Liferay assumed from the eGov plugin set kiennh4/portal-egov-plugin-ga2 (2020, theme '
        'portal-binh-dinh; SELECTORS.md B1). Doubt: public code shows binhdinh.gov.vn image URLs '
        "/upload/2005340/fck/… and /publish/thumbnail/2005340/…, which do not look like Liferay's "
        '/documents/… Bình Định is part of Gia Lai since 1 July 2025.'
    ),
    kind='portal',
)
