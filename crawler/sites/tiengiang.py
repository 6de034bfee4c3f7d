from . import Site

SITE = Site(
    name="tiengiang",
    title="Cổng Thông tin điện tử tỉnh Tiền Giang",
    domains=("tiengiang.gov.vn",),
    family="liferay",
    province="Đồng Tháp",
    former_provinces=("Tiền Giang",),
    start_urls=("https://tiengiang.gov.vn/tin-tuc-su-kien",),
    status="modelled",
    kind="portal",
    notes="Tiền Giang merged into Đồng Tháp on 1 July 2025; no real page of the portal was available.",
)
