"""The declaration crawler/sites/hanoi.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site hanoi`)."""

from crawler.testing import check_site


def test_hanoi_declaration_and_pages() -> None:
    check_site("hanoi")
