from . import Site

SITE = Site(
    name="baolaocai",
    title="Báo Lào Cai",
    domains=("baolaocai.vn",),
    family="mcms",
    province="Lào Cai",
    former_provinces=("Lào Cai", "Yên Bái"),
    start_urls=("https://baolaocai.vn/thoi-su/", "https://baolaocai.vn/kinh-te/"),
    status="captured",
)
