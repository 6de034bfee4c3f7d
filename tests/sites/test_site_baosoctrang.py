"""The declaration crawler/sites/baosoctrang.py on saved pages (written by `crawler new-site`; add your own
assertions below, and save real pages with `crawler save-fixture URL --site baosoctrang`)."""

from crawler.testing import check_site


def test_baosoctrang_declaration_and_pages() -> None:
    check_site("baosoctrang")
