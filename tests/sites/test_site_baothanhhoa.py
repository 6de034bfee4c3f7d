"""The declaration crawler/sites/baothanhhoa.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baothanhhoa`)."""

from crawler.testing import check_site


def test_baothanhhoa_declaration_and_pages() -> None:
    check_site("baothanhhoa")
