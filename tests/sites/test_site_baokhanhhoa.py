"""The declaration crawler/sites/baokhanhhoa.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baokhanhhoa`)."""

from crawler.testing import check_site


def test_baokhanhhoa_declaration_and_pages() -> None:
    check_site("baokhanhhoa")
