from . import Site

SITE = Site(
    name="vnexpress",
    title="VnExpress",
    domains=("vnexpress.net",),
    family="vnexpress",
    province=None,
    start_urls=("https://vnexpress.net/thoi-su",),
    feeds=("https://vnexpress.net/rss/tin-moi-nhat.rss",),
    status="captured",
    kind="national",
)
