"""The declaration crawler/sites/baolaichau.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baolaichau`)."""

from crawler.testing import check_site


def test_baolaichau_declaration_and_pages() -> None:
    check_site("baolaichau")
