"""The declaration crawler/sites/phuyen.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site phuyen`)."""

from crawler.testing import check_site


def test_phuyen_declaration_and_pages() -> None:
    check_site("phuyen")
