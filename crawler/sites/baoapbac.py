from . import Site

SITE = Site(
    name="baoapbac",
    title="Báo Ấp Bắc",
    domains=("baoapbac.vn",),
    family="ym_slug",
    province="Đồng Tháp",
    former_provinces=("Tiền Giang",),
    start_urls=("https://baoapbac.vn/thoi-su/", "https://baoapbac.vn/quoc-phong-an-ninh/"),
    feeds=("https://baoapbac.vn/thoi-su/index.rss",),
    status="modelled",
    notes="Báo Ấp Bắc (Tiền Giang) merged into Báo Đồng Tháp in 2025; no real page was available.",
)
