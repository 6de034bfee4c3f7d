"""The declaration crawler/sites/baotravinh.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baotravinh`)."""

from crawler.testing import check_site


def test_baotravinh_declaration_and_pages() -> None:
    check_site("baotravinh")
