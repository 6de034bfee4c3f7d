"""The declaration crawler/sites/binhdinh.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site binhdinh`)."""

from crawler.testing import check_site


def test_binhdinh_declaration_and_pages() -> None:
    check_site("binhdinh")
