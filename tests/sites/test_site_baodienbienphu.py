"""The declaration crawler/sites/baodienbienphu.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baodienbienphu`)."""

from crawler.testing import check_site


def test_baodienbienphu_declaration_and_pages() -> None:
    check_site("baodienbienphu")
