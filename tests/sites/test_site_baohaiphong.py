"""The declaration crawler/sites/baohaiphong.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baohaiphong`)."""

from crawler.testing import check_site


def test_baohaiphong_declaration_and_pages() -> None:
    check_site("baohaiphong")
