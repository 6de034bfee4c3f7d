"""The declaration crawler/sites/baoangiang.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baoangiang`)."""

from crawler.testing import check_site


def test_baoangiang_declaration_and_pages() -> None:
    check_site("baoangiang")
