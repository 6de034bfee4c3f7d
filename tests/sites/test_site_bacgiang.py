"""The declaration crawler/sites/bacgiang.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site bacgiang`)."""

from crawler.testing import check_site


def test_bacgiang_declaration_and_pages() -> None:
    check_site("bacgiang")
