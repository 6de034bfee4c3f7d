"""The declaration crawler/sites/nhandan.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site nhandan`)."""

from crawler.testing import check_site


def test_nhandan_declaration_and_pages() -> None:
    check_site("nhandan")
