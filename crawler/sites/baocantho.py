from . import Site

SITE = Site(
    name="baocantho",
    title="Báo Cần Thơ",
    domains=("baocantho.com.vn",),
    family="a_id",
    province="Cần Thơ",
    former_provinces=("Cần Thơ",),
    start_urls=("https://baocantho.com.vn/thoi-su/", "https://baocantho.com.vn/kinh-te/"),
    status="captured",
)
