"""The declaration crawler/sites/tiengiang.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site tiengiang`)."""

from crawler.testing import check_site


def test_tiengiang_declaration_and_pages() -> None:
    check_site("tiengiang")
