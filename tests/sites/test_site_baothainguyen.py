"""The declaration crawler/sites/baothainguyen.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baothainguyen`)."""

from crawler.testing import check_site


def test_baothainguyen_declaration_and_pages() -> None:
    check_site("baothainguyen")
