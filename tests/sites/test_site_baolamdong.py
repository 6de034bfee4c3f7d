"""The declaration crawler/sites/baolamdong.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baolamdong`)."""

from crawler.testing import check_site


def test_baolamdong_declaration_and_pages() -> None:
    check_site("baolamdong")
